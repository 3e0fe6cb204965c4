// The book pane's view-model on small hand-written notes: header figures, outline density, book and time order,
// filter and the only-uncited toggle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { BookEntry, TimelineEntry } from "../../../src/core/index/types.ts";
import { buildBookViewModel, type BookQuery } from "../../../src/core/view-models/book.ts";

const NOTE = [
	"---",
	"doc_type: weread-highlights-reviews",
	'bookId: "5"',
	"title: Five",
	"author: Ann",
	"---",
	"# 高亮划线",
	"## One",
	"> 📌 alpha first",
	"> ⏱ 2024-03-02 10:00:00 ^5-1-10-20",
	"",
	"> 📌 beta second",
	"> 💭 a thought",
	"> ⏱ 2024-01-05 09:00:00 ^5-1-30-40",
	"",
	"> 📌 gamma undated ^5-1-50-60",
	"",
	"## Two",
	"> 📌 delta",
	"> ⏱ 2024-02-01 08:00:00 ^5-2-10-20",
	"",
	"## Three",
	"",
	"# 读书笔记",
	"",
].join("\n");

function book(text = NOTE): BookEntry {
	const index = new HighlightIndex();
	index.upsertNote("b/Five.md", text);
	const b = index.book("b/Five.md");
	assert.ok(b);
	return b;
}

const cited = new Set(["5-1-10-20"]);
const query = (q: Partial<BookQuery> = {}): BookQuery => ({ order: "book", filter: "", onlyUncited: false, citedCount: (e: TimelineEntry) => (e.blockId !== null && cited.has(e.blockId) ? 2 : 0), ...q });
const texts = (vm: ReturnType<typeof buildBookViewModel>): string[] => vm.sections.flatMap((s) => s.entries.map((e) => e.text));

test("book view-model: header figures", () => {
	const vm = buildBookViewModel(book(), query());
	assert.deepEqual(vm.header, {
		title: "Five",
		author: "Ann",
		highlightCount: 4,
		thoughtCount: 1,
		firstDay: "2024-01-05",
		lastDay: "2024-03-02",
		citedHighlightCount: 1,
		citedShare: 0.25,
	});
});

test("book view-model: outline counts and density; every heading listed, empty ones too", () => {
	const vm = buildBookViewModel(book(), query());
	assert.deepEqual(
		vm.chapters.map((c) => [c.title, c.line, c.highlightCount, c.density, c.shownCount]),
		[
			["One", 7, 3, 1, 3],
			["Two", 17, 1, 1 / 3, 1],
			["Three", 21, 0, 0, 0],
		],
	);
	assert.deepEqual(vm.sections.map((s) => s.chapter?.title), ["One", "Two"], "no section for a chapter with nothing to show");
});

test("book view-model: book order, time order (undated last), filter and only-uncited", () => {
	const b = book();
	assert.deepEqual(texts(buildBookViewModel(b, query())), ["alpha first", "beta second", "gamma undated", "delta"]);
	const byTime = buildBookViewModel(b, query({ order: "time" }));
	assert.equal(byTime.sections.length, 1);
	assert.equal(byTime.sections[0]?.chapter, null);
	assert.deepEqual(texts(byTime), ["beta second", "delta", "alpha first", "gamma undated"]);
	const filtered = buildBookViewModel(b, query({ filter: "  THOUGHT  beta " }));
	assert.deepEqual(texts(filtered), ["beta second"], "terms match the thought too, case-insensitively");
	assert.equal(filtered.narrowed, true);
	assert.deepEqual([filtered.shownCount, filtered.totalCount], [1, 4]);
	assert.deepEqual(texts(buildBookViewModel(b, query({ filter: "two" }))), ["delta"], "and the chapter title");
	assert.deepEqual(texts(buildBookViewModel(b, query({ onlyUncited: true }))), ["beta second", "gamma undated", "delta"]);
});

test("book view-model: a book without highlights has no cited share", () => {
	const empty = ["---", "doc_type: weread-highlights-reviews", 'bookId: "6"', "title: Empty", "---", "# 高亮划线", "", "# 读书笔记", ""].join("\n");
	const vm = buildBookViewModel(book(empty), query());
	assert.equal(vm.header.citedShare, null);
	assert.equal(vm.header.firstDay, null);
	assert.deepEqual(vm.sections, []);
});

// The book pane's view-model on small hand-written notes: header figures, outline density, book and time order,
// filter and the only-uncited toggle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { BookEntry, TimelineEntry } from "../../../src/core/index/types.ts";
import { listedChapters } from "../../../src/core/index/outline.ts";
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
		unlinkableCount: 0,
	});
});

test("book view-model: outline counts and density; a chapter with no entry is not listed", () => {
	const vm = buildBookViewModel(book(), query());
	assert.deepEqual(
		vm.chapters.map((c) => [c.title, c.line, c.highlightCount, c.entryCount, c.density, c.shownCount]),
		[
			["One", 7, 3, 3, 1, 3],
			["Two", 17, 1, 1, 1 / 3, 1],
		],
		"`## Three` has no highlight, thought or review",
	);
	assert.deepEqual(vm.sections.map((s) => s.chapter?.title), ["One", "Two"], "no section for a chapter with nothing to show");
});

// The quote-era template with "show empty chapter titles" writes every heading of the book, most of them empty
// (written for this test in that shape: parts at `##`, chapters at `###`, sub-chapters at `####`).
const EMPTY_HEADINGS = [
	"---",
	"doc_type: weread-highlights-reviews",
	'bookId: "8"',
	"title: Eight",
	"---",
	"# 高亮划线",
	"## 封面", // 6
	"",
	"## 版权信息", // 8
	"",
	"## 第一部分 基础", // 10: no entry of its own, a child with entries
	"",
	"### 第1章 起步", // 12
	"",
	"### 第2章 变量", // 14
	"> 📌 names matter ^8-3-10-20",
	"> ⏱ 2024-09-14 13:31:51",
	"",
	"## 第二部分 项目", // 18: children, none with entries
	"",
	"### 项目1", // 20
	"",
	"#### 第13章 外星人", // 22
	"",
	"## 第三部分 附录", // 24: a grandchild with entries keeps the part and the project
	"",
	"### 项目2", // 26
	"",
	"#### 第16章 数据", // 28
	"> 📌 data first ^8-16-5-9",
	"> ⏱ 2024-09-15 10:00:00",
	"",
	"### 项目3", // 32: a sibling of 项目2 without entries
	"",
	"## 后记", // 34: only a chapter review, in 读书笔记
	"",
	"## 看完了", // 36
	"",
	"# 读书笔记",
	"",
	"## 后记",
	"",
	"### 章节评论 No.1",
	"- a note on the afterword ^8-afterword",
	"    - ⏱ 2024-09-16 08:00:00",
	"",
	"# 本书评论",
	"",
].join("\n");

test("book view-model: a heading with no entry of its own stays as the heading of children that have entries", () => {
	const vm = buildBookViewModel(book(EMPTY_HEADINGS), query());
	assert.deepEqual(
		vm.chapters.map((c) => [c.title, c.level, c.line, c.entryCount]),
		[
			["第一部分 基础", 1, 10, 0],
			["第2章 变量", 2, 14, 1],
			["第三部分 附录", 1, 24, 0],
			["项目2", 2, 26, 0],
			["第16章 数据", 3, 28, 1],
			["后记", 1, 34, 1],
		],
	);
	assert.deepEqual(vm.sections.map((s) => s.chapter?.title), ["第2章 变量", "第16章 数据", "后记"], "rows only under chapters with entries");
});

test("book view-model: narrowed, each chapter counts what it shows; a heading matches when its children do", () => {
	const vm = buildBookViewModel(book(EMPTY_HEADINGS), query({ filter: "data" }));
	assert.equal(vm.narrowed, true);
	assert.deepEqual([vm.shownCount, vm.totalCount], [1, 3]);
	assert.deepEqual(
		vm.chapters.map((c) => [c.title, c.shownCount, c.entryCount, c.hasMatch]),
		[
			["第一部分 基础", 0, 0, false],
			["第2章 变量", 0, 1, false],
			["第三部分 附录", 0, 0, true],
			["项目2", 0, 0, true],
			["第16章 数据", 1, 1, true],
			["后记", 0, 1, false],
		],
	);
	const all = buildBookViewModel(book(EMPTY_HEADINGS), query());
	assert.deepEqual(all.chapters.map((c) => c.hasMatch), [true, true, true, true, true, true], "not narrowed: nothing is dimmed");
});

test("book view-model: the listed chapters, as inspect reports them", () => {
	assert.deepEqual(
		listedChapters(book(EMPTY_HEADINGS).chapters).map((c) => c.title),
		["第一部分 基础", "第2章 变量", "第三部分 附录", "项目2", "第16章 数据", "后记"],
	);
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

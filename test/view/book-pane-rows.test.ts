// The book pane's rows without building them (issue 15 item 4): BookRowIndex answers row i, the kinds as runs and a
// chapter's row from the sections alone, exactly as the flat run of titles and entries would; the view-model hands
// an unnarrowed book's own arrays over without copying or reordering them; and the pane asks each entry's
// citations once per index revision, however often it renders.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import type { BookEntry, TimelineEntry } from "../../src/core/index/types.ts";
import { buildBookViewModel, type BookSection, type ChapterItem } from "../../src/core/view-models/book.ts";
import { BookRowIndex, type BookListRow } from "../../src/core/view-models/book-rows.ts";
import { BIG_BOOK_COUNT, BIG_BOOK_PATH, bigBookNote } from "./helpers/big-book.ts";
import { $, bookViews, click, GARDEN, showBookFor, startVault, typeInto } from "./helpers/book-pane.ts";

/** The run the index stands for, built the plain way: each section's title (when it has a chapter), then its entries. */
function flatRows(sections: readonly BookSection[]): BookListRow[] {
	const out: BookListRow[] = [];
	for (const s of sections) {
		if (s.chapter !== null) out.push({ kind: "section", chapter: s.chapter });
		for (const entry of s.entries) out.push({ kind: "entry", entry });
	}
	return out;
}

/** Every row's kind from `runs`, checking that the runs cover each row once and come in row order. */
function kindsFromRuns(index: BookRowIndex): string[] {
	const kinds: string[] = [];
	index.runs((kind, from, count) => {
		assert.equal(from, kinds.length, "runs come in row order, without gaps");
		assert.ok(count > 0);
		for (let k = 0; k < count; k++) kinds.push(kind);
	});
	return kinds;
}

function chapter(key: string): ChapterItem {
	return { key, title: key, level: 1, line: 0, highlightCount: 0, thoughtCount: 0, density: 0, entryCount: 0, shownCount: 0, hasMatch: true };
}

function entry(key: string): TimelineEntry {
	return { key } as TimelineEntry;
}

function bigBook(): BookEntry {
	const index = new HighlightIndex();
	index.upsertNote(BIG_BOOK_PATH, bigBookNote());
	const book = index.book(BIG_BOOK_PATH);
	assert.ok(book);
	return book;
}

const noCitations = { citedCount: () => 0 };

test("book rows: the index answers every row, kind and chapter of the big book as the flat run does", () => {
	const vm = buildBookViewModel(bigBook(), { order: "book", filter: "", onlyUncited: false, ...noCitations });
	const index = new BookRowIndex(vm.sections);
	const flat = flatRows(vm.sections);
	assert.equal(index.length, 61 + BIG_BOOK_COUNT);
	assert.equal(index.length, flat.length);
	for (let i = 0; i < flat.length; i++) assert.deepEqual(index.at(i), flat[i], `row ${i}`);
	assert.deepEqual(kindsFromRuns(index), flat.map((r) => r.kind));
	for (const c of vm.chapters) assert.deepEqual(index.at(index.indexOfChapter(c.key)), { kind: "section", chapter: c });
	assert.equal(index.indexOfChapter("line:-99"), -1);
	assert.equal(index.at(-1), undefined);
	assert.equal(index.at(index.length), undefined);
	assert.equal(index.at(0.5), undefined);
});

test("book rows: sections without a chapter (time order, book reviews) and empty sections have no title row", () => {
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 4 })), { maxLength: 8 }), (shape) => {
			let n = 0;
			const sections: BookSection[] = shape.map(([titled, count], k) => ({
				chapter: titled ? chapter(`c${k}`) : null,
				entries: Array.from({ length: count }, () => entry(`e${n++}`)),
			}));
			const index = new BookRowIndex(sections);
			const flat = flatRows(sections);
			assert.equal(index.length, flat.length);
			for (let i = -1; i <= flat.length; i++) assert.deepEqual(index.at(i), flat[i]);
			assert.deepEqual(kindsFromRuns(index), flat.map((r) => r.kind));
			sections.forEach((s) => {
				if (s.chapter !== null) assert.deepEqual(index.at(index.indexOfChapter(s.chapter.key)), { kind: "section", chapter: s.chapter });
			});
		}),
	);
});

test("book view-model: unnarrowed, the sections are the chapters' own entries; time order sorts a copy", () => {
	const book = bigBook();
	const before = [...book.entries];
	const vm = buildBookViewModel(book, { order: "book", filter: "", onlyUncited: false, ...noCitations });
	assert.equal(vm.narrowed, false);
	assert.deepEqual(vm.sections.map((s) => s.entries), book.chapters.map((c) => c.entries));
	assert.equal(vm.shownCount, BIG_BOOK_COUNT);
	assert.ok(vm.chapters.every((c) => c.shownCount === c.entryCount && c.hasMatch));
	const byTime = buildBookViewModel(book, { order: "time", filter: "", onlyUncited: false, ...noCitations });
	assert.equal(byTime.sections[0]?.entries.length, BIG_BOOK_COUNT);
	assert.notEqual(byTime.sections[0]?.entries, book.entries);
	assert.deepEqual(book.entries, before, "the book's own order is untouched");
	// Narrowed to everything (a term every entry holds), the same rows show.
	const all = buildBookViewModel(book, { order: "book", filter: "条", onlyUncited: false, ...noCitations });
	assert.equal(all.narrowed, true);
	assert.deepEqual(all.sections.map((s) => s.entries), vm.sections.map((s) => s.entries));
});

test("book pane: each entry's citations are asked once on opening, not again while the index stands still", async () => {
	const asked = new Map<string, number>();
	const original = HighlightIndex.prototype.citedCount;
	HighlightIndex.prototype.citedCount = function (this: HighlightIndex, bookPath: string, id: string): number {
		if (bookPath === GARDEN) asked.set(id, (asked.get(id) ?? 0) + 1);
		return original.call(this, bookPath, id);
	};
	try {
		const { t } = await startVault();
		asked.clear();
		const pane = await showBookFor(t, GARDEN);
		assert.ok(asked.size > 0);
		assert.deepEqual(
			[...asked.values()].filter((n) => n !== 1),
			[],
			"one question per id",
		);
		assert.equal($(pane, ".wrh-book-stat-cited").textContent, "Cited: 100%");
		// Renders with the index unchanged (filter, order, outline) read the counts already taken.
		asked.clear();
		typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "耐心");
		typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "");
		click($(pane, ".wrh-book-order"));
		click($(pane, ".wrh-book-outline-toggle"));
		assert.equal(asked.size, 0);
		assert.equal(bookViews(t).length, 1);
		t.dispose();
	} finally {
		HighlightIndex.prototype.citedCount = original;
	}
});

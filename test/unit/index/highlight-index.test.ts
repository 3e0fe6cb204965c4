import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { UNDATED } from "../../../src/core/index/buckets.ts";
import type { TimelineEntry } from "../../../src/core/index/types.ts";
import { book, ch, hl, rv, sampleBook } from "./builders.ts";

const B = "weread/浮生六记.md";
const lines = (es: readonly TimelineEntry[]): number[] => es.map((e) => e.line);

function withSample(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(sampleBook(B));
	return index;
}

describe("HighlightIndex: books and outline (hand-built notes)", () => {
	test("books() summarises each book", () => {
		const index = withSample();
		assert.deepEqual(index.books(), [
			{
				path: B,
				bookId: "840127",
				title: "浮生六记",
				author: "沈复",
				highlightCount: 3,
				// the inline thought of line 22, the unmatched thought (40), the chapter review (46), the book review (56)
				thoughtCount: 4,
				firstDay: "2023-08-12",
				lastDay: "2023-08-16",
				citedHighlightCount: 0,
				citedHighlights: 0,
			},
		]);
	});

	test("book(): chapters with highlights in range order, then thoughts and chapter reviews; book reviews apart", () => {
		const entry = withSample().book(B);
		assert.ok(entry);
		assert.deepEqual(
			entry.chapters.map((c) => [c.title, c.chapterUid, lines(c.entries), c.highlightCount, c.thoughtCount]),
			[
				["卷一 闺房记乐", 5, [15, 12, 40], 2, 1],
				["卷二 闲情记趣", 7, [22, 46], 1, 2],
			],
		);
		assert.deepEqual(lines(entry.bookReviews), [56]);
		assert.deepEqual(lines(entry.entries), [15, 12, 40, 22, 46, 56]);
		assert.deepEqual(entry.entries.map((e) => e.kind), ["highlight", "highlight", "thought", "highlight", "chapter-review", "book-review"]);
		const thought = entry.entries[2];
		assert.equal(thought?.text, "布衣饭菜，可乐终身。");
		assert.equal(thought?.thought, "平淡才是真。");
		const review = entry.entries[4];
		assert.equal(review?.text, "");
		assert.equal(review?.thought, "这一卷读来心静。");
		assert.equal(entry.note.meta.title, "浮生六记");
	});

	test("book order: chapters in heading order, highlights by (chapterUid, rangeStart); unknown positions stay after their file predecessor", () => {
		const index = new HighlightIndex();
		index.upsertParsed(
			book("o.md", {
				chapters: [ch("X", 5), ch("Y", 10), ch("Z", 15)],
				highlights: [
					hl({ line: 6, text: "x1", chapterTitle: "X", chapterIndex: 0, chapterUid: 9, rangeStart: 50 }),
					hl({ line: 11, text: "y200", chapterTitle: "Y", chapterIndex: 1, chapterUid: 3, rangeStart: 200 }),
					hl({ line: 12, text: "y100", chapterTitle: "Y", chapterIndex: 1, chapterUid: 3, rangeStart: 100 }),
					hl({ line: 13, text: "y?", chapterTitle: "Y", chapterIndex: 1 }),
					hl({ line: 14, text: "y150", chapterTitle: "Y", chapterIndex: 1, chapterUid: 3, rangeStart: 150 }),
				],
			}),
		);
		const entry = index.book("o.md");
		// Heading order, although X's uid (9) is larger than Y's (3): issue 11 item 4.
		assert.deepEqual(entry?.chapters.map((c) => c.title), ["X", "Y", "Z"]);
		assert.deepEqual(lines(entry?.chapters[1]?.entries ?? []), [12, 13, 14, 11]);
		assert.equal(entry?.chapters[2]?.entries.length, 0);
	});

	test("a note without any range keeps file order; highlights under no heading come first", () => {
		const index = new HighlightIndex();
		index.upsertParsed(
			book("f.md", {
				chapters: [ch("B", 20), ch("A", 30)],
				highlights: [hl({ line: 10, text: "loose" }), hl({ line: 31, text: "a", chapterTitle: "A", chapterIndex: 1 }), hl({ line: 21, text: "b", chapterTitle: "B", chapterIndex: 0 })],
			}),
		);
		assert.deepEqual(index.book("f.md")?.chapters.map((c) => [c.title, c.line, lines(c.entries)]), [
			[null, -1, [10]],
			["B", 20, [21]],
			["A", 30, [31]],
		]);
	});

	test("byBlockId finds highlights and reviews, case-insensitively; unknown ids and books give undefined", () => {
		const index = withSample();
		assert.equal(index.byBlockId(B, "840127-5-120-143")?.line, 15);
		assert.equal(index.byBlockId(B, "401122-7SQWERTYU")?.line, 40);
		assert.equal(index.byBlockId(B, "401122-7tPoIuYtR")?.kind, "book-review");
		assert.equal(index.byBlockId(B, "nope"), undefined);
		assert.equal(index.byBlockId("other.md", "840127-5-120-143"), undefined);
	});

	test("a not-WeRead result removes the book at that path; book() of an unknown path is undefined", () => {
		const index = withSample();
		index.upsertParsed({ kind: "not-weread", path: B });
		assert.equal(index.book(B), undefined);
		assert.deepEqual(index.books(), []);
		assert.deepEqual(index.entries(), []);
		assert.equal(index.book("nothing.md"), undefined);
	});
});

describe("HighlightIndex: merging thoughts into highlights", () => {
	const mergeBook = book("m.md", {
		chapters: [ch("A", 5), ch("B", 20)],
		highlights: [
			hl({ line: 7, text: "它完成了 机器学习\n算法[插图]发展", chapterTitle: "A", chapterIndex: 0, blockId: "b-1-10-20", createdAt: "2023-01-01 09:00:00" }),
			hl({ line: 9, text: "Same text", chapterTitle: "A", chapterIndex: 0 }),
			hl({ line: 11, text: "Inline", chapterTitle: "A", chapterIndex: 0, thought: "inline thought", createdAt: "2023-01-04 00:00:00" }),
			hl({ line: 21, text: "Same text", chapterTitle: "B", chapterIndex: 1, blockId: null }),
		],
		reviews: [
			rv({ line: 30, kind: "highlight-thought", chapterTitle: "A", abstract: "它完成了机器学习算法\u200b发展", content: "想法1", blockId: "u-r1", createdAt: "2023-01-02 10:00:00" }),
			rv({ line: 33, kind: "highlight-thought", chapterTitle: "A", abstract: "它完成了机器学习算法发展", content: "想法2", blockId: "u-r2", createdAt: "2023-01-02 11:00:00" }),
			rv({ line: 36, kind: "highlight-thought", chapterTitle: "B", abstract: " Same  text ", content: "想法3", blockId: "u-r3", createdAt: "2023-03-03 03:03:03" }),
			rv({ line: 39, kind: "highlight-thought", chapterTitle: "A", abstract: "Not highlighted", content: "想法4", createdAt: "2023-01-05 00:00:00" }),
			rv({ line: 42, kind: "highlight-thought", chapterTitle: "A", abstract: "Inline", content: "review content", blockId: "u-r5" }),
		],
	});

	test("same chapter + normalised text (whitespace, [插图], zero-width) merges; the highlight appears once", () => {
		const index = new HighlightIndex();
		index.upsertParsed(mergeBook);
		const entries = index.book("m.md")?.entries ?? [];
		assert.deepEqual(
			entries.map((e) => [e.line, e.kind, e.thought, e.review?.line ?? null]),
			[
				[7, "highlight", "想法1", 30],
				[9, "highlight", null, null],
				[11, "highlight", "inline thought", 42],
				[33, "thought", "想法2", 33],
				[39, "thought", "想法4", 39],
				[21, "highlight", "想法3", 36],
			],
		);
		// On the timeline the merged highlight is one entry, at the highlight's own time.
		const jan1 = index.byDay({ from: "2023-01-01", to: "2023-01-01" });
		assert.deepEqual(jan1.map((b) => [b.key, lines(b.entries)]), [["2023-01-01", [7]]]);
		assert.equal(index.entries().filter((e) => e.line === 30).length, 0);
	});

	test("a merged highlight is found by either id; its time falls back to the review's", () => {
		const index = new HighlightIndex();
		index.upsertParsed(mergeBook);
		assert.equal(index.byBlockId("m.md", "U-R1")?.line, 7);
		assert.equal(index.byBlockId("m.md", "b-1-10-20")?.line, 7);
		const b = index.byBlockId("m.md", "u-r3");
		// The highlight has no id of its own: the review's id is the one to open and cite.
		assert.equal(b?.blockId, "u-r3");
		assert.equal(b?.createdAt, "2023-03-03 03:03:03");
		assert.equal(b?.day, "2023-03-03");
	});
});

describe("HighlightIndex: timeline", () => {
	test("byDay: newest day first, newest entry first within a day, undated bucket last", () => {
		const buckets = withSample().byDay();
		assert.deepEqual(
			buckets.map((b) => [b.key, lines(b.entries)]),
			[
				["2023-08-16", [46]],
				["2023-08-15", [22]],
				["2023-08-13", [12]],
				["2023-08-12", [40, 15]],
				[UNDATED, [56]],
			],
		);
	});

	test("ranges are inclusive, leave out the undated bucket, and entries() flattens in the same order", () => {
		const index = withSample();
		assert.deepEqual(index.byDay({ from: "2023-08-13", to: "2023-08-15" }).map((b) => b.key), ["2023-08-15", "2023-08-13"]);
		assert.deepEqual(lines(index.entries({ from: "2023-08-16" })), [46]);
		assert.deepEqual(lines(index.entries({ to: "2023-08-12" })), [40, 15]);
		assert.deepEqual(lines(index.entries()), [46, 22, 12, 40, 15, 56]);
		assert.deepEqual([...index.dayCounts()], [
			["2023-08-12", 2],
			["2023-08-13", 1],
			["2023-08-15", 1],
			["2023-08-16", 1],
		]);
	});

	test("week buckets follow the week start (2023-08-12 is a Saturday, 08-13 a Sunday); month buckets", () => {
		const index = withSample();
		const monday = index.buckets("week", 1).map((b) => [b.key, lines(b.entries)]);
		assert.deepEqual(monday, [
			["2023-08-14", [46, 22]],
			["2023-08-07", [12, 40, 15]],
			[UNDATED, [56]],
		]);
		const sunday = index.buckets("week", 0).map((b) => [b.key, lines(b.entries)]);
		assert.deepEqual(sunday, [
			["2023-08-13", [46, 22, 12]],
			["2023-08-06", [40, 15]],
			[UNDATED, [56]],
		]);
		assert.deepEqual(index.buckets("month").map((b) => [b.key, b.entries.length]), [
			["2023-08", 5],
			[UNDATED, 1],
		]);
	});

	test("two books on one day interleave by time; removing one book empties only its entries", () => {
		const index = withSample();
		index.upsertParsed(book("b2.md", { highlights: [hl({ line: 3, text: "x", createdAt: "2023-08-12 21:05:00" })] }));
		assert.deepEqual(index.byDay({ from: "2023-08-12", to: "2023-08-12" })[0]?.entries.map((e) => [e.bookPath, e.line]), [
			[B, 40],
			["b2.md", 3],
			[B, 15],
		]);
		index.removeNote(B);
		assert.deepEqual(index.byDay().map((b) => b.key), ["2023-08-12"]);
	});
});

describe("HighlightIndex: search", () => {
	function searchIndex(): HighlightIndex {
		const index = withSample();
		index.upsertParsed(
			book("weread/Thinking.md", {
				title: "Thinking, Fast and Slow",
				author: "Daniel Kahneman",
				highlights: [
					hl({ line: 5, text: "System 1 operates automatically and quickly", thought: "快思考" }),
					hl({ line: 8, text: "System 2 allocates attention", chapterTitle: "Two Systems" }),
				],
			}),
		);
		return index;
	}
	const found = (es: readonly TimelineEntry[]): string[] => es.map((e) => `${e.bookPath}#${e.line}`);

	test("Chinese substrings of highlight text", () => {
		const index = searchIndex();
		assert.deepEqual(found(index.search("太平盛世")), [`${B}#15`]);
		assert.deepEqual(found(index.search("盛世")), [`${B}#15`]);
		assert.deepEqual(found(index.search("太平\u200b盛世")), [`${B}#15`]);
		assert.deepEqual(found(index.search("盛世太平")), []);
	});

	test("case-insensitive Latin and mixed Chinese/Latin terms (all terms must match one entry)", () => {
		const index = searchIndex();
		assert.deepEqual(found(index.search("MOSQUITO")), [`${B}#22`]);
		assert.deepEqual(found(index.search("群鹤 cranes")), [`${B}#22`]);
		assert.deepEqual(found(index.search("群鹤 system")), []);
		assert.deepEqual(found(index.search("system")), ["weread/Thinking.md#5", "weread/Thinking.md#8"]);
	});

	test("thoughts, chapter titles, book title and author", () => {
		const index = searchIndex();
		assert.deepEqual(found(index.search("childhood")), [`${B}#22`]);
		assert.deepEqual(found(index.search("快思考")), ["weread/Thinking.md#5"]);
		assert.deepEqual(found(index.search("闲情")), [`${B}#22`, `${B}#46`]);
		assert.deepEqual(found(index.search("two systems")), ["weread/Thinking.md#8"]);
		assert.deepEqual(found(index.search("浮生")), [15, 12, 40, 22, 46, 56].map((l) => `${B}#${l}`));
		assert.deepEqual(found(index.search("浮生 心静")), [`${B}#46`]);
		assert.deepEqual(found(index.search("kahneman attention")), ["weread/Thinking.md#8"]);
	});

	test("limit, empty query, and a term that would span two entries", () => {
		const index = searchIndex();
		assert.deepEqual(found(index.search("system", 1)), ["weread/Thinking.md#5"]);
		assert.deepEqual(found(index.search("浮生", 2)), [`${B}#15`, `${B}#12`]);
		assert.deepEqual(index.search("   "), []);
		assert.deepEqual(index.search("system", 0), []);
		// "quickly" ends entry 5 and "System" starts entry 8: no match across the boundary.
		assert.deepEqual(index.search("quicklysystem"), []);
	});

	test("search sees changes: an upsert replaces the book's haystack", () => {
		const index = searchIndex();
		assert.equal(index.search("太平").length, 1);
		index.upsertParsed(book(B, { title: "浮生六记", highlights: [hl({ line: 1, text: "新的文字" })] }));
		assert.equal(index.search("太平").length, 0);
		assert.deepEqual(found(index.search("新的")), [`${B}#1`]);
	});
});

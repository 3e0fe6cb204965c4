// A year in reading (issue 14 item 4), over a small index whose figures were worked out by hand:
//
//   book              category          entries (day: count)
//   weread/A.md       文学-外国文学      2023-12-30:1 2023-12-31:1 | 2024-01-01:1 2024-01-02:2 2024-12-31:1 | 2025-01-01:1
//   weread/B.md       文学              2024-01-02:1 2024-02-28:1 2024-02-29:1 2024-03-01:1
//   weread/C.md       (none)            2024-01-03:1
//   weread/D.md       计算机-人工智能    2024-03-02:1 2024-05-10:3 (a highlight with a thought, an unmerged thought,
//                                        a chapter review)
//
// 2024 by hand:
//   reading days   01-01 01-02 01-03 02-28 02-29 03-01 03-02 05-10 12-31 → 9
//   day counts     1     3     1     1     1     1     1     3     1     → 13 entries
//   runs           01-01…01-03 (3; the 2023-12-30/31 days before it belong to 2023: a run is cut at New Year),
//                  02-28…03-02 (4; 2024 is a leap year, so 02-29 joins them), 05-10 (1), 12-31 (1)
//                  → longest streak 4 days, 2024-02-28 → 2024-03-02
//   busiest day    01-02 and 05-10 both have 3 → the earliest, 2024-01-02 (3)
//   highlights     13 entries − D's unmerged thought − D's chapter review = 11
//   thoughts       D's highlight with a thought + the thought + the chapter review = 3
//   per month      highlights Jan 1+2+1+1 = 5, Feb 2, Mar 2, May 1 (entries 3), Dec 1; the other months 0
//   books          A 4, B 4, D 4, C 1 → ties by path: A, B, D, C; 4 books touched
//   categories     文学 (A + B) 8 entries, 计算机 (D) 4; C has none and is left out
//   time read      2024-01-01 600 s + 2024-01-05 1200 s = 1800 s on 2 days (2023-12-31 is another year; a 0 and a
//                  NaN count as nothing)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { ParsedNote } from "../../../src/core/model.ts";
import { longestStreak, monthSpan, YearStatsModel, yearStats } from "../../../src/core/view-models/year-stats.ts";
import { book, hl, rv } from "../index/builders.ts";

function withCategory(note: ParsedNote, category: string | null): ParsedNote {
	return { ...note, meta: { ...note.meta, category } };
}

/** Plain highlights of a book at the given days (one per listed day; repeat a day for more). */
function plain(path: string, days: readonly string[], category: string | null): ParsedNote {
	const highlights = days.map((day, i) => hl({ line: 10 + i * 3, text: `${path} ${i}`, createdAt: `${day} 10:${String(i).padStart(2, "0")}:00` }));
	return withCategory(book(path, { highlights }), category);
}

function fixture(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(plain("weread/A.md", ["2023-12-30", "2023-12-31", "2024-01-01", "2024-01-02", "2024-01-02", "2024-12-31", "2025-01-01"], "文学-外国文学"));
	index.upsertParsed(plain("weread/B.md", ["2024-01-02", "2024-02-28", "2024-02-29", "2024-03-01"], "文学"));
	index.upsertParsed(plain("weread/C.md", ["2024-01-03"], null));
	const d = book("weread/D.md", {
		highlights: [
			hl({ line: 10, text: "d one", createdAt: "2024-03-02 09:00:00" }),
			hl({ line: 13, text: "d two", createdAt: "2024-05-10 09:00:00", thought: "mine" }),
		],
		reviews: [
			rv({ line: 40, kind: "highlight-thought", chapterTitle: "Elsewhere", abstract: "not a highlight of this note", content: "a thought", createdAt: "2024-05-10 10:00:00" }),
			rv({ line: 45, kind: "chapter-review", chapterTitle: "Elsewhere", content: "a chapter review", createdAt: "2024-05-10 11:00:00" }),
		],
	});
	index.upsertParsed(withCategory(d, "计算机-人工智能"));
	return index;
}

const SECONDS = new Map<string, number>([
	["2023-12-31", 999],
	["2024-01-01", 600],
	["2024-01-05", 1200],
	["2024-03-01", 0],
	["2024-07-01", Number.NaN],
]);

describe("year stats", () => {
	const index = fixture();

	test("2024: the figures worked out by hand", () => {
		const s = yearStats(index, 2024, SECONDS);
		assert.deepEqual(s.span, { from: "2024-01-01", to: "2024-12-31" });
		assert.equal(s.entries, 13);
		assert.equal(s.booksTouched, 4);
		assert.equal(s.highlights, 11);
		assert.equal(s.thoughts, 3);
		assert.equal(s.readingDays, 9);
		assert.deepEqual(s.longestStreak, { from: "2024-02-28", to: "2024-03-02", days: 4 });
		assert.deepEqual(s.busiestDay, { day: "2024-01-02", count: 3 });
		assert.deepEqual(s.time, { seconds: 1800, days: 2 });
		assert.deepEqual(s.years, [2023, 2024, 2025]);
		assert.equal(s.prevYear, 2023);
		assert.equal(s.nextYear, 2025);
	});

	test("2024: highlights and entries per month, each month with its first and last day", () => {
		const s = yearStats(index, 2024, null);
		assert.equal(s.months.length, 12);
		assert.deepEqual(
			s.months.map((m) => m.highlights),
			[5, 2, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1],
		);
		assert.deepEqual(
			s.months.map((m) => m.entries),
			[5, 2, 2, 0, 3, 0, 0, 0, 0, 0, 0, 1],
		);
		assert.deepEqual(s.months[1], { month: 2, highlights: 2, entries: 2, from: "2024-02-01", to: "2024-02-29" });
		assert.deepEqual([s.months[11]?.from, s.months[11]?.to], ["2024-12-01", "2024-12-31"]);
	});

	test("2024: top books by entries (ties by path) and top categories by their top level", () => {
		const s = yearStats(index, 2024, null);
		assert.deepEqual(
			s.topBooks.map((b) => [b.path, b.entries, b.highlights]),
			[
				["weread/A.md", 4, 4],
				["weread/B.md", 4, 4],
				["weread/D.md", 4, 2],
				["weread/C.md", 1, 1],
			],
		);
		assert.equal(s.topBooks[0]?.title, "A");
		assert.deepEqual(
			s.topCategories.map((c) => [c.category, c.entries, c.books.map((b) => b.path)]),
			[
				["文学", 8, ["weread/A.md", "weread/B.md"]],
				["计算机", 4, ["weread/D.md"]],
			],
		);
	});

	test("year boundaries: 2023 keeps its own two days of the run into 2024; 2025 its one", () => {
		const y2023 = yearStats(index, 2023, SECONDS);
		assert.deepEqual(y2023.longestStreak, { from: "2023-12-30", to: "2023-12-31", days: 2 });
		assert.equal(y2023.readingDays, 2);
		assert.deepEqual(y2023.time, { seconds: 999, days: 1 });
		assert.equal(y2023.prevYear, null);
		const y2025 = yearStats(index, 2025, null);
		assert.deepEqual(y2025.longestStreak, { from: "2025-01-01", to: "2025-01-01", days: 1 });
		assert.equal(y2025.nextYear, null);
	});

	test("an empty year: zeros, no streak, no busiest day, twelve empty months; time only when a cache is known", () => {
		const s = yearStats(index, 2022, null);
		assert.equal(s.entries, 0);
		assert.equal(s.booksTouched, 0);
		assert.equal(s.highlights, 0);
		assert.equal(s.thoughts, 0);
		assert.equal(s.readingDays, 0);
		assert.equal(s.longestStreak, null);
		assert.equal(s.busiestDay, null);
		assert.equal(s.time, null);
		assert.deepEqual(
			s.months.map((m) => m.highlights),
			new Array(12).fill(0),
		);
		assert.deepEqual(s.topBooks, []);
		assert.deepEqual(s.topCategories, []);
		assert.equal(s.prevYear, null);
		assert.equal(s.nextYear, 2023);
		assert.deepEqual(yearStats(index, 2022, SECONDS).time, { seconds: 0, days: 0 });
		assert.deepEqual(yearStats(new HighlightIndex(), 2024, null).years, []);
	});

	test("longest streak: ties keep the earliest run; month spans know February", () => {
		assert.deepEqual(longestStreak(["2024-01-01", "2024-01-02", "2024-01-05", "2024-01-06"]), { from: "2024-01-01", to: "2024-01-02", days: 2 });
		assert.deepEqual(longestStreak(["2024-01-01", "2024-01-03"]), { from: "2024-01-01", to: "2024-01-01", days: 1 });
		assert.equal(longestStreak([]), null);
		assert.deepEqual(monthSpan(2023, 2), { from: "2023-02-01", to: "2023-02-28" });
		assert.deepEqual(monthSpan(2024, 2), { from: "2024-02-01", to: "2024-02-29" });
		assert.deepEqual(monthSpan(2024, 12), { from: "2024-12-01", to: "2024-12-31" });
	});

	test("the model answers from its cache until the index changes, the year changes or the seconds map changes", () => {
		const own = fixture();
		const model = new YearStatsModel(own);
		const first = model.stats(2024, null);
		assert.equal(model.stats(2024, null), first);
		assert.notEqual(model.stats(2024, SECONDS), first);
		own.upsertParsed(plain("weread/E.md", ["2024-08-08"], null));
		const after = model.stats(2024, SECONDS);
		assert.equal(after.booksTouched, 5);
		assert.equal(after.entries, 14);
		assert.equal(model.stats(2023, SECONDS).year, 2023);
	});
});

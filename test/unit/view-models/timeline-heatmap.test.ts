// The year heatmap model, checked against calendar facts worked out by hand: 2023-01-01 is a Sunday, 2023 has 365
// days, 2023-12-31 is a Sunday; 2024 is a leap year starting on a Monday.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { defaultHeatmapYear, heatmapModel, yearsWithData } from "../../../src/core/view-models/timeline.ts";
import { countDays, levelOf } from "../../../src/core/view-models/timeline-heatmap.ts";
import { book, hl } from "../index/builders.ts";

function counts(days: Record<string, number>): HighlightIndex {
	const index = new HighlightIndex();
	let line = 0;
	const highlights = Object.entries(days).flatMap(([day, n]) => Array.from({ length: n }, (_, i) => hl({ line: (line += 3), text: `${day} ${i}`, createdAt: `${day} 10:00:0${i % 10}` })));
	index.upsertParsed(book("weread/a.md", { highlights }));
	return index;
}

describe("heatmap model", () => {
	const index = counts({ "2021-06-01": 1, "2023-01-01": 1, "2023-01-02": 3, "2023-02-15": 1, "2023-12-31": 2, "2025-03-03": 1 });

	test("Sunday week start: 2023 is 53 columns from Sunday 2023-01-01 to Sunday 2023-12-31", () => {
		const m = heatmapModel(index, 2023, 0);
		assert.equal(m.weeks.length, 53);
		assert.deepEqual(m.weekdays, [0, 1, 2, 3, 4, 5, 6]);
		assert.equal(m.weeks[0]?.[0]?.day, "2023-01-01");
		assert.equal(m.weeks[0]?.[0]?.weekday, 0);
		assert.equal(m.weeks[0]?.[1]?.day, "2023-01-02");
		assert.equal(m.weeks[0]?.[6]?.day, "2023-01-07");
		assert.equal(m.weeks[52]?.[0]?.day, "2023-12-31");
		assert.deepEqual(m.weeks[52]?.slice(1), [null, null, null, null, null, null]);
		const cells = m.weeks.flat().filter((c) => c !== null);
		assert.equal(cells.length, 365);
		assert.equal(m.total, 7);
		assert.equal(m.activeDays, 4);
		assert.equal(m.max, 3);
		// Months: January in column 0, February 1st (a Wednesday) in column 4, December 1st (a Friday) in column 47.
		assert.equal(m.months.length, 12);
		assert.deepEqual(m.months[0], { month: 1, column: 0 });
		assert.deepEqual(m.months[1], { month: 2, column: 4 });
		assert.deepEqual(m.months[11], { month: 12, column: 47 });
	});

	test("Monday week start: Sunday 2023-01-01 is the last slot of a first column that starts in 2022", () => {
		const m = heatmapModel(index, 2023, 1);
		assert.deepEqual(m.weekdays, [1, 2, 3, 4, 5, 6, 0]);
		assert.equal(m.weeks.length, 53);
		assert.deepEqual(m.weeks[0]?.slice(0, 6), [null, null, null, null, null, null]);
		assert.equal(m.weeks[0]?.[6]?.day, "2023-01-01");
		assert.equal(m.weeks[1]?.[0]?.day, "2023-01-02");
		assert.equal(m.weeks[52]?.[6]?.day, "2023-12-31");
		assert.equal(m.weeks[52]?.[0]?.day, "2023-12-25");
		// 2024: leap year starting on a Monday; Dec 30 and 31 (Mon, Tue) open a 53rd column.
		const leap = heatmapModel(index, 2024, 1);
		assert.equal(leap.weeks.flat().filter((c) => c !== null).length, 366);
		assert.equal(leap.weeks[0]?.[0]?.day, "2024-01-01");
		assert.equal(leap.weeks.length, 53);
		assert.equal(leap.weeks[52]?.[1]?.day, "2024-12-31");
	});

	test("levels: 0 for empty days; relative to the year's active days, the busiest day is 4", () => {
		const m = heatmapModel(index, 2023, 0);
		const level = (day: string): number | undefined => m.weeks.flat().find((c) => c?.day === day)?.level;
		// Active counts sorted: [1, 1, 2, 3]. A 1 has half the days at or below it → 2; a 2 → 3; the 3 → 4.
		assert.equal(level("2023-01-03"), 0);
		assert.equal(level("2023-01-01"), 2);
		assert.equal(level("2023-02-15"), 2);
		assert.equal(level("2023-12-31"), 3);
		assert.equal(level("2023-01-02"), 4);
		assert.equal(levelOf(5, [5, 5, 5]), 4);
		assert.equal(levelOf(1, [1, 2, 3, 4, 5, 6, 7, 8]), 1);
		assert.equal(levelOf(0, [1]), 0);
	});

	test("today cuts its year's grid: no week after today's, no cell after today; earlier years are whole", () => {
		// 2025-01-01 is a Wednesday; Monday start, so column 0 is the week of Monday 2024-12-30 (two pads). Today,
		// Thursday 2025-04-17, is in the week of Monday 04-14: 2 + 31 + 28 + 31 + 13 = 105 days after 12-30, so
		// column 15 of 16. Cells: Jan 1 to Apr 17 = 31 + 28 + 31 + 17 = 107.
		const m = heatmapModel(index, 2025, 1, undefined, "2025-04-17");
		assert.equal(m.weeks.length, 16);
		assert.deepEqual(m.weeks[0]?.slice(0, 2), [null, null]);
		assert.equal(m.weeks[0]?.[2]?.day, "2025-01-01");
		assert.deepEqual(
			m.weeks[15]?.map((c) => c?.day ?? null),
			["2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17", null, null, null],
		);
		const cells = m.weeks.flat().filter((c) => c !== null);
		assert.equal(cells.length, 107);
		assert.equal(cells.every((c) => c.day <= "2025-04-17"), true);
		assert.deepEqual(m.months.map((x) => x.month), [1, 2, 3, 4]);
		assert.equal(m.latest, "2025-03-03");
		assert.equal(m.total, 1);
		// A year before today's is drawn whole; its newest active day is what the pane scrolls to.
		const past = heatmapModel(index, 2023, 0, undefined, "2025-04-17");
		assert.equal(past.weeks.length, 53);
		assert.equal(past.weeks.flat().filter((c) => c !== null).length, 365);
		assert.equal(past.latest, "2023-12-31");
		// An entry dated after today (a clock set wrong when it was read) is never cut away: the grid runs to it.
		const early = heatmapModel(index, 2023, 0, undefined, "2023-01-10");
		assert.equal(early.weeks.flat().filter((c) => c !== null).length, 365);
		assert.equal(early.total, 7);
		// An empty year has no newest day.
		assert.equal(heatmapModel(index, 2022, 0, undefined, "2025-04-17").latest, null);
	});

	test("day counts of a few entries answer ranges like the index", () => {
		const source = countDays([{ day: "2023-01-02" }, { day: null }, { day: "2023-01-02" }, { day: "2024-05-01" }, { day: "2023-12-31" }]);
		assert.deepEqual([...source.dayCounts()].sort(), [
			["2023-01-02", 2],
			["2023-12-31", 1],
			["2024-05-01", 1],
		]);
		assert.deepEqual([...source.dayCounts({ from: "2023-01-01", to: "2023-12-31" })].sort(), [
			["2023-01-02", 2],
			["2023-12-31", 1],
		]);
		assert.deepEqual(yearsWithData(source), [2023, 2024]);
		const m = heatmapModel(source, 2023, 0);
		assert.deepEqual([m.total, m.activeDays, m.max, m.nextYear], [3, 2, 2, 2024]);
	});

	test("year navigation goes to the nearest year with data; the default year", () => {
		assert.deepEqual(yearsWithData(index), [2021, 2023, 2025]);
		const m = heatmapModel(index, 2023, 0);
		assert.equal(m.prevYear, 2021);
		assert.equal(m.nextYear, 2025);
		const last = heatmapModel(index, 2025, 0);
		assert.equal(last.nextYear, null);
		assert.equal(heatmapModel(index, 2021, 0).prevYear, null);
		assert.equal(defaultHeatmapYear([2021, 2023, 2025], 2023), 2023);
		assert.equal(defaultHeatmapYear([2021, 2023], 2026), 2023);
		assert.equal(defaultHeatmapYear([], 2026), 2026);
		// An empty year still draws its grid.
		const empty = heatmapModel(index, 2022, 0);
		assert.equal(empty.total, 0);
		assert.equal(empty.weeks.flat().every((c) => c === null || c.level === 0), true);
	});
});

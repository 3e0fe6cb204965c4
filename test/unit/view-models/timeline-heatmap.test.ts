// The year heatmap model, checked against calendar facts worked out by hand: 2023-01-01 is a Sunday, 2023 has 365
// days, 2023-12-31 is a Sunday; 2024 is a leap year starting on a Monday.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { defaultHeatmapYear, heatmapModel, yearsWithData } from "../../../src/core/view-models/timeline.ts";
import { levelOf } from "../../../src/core/view-models/timeline-heatmap.ts";
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

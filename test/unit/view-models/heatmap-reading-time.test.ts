// The heatmap coloured by time read (issue 14 item 3): each cell carries its day's seconds, and colouring by time
// the levels come from the year's reading days (the same quartile rule as entries). Levels worked out by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countDays, heatmapModel, type HeatmapCell, type HeatmapModel } from "../../../src/core/view-models/timeline-heatmap.ts";
import { withReadingTime } from "../../../src/core/view-models/reading-time.ts";

const entries = [{ day: "2024-03-01" }, { day: "2024-03-01" }, { day: "2024-03-01" }, { day: "2024-03-02" }];
const seconds = new Map([
	["2024-03-01", 60],
	["2024-03-02", 3600],
	["2024-03-03", 600],
	["2024-03-04", 120],
	["2023-12-31", 86_400], // another year: no part of 2024's levels or total
]);

function cell(model: HeatmapModel, day: string): HeatmapCell | undefined {
	for (const week of model.weeks) for (const c of week) if (c?.day === day) return c;
	return undefined;
}

test("heatmap by time read: levels follow the seconds; entry counts, grid and years stay", () => {
	const base = heatmapModel(countDays(entries), 2024, 1, [2024], "2024-12-31");
	const byTime = withReadingTime(base, seconds, "time");
	// The year's reading days sorted: 60, 120, 600, 3600 → ceil(4 · rank / 4) = rank.
	const levels = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"].map((d) => [cell(byTime, d)?.level, cell(byTime, d)?.seconds, cell(byTime, d)?.count]);
	assert.deepEqual(levels, [
		[1, 60, 3],
		[4, 3600, 1],
		[3, 600, 0],
		[2, 120, 0],
		[0, 0, 0],
	]);
	assert.equal(byTime.colourBy, "time");
	assert.equal(byTime.totalSeconds, 60 + 3600 + 600 + 120);
	assert.equal(byTime.readingDays, 4);
	assert.equal(byTime.weeks.length, base.weeks.length);
	assert.equal(byTime.total, 4);

	// By entries: the levels are the entries' (3 on the 1st is the busiest: 4; 1 on the 2nd: ceil(4 · 1/2) = 2), the
	// seconds still on the cells for the tooltip.
	const byEntries = withReadingTime(base, seconds, "entries");
	assert.deepEqual([cell(byEntries, "2024-03-01")?.level, cell(byEntries, "2024-03-02")?.level, cell(byEntries, "2024-03-03")?.level], [4, 2, 0]);
	assert.equal(cell(byEntries, "2024-03-03")?.seconds, 600);
	assert.equal(byEntries.colourBy, "entries");
});

// The index's years with dated entries (the heatmap's and the year pane's year buttons): from its sorted days, the
// same as the years of every day's count, kept up through changes. Undated entries have no year.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { yearsWithData } from "../../../src/core/view-models/timeline-heatmap.ts";
import { book, hl } from "./builders.ts";

const dated = (path: string, ...days: (string | null)[]) =>
	book(path, { highlights: days.map((d, i) => hl({ line: 10 + 3 * i, text: `t${i}`, createdAt: d === null ? null : `${d} 09:00:00` })) });

/** The years as the heatmap found them before the index knew them: every day's count, then the years of those days. */
const fromCounts = (index: HighlightIndex): number[] => yearsWithData({ dayCounts: (range) => index.dayCounts(range) });

test("years: ascending, one per year with a dated entry, following upserts, removals and renames", () => {
	const index = new HighlightIndex();
	assert.deepEqual(index.years(), []);
	index.upsertParsed(dated("a.md", "2021-03-01", "2019-12-31", null, "2021-11-30"));
	index.upsertParsed(dated("b.md", "2024-01-01", "2021-03-01"));
	assert.deepEqual(index.years(), [2019, 2021, 2024]);
	assert.deepEqual(yearsWithData(index), [2019, 2021, 2024]);
	assert.deepEqual(fromCounts(index), [2019, 2021, 2024]);

	// a.md replaced: 2019 goes, 2020 comes.
	index.upsertParsed(dated("a.md", "2020-06-15", null));
	assert.deepEqual(index.years(), [2020, 2021, 2024]);
	index.renameNote("b.md", "c.md");
	assert.deepEqual(index.years(), [2020, 2021, 2024]);
	index.removeNote("c.md");
	assert.deepEqual(index.years(), [2020]);
	assert.deepEqual(fromCounts(index), index.years());
	index.removeNote("a.md");
	assert.deepEqual(index.years(), []);
});

// "This day, and years ago" (issue 14 item 2) over a real index: the day's own entries, the same date in earlier
// years with entries only (nearest first), each section bounded, and a leap day only in leap years.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { thisDayModel } from "../../../src/core/view-models/this-day.ts";

function note(id: string, stamps: readonly string[]): string {
	const body = stamps.map((at, i) => `> 📌 h${i + 1} ^${id}-1-${i * 10}-${i * 10 + 5}\n> ⏱ ${at}\n`).join("\n");
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${id}"\ntitle: B${id}\n---\n# 高亮划线\n\n## 一\n\n${body}`;
}

const index = new HighlightIndex();
index.upsertNote("a.md", note("1", ["2024-02-29 10:00:00", "2020-02-29 10:00:00", "2023-02-28 10:00:00", "2024-03-01 09:00:00", "2023-03-01 09:00:00", "2019-03-01 09:00:00"]));
index.upsertNote("b.md", note("2", ["2021-03-01 08:00:00", "2021-03-01 09:00:00", "2021-03-01 10:00:00"]));

const summary = (m: ReturnType<typeof thisDayModel>): unknown =>
	m === null ? null : { own: [m.thisDay.count, m.thisDay.entries.length], past: m.past.map((s) => [s.day, s.yearsAgo, s.count, s.entries.length]) };

test("this day: the day and every earlier year with entries on its date, nearest first; years without any are left out", () => {
	assert.deepEqual(summary(thisDayModel(index, "2024-03-01")), {
		own: [1, 1],
		past: [
			["2023-03-01", 1, 1, 1],
			["2021-03-01", 3, 3, 3],
			["2019-03-01", 5, 1, 1],
		],
	});
});

test("this day: each section holds at most `limit` entries, newest first, and its full count", () => {
	const m = thisDayModel(index, "2024-03-01", 2);
	const year2021 = m?.past.find((s) => s.day === "2021-03-01");
	assert.equal(year2021?.count, 3);
	assert.deepEqual(year2021?.entries.map((e) => e.createdAt), ["2021-03-01 10:00:00", "2021-03-01 09:00:00"]);
});

test("this day: 29 February recurs only in leap years; a day with nothing has an empty own section", () => {
	assert.deepEqual(summary(thisDayModel(index, "2024-02-29")), { own: [1, 1], past: [["2020-02-29", 4, 1, 1]] });
	assert.deepEqual(summary(thisDayModel(index, "2025-06-01")), { own: [0, 0], past: [] });
	assert.equal(thisDayModel(index, "yesterday"), null);
});

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { addDaysToKey, bucketKey, dayKey, monthKey, UNDATED, walkDays, weekKey } from "../../../src/core/index/buckets.ts";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { book, hl } from "./builders.ts";

// Bucket keys come from the wall time as written, so the process time zone must not matter. Node applies a runtime
// change of process.env.TZ to Date, so each case runs under both zones (restored afterwards).
const ZONES = ["UTC", "Asia/Shanghai"] as const;

function inZone(tz: string, fn: () => void): void {
	const saved = process.env.TZ;
	process.env.TZ = tz;
	try {
		fn();
	} finally {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	}
}

for (const tz of ZONES) {
	describe(`date buckets under TZ=${tz}`, () => {
		test("the zone really is in effect (guards the rest of this block)", () => {
			inZone(tz, () => {
				const offset = new Date(2023, 0, 1).getTimezoneOffset();
				assert.equal(offset, tz === "UTC" ? 0 : -480);
			});
		});

		test("day keys at the day boundary: 23:59:59 and 00:00:00 stay on their written dates", () => {
			inZone(tz, () => {
				assert.equal(dayKey("2023-05-20 23:59:59"), "2023-05-20");
				assert.equal(dayKey("2023-05-21 00:00:00"), "2023-05-21");
				assert.equal(dayKey("2023-12-31 23:59:59"), "2023-12-31");
				assert.equal(dayKey("2024-01-01 00:00:00"), "2024-01-01");
				assert.equal(dayKey("2024-02-29 12:00:00"), "2024-02-29");
				assert.equal(dayKey("2023-05-20 15:12"), "2023-05-20");
			});
		});

		test("week keys for a Monday start and a Sunday start, across month and year ends", () => {
			inZone(tz, () => {
				// 2023-05-21 is a Sunday, 2023-05-22 a Monday.
				assert.equal(weekKey("2023-05-21", 1), "2023-05-15");
				assert.equal(weekKey("2023-05-22", 1), "2023-05-22");
				assert.equal(weekKey("2023-05-21", 0), "2023-05-21");
				assert.equal(weekKey("2023-05-20", 0), "2023-05-14");
				// 2024-01-01 is a Monday; 2023-12-31 a Sunday.
				assert.equal(weekKey("2023-12-31", 1), "2023-12-25");
				assert.equal(weekKey("2024-01-01", 1), "2024-01-01");
				assert.equal(weekKey("2024-01-06", 0), "2023-12-31");
				// 2024-03-01 is a Friday; a Saturday start reaches back into February (leap year).
				assert.equal(weekKey("2024-03-01", 6), "2024-02-24");
				assert.equal(bucketKey(dayKey("2023-05-21 23:59:59"), "week", 1), "2023-05-15");
				assert.equal(bucketKey(dayKey("2023-05-22 00:00:00"), "week", 1), "2023-05-22");
			});
		});

		test("month keys, and the index's buckets at a day boundary", () => {
			inZone(tz, () => {
				assert.equal(monthKey("2023-05-31"), "2023-05");
				assert.equal(bucketKey("2023-06-01", "month", 1), "2023-06");
				const index = new HighlightIndex();
				index.upsertParsed(
					book("b.md", {
						highlights: [
							hl({ line: 1, text: "late", createdAt: "2023-05-31 23:59:59" }),
							hl({ line: 3, text: "early", createdAt: "2023-06-01 00:00:00" }),
							hl({ line: 5, text: "undated", createdAt: null }),
						],
					}),
				);
				assert.deepEqual(index.byDay().map((b) => [b.key, b.entries.map((e) => e.line)]), [
					["2023-06-01", [3]],
					["2023-05-31", [1]],
					[UNDATED, [5]],
				]);
				assert.deepEqual(index.buckets("month").map((b) => b.key), ["2023-06", "2023-05", UNDATED]);
				// 2023-05-31 is a Wednesday, 2023-06-01 a Thursday: same week for either start.
				assert.deepEqual(index.buckets("week", 0).map((b) => [b.key, b.entries.length]), [
					["2023-05-28", 2],
					[UNDATED, 1],
				]);
			});
		});
	});
}

describe("day keys are never invented", () => {
	test("null, garbage and impossible dates have no day (they go to the undated bucket)", () => {
		for (const bad of [null, "", "Invalid date", "2023-13-01 00:00:00", "2023-02-29 10:00:00", "2023-04-31 10:00:00", "2023-00-10 10:00:00", "20230520", "2023/05/20 10:00:00"]) {
			assert.equal(dayKey(bad), null, String(bad));
			assert.equal(bucketKey(dayKey(bad), "day", 1), UNDATED);
		}
	});

	test("dayKey accepts exactly `yyyy-MM-dd[( |T)HH:mm[:ss]]` (trimmed) with a real calendar date", () => {
		// The rule as a regex (how it was first written) against the hand-written scanner, on near-miss strings.
		const rule = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
		const reference = (s: string): string | null => {
			const m = rule.exec(s.trim());
			if (m === null) return null;
			const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
			const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
			return mo >= 1 && mo <= 12 && d >= 1 && d <= days ? s.trim().slice(0, 10) : null;
		};
		const char = fc.constantFrom("0", "1", "2", "3", "9", "-", ":", " ", "T", "t", "a", "\t", "٣");
		const nearMiss = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.array(char, { maxLength: 9 }), fc.array(char, { maxLength: 3 })).map(([y, m, d, tail, head]) => `${head.join("")}${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${tail.join("")}`);
		const wall = fc.tuple(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), fc.constantFrom(10, 16, 19), fc.constantFrom(" ", "T")).map(([d, len, sep]) => d.toISOString().slice(0, 19).replace("T", sep).slice(0, len));
		fc.assert(fc.property(fc.oneof(nearMiss, wall, fc.string({ maxLength: 22 })), (s) => dayKey(s) === reference(s)), { seed: 4242, numRuns: 3000 });
		assert.equal(dayKey(" 2024-02-29T23:59 "), "2024-02-29");
		assert.equal(dayKey("2024-02-29 23:59:5"), null);
	});

	test("addDaysToKey crosses month, leap-day and year ends", () => {
		assert.equal(addDaysToKey("2024-02-28", 1), "2024-02-29");
		assert.equal(addDaysToKey("2023-02-28", 1), "2023-03-01");
		assert.equal(addDaysToKey("2023-12-31", 1), "2024-01-01");
		assert.equal(addDaysToKey("2024-01-01", -1), "2023-12-31");
	});

	test("walkDays (fast-check): the same days as addDaysToKey, step by step, across months, leap days and years", () => {
		const start = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9998, 0, 1)), noInvalidDate: true }).map((d) => addDaysToKey("2000-01-01", Math.round((d.getTime() - Date.UTC(2000, 0, 1)) / 86_400_000)));
		fc.assert(
			fc.property(start, fc.integer({ min: 0, max: 800 }), (day, steps) => {
				const walk = walkDays(day);
				for (let n = 0; n <= steps; n++, walk.next()) assert.equal(walk.current, addDaysToKey(day, n));
			}),
			{ seed: 2026, numRuns: 300 },
		);
		const walk = walkDays("0099-12-31");
		walk.next();
		assert.equal(walk.current, "0100-01-01");
	});
});

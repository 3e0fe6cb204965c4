// nextBucketStart: the first day of the first bucket after a day, worked out by hand on a calendar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { nextBucketStart } from "../../../src/core/index/buckets.ts";

test("nextBucketStart: the next day, the next week's first day, the next month's first day", () => {
	assert.equal(nextBucketStart("2024-02-28", "day", 1), "2024-02-29");
	assert.equal(nextBucketStart("2024-12-31", "day", 1), "2025-01-01");
	// 2024-06-12 is a Wednesday: its week (Monday start) began 2024-06-10, the next one begins 2024-06-17.
	assert.equal(nextBucketStart("2024-06-12", "week", 1), "2024-06-17");
	// Weeks from Sunday: that week began 2024-06-09, the next begins 2024-06-16.
	assert.equal(nextBucketStart("2024-06-12", "week", 0), "2024-06-16");
	// A Monday itself, Monday weeks: the next week begins seven days later.
	assert.equal(nextBucketStart("2024-06-10", "week", 1), "2024-06-17");
	assert.equal(nextBucketStart("2024-06-12", "month", 1), "2024-07-01");
	assert.equal(nextBucketStart("2024-12-05", "month", 1), "2025-01-01");
	assert.equal(nextBucketStart("", "day", 1), "0000-01-01");
});

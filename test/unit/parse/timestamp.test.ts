import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDateOnly, parseTimestamp } from "../../../src/core/parse/timestamp.ts";

// [input, expected kind, expected value (datetime) or date (date), or null for "not date-shaped"]
const CASES: [string, "datetime" | "date" | "invalid" | null, string | null][] = [
	["2023-05-20 15:12:16", "datetime", "2023-05-20 15:12:16"],
	["2023-05-20 15:12:16 ", "datetime", "2023-05-20 15:12:16"],
	["  2023-05-20 15:12:16 ^1-2-3-4", "datetime", "2023-05-20 15:12:16"],
	["2024-04-10 14:17", "datetime", "2024-04-10 14:17:00"],
	["[[2022-04-06]]20:35", "datetime", "2022-04-06 20:35:00"],
	["[[2022-05-20]] 11:06", "datetime", "2022-05-20 11:06:00"],
	["2022-4-6 9:05", "datetime", "2022-04-06 09:05:00"],
	["2022-06-05T00:00:00.000Z", "datetime", "2022-06-05 00:00:00"],
	["[[2022-07-13]]", "date", "2022-07-13"],
	["2022-07-13", "date", "2022-07-13"],
	["2024-02-29 12:00:00", "datetime", "2024-02-29 12:00:00"],
	["2023-02-29 12:00:00", "invalid", null],
	["2023-13-01 10:00:00", "invalid", null],
	["2023-00-10 10:00:00", "invalid", null],
	["2023-04-31", "invalid", null],
	["2023-05-20 24:00:00", "invalid", null],
	["2023-05-20 23:60:00", "invalid", null],
	["2023-05-20 23:59:60", "invalid", null],
	["1900-02-29 00:00:00", "invalid", null],
	["2000-02-29 00:00:00", "datetime", "2000-02-29 00:00:00"],
	["Invalid date", null, null],
	["", null, null],
	["NaN小时NaN分钟", null, null],
	["20230520", null, null],
	["[[2022-07-13", null, null],
];

test("parseTimestamp: table of plugin and custom forms", () => {
	for (const [input, kind, value] of CASES) {
		const r = parseTimestamp(input);
		if (kind === null) {
			assert.equal(r, null, input);
			continue;
		}
		assert.ok(r, input);
		assert.equal(r.kind, kind, input);
		if (r.kind === "datetime") assert.equal(r.value, value, input);
		if (r.kind === "date") assert.equal(r.date, value, input);
	}
});

test("parseTimestamp: end points just after what was read", () => {
	const s = "2023-05-20 15:12:16 ^abc-1";
	const r = parseTimestamp(s);
	assert.ok(r && r.kind === "datetime");
	assert.equal(s.slice(r.end), " ^abc-1");
	const m = parseTimestamp("x 2024-04-10 14:17 tail", 1);
	assert.ok(m && m.kind === "datetime");
	assert.equal(m.value, "2024-04-10 14:17:00");
});

test("parseDateOnly: frontmatter dates", () => {
	assert.equal(parseDateOnly("2023-05-30"), "2023-05-30");
	assert.equal(parseDateOnly("2022-06-05T00:00:00.000Z"), "2022-06-05");
	assert.equal(parseDateOnly("Invalid date"), null);
	assert.equal(parseDateOnly("2023-02-30"), null);
});

// The sync plugin's reading-time cache (issue 14 item 3): `.weread-cache/daily-stats.json`, keys with a 0-based
// month (JavaScript's getMonth()), values in seconds. Expected days are worked out by hand from the keys (month + 1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dayOfKey, MAX_READING_TIME_BYTES, parseReadingTimeCache, type ReadingTimeParse } from "../../src/core/reading-time-cache.ts";
import { translator } from "../../src/core/i18n.ts";
import { formatDuration } from "../../src/core/view-models/reading-time.ts";

const FIXTURE = readFileSync(new URL("../fixtures/reading-time/daily-stats.json", import.meta.url), "utf8");

function days(result: ReadingTimeParse): Record<string, number> {
	assert.equal(result.ok, true, JSON.stringify(result));
	return result.ok ? Object.fromEntries(result.days) : {};
}

test("reading-time cache: the fixture's 0-based months land on the right days (\"2019-7-16\" is 16 August)", () => {
	const result = parseReadingTimeCache(FIXTURE);
	assert.deepEqual(days(result), {
		"2019-08-16": 4098, // "2019-7-16": month 7 + 1
		"2019-08-17": 620,
		"2019-01-01": 75, // "2019-0-1": month 0 is January
		"2019-12-31": 3600, // "2019-11-31": month 11 is December, which has a 31st (November has not)
		"2020-02-29": 29, // "2020-1-29": February of a leap year
		// "2020-2-1": 0 seconds is no reading day: left out, and not a problem.
	});
	assert.deepEqual(result.ok && result.problems, []);
});

test("reading-time cache: a key built the way the sync plugin builds it reads back as that local day", () => {
	// wereadReadingStats.ts: cache.data[`${dd.getFullYear()}-${dd.getMonth()}-${dd.getDate()}`] = secs
	for (const [y, m0, d] of [[2019, 7, 16], [2024, 0, 31], [2023, 11, 1], [2024, 1, 29]] as const) {
		const dd = new Date(y, m0, d, 23, 59);
		const key = `${dd.getFullYear()}-${dd.getMonth()}-${dd.getDate()}`;
		const expected = `${y}-${String(m0 + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
		assert.deepEqual(dayOfKey(key), { day: expected }, key);
	}
});

const ok = (data: Record<string, unknown>): string => JSON.stringify({ version: 1, data });

test("reading-time cache: refused files, each with its reason", () => {
	const cases: [string, string][] = [
		["", "not-json"],
		["{", "not-json"],
		["null", "not-an-object"],
		["[1,2]", "not-an-object"],
		['"text"', "not-an-object"],
		['{"data":{}}', "unknown-version"],
		['{"version":2,"data":{"2019-7-16":1}}', "unknown-version"],
		['{"version":"1","data":{}}', "unknown-version"],
		['{"version":1}', "no-data"],
		['{"version":1,"data":[1]}', "no-data"],
		['{"version":1,"data":null}', "no-data"],
	];
	for (const [text, reason] of cases) assert.deepEqual(parseReadingTimeCache(text), { ok: false, reason }, text);
});

test("reading-time cache: a file over the size limit is refused by its stat size, before JSON.parse", () => {
	assert.deepEqual(parseReadingTimeCache(ok({}), MAX_READING_TIME_BYTES + 1), { ok: false, reason: "too-large" });
	const big = ok({ "2019-7-16": 1, pad: "x".repeat(MAX_READING_TIME_BYTES) });
	assert.deepEqual(parseReadingTimeCache(big), { ok: false, reason: "too-large" });
	// At the limit it is read.
	assert.equal(parseReadingTimeCache(ok({ "2019-7-16": 1 }), MAX_READING_TIME_BYTES).ok, true);
});

test("reading-time cache: entries that cannot be a day's reading are dropped and reported; the rest is kept", () => {
	const result = parseReadingTimeCache(
		ok({
			"2019-7-16": 4098,
			"2019-12-1": 60, // month 12 does not exist (0–11)
			"2019-1-29": 60, // 29 February 2019: not a leap year
			"2019-3-31": 60, // 31 April
			"2019-7-0": 60,
			"2019-7-32": 60,
			"2019/7/16": 60,
			"19-7-16": 60,
			"2019-7-16T1": 60,
			"": 60,
			"2019-7-18": -5,
			"2019-7-19": "600",
			"2019-7-20": null,
			"2019-7-21": 86_401, // more seconds than a day has
			"2019-7-22": 1e308,
			"2019-07-16": 10, // the same day as "2019-7-16" once padded: the first written stays
			"2019-7-23": 86_400,
			"2019-7-24": 12.5,
		}),
	);
	assert.deepEqual(days(result), { "2019-08-16": 4098, "2019-08-23": 86_400, "2019-08-24": 12.5 });
	assert.deepEqual(result.ok && result.problems, [
		{ key: "2019-12-1", code: "impossible-date" },
		{ key: "2019-1-29", code: "impossible-date" },
		{ key: "2019-3-31", code: "impossible-date" },
		{ key: "2019-7-0", code: "impossible-date" },
		{ key: "2019-7-32", code: "impossible-date" },
		{ key: "2019/7/16", code: "bad-key" },
		{ key: "19-7-16", code: "bad-key" },
		{ key: "2019-7-16T1", code: "bad-key" },
		{ key: "", code: "bad-key" },
		{ key: "2019-7-18", code: "bad-seconds" },
		{ key: "2019-7-19", code: "bad-seconds" },
		{ key: "2019-7-20", code: "bad-seconds" },
		{ key: "2019-7-21", code: "bad-seconds" },
		{ key: "2019-7-22", code: "bad-seconds" },
		{ key: "2019-07-16", code: "duplicate-day" },
	]);
});

test("reading-time cache: NaN and Infinity cannot come from JSON, and odd keys like __proto__ are plain bad keys", () => {
	const result = parseReadingTimeCache('{"version":1,"data":{"__proto__":5,"constructor":6,"2000-1-29":7}}');
	assert.deepEqual(days(result), { "2000-02-29": 7 }); // 2000 is a leap year (divisible by 400)
	assert.deepEqual(result.ok && result.problems.map((p) => p.code), ["bad-key", "bad-key"]);
	assert.deepEqual(parseReadingTimeCache('{"version":1,"data":{"2019-7-16":NaN}}'), { ok: false, reason: "not-json" });
});

test("reading-time cache: durations read as minutes and hours, in English and Chinese", () => {
	const en = translator("en");
	const zh = translator("zh");
	const cases: [number, string, string][] = [
		[0, "< 1 min", "不到 1 分钟"],
		[29, "< 1 min", "不到 1 分钟"],
		[30, "1 min", "1 分钟"], // rounds to the nearest minute
		[2700, "45 min", "45 分钟"],
		[3569, "59 min", "59 分钟"],
		[3570, "1 h", "1 小时"], // 59.5 min rounds to 60
		[4098, "1 h 8 min", "1 小时 8 分钟"], // 68.3 min
		[7200, "2 h", "2 小时"],
		[86_400, "24 h", "24 小时"],
	];
	for (const [s, e, z] of cases) {
		assert.equal(formatDuration(s, en), e, String(s));
		assert.equal(formatDuration(s, zh), z, String(s));
	}
});

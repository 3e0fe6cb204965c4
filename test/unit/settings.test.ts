import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_SETTINGS, isInScannedFolders, parseSettings, type Settings } from "../../src/core/settings.ts";

const DEFAULTS: Settings = {
	version: 1,
	folders: [],
	timelineGrouping: "day",
	weekStartsOn: 1,
	bookOrder: "book",
	mergeThoughts: true,
	showPopularCounts: true,
	language: "auto",
	readTemplateShapes: true,
	citationBadges: true,
	citationBadgesZero: false,
	shelfCovers: false,
	followDailyNote: true,
	persistentCache: true,
};

const VALID: Settings = {
	version: 1,
	folders: ["weread", "读书/微信读书"],
	timelineGrouping: "week",
	weekStartsOn: 0,
	bookOrder: "time",
	mergeThoughts: false,
	showPopularCounts: false,
	language: "zh",
	readTemplateShapes: false,
	citationBadges: false,
	citationBadgesZero: true,
	shelfCovers: true,
	followDailyNote: false,
	persistentCache: false,
};

describe("parseSettings", () => {
	test("the defaults are the documented ones", () => {
		assert.deepEqual({ ...DEFAULT_SETTINGS }, DEFAULTS);
	});

	// [name, raw, problem count]
	const NOT_OBJECTS: [string, unknown, number][] = [
		["undefined (fresh install)", undefined, 0],
		["null (loadData of a fresh install)", null, 0],
		["a number", 42, 1],
		["a string", "x", 1],
		["an array", [], 1],
		["a boolean", true, 1],
	];
	for (const [name, raw, problems] of NOT_OBJECTS) {
		test(`${name} → defaults`, () => {
			const r = parseSettings(raw);
			assert.deepEqual(r.settings, DEFAULTS);
			assert.equal(r.problems.length, problems);
			assert.equal(r.usedDefaults, true);
		});
	}

	test("{} → defaults, no problems (missing fields are not errors)", () => {
		const r = parseSettings({});
		assert.deepEqual(r.settings, DEFAULTS);
		assert.deepEqual(r.problems, []);
		assert.equal(r.usedDefaults, true);
	});

	test("a complete valid object is kept as is", () => {
		const r = parseSettings(structuredClone(VALID));
		assert.deepEqual(r.settings, VALID);
		assert.deepEqual(r.problems, []);
		assert.equal(r.usedDefaults, false);
	});

	test("partially invalid: each bad field falls back alone and is reported; good fields survive", () => {
		const r = parseSettings({ ...VALID, timelineGrouping: "year", weekStartsOn: 7, mergeThoughts: "yes", folders: "weread", extra: 1 });
		assert.deepEqual(r.settings, { ...VALID, timelineGrouping: "day", weekStartsOn: 1, mergeThoughts: true, folders: [] });
		assert.deepEqual(
			r.problems.map((p) => p.split(":")[0]),
			["folders", "timelineGrouping", "weekStartsOn", "mergeThoughts", "extra"],
		);
		assert.equal(r.usedDefaults, true);
	});

	test("an older (unversioned or version 0) object is migrated, its valid fields kept", () => {
		for (const old of [{ timelineGrouping: "month", language: "en" }, { version: 0, timelineGrouping: "month", language: "en" }]) {
			const r = parseSettings(old);
			assert.deepEqual(r.settings, { ...DEFAULTS, timelineGrouping: "month", language: "en" });
			assert.deepEqual(r.problems, []);
		}
	});

	test("a newer version keeps what it understands and says so", () => {
		const r = parseSettings({ ...VALID, version: 9 });
		assert.deepEqual(r.settings, VALID);
		assert.equal(r.problems.length, 1);
		assert.match(r.problems[0] ?? "", /newer/);
	});

	test("a garbage version is read as unversioned and reported", () => {
		const r = parseSettings({ version: "one", bookOrder: "time" });
		assert.deepEqual(r.settings, { ...DEFAULTS, bookOrder: "time" });
		assert.equal(r.problems.length, 1);
	});

	test("folders are normalised: trimmed, no outer slashes, no empties or duplicates; '/' means the whole vault", () => {
		assert.deepEqual(parseSettings({ folders: [" /weread/ ", "weread", "", "a/b//"] }).settings.folders, ["weread", "a/b"]);
		assert.deepEqual(parseSettings({ folders: ["weread", "/"] }).settings.folders, []);
		assert.deepEqual(parseSettings({ folders: ["ok", 3] }).settings.folders, []);
	});

	test("the result never shares the defaults' folder array", () => {
		const a = parseSettings(undefined).settings;
		a.folders.push("x");
		assert.deepEqual(parseSettings(undefined).settings.folders, []);
		assert.deepEqual(DEFAULT_SETTINGS.folders, []);
	});
});

describe("isInScannedFolders", () => {
	const CASES: [string, string[], boolean][] = [
		["any/path.md", [], true],
		["weread/Book.md", ["weread"], true],
		["weread/sub/Book.md", ["weread/"], true],
		["wereadx/Book.md", ["weread"], false],
		["Book.md", ["weread"], false],
		["notes/Book.md", ["weread", "notes"], true],
		["x/Book.md", ["/"], true],
	];
	for (const [path, folders, expected] of CASES) {
		test(`${path} in ${JSON.stringify(folders)} → ${expected}`, () => assert.equal(isInScannedFolders(path, folders), expected));
	}
});

// Fuzzing parseSettings (issue 7): whatever data.json holds, the plugin gets valid settings, and reading its own
// output back is a no-op. test/unit/settings.test.ts covers the documented cases one by one; this throws everything.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from "../../../src/core/settings.ts";
import { checkSettings } from "./settings-check.ts";

const KEYS = Object.keys(DEFAULT_SETTINGS);

/** Right keys, values of any JSON type, plus the values each field accepts and near misses of them. */
const fieldValue = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }),
	fc.constantFrom("day", "week", "month", "book", "time", "auto", "en", "zh", "Day", " day", 0, 1, 6, 7, -1, 1.5, true, false, null, "1", [], {}),
	// Folder strings over the characters normalisation works on (spaces, slashes), where idempotence bugs hide.
	fc.array(fc.string({ unit: fc.constantFrom(" ", "/", "\t", "a", "\u00a0", "\n"), maxLength: 6 }), { maxLength: 4 }),
	fc.array(fc.oneof(fc.string(), fc.constantFrom("/", "//", " / ", "a/", "/a/", " a ", "a//b", "a", "", " ", "\t/x", "\u00a0a")), { maxLength: 5 }),
);
const settingsLike = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS, "version"), fc.string({ maxLength: 8 })), fieldValue, { maxKeys: 12 });

describe("fuzz: parseSettings", () => {
	test("arbitrary JSON: never throws, always settings the zod schema accepts, idempotent", () => {
		fc.assert(fc.property(fc.jsonValue(), (raw) => checkSettings(parseSettings, settingsSchema, raw)), { seed: 7101, numRuns: 500 });
	});

	test("objects with the right keys and values of the wrong (or almost right) types", () => {
		fc.assert(fc.property(settingsLike, (raw) => checkSettings(parseSettings, settingsSchema, raw)), { seed: 7102, numRuns: 1000 });
	});

	test("anything JSON.parse can return from a data.json written by hand, including older and newer versions", () => {
		const versions = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom("1", 1.5, null, NaN));
		fc.assert(
			fc.property(settingsLike, versions, (raw, version) => checkSettings(parseSettings, settingsSchema, { ...raw, version })),
			{ seed: 7103, numRuns: 300 },
		);
	});

	test("the defaults and every value of every enum field survive a round trip unchanged", () => {
		assert.deepEqual(parseSettings(DEFAULT_SETTINGS), { settings: { ...DEFAULT_SETTINGS }, problems: [], usedDefaults: false });
	});
});

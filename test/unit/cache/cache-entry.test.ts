import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateEntry, type CacheEntry } from "../../../src/core/cache/cache-entry.ts";
import { PARSER_VERSION } from "../../../src/core/cache/parser-version.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";

const NOTES = fileURLToPath(new URL("../../fixtures/notes/", import.meta.url));
const fixtures = readdirSync(NOTES).filter((name) => name.endsWith(".md") && name !== "README.md").sort();

function entryOf(path: string, text: string): CacheEntry {
	return { path, mtime: 1_700_000_000_000, size: text.length, parserVersion: PARSER_VERSION, templateFingerprint: "builtin", note: parseNote(path, text) };
}

const sample = entryOf("Books/sample.md", readFileSync(join(NOTES, fixtures[0] as string), "utf8"));

describe("validateEntry: every parse result survives storage unchanged", () => {
	test("there are fixtures to round-trip, and some hold highlights", () => {
		assert.ok(fixtures.length >= 10);
		assert.ok(fixtures.some((name) => { const n = parseNote(name, readFileSync(join(NOTES, name), "utf8")); return n.kind === "weread" && n.highlights.length > 0 && n.reviews.length > 0; }));
	});
	for (const name of fixtures) {
		// structuredClone is what IndexedDB does to a stored value; a field the schema did not know would be dropped.
		test(name, () => {
			const entry = entryOf(`Books/${name}`, readFileSync(join(NOTES, name), "utf8"));
			const check = validateEntry(structuredClone(entry));
			assert.equal(check.ok, true);
			if (check.ok) assert.deepStrictEqual(check.entry, entry);
		});
	}
	test("a not-weread result is an entry too (a book note the parser refused is not read again)", () => {
		const entry: CacheEntry = { ...sample, note: { kind: "not-weread", path: sample.path } };
		assert.deepStrictEqual(validateEntry(entry), { ok: true, entry });
	});
	test("unknown properties of a newer writer are dropped", () => {
		const check = validateEntry({ ...sample, extra: 1, note: { kind: "not-weread", path: sample.path, extra: 2 } });
		assert.deepStrictEqual(check, { ok: true, entry: { ...sample, note: { kind: "not-weread", path: sample.path } } });
	});
});

describe("validateEntry: anything untrusted becomes a reason, never a throw", () => {
	const weread = sample.note.kind === "weread" ? sample.note : assert.fail("the first fixture is a WeRead note");
	const hostile = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); } });
	const cases: [string, unknown, string][] = [
		["undefined", undefined, "not-an-entry"],
		["null", null, "not-an-entry"],
		["a string", "{\"path\":", "not-an-entry"],
		["an array", [sample], "not-an-entry"],
		["no path", { ...sample, path: undefined }, "not-an-entry"],
		["empty path", { ...sample, path: "" }, "not-an-entry"],
		["mtime as a string", { ...sample, mtime: "1700000000000" }, "not-an-entry"],
		["mtime NaN", { ...sample, mtime: Number.NaN }, "not-an-entry"],
		["negative size", { ...sample, size: -1 }, "not-an-entry"],
		["no fingerprint", { ...sample, templateFingerprint: undefined }, "not-an-entry"],
		["a throwing proxy", hostile, "not-an-entry"],
		["an older parser version", { ...sample, parserVersion: PARSER_VERSION - 1, note: "old layout" }, "parser-version"],
		["a newer parser version", { ...sample, parserVersion: PARSER_VERSION + 1 }, "parser-version"],
		["no note", { ...sample, note: undefined }, "bad-note"],
		["an unknown kind", { ...sample, note: { kind: "epub", path: sample.path } }, "bad-note"],
		["truncated highlights", { ...sample, note: { ...weread, highlights: [{ text: "half" }] } }, "bad-note"],
		["a highlight's line as a string", { ...sample, note: { ...weread, highlights: weread.highlights.map((h) => ({ ...h, line: "3" })) } }, "bad-note"],
		["no meta", { ...sample, note: { ...weread, meta: undefined } }, "bad-note"],
		["an empty title", { ...sample, note: { ...weread, meta: { ...weread.meta, title: "" } } }, "bad-note"],
		["an unknown reading status", { ...sample, note: { ...weread, meta: { ...weread.meta, readingStatus: "2" } } }, "bad-note"],
		["another path's note", { ...sample, note: { ...weread, path: "Books/other.md" } }, "path-mismatch"],
	];
	for (const [name, raw, reason] of cases) {
		test(name, () => assert.deepStrictEqual(validateEntry(raw), { ok: false, reason }));
	}
	test("the first fixture has highlights, so the highlight cases above test something", () => assert.ok(weread.highlights.length > 0));
});

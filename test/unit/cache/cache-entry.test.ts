import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { entryFor, noteOf, validateEntry, type CacheEntry } from "../../../src/core/cache/cache-entry.ts";
import { decodeNote, encodeNote } from "../../../src/core/cache/compact-note.ts";
import { PARSER_VERSION } from "../../../src/core/cache/parser-version.ts";
import type { ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import { generateVault } from "../../../scripts/gen-vault/generate.ts";

const NOTES = fileURLToPath(new URL("../../fixtures/notes/", import.meta.url));
const fixtures = readdirSync(NOTES).filter((name) => name.endsWith(".md") && name !== "README.md").sort();
const STAMP = { mtime: 1_700_000_000_000, size: 1234 };

function entryOf(path: string, text: string): CacheEntry {
	return entryFor(parseNote(path, text), STAMP, "builtin");
}

const sample = entryOf("Books/sample.md", readFileSync(join(NOTES, fixtures[0] as string), "utf8"));
const weread = ((): ParsedNote => {
	const note = parseNote("Books/sample.md", readFileSync(join(NOTES, fixtures[0] as string), "utf8"));
	return note.kind === "weread" ? note : assert.fail("the first fixture is a WeRead note");
})();

describe("compact notes: every parse result survives storage unchanged", () => {
	test("there are fixtures to round-trip, and some hold highlights, thoughts and diagnostics", () => {
		assert.ok(fixtures.length >= 10);
		const notes = fixtures.map((name) => parseNote(name, readFileSync(join(NOTES, name), "utf8")));
		assert.ok(notes.some((n) => n.kind === "weread" && n.highlights.length > 0 && n.reviews.length > 0));
		assert.ok(notes.some((n) => n.kind === "weread" && n.diagnostics.length > 0));
		assert.ok(notes.some((n) => n.kind === "weread" && n.highlights.some((h) => h.blockIdIssue != null)), "an id issue is stored");
	});
	for (const name of fixtures) {
		// structuredClone is what IndexedDB does to a stored value.
		test(name, () => {
			const entry = entryOf(`Books/${name}`, readFileSync(join(NOTES, name), "utf8"));
			const check = validateEntry(structuredClone(entry));
			assert.equal(check.ok, true);
			if (!check.ok) return;
			assert.deepStrictEqual(check.entry, entry);
			assert.deepStrictEqual(noteOf(check.entry), parseNote(`Books/${name}`, readFileSync(join(NOTES, name), "utf8")));
		});
	}
	test("generated notes of every size round-trip (a 866-highlight one among them)", () => {
		const files = generateVault({ highlights: 3000, seed: 7, fixedSizes: [866] }).files;
		for (const file of files) {
			const note = parseNote(file.path, file.text);
			assert.deepStrictEqual(decodeNote(encodeNote(note), file.path), note, file.path);
		}
	});
	test("absent optional fields stay absent, present ones stay present (undefined is not null)", () => {
		const h = weread.highlights[0];
		assert.ok(h !== undefined);
		const { createdDate: _d, blockIdIssue: _i, ...bare } = h;
		const withNull = { ...h, createdDate: null, blockIdIssue: null };
		const note: ParsedNote = { ...weread, highlights: [bare, withNull] };
		const back = decodeNote(encodeNote(note), note.path);
		assert.deepStrictEqual(back, note);
		assert.equal(back?.kind === "weread" && "createdDate" in (back.highlights[0] ?? {}), false);
		assert.equal(back?.kind === "weread" && back.highlights[1]?.createdDate, null);
	});
	test("a not-weread result is an entry too (a book note the parser refused is not read again)", () => {
		const entry = entryFor({ kind: "not-weread", path: "Books/x.md" }, STAMP, "builtin");
		assert.deepStrictEqual(noteOf(entry), { kind: "not-weread", path: "Books/x.md" });
	});
	test("the stored form is smaller than the objects' JSON (field names are not repeated per highlight)", () => {
		assert.ok(encodeNote(weread).length < JSON.stringify(weread).length * 0.7, `${encodeNote(weread).length} vs ${JSON.stringify(weread).length}`);
	});
	test("unknown envelope properties of a newer writer are dropped", () => {
		const check = validateEntry({ ...sample, extra: 1 });
		assert.deepStrictEqual(check, { ok: true, entry: sample });
	});
});

describe("validateEntry and noteOf: anything untrusted becomes a reason or null, never a throw", () => {
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
		["an older parser version", { ...sample, parserVersion: PARSER_VERSION - 1, body: 42 }, "parser-version"],
		["a newer parser version", { ...sample, parserVersion: PARSER_VERSION + 1 }, "parser-version"],
		["no body", { ...sample, body: undefined }, "bad-note"],
		["a body that is an object (the layout before compact notes)", { ...sample, body: weread }, "bad-note"],
	];
	for (const [name, raw, reason] of cases) {
		test(name, () => assert.deepStrictEqual(validateEntry(raw), { ok: false, reason }));
	}

	const encoded = JSON.parse(encodeNote(weread)) as unknown[];
	const mangle = (f: (data: unknown[]) => void): string => {
		const copy = structuredClone(encoded);
		f(copy);
		return JSON.stringify(copy);
	};
	const bodies: [string, unknown][] = [
		["not JSON", "[1,\"Books/sample.md\",{"],
		["truncated half-way", encodeNote(weread).slice(0, encodeNote(weread).length >> 1)],
		["an empty string", ""],
		["JSON of another shape", "{\"kind\":\"weread\"}"],
		["an unknown kind tag", mangle((d) => void (d[0] = 7))],
		["another path's note", mangle((d) => void (d[1] = "Books/other.md"))],
		["a highlight cut short", mangle((d) => void ((d[4] as unknown[][])[0] = ["half"]))],
		["a highlight's line as a string", mangle((d) => void (((d[4] as unknown[][])[0] as unknown[])[11] = "3"))],
		["a highlight's text missing", mangle((d) => void (((d[4] as unknown[][])[0] as unknown[])[7] = null))],
		["no meta", mangle((d) => void (d[2] = null))],
		["an empty title", mangle((d) => void ((d[2] as unknown[])[1] = ""))],
		["an unknown reading status", mangle((d) => void ((d[2] as unknown[])[9] = "2"))],
		["an unknown diagnostic level", mangle((d) => void (d[6] = [[1, "x", "y", "fatal"]]))],
		["a negative line count", mangle((d) => void (d[7] = -1))],
		["a missing line count", mangle((d) => void d.pop())],
	];
	for (const [name, body] of bodies) {
		test(`noteOf: ${name}`, () => assert.equal(noteOf({ ...sample, body: body as string }), null));
	}
	test("the mangled bodies start from a note with highlights and diagnostics, so they test something", () => {
		assert.ok(weread.highlights.length > 0);
		assert.ok(noteOf(sample) !== null);
	});
});

// Golden tests for the parser: every `*.md` under test/fixtures/notes is parsed and compared with its hand-written
// `*.expected.json` (one `books[]` entry of the inspect contract, design §3, or `null` for a note that is not a
// WeRead note). The expected files were written by hand from the spec, independently of the parser: when a test
// fails, decide from design.md §3 / weread-format.md which side is wrong; never copy the parser's output over them.
//
// Diagnostics are compared by `line` + `code` only (messages are free text), and only for the codes listed in
// CHECKED_CODES or used in any expected file: a parser may emit other codes (info, hints) without failing here.
// Independently of that, a diagnostic of level `error` that the expected file does not list fails the test: the
// fixtures are valid notes (design §7). `chapters` is compared only where the expected file lists it (it came to the
// contract later, issue 11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNote } from "../../src/core/parse/parse-note.ts";
import { toInspectBook, type InspectBook } from "../../src/core/inspect/book-json.ts";

const NOTES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "notes");

/** Codes whose presence and absence the goldens pin down, besides any code an expected file lists. */
const CHECKED_CODES: readonly string[] = ["bad-timestamp"];

interface DiagnosticKey {
	line: number;
	code: string;
}

function fixtureNotes(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...fixtureNotes(full));
		else if (entry.name.endsWith(".md") && !(dir === NOTES_DIR && entry.name === "README.md")) out.push(full);
	}
	return out.sort();
}

function expectedPathOf(notePath: string): string {
	return notePath.slice(0, -".md".length) + ".expected.json";
}

function readExpected(notePath: string): InspectBook | null | undefined {
	const file = expectedPathOf(notePath);
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, "utf8")) as InspectBook | null;
}

function diagnosticKeys(list: readonly { line: number; code: string }[], codes: ReadonlySet<string>): DiagnosticKey[] {
	return list
		.filter((d) => codes.has(d.code))
		.map((d) => ({ line: d.line, code: d.code }))
		.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const notes = fixtureNotes(NOTES_DIR);
const checkedCodes = new Set<string>(CHECKED_CODES);
for (const note of notes) {
	const expected = readExpected(note);
	for (const d of expected?.diagnostics ?? []) checkedCodes.add(d.code);
}

test("golden fixtures exist", () => {
	assert.ok(notes.length >= 28, `expected at least 28 fixture notes, found ${notes.length}`);
});

for (const note of notes) {
	const rel = relative(NOTES_DIR, note).split(sep).join("/");
	test(`golden: ${rel}`, () => {
		const expected = readExpected(note);
		assert.notEqual(expected, undefined, `missing ${relative(NOTES_DIR, expectedPathOf(note))}`);
		// The raw text, BOM and CRLF included: stripping them is the parser's job.
		const text = readFileSync(note, "utf8");
		const result = parseNote(rel, text);

		if (expected === null) {
			assert.equal(result.kind, "not-weread", `${rel} is not a WeRead note`);
			return;
		}
		assert.equal(result.kind, "weread", `${rel} is a WeRead note`);
		if (result.kind !== "weread" || expected === undefined) return;

		const actual = toInspectBook(result);
		const { diagnostics: actualDiagnostics, chapters: actualChapters, ...actualRest } = actual;
		const { diagnostics: expectedDiagnostics, chapters: expectedChapters, ...expectedRest } = expected;
		// `chapters` (the outline, built by the index from the parsed note) is pinned where an expected file lists it.
		if (expectedChapters !== undefined) assert.deepEqual(actualChapters, expectedChapters, "chapters");

		// Field-by-field first, so a failure names the entry that differs; then the whole book.
		assert.equal(actual.path, expected.path, "path");
		assert.equal(actual.bookId, expected.bookId, "bookId");
		assert.equal(actual.title, expected.title, "title");
		const rows = Math.max(actual.highlights.length, expected.highlights.length);
		for (let i = 0; i < rows; i++) {
			assert.deepEqual(actual.highlights[i], expected.highlights[i], `highlights[${i}]`);
		}
		const reviewRows = Math.max(actual.reviews.length, expected.reviews.length);
		for (let i = 0; i < reviewRows; i++) {
			assert.deepEqual(actual.reviews[i], expected.reviews[i], `reviews[${i}]`);
		}
		assert.deepEqual(actualRest, expectedRest);

		assert.deepEqual(
			diagnosticKeys(actualDiagnostics, checkedCodes),
			diagnosticKeys(expectedDiagnostics, checkedCodes),
			"diagnostics (line + code, checked codes only)",
		);
		const listed = new Set(expectedDiagnostics.map((d) => `${d.line}:${d.code}`));
		const unexpectedErrors = result.diagnostics.filter(
			(d) => d.level === "error" && !listed.has(`${d.line}:${d.code}`),
		);
		assert.deepEqual(unexpectedErrors, [], "error-level diagnostics the expected file does not list");
	});
}

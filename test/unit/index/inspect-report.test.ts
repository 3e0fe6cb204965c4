import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildInspectReport } from "../../../src/core/inspect/report.ts";
import { toInspectBook } from "../../../src/core/inspect/book-json.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import type { ParsedNote } from "../../../src/core/model.ts";
import { DAILY_NOTE, DASH_NOTE, PLAIN_NOTE } from "./notes.ts";

const FILES = [
	{ path: "notes/plain.md", text: PLAIN_NOTE },
	{ path: "weread/浮生六记.md", text: DASH_NOTE },
	{ path: "daily/2023-08-13.md", text: DAILY_NOTE },
];

describe("buildInspectReport references", () => {
	test("every block link into a WeRead note, by from then line, with resolved", () => {
		const report = buildInspectReport(FILES);
		assert.deepEqual(report.references, [
			{ from: "daily/2023-08-13.md", line: 4, embed: true, to: "weread/浮生六记.md", blockId: "840127-5-300-320", resolved: true },
			{ from: "daily/2023-08-13.md", line: 5, embed: true, to: "weread/浮生六记.md", blockId: "840127-5-999-999", resolved: false },
			{ from: "notes/plain.md", line: 2, embed: false, to: "weread/浮生六记.md", blockId: "840127-5-120-143", resolved: true },
		]);
	});

	test("books are exactly the parser's, by path, with their block-reference health", () => {
		const report = buildInspectReport(FILES);
		const parsed = parseNote("weread/浮生六记.md", DASH_NOTE);
		assert.equal(parsed.kind, "weread");
		// By hand: three ids, each ending its own list item, none twice; the daily note cites 840127-5-999-999, which
		// the book does not have.
		const health = { unresolvableIds: 0, duplicateIds: 0, dangling: 1 };
		assert.deepEqual(report.books, [{ ...toInspectBook(parsed as ParsedNote), health }]);
		assert.deepEqual(report.health, health);
	});

	test("links to notes that are not WeRead notes are not references", () => {
		const report = buildInspectReport([
			{ path: "a.md", text: "[[b#^x]]\n" },
			{ path: "b.md", text: "para ^x\n" },
		]);
		assert.deepEqual(report, { books: [], references: [], health: { unresolvableIds: 0, duplicateIds: 0, dangling: 0 } });
	});
});

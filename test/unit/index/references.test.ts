import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { Reference } from "../../../src/core/model.ts";
import { link, sampleBook } from "./builders.ts";

const B = "weread/浮生六记.md";
const DAILY = "daily/2023-08-13.md";
const ESSAY = "notes/essay.md";
const brief = (rs: readonly Reference[]): string[] => rs.map((r) => `${r.from}:${r.line}${r.embed ? "!" : ""}->${r.to}#${r.blockId}${r.resolved ? "" : " ✗"}`);

function cited(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(sampleBook(B));
	index.upsertLinks(DAILY, [
		link(3, B, "840127-5-120-143", true),
		link(4, B, "840127-5-300-320"),
		link(5, B, "no-such-id"),
		link(6, "notes/other.md", "x"),
		link(7, null, "y"),
	]);
	index.upsertLinks(ESSAY, [link(2, B, "401122-7SQWERTYU"), link(1, B, "840127-5-120-143")]);
	return index;
}

describe("HighlightIndex: references", () => {
	test("referencesTo: every citing link of a block, by citing path then line", () => {
		const index = cited();
		assert.deepEqual(brief(index.referencesTo(B, "840127-5-120-143")), [`${DAILY}:3!->${B}#840127-5-120-143`, `${ESSAY}:1->${B}#840127-5-120-143`]);
		assert.equal(index.citedCount(B, "840127-5-120-143"), 2);
		assert.equal(index.citedCount(B, "840127-7-10-40"), 0);
		assert.deepEqual(index.referencesTo("notes/other.md", "x"), [], "a target that is not a WeRead book has no references");
		assert.equal(index.citedCount("notes/other.md", "x"), 0);
	});

	test("block ids match case-insensitively (as Obsidian's block cache does) and keep their written form", () => {
		const index = cited();
		assert.deepEqual(brief(index.referencesTo(B, "401122-7sQwErTyU")), [`${ESSAY}:2->${B}#401122-7SQWERTYU`]);
	});

	test("references(), referencesFrom() and danglingReferences() (id not in the target is flagged)", () => {
		const index = cited();
		assert.deepEqual(brief(index.references()), [
			`${DAILY}:3!->${B}#840127-5-120-143`,
			`${DAILY}:4->${B}#840127-5-300-320`,
			`${DAILY}:5->${B}#no-such-id ✗`,
			`${ESSAY}:1->${B}#840127-5-120-143`,
			`${ESSAY}:2->${B}#401122-7SQWERTYU`,
		]);
		assert.deepEqual(brief(index.referencesFrom(DAILY)), [`${DAILY}:3!->${B}#840127-5-120-143`, `${DAILY}:4->${B}#840127-5-300-320`, `${DAILY}:5->${B}#no-such-id ✗`]);
		assert.deepEqual(brief(index.referencesFrom(ESSAY)).length, 2);
		assert.deepEqual(brief(index.danglingReferences()), [`${DAILY}:5->${B}#no-such-id ✗`]);
		assert.deepEqual(index.referencesFrom("nobody.md"), []);
	});

	test("books() counts cited entries (each entry once, whichever of its ids is cited)", () => {
		const index = cited();
		assert.equal(index.books()[0]?.citedHighlightCount, 3);
		index.upsertLinks(ESSAY, []);
		assert.equal(index.books()[0]?.citedHighlightCount, 2);
	});

	test("books() counts cited highlights apart: the cited thought (line 40, no highlight of its own) is not one", () => {
		const index = cited();
		// Cited: the highlights of lines 12 and 15 (DAILY, ESSAY) and the unmatched thought 401122-7sQwErTyU (ESSAY).
		assert.deepEqual([index.books()[0]?.citedHighlightCount, index.books()[0]?.citedHighlights], [3, 2]);
		index.upsertLinks(DAILY, []);
		// Left: ESSAY's links to line 15's highlight and to the thought.
		assert.deepEqual([index.books()[0]?.citedHighlightCount, index.books()[0]?.citedHighlights], [2, 1]);
	});

	test("referencesToEntry gathers the references of both ids of a merged entry", () => {
		const index = cited();
		const entry = index.byBlockId(B, "840127-5-120-143");
		assert.ok(entry);
		assert.equal(index.referencesToEntry(entry).length, 2);
	});

	test("links may arrive before their target; they count once it is a book, and again after it comes back", () => {
		const index = new HighlightIndex();
		index.upsertLinks(DAILY, [link(3, B, "840127-5-120-143", true)]);
		assert.deepEqual(index.references(), []);
		index.upsertParsed(sampleBook(B));
		assert.deepEqual(brief(index.references()), [`${DAILY}:3!->${B}#840127-5-120-143`]);
		index.removeNote(B);
		assert.deepEqual(index.references(), []);
		index.upsertParsed(sampleBook(B));
		assert.equal(index.references().length, 1);
	});

	test("removing the citing note removes its links", () => {
		const index = cited();
		index.removeNote(DAILY);
		assert.deepEqual(brief(index.references()), [`${ESSAY}:1->${B}#840127-5-120-143`, `${ESSAY}:2->${B}#401122-7SQWERTYU`]);
	});

	test("a book renamed: its references follow it (see renameNote), nothing is left at the old path", () => {
		const index = cited();
		const NEW = "books/浮生六记.md";
		index.renameNote(B, NEW);
		assert.equal(index.book(B), undefined);
		assert.deepEqual(index.referencesTo(B, "840127-5-120-143"), []);
		assert.deepEqual(brief(index.referencesTo(NEW, "840127-5-120-143")), [`${DAILY}:3!->${NEW}#840127-5-120-143`, `${ESSAY}:1->${NEW}#840127-5-120-143`]);
		assert.equal(index.book(NEW)?.entries[0]?.bookPath, NEW);
		assert.equal(index.book(NEW)?.note.path, NEW);
		assert.equal(index.byBlockId(NEW, "840127-5-120-143")?.key, `${NEW}#15`);
		assert.deepEqual(index.books().map((b) => [b.path, b.citedHighlightCount]), [[NEW, 3]]);
		assert.equal(index.entries().every((e) => e.bookPath === NEW), true);
	});

	test("a citing note renamed: its references now come from the new path", () => {
		const index = cited();
		index.renameNote(DAILY, "journal/d.md");
		assert.deepEqual(index.referencesFrom(DAILY), []);
		assert.equal(index.referencesFrom("journal/d.md").length, 3);
		assert.deepEqual(index.referencesTo(B, "840127-5-120-143").map((r) => r.from), ["journal/d.md", ESSAY]);
	});

	test("a book citing itself, renamed: both ends move", () => {
		const index = new HighlightIndex();
		index.upsertParsed(sampleBook(B));
		index.upsertLinks(B, [link(90, B, "840127-7-10-40", true)]);
		index.renameNote(B, "x/y.md");
		assert.deepEqual(brief(index.references()), ["x/y.md:90!->x/y.md#840127-7-10-40"]);
	});

	test("after a rename, the adapter's re-resolved links (now dangling) replace the guess", () => {
		const index = cited();
		index.renameNote(B, "books/renamed.md");
		index.upsertLinks(ESSAY, [link(1, null, "840127-5-120-143")]);
		assert.deepEqual(index.referencesTo("books/renamed.md", "840127-5-120-143").map((r) => r.from), [DAILY]);
	});
});

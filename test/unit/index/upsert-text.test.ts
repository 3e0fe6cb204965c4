import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import { observed } from "./builders.ts";
import { DASH_NOTE, DASH_NOTE_PLUS, QUOTE_NOTE } from "./notes.ts";

// Through the real parser: notes as text in the default templates.
const B = "weread/浮生六记.md";

describe("HighlightIndex.upsertNote (text)", () => {
	test("a dash-era note: book, counts, and book order despite newest-first file order", () => {
		const index = new HighlightIndex();
		index.upsertNote(B, DASH_NOTE);
		const [summary] = index.books();
		assert.equal(summary?.title, "浮生六记");
		assert.equal(summary?.bookId, "840127");
		assert.equal(summary?.highlightCount, 2);
		assert.equal(summary?.thoughtCount, 1);
		assert.equal(summary?.firstDay, "2023-08-12");
		assert.equal(summary?.lastDay, "2023-08-13");
		const chapter = index.book(B)?.chapters.find((c) => c.title === "卷一 闺房记乐");
		assert.deepEqual(chapter?.entries.map((e) => [e.kind, e.blockId]), [
			["highlight", "840127-5-120-143"],
			["highlight", "840127-5-300-320"],
			["thought", "401122-7sQwErTyU"],
		]);
	});

	test("identical text: no change, no notification; changed text: one notification", () => {
		const { index, heard } = observed();
		index.upsertNote(B, DASH_NOTE);
		assert.deepEqual(heard, [1]);
		index.upsertNote(B, DASH_NOTE);
		index.upsertNote(B, `${DASH_NOTE}`);
		assert.deepEqual(heard, [1]);
		index.upsertNote(B, DASH_NOTE_PLUS);
		assert.deepEqual(heard, [1, 2]);
		assert.equal(index.books()[0]?.highlightCount, 3);
	});

	test("fingerprints: a text of another length is parsed without hashing; identical texts are told apart by one hash", () => {
		const { index, heard } = observed();
		const parsed: string[] = [];
		index.setParser((path, text) => {
			parsed.push(text === DASH_NOTE ? "dash" : text === DASH_NOTE_PLUS ? "plus" : "same-length edit");
			return parseNote(path, text);
		});
		index.upsertNote(B, DASH_NOTE);
		// Not fingerprinted yet: parsed again, found equal, nobody notified; now it is fingerprinted.
		index.upsertNote(B, DASH_NOTE);
		index.upsertNote(B, DASH_NOTE);
		assert.deepEqual(parsed, ["dash", "dash"]);
		// Another length: changed for sure, parsed at once (and not hashed: the identical text after it parses once more).
		index.upsertNote(B, DASH_NOTE_PLUS);
		index.upsertNote(B, DASH_NOTE_PLUS);
		index.upsertNote(B, DASH_NOTE_PLUS);
		assert.deepEqual(parsed, ["dash", "dash", "plus", "plus"]);
		// The same length, other words: the fingerprint differs, the change is seen.
		const edit = DASH_NOTE_PLUS.replace("神游其中", "神游其外");
		assert.equal(edit.length, DASH_NOTE_PLUS.length);
		assert.notEqual(edit, DASH_NOTE_PLUS);
		index.upsertNote(B, edit);
		assert.deepEqual(parsed, ["dash", "dash", "plus", "plus", "same-length edit"]);
		assert.deepEqual(heard, [1, 2, 3]);
		assert.ok(index.search("神游其外").length > 0);
	});

	test("text that is not a WeRead note removes the book; a plain note never notifies", () => {
		const { index, heard } = observed();
		index.upsertNote("notes/plain.md", "# just a note\n");
		assert.deepEqual(heard, []);
		index.upsertNote(B, DASH_NOTE);
		index.upsertNote(B, "# the frontmatter is gone\n");
		assert.deepEqual(heard, [1, 2]);
		assert.equal(index.book(B), undefined);
	});

	test("a quote-era thought repeated in 读书笔记 merges into its highlight: one timeline entry", () => {
		const index = new HighlightIndex();
		index.upsertNote("t.md", QUOTE_NOTE);
		const entries = index.book("t.md")?.entries ?? [];
		assert.equal(entries.length, 2);
		const merged = index.byBlockId("t.md", "9988-7abcdef");
		assert.equal(merged?.blockId, "26713355-60-5000-5100");
		assert.equal(merged?.thought, "像眼睛一样");
		assert.equal(merged?.review?.blockId, "9988-7AbCdEf");
		assert.deepEqual(index.byDay({ from: "2024-09-01", to: "2024-09-01" }).map((b) => b.entries.length), [1]);
	});

	test("after a rename, upserting the unchanged text re-parses but notifies nobody", () => {
		const { index, heard } = observed();
		index.upsertNote(B, DASH_NOTE);
		index.renameNote(B, "books/浮生六记.md");
		assert.deepEqual(heard, [1, 2]);
		index.upsertNote("books/浮生六记.md", DASH_NOTE);
		assert.deepEqual(heard, [1, 2]);
		assert.equal(index.books()[0]?.path, "books/浮生六记.md");
	});
});

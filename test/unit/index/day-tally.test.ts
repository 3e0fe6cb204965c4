// The index's per-book, per-day counts by kind (forEachBookDay, issue 14's year in reading): what a book adds, a
// change replaces and a removal or a rename takes away. Hand-built books:
//   a.md  2024-01-01: a highlight, a highlight with a thought; 2024-01-02: a chapter review
//   b.md  2024-01-01: a highlight
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { book, hl, rv } from "./builders.ts";

const A = "weread/a.md";
const B = "weread/b.md";

function tallies(index: HighlightIndex, from = "2024-01-01", to = "2024-12-31"): string[] {
	const out: string[] = [];
	index.forEachBookDay({ from, to }, (day, path, t) => out.push(`${day} ${path} ${t.entries}/${t.highlights}/${t.thoughts}`));
	return out;
}

test("day tallies: counted per book and day by kind; replaced on change; gone with the book; moved on rename", () => {
	const index = new HighlightIndex();
	index.upsertParsed(
		book(A, {
			highlights: [hl({ line: 10, text: "one", createdAt: "2024-01-01 09:00:00" }), hl({ line: 13, text: "two", createdAt: "2024-01-01 10:00:00", thought: "mine" })],
			reviews: [rv({ line: 30, kind: "chapter-review", chapterTitle: "Ch", content: "a review", createdAt: "2024-01-02 08:00:00" })],
		}),
	);
	index.upsertParsed(book(B, { highlights: [hl({ line: 10, text: "b one", createdAt: "2024-01-01 11:00:00" })] }));
	// Days ascending; within a day, books in the order they came.
	assert.deepEqual(tallies(index), ["2024-01-01 weread/a.md 2/2/1", "2024-01-01 weread/b.md 1/1/0", "2024-01-02 weread/a.md 1/0/1"]);
	assert.deepEqual(tallies(index, "2024-01-02", "2024-01-02"), ["2024-01-02 weread/a.md 1/0/1"]);

	// A changes: one highlight left, on 2024-01-03.
	index.upsertParsed(book(A, { highlights: [hl({ line: 10, text: "moved", createdAt: "2024-01-03 09:00:00" })] }));
	assert.deepEqual(tallies(index), ["2024-01-01 weread/b.md 1/1/0", "2024-01-03 weread/a.md 1/1/0"]);

	index.renameNote(B, "weread/c.md");
	assert.deepEqual(tallies(index), ["2024-01-01 weread/c.md 1/1/0", "2024-01-03 weread/a.md 1/1/0"]);
	index.removeNote(A);
	assert.deepEqual(tallies(index), ["2024-01-01 weread/c.md 1/1/0"]);
});

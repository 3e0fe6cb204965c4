import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/index.ts";
import { DASH_NOTE, QUOTE_NOTE } from "./notes.ts";

function build(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertNote("weread/浮生六记.md", DASH_NOTE);
	index.upsertNote("weread/quote.md", QUOTE_NOTE);
	return index;
}

const keys = (index: HighlightIndex, q: string) => index.search(q).map((e) => e.key);

test("warmSearch prepares one book per slice when asked to yield, reports done, and changes no result", () => {
	const lazy = build();
	const warmed = build();
	const steps: boolean[] = [];
	// Yield after every book: two books → not done, then done, then nothing left.
	steps.push(warmed.warmSearch(() => true));
	steps.push(warmed.warmSearch(() => true));
	steps.push(warmed.warmSearch(() => true));
	assert.deepEqual(steps, [false, true, true]);
	for (const q of ["太平", "怡然", "", "a", "卷一"]) assert.deepEqual(keys(warmed, q), keys(lazy, q), q);
	assert.ok(keys(warmed, "太平").length > 0, "the query finds something, so the comparison means something");
});

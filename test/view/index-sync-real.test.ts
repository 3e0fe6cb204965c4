// IndexSync feeding the real core HighlightIndex through the shim: books, references from metadataCache links,
// and one notification per flush.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { HighlightIndex } from "../../src/core/index/index.ts";
import { IndexSync } from "../../src/obsidian/index-sync.ts";
import { createTestApp } from "../shim/test-app.ts";
import { bookNote } from "./helpers/index-fakes.ts";

test("index-sync + HighlightIndex: books, references and one notification per debounced flush", async () => {
	const t = createTestApp({
		files: {
			"weread/Book A.md": bookNote("111", "Book A", ["一", "二"]),
			"weread/Book B.md": bookNote("222", "Book B"),
			"notes/daily.md": "x\nCites [[Book A#^111-1-10-15]] here.\n",
		},
	});
	const index = new HighlightIndex();
	const sync = new IndexSync({ app: t.obsidianApp, index, folders: () => [] });
	sync.load();
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(index.books().map((b) => [b.path, b.title, b.highlightCount]), [
		["weread/Book A.md", "Book A", 2],
		["weread/Book B.md", "Book B", 1],
	]);
	assert.deepEqual(index.referencesTo("weread/Book A.md", "111-1-10-15"), [
		{ from: "notes/daily.md", line: 1, embed: false, to: "weread/Book A.md", blockId: "111-1-10-15", resolved: true },
	]);

	const heard: number[] = [];
	const unsubscribe = index.subscribe((rev) => heard.push(rev));
	await t.sim.modify("weread/Book A.md", bookNote("111", "Book A", ["一", "二", "三"]));
	await t.sim.modify("weread/Book B.md", bookNote("222", "Book B renamed title"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(heard.length, 1, "both notes in one batch: subscribers hear once");
	assert.deepEqual(index.books().map((b) => [b.title, b.highlightCount]), [["Book A", 3], ["Book B renamed title", 1]]);

	await t.sim.rename("weread/Book A.md", "archive/Book A.md");
	assert.deepEqual(index.referencesTo("archive/Book A.md", "111-1-10-15").map((r) => r.from), ["notes/daily.md"]);
	await t.sim.delete("weread/Book B.md");
	await t.clock.runAll();
	assert.deepEqual(index.books().map((b) => b.path), ["archive/Book A.md"]);
	unsubscribe();
	sync.unload();
	t.assertClean();
	t.dispose();
});

// IndexSync when Obsidian's metadata cache is still empty at layout ready (a first open of a vault, or a cleared
// cache): the frontmatter that marks a WeRead note arrives later, and reports disagree on whether 'changed' fires for
// every note then (see VaultSimulator.indexAll). Either way the books must be indexed by the first 'resolved', and
// the guard must stay cheap: no note read twice, nothing re-read on a warm start, and only the first 'resolved'.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { IndexSync } from "../../src/obsidian/index-sync.ts";
import { createTestApp, type TestApp, type TestAppOptions } from "../shim/test-app.ts";
import { RecordingIndex, bookNote } from "./helpers/index-fakes.ts";

const BOOK_A = bookNote("111", "Book A");
const BOOK_B = bookNote("222", "Book B", ["一", "二"]);
const DAILY = "Read [[Book A#^111-1-0-5]] today.\n";
const FILES = { "weread/Book A.md": BOOK_A, "weread/Book B.md": BOOK_B, "daily.md": DAILY, "plain.md": "Nothing here.\n" };

function setup(options: TestAppOptions) {
	const t = createTestApp(options);
	const index = new RecordingIndex();
	const sync = new IndexSync({ app: t.obsidianApp, index, folders: () => [] });
	sync.load();
	return { t, index, sync };
}

async function finish(t: TestApp, sync: IndexSync): Promise<void> {
	sync.unload();
	await t.clock.runAll();
	t.assertClean();
	t.dispose();
}

test("index-sync cold cache: the cache fills without a 'changed' per note; the first 'resolved' picks up the books and links", async () => {
	const { t, index, sync } = setup({ files: FILES, metadataReady: false });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(sync.state, "warm");
	assert.equal(index.notes.size, 0, "at layout ready no note is known to be a book");
	await t.sim.indexAll({ changed: false });
	await t.clock.runAll();
	assert.deepEqual([...index.notes.keys()].sort(), ["weread/Book A.md", "weread/Book B.md"]);
	assert.equal(index.notes.get("weread/Book B.md"), BOOK_B);
	assert.deepEqual(t.cachedReads.sort(), ["weread/Book A.md", "weread/Book B.md"], "each book read once, ordinary notes never");
	assert.deepEqual(
		index.links.get("daily.md")?.map((l) => [l.to, l.blockId]),
		[["weread/Book A.md", "111-1-0-5"]],
		"the daily note's block link counts too",
	);

	// Later 'resolved' events (every edit sends one) do not rescan.
	const ops = index.ops.length;
	await t.sim.modify("plain.md", "Still nothing.\n");
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	await t.clock.runAll();
	assert.deepEqual(index.ops.slice(ops), [], "plain.md has no links and is no book: nothing to do");
	assert.equal(t.cachedReads.length, 2);
	await finish(t, sync);
});

test("index-sync cold cache: with a 'changed' per note the books come with their text and are not read or parsed twice", async () => {
	const { t, index, sync } = setup({ files: FILES, metadataReady: false });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	await t.sim.indexAll({ changed: true });
	await t.clock.runAll();
	assert.deepEqual([...index.notes.keys()].sort(), ["weread/Book A.md", "weread/Book B.md"]);
	assert.deepEqual(t.cachedReads, [], "the text came with 'changed'");
	assert.deepEqual(index.opsOf("upsertNote").sort(), ["upsertNote weread/Book A.md", "upsertNote weread/Book B.md"], "one parse per book");
	await finish(t, sync);
});

test("index-sync cold cache: on a warm start the first 'resolved' re-reads nothing", async () => {
	const { t, index, sync } = setup({ files: FILES });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(index.notes.size, 2);
	const reads = t.cachedReads.length;
	const ops = index.ops.length;
	await t.sim.indexAll({ changed: false }); // every cache is there already: only 'resolved' fires
	await t.clock.runAll();
	assert.equal(t.cachedReads.length, reads);
	assert.deepEqual(index.ops.slice(ops), []);
	await finish(t, sync);
});

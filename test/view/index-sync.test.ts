// IndexSync against the shim: when it starts, what it reads, how vault events reach the index, and that it leaves
// nothing behind. The index is a recording fake here (index-sync-real.test.ts runs the real HighlightIndex).
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANGE_DEBOUNCE_MS, READ_CONCURRENCY, SLICE_BUDGET_MS } from "../../src/constants.ts";
import { IndexSync, type IndexState } from "../../src/obsidian/index-sync.ts";
import { createTestApp, type TestApp, type TestAppOptions } from "../shim/test-app.ts";
import { RecordingIndex, bookNote, manyBooks } from "./helpers/index-fakes.ts";

const BOOK_A = bookNote("111", "Book A");
const BOOK_B = bookNote("222", "Book B");
const DAILY = "Today I read [[Book A#^111-1-0-5]].\n\nAnd this: ![[weread/Book A#^111-1-0-5|quote]] and [[Elsewhere]].\n";

function setup(options: TestAppOptions & { folders?: string[]; costMs?: number } = {}) {
	const t = createTestApp(options);
	const index = new RecordingIndex(t.clock, options.costMs ?? 0);
	let folders = options.folders ?? [];
	const sync = new IndexSync({ app: t.obsidianApp, index, folders: () => folders });
	const states: IndexState[] = [];
	sync.onStatus((s) => {
		if (states[states.length - 1] !== s.state) states.push(s.state);
	});
	sync.load();
	return {
		t,
		index,
		sync,
		states,
		setFolders(next: string[]) {
			folders = next;
		},
	};
}

async function finish(t: TestApp, sync: IndexSync): Promise<void> {
	sync.unload();
	await t.clock.runAll();
	t.assertClean();
	t.dispose();
}

test("index-sync: nothing is read or indexed before the layout is ready", async () => {
	const { t, index, sync, states } = setup({ files: { "weread/Book A.md": BOOK_A, "daily.md": DAILY } });
	await t.clock.advance(10_000);
	assert.deepEqual(t.app.vault.reads, []);
	assert.deepEqual(index.ops, []);
	assert.equal(sync.state, "cold");
	assert.equal(t.appListenerCount(), 0, "no vault/metadata listener before layout ready");
	t.app.workspace.triggerLayoutReady();
	assert.equal(sync.state, "initializing");
	await t.clock.runAll();
	assert.equal(sync.state, "warm");
	assert.deepEqual(states, ["initializing", "warm"], "cold is where it starts; then each state once");
	await finish(t, sync);
});

test("index-sync: unloaded before the layout is ready, it never starts", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A } });
	sync.unload();
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(t.app.vault.reads, []);
	assert.deepEqual(index.ops, []);
	assert.equal(t.appListenerCount(), 0);
	t.assertClean();
	t.dispose();
});

test("index-sync: reads are bounded to READ_CONCURRENCY at a time", async () => {
	const { t, index, sync } = setup({ files: manyBooks(30) });
	t.sim.delayReads(3);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(READ_CONCURRENCY, 8);
	assert.equal(t.app.vault.maxInFlightReads, 8);
	assert.equal(index.notes.size, 30);
	await finish(t, sync);
});

test("index-sync: the first scan reads only WeRead notes (cachedRead) and feeds them and every note's block links", async () => {
	const { t, index, sync } = setup({
		files: { "weread/Book A.md": BOOK_A, "other/Book B.md": BOOK_B, "daily.md": DAILY, "plain.md": "# Just a note\n" },
	});
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(t.cachedReads.sort(), ["other/Book B.md", "weread/Book A.md"]);
	assert.equal(t.app.vault.reads.length, 2, "no vault.read, no other note read");
	assert.deepEqual([...index.notes.keys()].sort(), ["other/Book B.md", "weread/Book A.md"]);
	assert.equal(index.notes.get("weread/Book A.md"), BOOK_A);
	// DAILY line 0: [[Book A#^111-1-0-5]]; line 2: an embed with a path and an alias, and a link without a block.
	assert.deepEqual(index.links.get("daily.md"), [
		{ line: 0, embed: false, linkpath: "Book A", blockId: "111-1-0-5", to: "weread/Book A.md" },
		{ line: 2, embed: true, linkpath: "weread/Book A", blockId: "111-1-0-5", to: "weread/Book A.md" },
	]);
	assert.deepEqual([...index.links.keys()], ["daily.md"], "notes without block links send none");
	await finish(t, sync);
});

test("index-sync: the folders setting limits which notes are read as books", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A, "other/Book B.md": BOOK_B }, folders: ["weread"] });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(t.cachedReads, ["weread/Book A.md"]);
	assert.deepEqual([...index.notes.keys()], ["weread/Book A.md"]);
	await finish(t, sync);
});

test("index-sync: 'changed' for two notes inside one debounce window both reach the index, without a read", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A, "weread/Book B.md": BOOK_B } });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	const readsBefore = t.app.vault.reads.length;
	const newA = bookNote("111", "Book A", ["改过的划线"]);
	const newB = bookNote("222", "Book B", ["另一条", "再一条"]);
	await t.sim.modify("weread/Book A.md", newA);
	await t.sim.modify("weread/Book B.md", newB);
	await t.clock.advance(CHANGE_DEBOUNCE_MS - 1);
	assert.equal(index.notes.get("weread/Book A.md"), BOOK_A, "still debouncing");
	await t.clock.advance(1);
	assert.equal(index.notes.get("weread/Book A.md"), newA);
	assert.equal(index.notes.get("weread/Book B.md"), newB);
	assert.equal(t.app.vault.reads.length, readsBefore, "'changed' carries the text");
	await finish(t, sync);
});

test("index-sync: a note whose frontmatter stops being WeRead is removed as a book; its links stay", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A } });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	await t.sim.modify("weread/Book A.md", "---\ndoc_type: something-else\n---\nSee [[daily#^x1]]\n");
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(index.notes.has("weread/Book A.md"), false);
	assert.deepEqual(index.opsOf("removeNote"), ["removeNote weread/Book A.md"]);
	assert.deepEqual(index.links.get("weread/Book A.md"), [{ line: 3, embed: false, linkpath: "daily", blockId: "x1", to: null }]);
	await finish(t, sync);
});

test("index-sync: rename moves the book; delete removes it; a folder rename moves each note once", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A, "weread/sub/Book B.md": BOOK_B, "daily.md": DAILY } });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	await t.sim.rename("weread/Book A.md", "books/Book A.md");
	assert.deepEqual(index.opsOf("renameNote"), ["renameNote weread/Book A.md -> books/Book A.md"]);
	await t.sim.rename("weread/sub", "archive/sub");
	// The folder event and the per-file event both arrive; the index hears the move once.
	assert.deepEqual(index.opsOf("renameNote").slice(1), ["renameNote weread/sub/Book B.md -> archive/sub/Book B.md"]);
	await t.clock.runAll();
	assert.deepEqual([...index.notes.keys()].sort(), ["archive/sub/Book B.md", "books/Book A.md"]);
	assert.deepEqual(t.cachedReads.sort(), ["weread/Book A.md", "weread/sub/Book B.md"], "a rename re-reads nothing");
	await t.sim.delete("books/Book A.md");
	assert.equal(index.notes.has("books/Book A.md"), false);
	await t.sim.delete("daily.md");
	assert.equal(index.links.has("daily.md"), false, "a deleted note's links go");
	await finish(t, sync);
});

test("index-sync: moving a book out of the scanned folders removes it; moving one in reads it", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A, "inbox/Book B.md": BOOK_B }, folders: ["weread"] });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	await t.sim.rename("weread/Book A.md", "inbox/Book A.md");
	await t.sim.rename("inbox/Book B.md", "weread/Book B.md");
	await t.clock.runAll();
	assert.deepEqual([...index.notes.keys()], ["weread/Book B.md"]);
	assert.deepEqual(t.cachedReads, ["weread/Book A.md", "weread/Book B.md"]);
	await finish(t, sync);
});

test("index-sync: a read that fails keeps the index as it was, is reported, and does not stop the scan", async () => {
	const warn = console.warn;
	const warnings: unknown[] = [];
	console.warn = (...args: unknown[]) => warnings.push(args[0]);
	try {
		const { t, index, sync, setFolders } = setup({ files: { "weread/Book A.md": BOOK_A, "inbox/Book B.md": BOOK_B }, folders: ["weread"] });
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
		const opsBefore = index.ops.length;
		t.sim.failRead("inbox/Book B.md");
		setFolders([]);
		sync.rescan();
		await t.clock.runAll();
		assert.equal(sync.state, "warm");
		assert.deepEqual(index.ops.slice(opsBefore).filter((o) => o.includes("Book")), [], "no upsert, no remove");
		assert.deepEqual([...index.notes.keys()], ["weread/Book A.md"]);
		assert.match(sync.readFailures().get("inbox/Book B.md") ?? "", /EIO/);
		assert.equal(warnings.length, 1);
		// Once the note can be read again, the next rescan picks it up and clears the failure.
		t.sim.restoreRead("inbox/Book B.md");
		sync.rescan();
		await t.clock.runAll();
		assert.equal(index.notes.get("inbox/Book B.md"), BOOK_B);
		assert.equal(sync.readFailures().size, 0);
		await finish(t, sync);
	} finally {
		console.warn = warn;
	}
});

test("index-sync: the scan yields to the UI in slices of about SLICE_BUDGET_MS and reports progress", async () => {
	// 20 books at 4 ms of parsing each: 3 per slice (the third crosses the 10 ms budget) → 7 slices.
	const { t, index, sync } = setup({ files: manyBooks(20), costMs: 4 });
	const progress: string[] = [];
	sync.onStatus((s) => progress.push(`${s.state} ${s.done}/${s.total}`));
	t.app.workspace.triggerLayoutReady();
	assert.deepEqual(progress, ["initializing 0/20"]);
	await t.clock.runAll();
	assert.equal(index.notes.size, 20);
	assert.equal(index.batches, 7, "one index batch per slice");
	assert.equal(SLICE_BUDGET_MS, 10, "the arithmetic above assumes 10 ms");
	// Progress is told once per slice (3 books each, the last slice 2), not once per book.
	assert.deepEqual(progress, ["initializing 0/20", "initializing 3/20", "initializing 6/20", "initializing 9/20", "initializing 12/20", "initializing 15/20", "initializing 18/20", "initializing 20/20", "warm 20/20"]);
	await finish(t, sync);
});

test("index-sync: the first scan parses the smallest notes first (the parser is cold at the start)", async () => {
	const files = {
		"weread/a-large.md": bookNote("1", "Large", Array.from({ length: 40 }, (_, i) => `划线 ${i}`)),
		"weread/b-small.md": bookNote("2", "Small"),
		"weread/c-medium.md": bookNote("3", "Medium", Array.from({ length: 8 }, (_, i) => `划线 ${i}`)),
	};
	const { t, index, sync } = setup({ files });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(index.opsOf("upsertNote"), ["upsertNote weread/b-small.md", "upsertNote weread/c-medium.md", "upsertNote weread/a-large.md"]);
	await finish(t, sync);
});

test("index-sync: events during the first scan are not lost, and a newer text beats a read still in flight", async () => {
	const files = manyBooks(12);
	const { t, index, sync } = setup({ files, costMs: 4 });
	t.sim.delayReads(5);
	t.app.workspace.triggerLayoutReady();
	// Reads of the first chunk are in flight: change one of them, and others further down the queue.
	const newB0 = bookNote("1000", "Book 0", ["新的"]);
	const newB5 = bookNote("1005", "Book 5", ["改了"]);
	await t.sim.modify("weread/b000.md", newB0);
	await t.sim.modify("weread/b005.md", newB5);
	await t.sim.delete("weread/b007.md");
	await t.sim.rename("weread/b009.md", "weread/renamed.md");
	await t.sim.create("weread/new.md", bookNote("2000", "New"));
	assert.equal(sync.state, "initializing");
	await t.clock.runAll();
	assert.equal(sync.state, "warm");
	const expected = Object.keys(files)
		.filter((p) => p !== "weread/b007.md" && p !== "weread/b009.md")
		.concat(["weread/renamed.md", "weread/new.md"])
		.sort();
	assert.deepEqual([...index.notes.keys()].sort(), expected);
	assert.equal(index.notes.get("weread/b000.md"), newB0);
	assert.deepEqual(index.opsOf("upsertNote").filter((o) => o.endsWith("b000.md")), ["upsertNote weread/b000.md"], "the stale read was dropped, not parsed");
	assert.equal(index.notes.get("weread/b005.md"), newB5);
	assert.equal(index.notes.get("weread/renamed.md"), files["weread/b009.md"]);
	await finish(t, sync);
});

test("index-sync: a cold metadata cache — notes become books when Obsidian finishes indexing them", async () => {
	const { t, index, sync } = setup({ files: { "weread/Book A.md": BOOK_A }, metadataReady: false });
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(index.notes.size, 0, "without frontmatter in the cache nothing is known to be a book");
	assert.deepEqual(t.app.vault.reads, []);
	await t.sim.indexAll();
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(index.notes.get("weread/Book A.md"), BOOK_A);
	assert.deepEqual(t.app.vault.reads, [], "the text came with 'changed'");
	await finish(t, sync);
});

test("index-sync: after unload no event reaches the index and nothing stays registered, even mid-scan", async () => {
	const { t, index, sync } = setup({ files: manyBooks(12), costMs: 4 });
	t.sim.delayReads(5);
	t.app.workspace.triggerLayoutReady();
	await t.clock.advance(6);
	assert.ok(t.appListenerCount() > 0);
	sync.unload();
	const opsAtUnload = index.ops.length;
	assert.equal(t.appListenerCount(), 0);
	await t.sim.modify("weread/b001.md", bookNote("1001", "x", ["y"]));
	await t.sim.rename("weread/b002.md", "weread/moved.md");
	await t.sim.delete("weread/b003.md");
	await t.sim.create("weread/late.md", bookNote("3000", "Late"));
	await t.clock.runAll();
	assert.equal(index.ops.length, opsAtUnload, "in-flight reads and later events change nothing");
	const left = t.lifecycle();
	assert.equal(left.listeners, 0);
	assert.equal(left.pendingTimers, 0);
	assert.equal(left.intervals, 0);
	t.assertClean();
	t.dispose();
});

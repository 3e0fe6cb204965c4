// After the first scan, IndexSync prepares search in idle time slices (the first query at 500k highlights would
// otherwise build every haystack: ~0.6 s), and stops when unloaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SLICE_BUDGET_MS } from "../../src/constants.ts";
import { IndexSync } from "../../src/obsidian/index-sync.ts";
import { createTestApp } from "../shim/test-app.ts";
import type { FakeClock } from "../shim/clock.ts";
import { RecordingIndex, bookNote } from "./helpers/index-fakes.ts";

/** A fake with `books` books still to prepare, each costing `costMs` of fake time. */
class WarmingIndex extends RecordingIndex {
	/** Books prepared in each call: the slices. */
	readonly slices: number[] = [];
	constructor(
		private readonly fakeClock: FakeClock,
		private books: number,
		private readonly bookCostMs: number,
	) {
		super(fakeClock);
	}
	warmSearch(yieldNow: () => boolean): boolean {
		let prepared = 0;
		while (this.books > 0) {
			this.books--;
			prepared++;
			this.fakeClock.spend(this.bookCostMs);
			if (yieldNow()) break;
		}
		this.slices.push(prepared);
		return this.books === 0;
	}
}

function setup(books: number, costMs: number) {
	const t = createTestApp({ files: { "weread/Book A.md": bookNote("111", "Book A") } });
	const index = new WarmingIndex(t.clock, books, costMs);
	const sync = new IndexSync({ app: t.obsidianApp, index, folders: () => [] });
	sync.load();
	return { t, index, sync };
}

test("index-sync: search is warmed after the first scan, one time slice at a time", async () => {
	const { t, index, sync } = setup(10, 4);
	await t.clock.advance(0);
	assert.deepEqual(index.slices, [], "nothing before the layout is ready");
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(sync.state, "warm");
	// 4 ms a book against a 10 ms budget: 3 books per slice (4, 8, 12 ≥ 10), so 3 + 3 + 3 + 1.
	assert.equal(SLICE_BUDGET_MS, 10);
	assert.deepEqual(index.slices, [3, 3, 3, 1]);
	sync.unload();
	await t.clock.runAll();
	t.assertClean();
	t.dispose();
});

test("index-sync: unloading stops the search warm-up and leaves no timer", async () => {
	const { t, index, sync } = setup(10, 4);
	t.app.workspace.triggerLayoutReady();
	// Run until the warm-up has done its first slice, then unload before the next.
	for (let i = 0; i < 50 && index.slices.length === 0; i++) await t.clock.advance(0);
	assert.deepEqual(index.slices, [3]);
	sync.unload();
	await t.clock.runAll();
	assert.deepEqual(index.slices, [3], "no slice after unload");
	assert.equal(t.lifecycle().pendingTimers, 0);
	t.assertClean();
	t.dispose();
});

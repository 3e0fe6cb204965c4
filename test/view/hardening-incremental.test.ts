// Incremental = rebuild (issue 7): random sequences of vault events driven through the shim's simulator into the
// real IndexSync + HighlightIndex — including events that arrive while the first scan is still reading — leave the
// index equal to a fresh build over the final vault: (1) a second IndexSync scanning the final vault cold, and (2)
// core's `inspect` path (buildInspectReport over the final files), which shares no adapter code with the plugin.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { HighlightIndex } from "../../src/core/index/index.ts";
import { buildInspectReport } from "../../src/core/inspect/report.ts";
import { IndexSync } from "../../src/obsidian/index-sync.ts";
import { createTestApp, type TestApp } from "../shim/test-app.ts";
import { apply, dump, finalFiles, freshBuild, initialArb, opArb, render, type Content, type Op } from "./helpers/incremental.ts";

/** The same comparison against core's inspect path, in its own terms (paths, highlights, references). */
function inspectView(index: HighlightIndex): unknown {
	return {
		books: index.books().map((b) => ({ path: b.path, title: b.title, highlights: index.book(b.path)?.note.highlights.map((h) => [h.blockId, h.text, h.createdAt, h.line]) })),
		references: index.references(),
	};
}

export async function runSequence(initial: Record<string, Content>, ops: readonly Op[], readDelay: number, build: IndexSyncLike = defaultSync): Promise<void> {
	const files = Object.fromEntries(Object.entries(initial).map(([p, c]) => [p, render(c)]));
	const t = createTestApp({ files });
	t.sim.delayReads(readDelay);
	const { index, sync } = build(t);
	sync.load();
	t.app.workspace.triggerLayoutReady();
	// Events start while the first scan's reads are in flight (readDelay > 0) or right after it starts.
	for (const op of ops) await apply(t, op);
	await t.clock.runAll();
	const final = finalFiles(t);
	const got = dump(index);
	sync.unload();
	t.assertClean();
	t.dispose();
	stats.runs++;
	if (index.books().length > 0) stats.withBooks++;
	if (index.references().length > 0) stats.withRefs++;
	const fresh = await freshBuild(final);
	assert.deepEqual(got, dump(fresh), "incremental index = a cold scan of the final vault");
	const report = buildInspectReport(Object.entries(final).map(([path, text]) => ({ path, text })));
	assert.deepEqual(
		inspectView(index),
		{ books: report.books.map((b) => ({ path: b.path, title: b.title, highlights: b.highlights.map((h) => [h.blockId, h.text, h.createdAt, h.line]) })), references: report.references },
		"incremental index = the inspect path over the final vault",
	);
}

/** How many runs ended with books / references in the index (so the comparison is known not to be vacuous). */
export const stats = { runs: 0, withBooks: 0, withRefs: 0 };

type IndexSyncLike = (t: TestApp) => { index: HighlightIndex; sync: IndexSync };
function defaultSync(t: TestApp): { index: HighlightIndex; sync: IndexSync } {
	const index = new HighlightIndex();
	return { index, sync: new IndexSync({ app: t.obsidianApp, index, folders: () => [] }) };
}

/** The property, with the IndexSync under test injectable (a scratch script hands in broken ones to see it fail). */
export async function propertyWith(build: IndexSyncLike = defaultSync, numRuns = 80): Promise<void> {
	await fc.assert(
		fc.asyncProperty(initialArb, fc.array(opArb, { maxLength: 16 }), fc.constantFrom(0, 30), async (initial, ops, delay) => {
			await runSequence(initial, ops, delay, build);
		}),
		{ seed: 20260507, numRuns },
	);
}

test("incremental = rebuild: random create/modify/rename/delete of books and citing notes, during and after the first scan", async () => {
	await propertyWith();
});

test("incremental = rebuild: the random runs are not vacuous (most end with books, many with references)", () => {
	assert.ok(stats.runs >= 80);
	assert.ok(stats.withBooks >= stats.runs / 2, JSON.stringify(stats));
	assert.ok(stats.withRefs >= stats.runs / 5, JSON.stringify(stats));
});

// A start from the persistent cache draws the timeline's newest days before the index is complete (issue 15: the
// warm start's first render). What it draws early must be exactly what the complete timeline shows there: every
// book with entries on those days in, every note that cites them counted, a note changed offline read first.
// A start without the cache draws nothing before the index is complete.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { WeReadHighlightsApi } from "../../src/core/api/index.ts";
import type { TestApp } from "../shim/test-app.ts";
import { generateVault } from "../../scripts/gen-vault/generate.ts";
import { endSession, restart, startSession } from "./helpers/restart.ts";
import { timelineView } from "./helpers/hardening.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import type { TimelineRows } from "../../src/core/view-models/timeline.ts";

// 80 books of 40 highlights (the scan takes them 32 at a time, so the start spans several chunks), 5 % cited from
// daily notes: the early rows carry citation counts that must already be complete.
// Plus ordinary notes without a block link (the start takes them last: they change nothing shown).
const FILES: Record<string, string> = {
	...Object.fromEntries([...generateVault({ highlights: 3200, seed: 15, citeShare: 0.05, fixedSizes: Array.from({ length: 80 }, () => 40) }).files].map((f) => [f.path, f.text])),
	...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`notes/plain-${i}.md`, `# Plain ${i}\n\nSee [[plain-${(i + 1) % 60}]] and #tag.\n`])),
};
const BOOKS = Object.keys(FILES).filter((p) => FILES[p]?.includes("doc_type: weread-highlights-reviews") === true);

interface Watch {
	/** The rows on screen the first time the timeline drew rows while the index was not complete; null if never. */
	early: string[] | null;
	/** The index's progress then (books done of total). */
	progress: string;
	/** Every row of the list drawn early (not only those on screen): key, and a header's count. */
	model: string[];
}

/** Every row of the pane's list model, as `key count`. */
function modelRows(view: TimelineView): string[] {
	const rows = (view as unknown as { rows: TimelineRows | null }).rows;
	const out: string[] = [];
	for (let i = 0; rows !== null && i < rows.length; i++) {
		const row = rows.row(i);
		out.push(row === undefined ? "?" : row.kind === "header" ? `${row.key} ${row.count}` : row.key);
	}
	return out;
}

const rowTexts = (t: TestApp): string[] => Array.from(timelineView(t).contentEl.querySelectorAll(".wrh-vlist-row")).map((el) => el.textContent ?? "");

function api(t: TestApp): WeReadHighlightsApi {
	return (t.app.plugins.getPlugin("weread-highlights") as unknown as { api: WeReadHighlightsApi }).api;
}

/**
 * Opens the timeline at layout ready and runs the start, noting the first rows drawn while the index was not ready.
 * Watched after every redraw of the pane (its private `refresh`, wrapped): the shim's clock runs a whole start within
 * one step, and happy-dom's MutationObserver does not deliver under the fake clock.
 */
function watching(watch: Watch): (t: TestApp) => Promise<void> {
	return async (t) => {
		// On the prototype, before the pane opens: the first redraws come within the clock's first step.
		const proto = TimelineView.prototype as unknown as { refresh(this: TimelineView, keepPosition: boolean): void };
		const refresh = proto.refresh;
		proto.refresh = function (keepPosition) {
			refresh.call(this, keepPosition);
			if (watch.early !== null || api(t).isReady()) return;
			const rows = rowTexts(t);
			if (rows.length === 0) return;
			watch.early = rows;
			watch.progress = this.contentEl.querySelector(".wrh-timeline-summary")?.textContent ?? "";
			watch.model = modelRows(this);
		};
		try {
			assert.ok(t.app.commands.executeCommandById("weread-highlights:open-reading-timeline"));
			for (let step = 0; step < 10_000 && !api(t).isReady(); step++) await t.clock.advance(1);
		} finally {
			proto.refresh = refresh;
		}
		assert.ok(api(t).isReady(), "the start ended");
	};
}

test("a warm start draws the newest days before every book is in, exactly as the complete timeline shows them", async () => {
	assert.ok(BOOKS.length >= 70, `${BOOKS.length} books`);
	const first = await startSession(FILES);
	const watch: Watch = { early: null, progress: "", model: [] };
	const second = await restart(first, {}, { duringStart: watching(watch) });
	assert.ok(watch.early !== null, "rows were drawn before the index was complete");
	// Drawn early: fewer books than all were in.
	const [done, total] = (watch.progress.match(/(\d+) \/ (\d+)/) ?? []).slice(1).map(Number);
	assert.equal(total, BOOKS.length);
	assert.ok(done !== undefined && done < BOOKS.length, `drawn with ${watch.progress}`);
	const complete = rowTexts(second.t);
	assert.ok(watch.early.length >= 5 && watch.early.length <= complete.length, `${watch.early.length} rows early, ${complete.length} complete`);
	assert.deepEqual(watch.early, complete.slice(0, watch.early.length), "the early rows are the complete timeline's first rows");
	// Not only those on screen: every row of the early list (days and their counts) is the complete list's.
	const all = modelRows(timelineView(second.t));
	assert.ok(watch.model.length > watch.early.length && watch.model.length < all.length, `${watch.model.length} rows early of ${all.length}`);
	assert.deepEqual(watch.model, all.slice(0, watch.model.length));
	await endSession(second);
});

test("a book changed while Obsidian was closed is read before anything is drawn: its newer highlight is the first row", async () => {
	const first = await startSession(FILES);
	// The book whose entries are the oldest: from the cache it would come last.
	const oldest = BOOKS.map((path) => ({ path, last: [...(FILES[path] ?? "").matchAll(/⏱ (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] ?? "").sort().at(-1) ?? "" })).sort((a, b) => (a.last < b.last ? -1 : 1))[0];
	assert.ok(oldest !== undefined);
	const text = FILES[oldest.path] ?? "";
	const edited = text.replace("\n## ", "\n> 📌 读到了新的一句 ^9999999-1-1-2\n> ⏱ 2031-05-04 09:00:00\n\n## ");
	assert.notEqual(edited, text);
	const watch: Watch = { early: null, progress: "", model: [] };
	const second = await restart(first, { [oldest.path]: edited }, { duringStart: watching(watch) });
	assert.ok(watch.early !== null);
	assert.ok(watch.early.slice(0, 3).some((row) => row.includes("读到了新的一句")), `first rows: ${watch.early.slice(0, 3).join(" | ")}`);
	assert.deepEqual(watch.early, rowTexts(second.t).slice(0, watch.early.length));
	await endSession(second);
});

test("a start without the cache draws no rows before the index is complete", async () => {
	const watch: Watch = { early: null, progress: "", model: [] };
	const session = await startSession(FILES, { duringStart: watching(watch) });
	assert.equal(watch.early, null);
	assert.ok(rowTexts(session.t).length > 0);
	await endSession(session);
});

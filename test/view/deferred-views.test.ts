// Restarting Obsidian (≥ 1.7.2) with our panes in the layout: a restored leaf that is not on screen holds a
// DeferredView until it is shown, and getLeavesOfType still returns it (test/shim/view.ts, layout.ts). Finding our
// panes must reveal (or load) before the `instanceof` check, or a restored pane is skipped and a second one made.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_BOOK, VIEW_TYPE_REFERENCES, VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { BookView } from "../../src/views/book-view.ts";
import { ReferencesView } from "../../src/views/references-view.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { shownMenus } from "../shim/ui.ts";
import { DeferredView } from "../shim/view.ts";
import { createTestApp, loadPlugin, type SavedLayout, type TestApp } from "../shim/test-app.ts";
import { GARDEN, LIGHTHOUSE, ORCHARD, SHOW_BOOK, click, rowWithText, run, settle, showBookFor, startVault } from "./helpers/book-pane.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";

/** The next session: the same vault, the saved layout restored after the plugin loads, layout ready, scan done. */
async function restart(layout: SavedLayout, apiVersion?: string): Promise<TestApp> {
	const t = createTestApp({ files: fixtureVaultFiles(), layout, apiVersion });
	await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return t;
}

function bookLeaves(t: TestApp) {
	return t.app.workspace.getLeavesOfType(VIEW_TYPE_BOOK);
}

function book(state: Record<string, unknown>, selected = false) {
	return { side: "right" as const, viewState: { type: VIEW_TYPE_BOOK, state }, selected };
}

const TIMELINE_TAB = { side: "right" as const, viewState: { type: VIEW_TYPE_TIMELINE, state: {} }, selected: true };

test("deferred views: after a restart a pinned Book pane in a background tab is reused, keeping its book and its pin", async () => {
	// Session 1: the pane on 园丁与木匠, pinned; then the timeline opens in the same sidebar, in front of it.
	const first = await startVault();
	const pane = await showBookFor(first.t, GARDEN);
	const pin = pane.parentElement?.querySelector<HTMLElement>('.view-action[data-icon="pin"]');
	assert.ok(pin, "the pin action");
	click(pin);
	run(first.t, OPEN_TIMELINE);
	await settle(first.t);
	const layout = first.t.saveLayout();
	assert.deepEqual(
		layout.leaves.filter((l) => l.side === "right").map((l) => [l.viewState.type, l.selected]),
		[
			[VIEW_TYPE_BOOK, false],
			[VIEW_TYPE_TIMELINE, true],
		],
	);
	await first.loaded.unload();
	first.t.dispose();

	// Session 2: the book pane is restored behind the timeline, deferred.
	const t = await restart(layout);
	const [restored] = bookLeaves(t);
	assert.ok(restored !== undefined && bookLeaves(t).length === 1);
	assert.ok(restored.view instanceof DeferredView, "a background tab is deferred");
	assert.equal(restored.isDeferred, true);
	assert.deepEqual(restored.getViewState().state, { file: GARDEN, pinned: true, order: null }, "its saved state is kept");

	await t.sim.openFile(GARDEN);
	run(t, SHOW_BOOK);
	await settle(t);
	assert.equal(bookLeaves(t).length, 1, "no second pane");
	assert.equal(bookLeaves(t)[0], restored);
	assert.ok(restored.view instanceof BookView, "revealing loaded it");
	assert.equal(restored.view.currentPath, GARDEN);
	assert.equal(restored.view.isPinned, true);
	assert.ok(t.app.workspace.revealed.includes(restored));
	assert.equal(t.app.workspace.rightSplit._selected, restored, "its tab is in front now");
	t.assertClean();
	t.dispose();
});

test("deferred views: the unpinned of two restored Book panes takes the book; the pinned one keeps its own", async () => {
	const layout: SavedLayout = {
		leaves: [book({ file: GARDEN, pinned: true }), book({ file: LIGHTHOUSE, pinned: false }), TIMELINE_TAB],
		leftCollapsed: false,
		rightCollapsed: false,
	};
	const t = await restart(layout);
	const [pinned, unpinned] = bookLeaves(t);
	assert.ok(pinned?.view instanceof DeferredView && unpinned?.view instanceof DeferredView, "both deferred");

	await t.sim.openFile(ORCHARD);
	run(t, SHOW_BOOK);
	await settle(t);
	assert.equal(bookLeaves(t).length, 2, "no third pane");
	assert.ok(unpinned.view instanceof BookView);
	assert.equal(unpinned.view.currentPath, ORCHARD);
	assert.equal(unpinned.view.isPinned, false);
	// The pinned pane was never shown: it stays deferred, with its book and pin in its saved state.
	assert.ok(pinned.view instanceof DeferredView, "only the pane that is shown gets loaded");
	assert.deepEqual(pinned.getViewState().state, { file: GARDEN, pinned: true });
	t.assertClean();
	t.dispose();
});

test("deferred views: a Book pane restored in a collapsed sidebar is revealed there: the sidebar opens, no second pane", async () => {
	const layout: SavedLayout = { leaves: [book({ file: GARDEN, pinned: false }, true)], leftCollapsed: false, rightCollapsed: true };
	const t = await restart(layout);
	const [restored] = bookLeaves(t);
	assert.ok(restored?.view instanceof DeferredView, "a collapsed sidebar's tab is off screen");

	await t.sim.openFile(LIGHTHOUSE);
	run(t, SHOW_BOOK);
	await settle(t);
	assert.equal(bookLeaves(t).length, 1);
	assert.ok(restored.view instanceof BookView);
	assert.equal(restored.view.currentPath, LIGHTHOUSE);
	assert.equal(t.app.workspace.rightSplit.collapsed, false, "revealLeaf uncollapsed the sidebar");
	t.assertClean();
	t.dispose();
});

test("deferred views: 'Reveal in timeline' and 'Show references' from the book pane load a deferred timeline and references pane", async () => {
	const layout: SavedLayout = {
		leaves: [
			{ side: "right", viewState: { type: VIEW_TYPE_TIMELINE, state: {} }, selected: false },
			{ side: "right", viewState: { type: VIEW_TYPE_REFERENCES, state: {} }, selected: false },
			book({ file: GARDEN, pinned: false }, true),
		],
		leftCollapsed: false,
		rightCollapsed: false,
	};
	const t = await restart(layout);
	const [timeline] = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE);
	const [refs] = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES);
	const [bookLeaf] = bookLeaves(t);
	assert.ok(timeline?.view instanceof DeferredView && refs?.view instanceof DeferredView);
	assert.ok(bookLeaf?.view instanceof BookView, "the front tab loads at start");

	const menuItem = (title: string): void => {
		rowWithText(bookLeaf.view.containerEl, "清晨的花园里").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const item = shownMenus.at(-1)?.items.find((i) => i.title === title);
		assert.ok(item, title);
		item.click();
	};
	menuItem("Reveal in timeline");
	await settle(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE).length, 1);
	assert.ok(timeline.view instanceof TimelineView);
	assert.ok(timeline.view.contentEl.querySelector(".wrh-entry.is-revealed"), "the entry is marked");

	menuItem("Show references");
	await settle(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES).length, 1);
	assert.ok(refs.view instanceof ReferencesView);
	t.assertClean();
	t.dispose();
});

test("deferred views: before 1.7.2 nothing is deferred; a restored pane loads at start and is reused", async () => {
	const layout: SavedLayout = { leaves: [book({ file: GARDEN, pinned: true }), TIMELINE_TAB], leftCollapsed: false, rightCollapsed: false };
	const t = await restart(layout, "1.7.1");
	const [restored] = bookLeaves(t);
	assert.ok(restored?.view instanceof BookView);
	await t.sim.openFile(GARDEN);
	run(t, SHOW_BOOK);
	await settle(t);
	assert.equal(bookLeaves(t).length, 1);
	assert.equal(t.app.workspace.rightSplit._selected, restored, "made the front tab with setActiveLeaf");
	assert.equal(t.app.workspace.activeLeaf, restored);
	t.assertClean();
	t.dispose();
});

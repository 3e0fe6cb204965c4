// Bringing our panes to the front on both sides of Obsidian 1.7.2: from 1.7.2 `workspace.revealLeaf` (which
// uncollapses the sidebar and loads a deferred view); before it, expanding the sidebar the leaf sits in
// (`leaf.getRoot()`, `WorkspaceSidedock.expand()`) and `setActiveLeaf`. The shim has no revealLeaf, ensureSideLeaf or
// loadIfDeferred below 1.7.2 (they are @since 1.7.2), so a call there fails the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_BOOK, VIEW_TYPE_REFERENCES, VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { BookView } from "../../src/views/book-view.ts";
import { ReferencesView } from "../../src/views/references-view.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { createTestApp, loadPlugin, type SavedLayout, type TestApp } from "../shim/test-app.ts";
import { GARDEN, SHOW_BOOK, run, settle } from "./helpers/book-pane.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";
const OPEN_REFERENCES = "weread-highlights:open-block-references";
const OLD = "1.7.1";
const NEW = "1.7.2";

async function start(apiVersion: string, layout?: SavedLayout): Promise<TestApp> {
	const t = createTestApp({ files: fixtureVaultFiles(), apiVersion, layout });
	await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return t;
}

function only(side: "left" | "right", type: string, collapsed: boolean): SavedLayout {
	return {
		leaves: [{ side, viewState: { type, state: {} }, selected: true }],
		leftCollapsed: side === "left" && collapsed,
		rightCollapsed: side === "right" && collapsed,
	};
}

for (const apiVersion of [OLD, NEW]) {
	test(`reveal on ${apiVersion}: Show book highlights opens the collapsed right sidebar holding the pane`, async () => {
		const t = await start(apiVersion, only("right", VIEW_TYPE_BOOK, true));
		assert.equal(t.app.workspace.rightSplit.collapsed, true);
		await t.sim.openFile(GARDEN);
		run(t, SHOW_BOOK);
		await settle(t);
		const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_BOOK);
		assert.equal(leaves.length, 1);
		assert.ok(leaves[0]?.view instanceof BookView);
		assert.equal(leaves[0].view.currentPath, GARDEN);
		assert.equal(t.app.workspace.rightSplit.collapsed, false, "the sidebar is open");
		assert.equal(t.app.workspace.rightSplit._selected, leaves[0]);
		t.assertClean();
		t.dispose();
	});

	test(`reveal on ${apiVersion}: a timeline the user moved to the collapsed left sidebar opens there, the right sidebar untouched`, async () => {
		const t = await start(apiVersion, { ...only("left", VIEW_TYPE_TIMELINE, true), rightCollapsed: true });
		run(t, OPEN_TIMELINE);
		await settle(t);
		const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE);
		assert.equal(leaves.length, 1);
		assert.equal(leaves[0]?.side, "left");
		assert.ok(leaves[0]?.view instanceof TimelineView);
		assert.equal(t.app.workspace.leftSplit.collapsed, false, "its sidebar opens");
		assert.equal(t.app.workspace.rightSplit.collapsed, true, "the other stays as it was");
		t.assertClean();
		t.dispose();
	});

	test(`reveal on ${apiVersion}: the references pane in the collapsed left sidebar opens there`, async () => {
		const t = await start(apiVersion, only("left", VIEW_TYPE_REFERENCES, true));
		run(t, OPEN_REFERENCES);
		await settle(t);
		const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES);
		assert.equal(leaves.length, 1);
		assert.ok(leaves[0]?.view instanceof ReferencesView);
		assert.equal(t.app.workspace.leftSplit.collapsed, false);
		t.assertClean();
		t.dispose();
	});

	test(`reveal on ${apiVersion}: with no pane yet, each command makes one in the collapsed right sidebar and opens it`, async () => {
		const t = await start(apiVersion, { leaves: [], leftCollapsed: false, rightCollapsed: true });
		for (const [command, type] of [
			[OPEN_TIMELINE, VIEW_TYPE_TIMELINE],
			[OPEN_REFERENCES, VIEW_TYPE_REFERENCES],
		] as const) {
			t.app.workspace.rightSplit.collapse();
			run(t, command);
			await settle(t);
			const leaves = t.app.workspace.getLeavesOfType(type);
			assert.equal(leaves.length, 1, type);
			assert.equal(leaves[0]?.side, "right");
			assert.equal(t.app.workspace.rightSplit.collapsed, false, `${type}: the sidebar is open`);
			assert.equal(t.app.workspace.rightSplit._selected, leaves[0], `${type}: in front`);
		}
		t.app.workspace.rightSplit.collapse();
		await t.sim.openFile(GARDEN);
		run(t, SHOW_BOOK);
		await settle(t);
		assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_BOOK).length, 1);
		assert.equal(t.app.workspace.rightSplit.collapsed, false, "book pane: the sidebar is open");
		t.assertClean();
		t.dispose();
	});
}

// A workspace layout saved by one app session and restored by the next (what Obsidian keeps in workspace.json),
// so a test can restart the app with panes in place. Obsidian loads every plugin before it restores the layout
// ("Obsidian loads all plugins before the user can interact with the app"; "When Obsidian opens, it will reopen
// all the views saved to the user's workspace": docs.obsidian.md, Plugins › Guides › Optimize plugin load time),
// then runs the layout-ready callbacks. From 1.7.2 on, a restored leaf that is not on screen stays a DeferredView
// until it is shown (docs.obsidian.md, Plugins › Guides › Defer views; see view.ts). Before 1.7.2 every restored
// leaf loads its view at once. A note's leaf comes back empty (the shim registers no markdown view to rebuild it
// from its state); tests open notes with `sim.openFile`.
import type { ViewState } from "obsidian";
import { requireApiVersion } from "./misc";
import type { LeafSide } from "./splits";
import type { Workspace } from "./workspace";

export interface SavedLeaf {
	readonly side: LeafSide;
	/** `leaf.getViewState()` at save time (a deferred leaf gives its saved type and state). */
	readonly viewState: ViewState;
	/** The selected tab of its group. */
	readonly selected: boolean;
}

export interface SavedLayout {
	readonly leaves: readonly SavedLeaf[];
	readonly leftCollapsed: boolean;
	readonly rightCollapsed: boolean;
}

export function saveLayout(ws: Workspace): SavedLayout {
	return {
		leaves: ws._leaves.map((leaf) => ({ side: leaf.side, viewState: leaf.getViewState(), selected: leaf.getRoot()._selected === leaf })),
		leftCollapsed: ws.leftSplit.collapsed,
		rightCollapsed: ws.rightSplit.collapsed,
	};
}

/** Rebuilds the saved leaves (call after the plugins loaded and before layout ready, as Obsidian does). */
export async function restoreLayout(ws: Workspace, layout: SavedLayout): Promise<void> {
	if (layout.leftCollapsed) ws.leftSplit.collapse();
	if (layout.rightCollapsed) ws.rightSplit.collapse();
	const made = layout.leaves.map((saved) => {
		const leaf = ws._createLeaf(saved.side);
		if (saved.selected) leaf.getRoot()._selected = leaf;
		return { leaf, saved };
	});
	for (const { leaf, saved } of made) {
		const shown = leaf.getRoot()._isShown(leaf);
		if (shown || !requireApiVersion("1.7.2")) await leaf.setViewState(saved.viewState);
		else await leaf._defer(saved.viewState);
	}
}

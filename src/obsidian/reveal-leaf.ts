import { requireApiVersion, type App, type WorkspaceLeaf } from "obsidian";

/**
 * Brings `leaf` to the front with its real view loaded, on both sides of Obsidian 1.7.2 (the Book, timeline and
 * references panes all open this way). From 1.7.2 a leaf restored in the background holds a DeferredView until it
 * is shown (docs.obsidian.md, Plugins › Guides › Defer views), so a caller checks `leaf.view instanceof` only after
 * this resolves.
 */
export async function revealLoaded(app: App, leaf: WorkspaceLeaf, focus: boolean): Promise<void> {
	const { workspace } = app;
	if (requireApiVersion("1.7.2")) {
		// obsidian.d.ts: uncollapses the sidebar; "`await` this function to ensure your view has been fully loaded and
		// is not deferred". loadIfDeferred costs nothing on a loaded leaf and covers a reveal that did not load it.
		await workspace.revealLeaf(leaf);
		await leaf.loadIfDeferred();
		return;
	}
	// Before 1.7.2 (no deferred views, no public revealLeaf): open the sidebar holding the leaf, wherever the user
	// moved it, and make its tab the visible one.
	const root = leaf.getRoot();
	if (root === workspace.rightSplit) workspace.rightSplit.expand();
	else if (root === workspace.leftSplit) workspace.leftSplit.expand();
	workspace.setActiveLeaf(leaf, { focus });
}

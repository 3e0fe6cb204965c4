import { type App, type Plugin, type WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_SHELF } from "../constants";
import { ShelfView, type ShelfViewDeps } from "../views/shelf-view";
import { revealBook } from "./book-pane";
import { revealLoaded } from "./reveal-leaf";

// The bookshelf's registration (issue 14 item 5): the view type and the command "Open bookshelf". No ribbon icon:
// the timeline's is the plugin's one door in the ribbon, and the shelf is a page one opens now and then, as the
// command palette serves. The shelf opens as a tab in the main area (5,000 books with their figures want the width);
// a row opens its book in the Book highlights pane beside it. The view is never kept here (design §2 rule 3).

export type ShelfDeps = Omit<ShelfViewDeps, "openBook">;

export function registerShelf(plugin: Plugin, deps: ShelfDeps): void {
	const { app } = plugin;
	plugin.registerView(VIEW_TYPE_SHELF, (leaf) => new ShelfView(leaf, { ...deps, openBook: (path) => void revealBook(app, path) }));
	plugin.addCommand({ id: "open-bookshelf", name: deps.t()("commandOpenShelf"), callback: () => void openShelf(app) });
}

/** Open (or reveal) the bookshelf; resolves to the loaded view, or null when none could open. */
export async function openShelf(app: App): Promise<ShelfView | null> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | undefined = workspace.getLeavesOfType(VIEW_TYPE_SHELF)[0];
	if (leaf === undefined) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_SHELF, active: true });
	}
	await revealLoaded(app, leaf, true);
	return leaf.view instanceof ShelfView ? leaf.view : null;
}

import type { App, Plugin, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_REFERENCES } from "../constants";
import type { TimelineEntry } from "../core/index";
import { ReferencesView, type ReferencesViewDeps } from "../views/references-view";
import { ActiveNoteTracker } from "./active-note";
import { VaultContextLines } from "./context-lines";
import { revealLoaded } from "./reveal-leaf";

// The block references pane's registration (issue 4): the view type, the command "Open block references" (right
// sidebar), the adapter pieces the pane reads (where the reader is, the lines of citing notes), and
// `showReferencesOf` for the "Show references" menu action. The view is never kept here: it is found with
// getLeavesOfType + instanceof (design §2 rule 3).

export type ReferencesPaneDeps = Omit<ReferencesViewDeps, "activeNote" | "contextLines">;

export function registerReferences(plugin: Plugin, deps: ReferencesPaneDeps): void {
	const { app } = plugin;
	// Children of the plugin: their listeners go when the plugin unloads, whether or not a pane is open.
	const activeNote = plugin.addChild(new ActiveNoteTracker(app));
	const contextLines = plugin.addChild(new VaultContextLines(app));
	plugin.registerView(VIEW_TYPE_REFERENCES, (leaf) => new ReferencesView(leaf, { ...deps, activeNote, contextLines }));
	plugin.addCommand({ id: "open-block-references", name: deps.t()("commandOpenReferences"), callback: () => void openReferences(app) });
}

/** Open (or reveal) the pane in the right sidebar; resolves to the loaded view, or null when none could open. */
export async function openReferences(app: App): Promise<ReferencesView | null> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: VIEW_TYPE_REFERENCES, active: true });
	}
	if (leaf === null) return null;
	await revealLoaded(app, leaf, false);
	return leaf.view instanceof ReferencesView ? leaf.view : null;
}

/** "Show references" from another pane's menu: open the pane on this entry. */
export async function showReferencesOf(app: App, entry: TimelineEntry): Promise<void> {
	const view = await openReferences(app);
	await view?.showEntry(entry);
}

import type { App, Plugin, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_HEALTH } from "../constants";
import { HealthView, type HealthViewDeps } from "../views/health-view";
import { revealLoaded } from "./reveal-leaf";
import { SyncDailyReader } from "./sync-daily-reader";
import type { SyncSettingsSource } from "./sync-settings-reader";

// The block-reference health pane's registration (issue 13 item 3): the view type and the command "Check block
// references", which opens the pane in the right sidebar (a row opens its note in the main area beside it). The view
// is never kept here: it is found with getLeavesOfType + instanceof (design §2 rule 3).

export type HealthPaneDeps = Omit<HealthViewDeps, "syncDaily"> & { readonly syncSettings: SyncSettingsSource };

export function registerHealth(plugin: Plugin, deps: HealthPaneDeps): void {
	const { app } = plugin;
	// A child of the plugin: its cache goes when the plugin unloads, whether or not a pane is open.
	const syncDaily = plugin.addChild(new SyncDailyReader(app, deps.syncSettings));
	const viewDeps: HealthViewDeps = { index: deps.index, actions: deps.actions, t: deps.t, status: deps.status, syncDaily };
	plugin.registerView(VIEW_TYPE_HEALTH, (leaf) => new HealthView(leaf, viewDeps));
	plugin.addCommand({ id: "check-block-references", name: deps.t()("commandCheckBlockReferences"), callback: () => void openHealth(app) });
}

/** Open (or reveal) the pane in the right sidebar and check again; resolves to the loaded view, or null. */
export async function openHealth(app: App): Promise<HealthView | null> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_HEALTH)[0] ?? null;
	const existed = leaf !== null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: VIEW_TYPE_HEALTH, active: true });
	}
	if (leaf === null) return null;
	await revealLoaded(app, leaf, false);
	const view = leaf.view instanceof HealthView ? leaf.view : null;
	// An open pane is live already; running the command again is still a request to check now.
	if (existed) await view?.refresh();
	return view;
}

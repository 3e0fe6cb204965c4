// `app.plugins`: Obsidian's community-plugin manager, as scripts use it to reach another plugin's API.
//
// It is NOT in the public obsidian.d.ts (App declares no `plugins`); it exists at run time and the community relies
// on it: Dataview's docs ("access the Dataview Plugin API … through app.plugins.plugins.dataview.api",
// blacksmithgu.github.io/obsidian-dataview/api/intro); plugins declare it for themselves, e.g. meta-bind's
// extraTypes/obsidian-ex.d.ts (`enabledPlugins: Set<string>; manifests; plugins: Record<string, Plugin>;
// getPlugin(id)`); obsidian-undocumented documents getPlugin as "the instance of a loaded and initialized community
// plugin … or null if the plugin is not installed, loaded, or enabled". The shim models only that much: the record,
// the enabled set and `getPlugin`. When Obsidian enters a plugin in `plugins` during its load is not documented:
// the shim enters it before `load()` (the earliest), so a test also sees a script that runs while onload is still
// awaiting; disabling removes it.
import type { Plugin } from "./plugin";

export class PluginRegistry {
	readonly plugins: Record<string, Plugin> = {};
	readonly enabledPlugins = new Set<string>();

	getPlugin(id: string): Plugin | null {
		return this.plugins[id] ?? null;
	}

	/** Shim only: the app enables and loads a plugin. */
	_enter(id: string, plugin: Plugin): void {
		this.plugins[id] = plugin;
		this.enabledPlugins.add(id);
	}

	/** Shim only: the app disables a plugin (after its unload). Only that instance: a newer one stays. */
	_leave(id: string, plugin: Plugin): void {
		if (this.plugins[id] !== plugin) return;
		delete this.plugins[id];
		this.enabledPlugins.delete(id);
	}
}

import { debounce, type Plugin } from "obsidian";
import { createApi, type WeReadHighlightsApi } from "../core/api";
import type { HighlightIndex } from "../core/index";
import type { IndexSync } from "./index-sync";

// The public scripting API's adapter (issue 14, item 6; README "Scripting"): the core API over the index, with the
// change notifications coalesced here (the timers are Obsidian's) and everything closed when the plugin unloads.

/**
 * Scripts hear of index changes at most once per this many ms. The index already notifies once per batch of vault
 * events, but a first scan or a re-parse of every note is many batches in a row: a dataviewjs block that re-renders
 * on each would redraw dozens of times. Half a second is what a reader notices as "it updated" after a sync.
 */
const CHANGE_COALESCE_MS = 500;

export interface ScriptApiDeps {
	readonly index: HighlightIndex;
	readonly status: Pick<IndexSync, "state" | "onStatus">;
}

/** Builds the API; the plugin's unload drops its listeners and pending notification, and later calls throw. */
export function registerScriptApi(plugin: Plugin, deps: ScriptApiDeps): WeReadHighlightsApi {
	let notify: (() => void) | null = null;
	// Not reset on each call: a steady stream of changes still notifies every CHANGE_COALESCE_MS.
	const changed = debounce(() => notify?.(), CHANGE_COALESCE_MS, false);
	const handle = createApi({
		index: deps.index,
		ready: () => deps.status.state === "warm",
		changes: (fn) => {
			notify = fn;
			const offIndex = deps.index.subscribe(() => changed());
			// The end of the first scan is news even when it changed nothing (an empty vault): scripts waiting for it.
			const offStatus = deps.status.onStatus((status) => {
				if (status.state === "warm") changed();
			});
			return () => {
				offIndex();
				offStatus();
				changed.cancel();
				notify = null;
			};
		},
		reportError: (error) => console.error("WeRead Highlights: a script's onChange listener threw", error),
	});
	plugin.register(() => handle.close());
	return handle.api;
}

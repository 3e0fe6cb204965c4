// What a plugin can leave registered, and what a clean unload leaves: nothing. No imports, so the e2e tier (which
// runs the shim in the page, not in Node) can share the expectation.

/** Counts of everything a plugin can leave registered; all zero after a clean unload. */
export interface Lifecycle {
	readonly listeners: number;
	readonly domEvents: number;
	readonly intervals: number;
	readonly pendingTimers: number;
	readonly views: number;
	readonly hoverSources: number;
	readonly commands: number;
	readonly settingTabs: number;
	readonly statusBarItems: number;
	readonly ribbonIcons: number;
	readonly editorExtensions: number;
	readonly postProcessors: number;
}

/** What `lifecycle()` must read after a clean unload: nothing left of any kind. */
export const NOTHING_LEFT: Lifecycle = {
	listeners: 0,
	domEvents: 0,
	intervals: 0,
	pendingTimers: 0,
	views: 0,
	hoverSources: 0,
	commands: 0,
	settingTabs: 0,
	statusBarItems: 0,
	ribbonIcons: 0,
	editorExtensions: 0,
	postProcessors: 0,
};

// The test-side builder: an in-memory vault behind a shim App, a fake clock, a simulator that fires Obsidian's
// events in Obsidian's order, `loadPlugin` that loads a plugin class the way Obsidian does, and the checks a test
// runs at the end (no write-type call, no listener error, nothing left registered after unload).
//
//   const t = createTestApp({ files: { "weread/Book.md": text } });
//   const { plugin, unload } = await loadPlugin(WeReadHighlightsPlugin, t);
//   t.app.workspace.triggerLayoutReady();
//   await t.clock.runAll();
//   await t.sim.modify("weread/Book.md", newText);
//   await t.clock.advance(500);
//   await unload();
//   t.assertClean(); t.dispose();
import { readFileSync } from "node:fs";
import type { App as ObsidianApp, Plugin as ObsidianPlugin, PluginManifest } from "obsidian";
import { isHiddenPath } from "./adapter";
import { App } from "./app";
import { FakeClock, flushMicrotasks } from "./clock";
import type { Component } from "./component";
import { installDom } from "./dom";
import { liveListenerCount } from "./events";
import { ledger } from "./ledger";
import type { Lifecycle } from "./lifecycle";
import { _setApiVersion, shimEnv } from "./misc";
import { VaultSimulator } from "./simulator";
import { FakeIndexedDB } from "./indexed-db";
import { restoreLayout, saveLayout, type SavedLayout } from "./layout";
import { _resetPostProcessors, postProcessorCount } from "./reading-view";

export { VaultSimulator } from "./simulator";
export { NOTHING_LEFT, type Lifecycle } from "./lifecycle";
export type { SavedLayout } from "./layout";

export interface TestAppOptions {
	/** Vault files: path → text. Every `.md` file is a note. */
	readonly files?: Readonly<Record<string, string>>;
	/**
	 * Whether the metadata cache is already built when the app starts (a vault Obsidian has opened before).
	 * When false, `getFileCache` answers null until `sim.indexAll()` (a first open, or a cleared cache). Default true.
	 */
	readonly metadataReady?: boolean;
	/**
	 * Files under the config folder (`.obsidian/…`: another plugin's data.json), path from the vault root → text.
	 * Not vault files: only `vault.adapter` reaches them (adapter.ts).
	 */
	readonly configFiles?: Readonly<Record<string, string>>;
	/** Raw data.json text of the plugin under test (may be corrupt); absent = no data.json. */
	readonly dataJson?: string;
	/** What `getLanguage()` answers. Default "en". */
	readonly language?: string;
	/** The app version `requireApiVersion` compares with. Default "1.8.7". */
	readonly apiVersion?: string;
	/**
	 * A layout saved by an earlier session (`t.saveLayout()`): `loadPlugin` restores it once, after the plugin's
	 * onload and before the test triggers layout ready, as Obsidian does at start (layout.ts).
	 */
	readonly layout?: SavedLayout;
	/**
	 * This device's IndexedDB (`window.indexedDB`): a fresh, empty one by default, as on a device that never opened the
	 * vault. Pass the same one with the same `appId` to model a restart (the persistent cache finds what it stored);
	 * null for a window without one.
	 */
	readonly indexedDB?: FakeIndexedDB | null;
	/** The vault's id on this device (`app.appId`); a random one by default. */
	readonly appId?: string;
}



const MANIFEST: PluginManifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8")) as PluginManifest;

export class TestApp {
	readonly app: App;
	readonly clock: FakeClock;
	readonly sim: VaultSimulator;
	/** The window's IndexedDB (options.indexedDB). */
	readonly indexedDB: FakeIndexedDB | null;
	private pendingLayout: SavedLayout | null;

	constructor(options: TestAppOptions) {
		const win = installDom();
		ledger.reset();
		_resetPostProcessors();
		shimEnv.language = options.language ?? "en";
		_setApiVersion(options.apiVersion ?? "1.8.7");
		this.clock = new FakeClock().install(win);
		this.app = new App();
		if (options.appId !== undefined) this.app.appId = options.appId;
		this.indexedDB = options.indexedDB === undefined ? new FakeIndexedDB() : options.indexedDB;
		(win as unknown as { indexedDB: FakeIndexedDB | null }).indexedDB = this.indexedDB;
		for (const [path, text] of Object.entries(options.files ?? {})) {
			// A file in a hidden folder is on disk but not in the vault index (adapter.ts, isHiddenPath).
			if (isHiddenPath(path)) {
				this.app.vault.adapter._putHiddenFile(path, text);
				continue;
			}
			const file = this.app.vault._put(path, text);
			if (options.metadataReady !== false && file.extension === "md") this.app.metadataCache._index(file);
		}
		for (const [path, text] of Object.entries(options.configFiles ?? {})) this.app.vault.adapter._putConfigFile(path, text);
		if (options.dataJson !== undefined) this.app.pluginData.set(MANIFEST.id, options.dataJson);
		this.sim = new VaultSimulator(this.app);
		this.pendingLayout = options.layout ?? null;
	}

	/** The workspace as Obsidian would write it to workspace.json now (for a later `createTestApp({ layout })`). */
	saveLayout(): SavedLayout {
		return saveLayout(this.app.workspace);
	}

	/** Restores the layout given at creation, the first time only (loadPlugin calls it). */
	async _restoreLayoutOnce(): Promise<void> {
		const layout = this.pendingLayout;
		this.pendingLayout = null;
		if (layout !== null) await restoreLayout(this.app.workspace, layout);
	}

	/** The shim App typed as Obsidian's, for code under test that takes an `App`. */
	get obsidianApp(): ObsidianApp {
		return this.app as unknown as ObsidianApp;
	}

	get notices(): readonly string[] {
		return ledger.notices;
	}

	/** Paths passed to `vault.cachedRead`, in call order. */
	get cachedReads(): string[] {
		return this.app.vault.reads.filter((r) => r.method === "cachedRead").map((r) => r.path);
	}

	/** Listeners on the app's event sources (vault, metadataCache, workspace). */
	appListenerCount(): number {
		return this.app.vault.listenerCount() + this.app.metadataCache.listenerCount() + this.app.workspace.listenerCount();
	}

	lifecycle(): Lifecycle {
		return {
			listeners: this.appListenerCount(),
			domEvents: ledger.liveDomEvents,
			intervals: ledger.liveIntervals.size + this.clock.pendingIntervals,
			pendingTimers: this.clock.pendingTimers,
			views: this.app.viewRegistry.size,
			hoverSources: this.app.hoverLinkSources.size,
			commands: this.app.commands.commands.size,
			settingTabs: this.app.settingTabs.length,
			statusBarItems: this.app.statusBarEl.children.length,
			ribbonIcons: this.app.ribbonEl.children.length,
			editorExtensions: this.app.editorExtensions.length,
			postProcessors: postProcessorCount(),
		};
	}

	/** Throws when the plugin made a write-type call or a listener threw. */
	assertClean(): void {
		const problems: string[] = [];
		if (this.app.writes.calls.length > 0) problems.push(`write-type calls: ${JSON.stringify(this.app.writes.calls)}`);
		if (ledger.listenerErrors.length > 0) problems.push(`listener errors: ${ledger.listenerErrors.map(String).join("; ")}`);
		if (problems.length > 0) throw new Error(problems.join("\n"));
	}

	dispose(): void {
		this.clock.uninstall();
		this.app._destroyDom();
	}
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
	return new TestApp(options);
}

export interface LoadedPlugin<P> {
	readonly plugin: P;
	/** Obsidian disabling the plugin: `plugin.unload()`, then a turn of the loop for pending promise callbacks. */
	unload(): Promise<void>;
}

/**
 * Constructs the plugin with the app and this project's manifest and calls `plugin.load()` as Obsidian does,
 * awaiting an async `onload`; then restores the layout given to `createTestApp` (the first time only).
 */
export async function loadPlugin<P extends ObsidianPlugin>(
	PluginClass: new (app: ObsidianApp, manifest: PluginManifest) => P,
	t: TestApp,
	manifest: PluginManifest = MANIFEST,
): Promise<LoadedPlugin<P>> {
	const plugin = new PluginClass(t.obsidianApp, { ...manifest });
	const entered = plugin as unknown as Parameters<TestApp["app"]["plugins"]["_enter"]>[1];
	t.app.plugins._enter(manifest.id, entered);
	plugin.load();
	await (plugin as unknown as Component)._onloadResult;
	await t._restoreLayoutOnce();
	await flushMicrotasks();
	return {
		plugin,
		unload: async () => {
			plugin.unload();
			t.app.plugins._leave(manifest.id, entered);
			await flushMicrotasks();
		},
	};
}

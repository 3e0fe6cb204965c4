import { Plugin } from "obsidian";
import { resolveLocale, translator, type Translate } from "./core/i18n";
import { HighlightIndex } from "./core/index";
import type { Settings } from "./core/settings";
import { HOVER_SOURCE } from "./constants";
import { registerBookPane } from "./obsidian/book-pane";
import { registerCitationBadges } from "./obsidian/citation-badges";
import { registerDailyNotes } from "./obsidian/register-daily-notes";
import { IndexSync } from "./obsidian/index-sync";
import { appLanguage } from "./obsidian/language";
import { Navigation } from "./obsidian/navigation";
import { registerHealth } from "./obsidian/register-health";
import { registerParseProblems } from "./obsidian/parse-problems";
import { registerPersistentCache } from "./obsidian/register-cache";
import { registerReadingTime } from "./obsidian/reading-time";
import { registerReferences, showReferencesOf } from "./obsidian/register-references";
import { registerRowCommands } from "./obsidian/row-commands";
import { registerScriptApi } from "./obsidian/script-api";
import type { WeReadHighlightsApi } from "./core/api";
import { registerShelf } from "./obsidian/register-shelf";
import { registerYearInReading } from "./obsidian/register-year";
import { registerTimeline, revealInTimeline } from "./obsidian/register-timeline";
import { SettingsStore } from "./obsidian/settings-store";
import { WeReadSettingTab } from "./obsidian/settings-tab";
import { showIndexProgress } from "./obsidian/status-bar";
import { SyncSettingsReader, syncSettingsPath } from "./obsidian/sync-settings-reader";
import { workerRecognizerBuilder } from "./obsidian/derive-worker-host";
import { spawnDeriveWorker } from "./obsidian/derive-worker-spawn";
import { matchedNotes, TemplateShapes, templateProblems } from "./obsidian/template-shapes";
import { syncSettingsStatus, templateStatus } from "./obsidian/settings-definitions";
import { recognizerFor } from "./core/template/recognizer";
import type { ShapeSpec } from "./core/template/shape-spec";

/**
 * How long the first scan waits for the sync template's shapes (a read of its settings and a render in a worker,
 * tens of milliseconds): past it, the scan starts with the built-in rules and the notes are read again once the
 * shapes arrive.
 */
const FIRST_SCAN_WAIT_MS = 1000;

// Composition root (design §2): wires the index, settings, the vault sync, the settings tab and the three panes;
// the modules do the work.
export default class WeReadHighlightsPlugin extends Plugin {
	private scriptApi: WeReadHighlightsApi | undefined;

	/** The scripting API (README "Scripting"): `app.plugins.getPlugin("weread-highlights").api`. Read-only. */
	get api(): WeReadHighlightsApi | undefined {
		return this.scriptApi;
	}

	override async onload(): Promise<void> {
		const store = new SettingsStore(this);
		const translate = (settings: Settings): Translate => translator(resolveLocale(settings.language, appLanguage()));
		const t = (): Translate => translate(store.settings);
		await store.load(translate);

		const index = new HighlightIndex();
		// The sync plugin's settings (issue 12), read-only; one reader, unloaded with the plugin. Added before the index
		// sync and the template shapes: its layout-ready check runs first.
		const syncSettings = this.addChild(new SyncSettingsReader(this.app));
		let reparse = (): void => {};
		const shapes = new TemplateShapes({
			app: this.app,
			syncSettings,
			enabled: () => store.settings.readTemplateShapes,
			// A standard template (the built-in rules read all it writes) needs no recognizer: none runs, nothing is slower.
			build: workerRecognizerBuilder({ spawn: spawnDeriveWorker, compile: (spec) => recognizerFor(spec as ShapeSpec) }),
			index,
			reparse: () => reparse(),
		});
		// The persistent cache (issue 15) starts reading its store now, while Obsidian finishes loading.
		const cache = registerPersistentCache(this, {
			enabled: () => store.settings.persistentCache,
			onEnabledChange: (listener) => store.onChange((next, prev) => next.persistentCache !== prev.persistentCache && listener()),
			fingerprint: () => shapes.fingerprint(),
			t,
		});
		const sync = this.addChild(
			new IndexSync({
				app: this.app,
				index,
				folders: () => store.settings.folders,
				beforeFirstScan: () => settledWithin(shapes.whenFirstSettled(), FIRST_SCAN_WAIT_MS),
				cache: cache.cache,
			}),
		);
		reparse = () => sync.reparseAll();
		this.addChild(shapes);

		this.register(showIndexProgress(this.addStatusBarItem(), sync, t));
		this.register(
			store.onChange((next, prev) => {
				if (next.folders.join("\n") !== prev.folders.join("\n")) sync.rescan();
				if (next.readTemplateShapes !== prev.readTemplateShapes) void shapes.refresh();
			}),
		);
		const tab = new WeReadSettingTab(this.app, this, store, t, syncSettings, () => ({ state: shapes.state(), matchedNotes: matchedNotes(index) }));
		this.register(syncSettings.onChange(() => tab.showSyncSettingsStatus()));
		this.register(shapes.onChange(() => tab.showSyncSettingsStatus()));
		// The count of matched notes grows while the notes are read again: the status line follows once the index is warm.
		this.register(sync.onStatus((status) => status.state === "warm" && tab.showSyncSettingsStatus()));
		this.addSettingTab(tab);

		// Every pane opens, previews, drags and cites entries through this one object (src/views/entry-actions.ts).
		const actions = new Navigation({
			app: this.app,
			citations: index,
			t,
			hoverSource: HOVER_SOURCE,
			showReferences: (entry) => void showReferencesOf(this.app, entry),
			revealInTimeline: (entry) => void revealInTimeline(this.app, entry),
		});
		this.registerHoverLinkSource(HOVER_SOURCE, { display: this.manifest.name, defaultMod: true });
		// Seconds read per day from the sync plugin's cache (issue 14 item 3): before the panes that show it.
		const readingTime = registerReadingTime(this, { t });
		registerBookPane(this, { index, settings: () => store.settings, actions, t, status: sync });
		registerReferences(this, { index, actions, t, status: sync });
		const days = registerDailyNotes(this, {
			syncSettings,
			settings: () => store.settings,
			onSettingsChange: (listener) => store.onChange((next, prev) => next.followDailyNote !== prev.followDailyNote && listener()),
			t,
		});
		registerTimeline(this, { index, settings: () => store.settings, actions, t, status: sync, readingTime, days });
		registerHealth(this, { index, actions, t, status: sync, syncSettings });
		registerParseProblems(this, {
			index,
			t,
			extra: () => {
				const state = shapes.state();
				const file = syncSettings.current();
				const line = file.status === "unreadable" ? syncSettingsStatus(t(), file) : (templateStatus(t(), { state, matchedNotes: 0 }) ?? "");
				return [...templateProblems(state, file, syncSettingsPath(this.app.vault.configDir), t()("syncSettingsName"), line), ...readingTime.problems(), ...cache.problems()];
			},
		});
		registerCitationBadges(this, {
			index,
			settings: () => store.settings,
			onSettingsChange: (listener) =>
				store.onChange((next, prev) => {
					if (next.citationBadges !== prev.citationBadges || next.citationBadgesZero !== prev.citationBadgesZero) listener();
				}),
			actions,
			showReferences: (entry) => void showReferencesOf(this.app, entry),
			t,
		});
		this.scriptApi = registerScriptApi(this, { index, status: sync });
		registerShelf(this, {
			index,
			settings: () => store.settings,
			onSettingsChange: (listener) => store.onChange(listener),
			t,
			status: sync,
		});
		registerYearInReading(this, { index, readingTime, t, status: sync });
		registerRowCommands(this, { app: this.app, index, menu: (entry) => actions.entryMenu(entry), t });
	}
}

/** `promise`, or nothing after `ms`: whichever comes first. Never rejects. */
function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
	return new Promise((resolve) => {
		const timer = window.setTimeout(resolve, ms);
		void promise.finally(() => {
			window.clearTimeout(timer);
			resolve();
		});
	});
}

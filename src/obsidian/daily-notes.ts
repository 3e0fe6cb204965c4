import { Component, TFile, debounce, normalizePath, type App, type TAbstractFile } from "obsidian";
import { dailyNotePath, dailyNoteRules, dayOfDailyNote, type DailyNoteRules, type DateFormatter } from "../core/daily-notes/daily-note-rules";
import type { SyncSettingsSource } from "./sync-settings-reader";
import { SYNC_SETTINGS_RECHECK_MS } from "./sync-settings-reader";
import { CoalescedRun } from "./coalesced-run";

// Where the reader's daily notes are (issue 14 item 1), from their own settings: the WeRead sync plugin's (through
// the SyncSettingsReader, which already reads its data.json and keeps only note-shaping keys: never its cookies),
// the core Daily Notes plugin's `<configDir>/daily-notes.json` and Periodic Notes' `<configDir>/plugins/
// periodic-notes/data.json`. Read-only: `vault.adapter.stat` and `read`, nothing else; only `format`, `folder` and
// `enabled` are looked at (dailyNoteRules), and nothing of the files is kept but the rules.
//
// When to look again: as the sync settings reader does (its comment says why): on layout ready, when the window
// regains focus, debounced after a note is created (a new daily note is often the first sign the reader just set
// the plugin up), and whenever the sync plugin's settings change. A check is one stat per file; a read only when a
// stat moved. Whether a day's note exists is asked of the vault index at the time (getAbstractFileByPath), never
// cached: it is a map lookup.

/** The config files, relative to the config folder. */
export const CORE_DAILY_NOTES_FILE = "daily-notes.json";
export const PERIODIC_NOTES_FILE = "plugins/periodic-notes/data.json";

/** Larger than this, a file is not another plugin's settings (these are a few hundred bytes). */
const MAX_CONFIG_BYTES = 1024 * 1024;

interface ConfigRead {
	readonly stamp: string;
	readonly json: unknown;
}

export class DailyNotes extends Component {
	private rulesNow: DailyNoteRules;
	private readonly reads = new Map<string, ConfigRead>();
	private readonly listeners = new Set<() => void>();
	private stopped = false;
	private ready = false;
	private readonly checks = new CoalescedRun(async () => {
		await Promise.all([this.readConfig(CORE_DAILY_NOTES_FILE), this.readConfig(PERIODIC_NOTES_FILE)]);
		this.update();
	}, () => this.stopped);
	private readonly requestCheck = debounce(() => void this.recheck(), SYNC_SETTINGS_RECHECK_MS, true);

	constructor(
		private readonly app: App,
		private readonly syncSettings: SyncSettingsSource,
		private readonly formatter: DateFormatter,
	) {
		super();
		this.rulesNow = this.compute();
	}

	override onload(): void {
		this.register(() => {
			this.stopped = true;
			this.requestCheck.cancel();
			this.listeners.clear();
		});
		this.register(this.syncSettings.onChange(() => this.update()));
		this.app.workspace.onLayoutReady(() => {
			if (this.stopped) return;
			this.ready = true;
			void this.recheck();
			this.registerDomEvent(window, "focus", () => void this.recheck());
			// A daily note appearing or going changes what the timeline offers: listeners redraw (and a new note may
			// come with new settings).
			const onNote = (file: TAbstractFile): void => {
				if (!(file instanceof TFile) || file.extension !== "md") return;
				if (this.dayOf(file.path) !== null) this.notify();
			};
			this.registerEvent(this.app.vault.on("create", (file) => {
				onNote(file);
				if (file instanceof TFile && file.extension === "md") this.requestCheck();
			}));
			this.registerEvent(this.app.vault.on("delete", onNote));
			this.registerEvent(this.app.vault.on("rename", (file, oldPath) => {
				if (this.dayOf(oldPath) !== null) this.notify();
				else onNote(file);
			}));
		});
	}

	/** The rules in force now (which plugin's settings, format, folder). */
	rules(): DailyNoteRules {
		return this.rulesNow;
	}

	/** The day's daily note, when it exists; never created. */
	fileFor(day: string): TFile | null {
		const path = dailyNotePath(this.rulesNow, day, this.formatter);
		if (path === null) return null;
		const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
		return file instanceof TFile ? file : null;
	}

	/** The day `path` is the daily note of, or null. */
	dayOf(path: string): string | null {
		return dayOfDailyNote(this.rulesNow, path, this.formatter);
	}

	/** Hear a change of the rules or of which daily notes exist; returns the unsubscribe function. */
	onChange(listener: () => void): () => void {
		const own = (): void => listener();
		this.listeners.add(own);
		return () => this.listeners.delete(own);
	}

	/** Look at the config files again now (one stat each; a read only when one changed). */
	recheck(): Promise<void> {
		if (this.stopped || !this.ready) return Promise.resolve();
		return this.checks.request();
	}

	private async readConfig(name: string): Promise<void> {
		const adapter = this.app.vault.adapter;
		const path = normalizePath(`${this.app.vault.configDir}/${name}`);
		try {
			const stat = await adapter.stat(path);
			if (stat === null || stat.type !== "file" || stat.size > MAX_CONFIG_BYTES) {
				this.reads.delete(name);
				return;
			}
			const stamp = `${stat.mtime}:${stat.size}`;
			if (this.reads.get(name)?.stamp === stamp) return;
			const text = await adapter.read(path);
			this.reads.set(name, { stamp, json: parseJson(text) });
		} catch {
			// Unreadable counts as absent: the next rule applies.
			this.reads.delete(name);
		}
	}

	private compute(): DailyNoteRules {
		const sync = this.syncSettings.current();
		return dailyNoteRules({
			sync: sync.status === "found" ? sync.settings : null,
			core: this.reads.get(CORE_DAILY_NOTES_FILE)?.json,
			periodic: this.reads.get(PERIODIC_NOTES_FILE)?.json,
		});
	}

	private update(): void {
		if (this.stopped) return;
		const next = this.compute();
		if (JSON.stringify(next) === JSON.stringify(this.rulesNow)) return;
		this.rulesNow = next;
		this.notify();
	}

	private notify(): void {
		for (const listener of [...this.listeners]) listener();
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

import { Component, TFile, debounce, normalizePath, type App, type TAbstractFile } from "obsidian";
import { MAX_SYNC_SETTINGS_BYTES, pickSyncSettings, type SyncSettings } from "../core/template/sync-settings";
import { CoalescedRun } from "./coalesced-run";

// Reads the WeRead sync plugin's settings (`<configDir>/plugins/obsidian-weread-plugin/data.json`, issue 12 item 1),
// read-only: `vault.adapter.stat` and `vault.adapter.read`, nothing else. The file also holds the user's cookies,
// user id and API key; its text goes straight into `pickSyncSettings`, which keeps only the note-shaping keys, and
// the text is dropped right after: nothing else of it is kept, logged, saved or shown.
//
// When to look again. The file lives in the config folder, which the vault index skips: no vault event ever fires
// for it ("Vault events ignore hidden folders on purpose", obsidianmd/obsidian-api#51). The only event that does,
// `vault.on('raw')`, is not in obsidian.d.ts (internal API), and polling costs a stat every few seconds for a file
// that changes a few times a year. So the reader re-checks at the moments the file can have changed, and a check is
// one `adapter.stat`: the file is read again only when its mtime or size moved.
// - on layout ready: the first look (before it, Obsidian is still loading the vault; design §4);
// - debounced after a Markdown note is created or modified (public vault events): a sync run rewrites book notes
//   right after it used (and saved) its settings, so a settings change the user made before syncing is picked up
//   with the sync's burst of note writes — one stat after the burst, not one per note;
// - when the main window regains focus: the file changes outside this window (Obsidian Sync or git bring in another
//   device's settings; the user edits the sync plugin's settings in another window);
// - on request (`recheck()`): our settings tab asks when it opens, as the user may just have changed the sync
//   plugin's settings in the same settings modal.

/** The sync plugin's id (its manifest.json): the folder of its data.json under `<configDir>/plugins/`. */
export const SYNC_PLUGIN_ID = "obsidian-weread-plugin";

/**
 * Quiet time after the last note write before the settings file is checked. A sync run writes its notes back to
 * back (hundreds within a few seconds); 2 s after the last one lands after the burst, and a stat is cheap.
 */
export const SYNC_SETTINGS_RECHECK_MS = 2000;

export type SyncSettingsUnreadable = "too-large" | "not-json" | "not-an-object" | "read-failed";

/** What the reader knows of the sync plugin's settings. Only these facts leave it. */
export type SyncSettingsState =
	| { readonly status: "absent" }
	| { readonly status: "found"; readonly settings: SyncSettings }
	| { readonly status: "unreadable"; readonly reason: SyncSettingsUnreadable; readonly message: string };

/** The read-only side the settings tab and later consumers use. */
export interface SyncSettingsSource {
	current(): SyncSettingsState;
	/** Hear every change of state; returns the unsubscribe function. */
	onChange(listener: (state: SyncSettingsState) => void): () => void;
	/** Look again now (one stat; a read only when the file changed). */
	recheck(): Promise<void>;
}

/** Where the sync plugin keeps its settings in this vault. */
export function syncSettingsPath(configDir: string): string {
	return normalizePath(`${configDir}/plugins/${SYNC_PLUGIN_ID}/data.json`);
}

const ABSENT: SyncSettingsState = { status: "absent" };

/** The stat a state was read from: an unchanged stat means an unchanged file, so no read. */
interface Stamp {
	readonly mtime: number;
	readonly size: number;
}

export class SyncSettingsReader extends Component implements SyncSettingsSource {
	/** Absent until the first check (layout ready): nothing is known yet, and nothing stale is claimed. */
	private state: SyncSettingsState = ABSENT;
	/** Null: the next check reads the file whatever its stat (nothing read yet, or the last read failed). */
	private stamp: Stamp | null = null;
	private readonly checks = new CoalescedRun(() => this.checkOnce(), () => this.stopped);
	private stopped = false;
	/** Checks wait for layout ready: before it Obsidian is still loading (the settings tab is added, and asks, in onload). */
	private ready = false;
	private readonly listeners = new Set<(state: SyncSettingsState) => void>();
	private readonly requestCheck = debounce(() => void this.recheck(), SYNC_SETTINGS_RECHECK_MS, true);

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		this.register(() => {
			this.stopped = true;
			this.requestCheck.cancel();
			this.listeners.clear();
		});
		this.app.workspace.onLayoutReady(() => {
			if (this.stopped) return;
			this.ready = true;
			void this.recheck();
			const onNote = (file: TAbstractFile): void => {
				if (file instanceof TFile && file.extension === "md") this.requestCheck();
			};
			this.registerEvent(this.app.vault.on("modify", onNote));
			this.registerEvent(this.app.vault.on("create", onNote));
			this.registerDomEvent(window, "focus", () => void this.recheck());
		});
	}

	current(): SyncSettingsState {
		return this.state;
	}

	onChange(listener: (state: SyncSettingsState) => void): () => void {
		const own = (state: SyncSettingsState): void => listener(state);
		this.listeners.add(own);
		return () => this.listeners.delete(own);
	}

	/** One check at a time; a request during a check runs one more after it (the file may have changed meanwhile). */
	recheck(): Promise<void> {
		if (this.stopped || !this.ready) return Promise.resolve();
		return this.checks.request();
	}

	private async checkOnce(): Promise<void> {
		const adapter = this.app.vault.adapter;
		const path = syncSettingsPath(this.app.vault.configDir);
		let stat;
		try {
			stat = await adapter.stat(path);
		} catch {
			// The error may name the path and nothing useful; the status says what happened.
			return this.settle(null, unreadable("read-failed"));
		}
		if (this.stopped) return;
		if (stat === null || stat.type !== "file") return this.settle(null, ABSENT);
		const stamp: Stamp = { mtime: stat.mtime, size: stat.size };
		if (this.stamp !== null && this.stamp.mtime === stamp.mtime && this.stamp.size === stamp.size) return;
		// Guard before reading: a runaway file (the sync plugin keeps logs in it) is never loaded into memory.
		if (stat.size > MAX_SYNC_SETTINGS_BYTES) return this.settle(stamp, unreadable("too-large"));
		let text: string;
		try {
			text = await adapter.read(path);
		} catch {
			// Nothing stale stays: the old settings may no longer be what the file says.
			return this.settle(null, unreadable("read-failed"));
		}
		if (this.stopped) return;
		const result = pickSyncSettings(text);
		this.settle(stamp, result.ok ? { status: "found", settings: result.settings } : unreadable(result.reason));
	}

	private settle(stamp: Stamp | null, next: SyncSettingsState): void {
		if (this.stopped) return;
		this.stamp = stamp;
		// The state holds only picked keys, so comparing their JSON compares everything a listener could see.
		if (JSON.stringify(next) === JSON.stringify(this.state)) return;
		this.state = next;
		for (const listener of [...this.listeners]) listener(next);
	}
}

const MESSAGES: Readonly<Record<SyncSettingsUnreadable, string>> = {
	"too-large": `The sync plugin's settings file is larger than ${MAX_SYNC_SETTINGS_BYTES / 1024 / 1024} MB`,
	"not-json": "The sync plugin's settings file is not valid JSON",
	"not-an-object": "The sync plugin's settings file holds no settings object",
	"read-failed": "The sync plugin's settings file could not be read",
};

function unreadable(reason: SyncSettingsUnreadable): SyncSettingsState {
	return { status: "unreadable", reason, message: MESSAGES[reason] };
}

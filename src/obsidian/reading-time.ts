import { Component, type App, type Plugin } from "obsidian";
import type { Translate } from "../core/i18n";
import type { ReadingTimeSource } from "../core/reading-time";
import { MAX_READING_TIME_BYTES, parseReadingTimeCache, type ReadingTimeEntryProblem, type ReadingTimeRefusal } from "../core/reading-time-cache";
import type { ParseProblem } from "./parse-problems";
import { CoalescedRun } from "./coalesced-run";

// Reads the sync plugin's reading-time cache (issue 14 item 3), read-only: `vault.adapter.stat` and
// `vault.adapter.read`, nothing else.
//
// Where. The sync plugin keeps it at `.weread-cache/daily-stats.json` from the vault root, not in its plugin folder
// (zhaohongxuan/obsidian-weread-plugin at 3fc718b, src/components/wereadReadingStats.ts: `CACHE_DIR =
// '.weread-cache'`, read with `vault.adapter.exists` / `vault.adapter.read(CACHE_FILE)`, written with
// `vault.adapter.write`). A dot-folder is not in the vault index: no TFile, no vault event for it ("Vault events
// ignore hidden folders on purpose", obsidianmd/obsidian-api#51), but the DataAdapter reaches it by path
// (obsidian.d.ts, DataAdapter: "paths relative to the vault root").
//
// When. The only event Obsidian fires for a hidden file, `vault.on('raw')`, is not in obsidian.d.ts (internal). The
// cache changes when the reader opens the sync plugin's reading statistics (it fetches the missing months and
// saves), in this window, without any note being written, and the timeline may be open beside it. So the reader
// looks on layout ready, when the window regains focus (Obsidian Sync or another window brought a new file), and
// every READING_TIME_RECHECK_MS (registerInterval: stopped with the plugin). A look is one `adapter.stat`; the file
// is read again only when its mtime or size moved (the pattern of src/obsidian/sync-settings-reader.ts).

export const READING_TIME_CACHE_PATH = ".weread-cache/daily-stats.json";

/**
 * Between two looks at the cache's stat. The statistics view saves once after fetching; the reader then turns to the
 * timeline within seconds to a minute. 30 s shows it within that, and one stat every 30 s is nothing on any device.
 */
export const READING_TIME_RECHECK_MS = 30_000;

/** What the reader knows of the cache. */
export type ReadingTimeState =
	| { readonly status: "unknown" }
	| { readonly status: "absent" }
	| { readonly status: "found"; readonly days: ReadonlyMap<string, number>; readonly problems: readonly ReadingTimeEntryProblem[] }
	| { readonly status: "unreadable"; readonly reason: ReadingTimeRefusal | "read-failed" };

interface Stamp {
	readonly mtime: number;
	readonly size: number;
}

export class ReadingTimeReader extends Component implements ReadingTimeSource {
	private state: ReadingTimeState = { status: "unknown" };
	/** Null: the next look reads the file whatever its stat (nothing read yet, or the last read failed). */
	private stamp: Stamp | null = null;
	private readonly checks = new CoalescedRun(() => this.checkOnce(), () => this.stopped);
	private stopped = false;
	private ready = false;
	private readonly listeners = new Set<() => void>();

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		this.register(() => {
			this.stopped = true;
			this.listeners.clear();
		});
		this.app.workspace.onLayoutReady(() => {
			if (this.stopped) return;
			this.ready = true;
			void this.recheck();
			this.registerDomEvent(window, "focus", () => void this.recheck());
			this.registerInterval(window.setInterval(() => void this.recheck(), READING_TIME_RECHECK_MS));
		});
	}

	secondsByDay(): ReadonlyMap<string, number> | null {
		return this.state.status === "found" && this.state.days.size > 0 ? this.state.days : null;
	}

	onChange(listener: () => void): () => void {
		const own = (): void => listener();
		this.listeners.add(own);
		return () => this.listeners.delete(own);
	}

	current(): ReadingTimeState {
		return this.state;
	}

	/** One look at a time; a request during one runs one more after it (the file may have changed meanwhile). */
	recheck(): Promise<void> {
		if (this.stopped || !this.ready) return Promise.resolve();
		return this.checks.request();
	}

	private async checkOnce(): Promise<void> {
		const adapter = this.app.vault.adapter;
		let stat;
		try {
			stat = await adapter.stat(READING_TIME_CACHE_PATH);
		} catch {
			return this.settle(null, { status: "unreadable", reason: "read-failed" });
		}
		if (this.stopped) return;
		if (stat === null || stat.type !== "file") return this.settle(null, { status: "absent" });
		const stamp: Stamp = { mtime: stat.mtime, size: stat.size };
		if (this.stamp !== null && this.stamp.mtime === stamp.mtime && this.stamp.size === stamp.size) return;
		// Refused before reading: a runaway file is never loaded into memory.
		if (stat.size > MAX_READING_TIME_BYTES) return this.settle(stamp, { status: "unreadable", reason: "too-large" });
		let text: string;
		try {
			text = await adapter.read(READING_TIME_CACHE_PATH);
		} catch {
			return this.settle(null, { status: "unreadable", reason: "read-failed" });
		}
		if (this.stopped) return;
		const parsed = parseReadingTimeCache(text, stat.size);
		this.settle(stamp, parsed.ok ? { status: "found", days: parsed.days, problems: parsed.problems } : { status: "unreadable", reason: parsed.reason });
	}

	private settle(stamp: Stamp | null, next: ReadingTimeState): void {
		if (this.stopped) return;
		this.stamp = stamp;
		if (sameState(next, this.state)) return;
		this.state = next;
		for (const listener of [...this.listeners]) listener();
	}
}

function sameState(a: ReadingTimeState, b: ReadingTimeState): boolean {
	if (a.status !== b.status) return false;
	if (a.status === "unreadable" && b.status === "unreadable") return a.reason === b.reason;
	if (a.status === "found" && b.status === "found") {
		if (a.days.size !== b.days.size || JSON.stringify(a.problems) !== JSON.stringify(b.problems)) return false;
		for (const [day, s] of a.days) if (b.days.get(day) !== s) return false;
		return true;
	}
	return true;
}

/** Keys listed per kind of skipped entry: enough to find them in the file, not a wall of text. */
const KEYS_SHOWN = 5;

/**
 * What "Show parse problems" lists for the cache: why there is no "Time read" toggle (absent, empty, refused: one
 * line, listed as info when nothing is wrong), and the entries a usable file had to skip. Empty while unknown.
 */
export function readingTimeProblems(state: ReadingTimeState, t: Translate): ParseProblem[] {
	const title = t("readingTimeCacheName");
	const problem = (code: string, message: string, level: ParseProblem["level"]): ParseProblem => ({ path: READING_TIME_CACHE_PATH, title, line: 0, code: `reading-time-${code}`, message, level });
	const fallback = t("readingTimeFallback");
	switch (state.status) {
		case "unknown":
			return [];
		case "absent":
			return [problem("absent", `${t("readingTimeAbsent")} ${fallback}`, "info")];
		case "unreadable":
			return [problem(state.reason, `${refusalMessage(state.reason, t)} ${fallback}`, "warning")];
		case "found": {
			const out: ParseProblem[] = [];
			if (state.days.size === 0) out.push(problem("empty", `${t("readingTimeEmpty")} ${fallback}`, "info"));
			const byCode = new Map<string, string[]>();
			for (const p of state.problems) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.key]);
			for (const [code, keys] of byCode) {
				const shown = keys.slice(0, KEYS_SHOWN).join(", ") + (keys.length > KEYS_SHOWN ? ", …" : "");
				out.push(problem(code, t("readingTimeSkipped", { count: keys.length, why: t(ENTRY_WHY[code as ReadingTimeEntryProblem["code"]]), keys: shown }), "warning"));
			}
			return out;
		}
	}
}

const ENTRY_WHY = {
	"bad-key": "readingTimeBadKey",
	"impossible-date": "readingTimeImpossibleDate",
	"bad-seconds": "readingTimeBadSeconds",
	"duplicate-day": "readingTimeDuplicateDay",
} as const;

function refusalMessage(reason: ReadingTimeRefusal | "read-failed", t: Translate): string {
	switch (reason) {
		case "too-large":
			return t("readingTimeTooLarge", { mb: MAX_READING_TIME_BYTES / 1024 / 1024 });
		case "not-json":
			return t("readingTimeNotJson");
		case "not-an-object":
			return t("readingTimeNotAnObject");
		case "no-data":
			return t("readingTimeNoData");
		case "unknown-version":
			return t("readingTimeUnknownVersion");
		case "read-failed":
			return t("readingTimeReadFailed");
	}
}

export interface ReadingTimeDeps {
	readonly t: () => Translate;
}

/**
 * The composition root's one call: the reader, unloaded with the plugin. It is the ReadingTimeSource the timeline
 * (and the year in reading) take, and `problems()` is what main.ts adds to "Show parse problems".
 */
export function registerReadingTime(plugin: Plugin, deps: ReadingTimeDeps): ReadingTimeSource & { problems(): ParseProblem[] } {
	const reader = plugin.addChild(new ReadingTimeReader(plugin.app));
	return {
		secondsByDay: () => reader.secondsByDay(),
		onChange: (listener) => reader.onChange(listener),
		problems: () => readingTimeProblems(reader.current(), deps.t()),
	};
}

import type { SyncSettings } from "../template/sync-settings";

// Which daily notes the reader keeps, and where (issue 14 item 1): the rules come from the reader's own settings,
// in this order —
//   1. the WeRead sync plugin's, when its "save to daily notes" option (`dailyNotesToggle`) is on: the notes it
//      writes that day's highlights into are the ones the reader means;
//   2. the core Daily Notes plugin's (`<configDir>/daily-notes.json`), when that file exists;
//   3. Periodic Notes' daily settings, when it has them enabled;
//   4. else the core plugin's defaults (a fresh vault has no daily-notes.json and the core plugin is on by default).
// Pure: the adapter reads the files and hands over their JSON; dates go through an injected moment-style formatter.

/** A moment-style formatter: the adapter passes Obsidian's `moment`; tests pass the same moment version. */
export interface DateFormatter {
	/** The day (`yyyy-MM-dd`) written with a moment `pattern` (local tokens such as `dddd` in the app's locale). */
	format(day: string, pattern: string): string;
	/** `text` read strictly with `pattern` (moment(text, pattern, true)): the day as `yyyy-MM-dd`, or null. */
	parse(text: string, pattern: string): string | null;
}

export type DailyNoteSource = "sync" | "core" | "periodic" | "default";

export interface DailyNoteRules {
	readonly source: DailyNoteSource;
	/** The moment pattern of the note's path inside `folder`, without `.md` (may hold `/`: `YYYY/MM/YYYY-MM-DD`). */
	readonly format: string;
	/** Vault-relative folder, no leading or trailing `/`; "" is the vault root. */
	readonly folder: string;
}

/** What the adapter read. Absent files are undefined; a file that is not JSON is undefined too. */
export interface DailyNoteSettingsInput {
	/** The sync plugin's picked settings (sync-settings.ts keeps only its note-shaping keys), or null. */
	readonly sync: Pick<SyncSettings, "dailyNotesToggle" | "dailyNotesFormat" | "dailyNotesLocation"> | null;
	/** The parsed JSON of `<configDir>/daily-notes.json`. */
	readonly core: unknown;
	/** The parsed JSON of `<configDir>/plugins/periodic-notes/data.json`. */
	readonly periodic: unknown;
}

/** The core plugin's and Periodic Notes' default daily format (obsidian-daily-notes-interface, periodic-notes constants.ts). */
export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

export function dailyNoteRules(input: DailyNoteSettingsInput): DailyNoteRules {
	const sync = input.sync;
	if (sync !== null && sync.dailyNotesToggle === true) {
		// The sync plugin's getDailyNotePath: `${dailyNotesLocation}/${date.format(dailyNotesFormat)}.md`, defaults
		// "/" and "YYYY-MM-DD" (its settings.ts); a key an older version lacks is null here.
		return { source: "sync", format: nonEmpty(sync.dailyNotesFormat) ?? DEFAULT_DAILY_FORMAT, folder: cleanFolder(sync.dailyNotesLocation ?? "") };
	}
	const core = asRecord(input.core);
	if (core !== null) return { source: "core", ...formatAndFolder(core) };
	const periodic = periodicDaily(asRecord(input.periodic));
	if (periodic !== null) return { source: "periodic", ...formatAndFolder(periodic) };
	return { source: "default", format: DEFAULT_DAILY_FORMAT, folder: "" };
}

/**
 * Periodic Notes keeps two shapes: 0.x (the released plugin) `{ daily: { enabled, format, folder } }`; 1.0 betas
 * `{ activeCalendarSet, calendarSets: [{ id, day: { enabled, format, folder } }] }` (its calendarSetManager.ts
 * migrates the first into the second). Only an enabled daily config counts.
 */
function periodicDaily(data: Record<string, unknown> | null): Record<string, unknown> | null {
	if (data === null) return null;
	const sets = data.calendarSets;
	if (Array.isArray(sets)) {
		const active = sets.map(asRecord).find((s) => s !== null && s.id === data.activeCalendarSet) ?? asRecord(sets[0]);
		const day = asRecord(active?.day);
		if (day !== null) return day.enabled === true ? day : null;
	}
	const daily = asRecord(data.daily);
	return daily !== null && daily.enabled === true ? daily : null;
}

/** `format || default` and `folder?.trim() || ""`, as obsidian-daily-notes-interface's getDailyNoteSettings reads them. */
function formatAndFolder(raw: Record<string, unknown>): { format: string; folder: string } {
	const format = typeof raw.format === "string" ? nonEmpty(raw.format) : null;
	const folder = typeof raw.folder === "string" ? raw.folder : "";
	return { format: format ?? DEFAULT_DAILY_FORMAT, folder: cleanFolder(folder) };
}

/** The path of `day`'s daily note under `rules` (whether it exists is the adapter's question). */
export function dailyNotePath(rules: DailyNoteRules, day: string, formatter: DateFormatter): string | null {
	const name = cleanPath(formatter.format(day, rules.format));
	if (name === "") return null;
	return rules.folder === "" ? `${name}.md` : `${rules.folder}/${name}.md`;
}

/** The day a note path is the daily note of under `rules`, or null: inside the folder, `.md`, the rest read strictly. */
export function dayOfDailyNote(rules: DailyNoteRules, path: string, formatter: DateFormatter): string | null {
	const clean = cleanPath(path);
	if (!clean.endsWith(".md")) return null;
	let rest = clean.slice(0, -".md".length);
	if (rules.folder !== "") {
		if (!rest.startsWith(`${rules.folder}/`)) return null;
		rest = rest.slice(rules.folder.length + 1);
	}
	// The format decides the depth: `YYYY-MM-DD` never matches a note in a subfolder, `YYYY/MM/YYYY-MM-DD` only one two deep.
	const day = formatter.parse(rest, rules.format);
	if (day === null) return null;
	// A strict parse can still accept a path the format would write differently (a locale's case of a month name):
	// the note counts only when it is the path the day's note has.
	return dailyNotePath(rules, day, formatter) === clean ? day : null;
}

/** Slashes collapsed, none at either end (as Obsidian's normalizePath leaves a vault path). */
function cleanPath(path: string): string {
	return path
		.split("/")
		.filter((part) => part !== "")
		.join("/");
}

function cleanFolder(folder: string): string {
	return cleanPath(folder.trim());
}

function nonEmpty(value: string | null): string | null {
	return value === null || value.trim() === "" ? null : value;
}

function asRecord(value: unknown): Record<string, unknown> | null {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

import * as z from "zod";

// The plugin's settings (design §6): one zod schema per field, a default for every field, and `parseSettings` that
// accepts whatever `loadData()` returns — undefined/null on a fresh install, an older version, a hand-edited file
// with garbage — and never throws. A bad field falls back to its default on its own; the others are kept.

export const SETTINGS_VERSION = 1;

const FIELDS = {
	/** Folders to scan for WeRead notes; empty = the whole vault. Vault-relative, no leading/trailing `/`. */
	folders: z.array(z.string()).transform(normaliseFolders),
	timelineGrouping: z.enum(["day", "week", "month"]),
	/** 0 = Sunday … 6 = Saturday (date-fns' `weekStartsOn`). */
	weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
	bookOrder: z.enum(["book", "time"]),
	mergeThoughts: z.boolean(),
	showPopularCounts: z.boolean(),
	language: z.enum(["auto", "en", "zh"]),
	/** Read note shapes from the WeRead sync plugin's template too (issue 12), beside the built-in rules. */
	readTemplateShapes: z.boolean(),
	/** Citation counts beside highlights in book notes (issue 13), and a faint 0 for uncited ones. */
	citationBadges: z.boolean(),
	citationBadgesZero: z.boolean(),
	/** Book covers on the bookshelf (issue 14): remote images from WeRead's servers, so off until the reader asks. */
	shelfCovers: z.boolean(),
	/** The timeline shows "This day" and "On this day" for the active daily note (issue 14 item 2). */
	followDailyNote: z.boolean(),
	/** Keep parse results in this device's IndexedDB so a restart reads only changed notes (issue 15). */
	persistentCache: z.boolean(),
};

export const settingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), ...FIELDS });

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	version: SETTINGS_VERSION,
	folders: [],
	timelineGrouping: "day",
	weekStartsOn: 1,
	bookOrder: "book",
	mergeThoughts: true,
	showPopularCounts: true,
	language: "auto",
	readTemplateShapes: true,
	citationBadges: true,
	citationBadgesZero: false,
	shelfCovers: false,
	followDailyNote: true,
	persistentCache: true,
});

export interface ParsedSettings {
	readonly settings: Settings;
	/** One line per thing dropped or repaired, for a console warning. Empty when the input was clean (or absent). */
	readonly problems: string[];
	/** True when any field is a default because it was missing or invalid. */
	readonly usedDefaults: boolean;
}

type Raw = Record<string, unknown>;

// Migrations from version N to N+1, applied in order. Data saved before versioning (no `version`) counts as 0; the
// version 0 shape is the version 1 shape, so that step only stamps the version.
const MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
	0: (raw) => ({ ...raw, version: 1 }),
};

export function parseSettings(raw: unknown): ParsedSettings {
	if (raw === undefined || raw === null) return { settings: defaults(), problems: [], usedDefaults: true };
	if (typeof raw !== "object" || Array.isArray(raw)) {
		return { settings: defaults(), problems: [`settings are not an object (${describe(raw)}); using defaults`], usedDefaults: true };
	}
	const problems: string[] = [];
	const data = migrate({ ...(raw as Raw) }, problems);
	const settings: Settings = defaults();
	let usedDefaults = false;
	for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
		if (!(key in data)) {
			usedDefaults = true;
			continue;
		}
		const parsed = FIELDS[key].safeParse(data[key]);
		if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
		else {
			usedDefaults = true;
			problems.push(`${key}: ${parsed.error.issues[0]?.message ?? "invalid"}; using the default`);
		}
	}
	for (const key of Object.keys(data)) {
		if (key !== "version" && !(key in FIELDS)) problems.push(`${key}: unknown setting; dropped`);
	}
	return { settings, problems, usedDefaults };
}

/** Whether `path` is inside one of `folders` (normalised as `parseSettings` does); no folders = the whole vault. */
export function isInScannedFolders(path: string, folders: readonly string[]): boolean {
	const list = normaliseFolders([...folders]);
	if (list.length === 0) return true;
	return list.some((f) => path === f || path.startsWith(`${f}/`));
}

function migrate(data: Raw, problems: string[]): Raw {
	const v = data.version;
	let version = typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
	if (v !== undefined && version === 0 && v !== 0) problems.push(`version: ${describe(v)} is not a version; read as unversioned`);
	if (version > SETTINGS_VERSION) {
		problems.push(`version: ${version} is newer than this plugin's ${SETTINGS_VERSION}; keeping the fields it understands`);
		return { ...data, version: SETTINGS_VERSION };
	}
	let out = data;
	while (version < SETTINGS_VERSION) {
		const step = MIGRATIONS[version];
		out = step === undefined ? { ...out, version: version + 1 } : step(out);
		version++;
	}
	return out;
}

function defaults(): Settings {
	return { ...DEFAULT_SETTINGS, folders: [] };
}

/** Trim spaces and `/` at both ends, drop empties and duplicates. A lone "/" means the vault root: the whole vault. */
function normaliseFolders(folders: string[]): string[] {
	const out: string[] = [];
	for (const f of folders) {
		const clean = trimSlashesAndSpace(f);
		if (f.trim() === "/") return [];
		if (clean !== "" && !out.includes(clean)) out.push(clean);
	}
	return out;
}

/**
 * Spaces and slashes off both ends, interleaved (`/ a` → `a`, so a second pass changes nothing: the settings read
 * back what was saved). A loop, not `/[\s/]+$/`: that regex backtracks quadratically on a long run of spaces.
 */
function trimSlashesAndSpace(f: string): string {
	const strip = (c: string | undefined): boolean => c === "/" || (c !== undefined && c.trim() === "");
	let start = 0;
	let end = f.length;
	while (start < end && strip(f[start])) start++;
	while (end > start && strip(f[end - 1])) end--;
	return f.slice(start, end);
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return "an array";
	if (value === null) return "null";
	if (typeof value === "string") return `"${value.slice(0, 20)}"`;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return typeof value;
}

import * as z from "zod";

// The WeRead sync plugin's settings (`<configDir>/plugins/obsidian-weread-plugin/data.json`, issue 12), reduced to
// what shapes the notes it writes: its templates and themes, and where and how it lays notes out. That file also
// holds the user's login cookies, user id and API key: `pickSyncSettings` keeps a fixed list of keys and builds a
// new object from them, so nothing else can leave it (a test feeds it secrets and looks for them everywhere).
// Pure: the adapter reads the file; this turns its text into settings, and never throws.

/** A theme as the sync plugin stores it (its `Theme` in models.ts): the template text and its whitespace mode. */
export interface SyncTheme {
	readonly id: string;
	readonly name: string;
	/** The theme's Nunjucks template; null when the stored theme has none (its renderer then uses `template`). */
	readonly template: string | null;
	/** null: not set on the theme (the top-level `trimBlocks` applies). */
	readonly trimBlocks: boolean | null;
	/** One of the sync plugin's built-in themes (`builtin_merged`, `builtin_separated`, `builtin_official`). */
	readonly isBuiltIn: boolean;
	/**
	 * The theme's `source`: a "legacy" theme renders the top-level `template`, not its own (choose-template.ts). null: not
	 * stored or falsy, which the sync plugin's load turns into "legacy"; "other": any other truthy value (kept apart from
	 * null because it does not become "legacy", and never copied: it is not one of the values the sync plugin writes).
	 */
	readonly source: SyncThemeSource | null;
}

export type SyncThemeSource = "builtin" | "custom" | "legacy" | "other";

const SOURCES: readonly string[] = ["builtin", "custom", "legacy"];
/** Falsy → null, as `if (!t.source) t.source = 'legacy'` treats it (the sync plugin's settings.ts, see choose-template.ts). */
function themeSource(value: unknown): SyncThemeSource | null {
	if (!value) return null;
	return typeof value === "string" && SOURCES.includes(value) ? (value as SyncThemeSource) : "other";
}

/** The note-shaping part of the sync plugin's settings. A key the file lacks (older versions) is null. */
export interface SyncSettings {
	/** The top-level template (every version; from 2.x the legacy theme's). */
	readonly template: string | null;
	readonly trimBlocks: boolean | null;
	/** 2.x theme list; empty before themes existed. */
	readonly themes: readonly SyncTheme[];
	readonly activeThemeId: string | null;
	readonly noteLocation: string | null;
	readonly fileNameType: string | null;
	readonly subFolderType: string | null;
	readonly showEmptyChapterTitleToggle: boolean | null;
	readonly dailyNotesToggle: boolean | null;
	readonly dailyNotesLocation: string | null;
	readonly dailyNotesFormat: string | null;
	readonly insertAfter: string | null;
	readonly insertBefore: string | null;
}

export type SyncSettingsResult =
	| { readonly ok: true; readonly settings: SyncSettings }
	| { readonly ok: false; readonly reason: "too-large" | "not-json" | "not-an-object"; readonly message: string };

/** Larger than this, the file is not read as settings (real ones are a few KB of templates, cookies and logs). */
export const MAX_SYNC_SETTINGS_BYTES = 4 * 1024 * 1024;

const str = z.string().nullable().catch(null);
const bool = z.boolean().nullable().catch(null);
const theme = z
	.object({
		id: z.string(),
		name: z.string().catch(""),
		template: str.optional(),
		trimBlocks: bool.optional(),
		isBuiltIn: z.boolean().catch(false).optional(),
		source: z.unknown().optional(),
	})
	.transform(
		(t): SyncTheme => ({
			id: t.id,
			name: t.name,
			template: t.template ?? null,
			trimBlocks: t.trimBlocks ?? null,
			isBuiltIn: t.isBuiltIn ?? false,
			source: themeSource(t.source),
		}),
	);

/** Each key on its own: one malformed key is null, the rest stay. */
const SHAPE = {
	template: str,
	trimBlocks: bool,
	themes: z
		.array(z.unknown())
		.catch([])
		.transform((items) => items.flatMap((item) => {
			const parsed = theme.safeParse(item);
			return parsed.success ? [parsed.data] : [];
		})),
	activeThemeId: str,
	noteLocation: str,
	fileNameType: str,
	subFolderType: str,
	showEmptyChapterTitleToggle: bool,
	dailyNotesToggle: bool,
	dailyNotesLocation: str,
	dailyNotesFormat: str,
	insertAfter: str,
	insertBefore: str,
} as const;

/** The note-shaping settings from the text of the sync plugin's data.json. Never throws. */
export function pickSyncSettings(text: string): SyncSettingsResult {
	if (text.length > MAX_SYNC_SETTINGS_BYTES) return { ok: false, reason: "too-large", message: `The sync plugin's settings file is larger than ${MAX_SYNC_SETTINGS_BYTES / 1024 / 1024} MB` };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: "not-json", message: "The sync plugin's settings file is not valid JSON" };
	}
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, reason: "not-an-object", message: "The sync plugin's settings file holds no settings object" };
	const source = raw as Record<string, unknown>;
	const read = <K extends keyof typeof SHAPE>(key: K): z.output<(typeof SHAPE)[K]> => {
		const value = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : null;
		return SHAPE[key].parse(value ?? null) as z.output<(typeof SHAPE)[K]>;
	};
	const settings: SyncSettings = {
		template: read("template"),
		trimBlocks: read("trimBlocks"),
		themes: read("themes"),
		activeThemeId: read("activeThemeId"),
		noteLocation: read("noteLocation"),
		fileNameType: read("fileNameType"),
		subFolderType: read("subFolderType"),
		showEmptyChapterTitleToggle: read("showEmptyChapterTitleToggle"),
		dailyNotesToggle: read("dailyNotesToggle"),
		dailyNotesLocation: read("dailyNotesLocation"),
		dailyNotesFormat: read("dailyNotesFormat"),
		insertAfter: read("insertAfter"),
		insertBefore: read("insertBefore"),
	};
	return { ok: true, settings };
}

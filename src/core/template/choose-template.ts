import type { SyncSettings, SyncTheme } from "./sync-settings.ts";

// Which template renders the user's notes, chosen the way the WeRead sync plugin chooses it (issue 12 item 2).
// Pure: settings in, the template text and its whitespace options out; nothing is rendered here.
//
// Every rule below is read from zhaohongxuan/obsidian-weread-plugin at commit 3fc718bea100a402de641bdffb99436207e13d04
// (tag 2.1.0, its newest), written here in our own code. `settings.ts` means its src/settings.ts, `renderer.ts` its
// src/renderer.ts, both at that commit. The load rules (settings.ts 225-298) are the same in 1.4.0 (when themes came),
// 1.5.0 and 2.0.0; the render rule (renderer.ts 80-96) is the same since 1.4.0.
//
// Built-in themes: on load the sync plugin drops the built-ins the file stores and uses the ones it bundles
// (settings.ts 251-253, 286), so strictly it renders its bundled text. But it saves the whole settings right after
// every load (`_plugin = plugin; store.set(settings)`, settings.ts 300-311, so since 2022-05), which writes its bundled
// built-ins into data.json: the stored text IS the bundle of the version that last ran, which is the version that
// rendered the newest notes (checked: the corpus's stored built-ins equal the 2.1.0 or the 1.6.0 bundle byte for
// byte). So we render the stored text, and we vendor none. Only when the file stores no text for the built-in chosen
// (a pre-1.4 file with an empty template) do we answer "built-in theme X, text not stored" and leave it to the caller.
//
// Before 1.4.0 there are no themes: the renderer renders `template` (1.3.0 renderer.ts `settings.template`), whose
// default is the bundled template of the running version (1.3.0 settings.ts 75) but a stored one wins
// (`Object.assign({}, DEFAULT_SETTINGS, rawData)`, 1.3.0 settings.ts 119) and the file is saved on every load: so the
// field holds the default of the version first installed (or the user's own edit), not the newest default. 2.1 turns
// such a file's template into its legacy theme and renders the same text, so both agree.

/** The built-in theme ids of 2.1.0 (settings.ts 20-49; 2.0.x also had `builtin_separated_with_popular`). */
export const BUILT_IN_THEME_IDS: readonly string[] = ["builtin_merged", "builtin_separated", "builtin_official"];
/** The virtual theme 2.1 makes from a non-empty top-level template (settings.ts 268-282). */
export const LEGACY_THEME_ID = "legacy_template";
/** Its name in the sync plugin's theme list (settings.ts 274), shown so a user recognises it. */
export const LEGACY_THEME_NAME = "旧模板";
/** 2.1's default `activeThemeId` (settings.ts 161), which a file without one gets by `Object.assign`. */
const DEFAULT_ACTIVE_ID = "builtin_merged";

export type TemplateSource = "legacy-template" | "theme" | "built-in-theme";

/** Why the sync plugin's load replaced the file's activeThemeId (settings.ts 288-297). */
export interface ActiveFallback {
	/** The file's activeThemeId (null: the file has none, so 2.1's default applied). */
	readonly storedId: string | null;
	/**
	 * "missing": the file names no theme, or none with that id survives the load (2.1 then starts from its default,
	 * merged, itself built-in); "built-in": it names a built-in theme.
	 */
	readonly reason: "missing" | "built-in";
}

export type Choice =
	| {
			readonly ok: true;
			readonly template: string;
			/** Nunjucks `trimBlocks`; the sync plugin always sets `lstripBlocks` to the same (renderer.ts 91-96). */
			readonly trimBlocks: boolean;
			readonly lstripBlocks: boolean;
			readonly source: TemplateSource;
			/** null: the file predates themes (before 1.4.0), its top-level template rendered every note. */
			readonly themeId: string | null;
			readonly themeName: string | null;
	  }
	| {
			readonly ok: false;
			/** "empty-template": the sync plugin renders an empty string. "built-in-not-stored": see the file comment. */
			readonly reason: "empty-template" | "built-in-not-stored";
			readonly message: string;
			readonly themeId: string | null;
			readonly themeName: string | null;
	  };

export type TemplateChoice = Choice & {
	/** Set when the load picks another theme than the file's activeThemeId. */
	readonly fallback: ActiveFallback | null;
	/**
	 * What the file's own activeThemeId renders, when it differs from the choice: a file is saved (with the load's
	 * choice) on every load, so a different stored id was picked by the user in the session that wrote it and rendered
	 * the notes synced then. Their shapes may be worth reading too; null when nothing differs.
	 */
	readonly asWritten: Choice | null;
};

/** A theme as the renderer sees it: `legacy` means it renders the top-level template. */
interface LiveTheme {
	readonly id: string;
	readonly name: string | null;
	readonly template: string | null;
	readonly trimBlocks: boolean | null;
	readonly isBuiltIn: boolean;
	readonly legacy: boolean;
}

/** The choice of the sync plugin (2.1.0) for these settings: its load rules, then its render rule. Never throws. */
export function chooseTemplate(settings: SyncSettings): TemplateChoice {
	const storedId = settings.activeThemeId;
	if (settings.themes.length === 0) {
		// A file from before themes (or with an empty list): 2.1 adds a legacy theme for a non-empty template and makes
		// it active (settings.ts 225-247 for an empty list; 262-297 give the same for a missing one), else its bundled
		// merged theme. The theme's id is made up at load (`user_<time>` or legacy_template): report none.
		const choice = settings.template
			? render({ id: "", name: null, template: "", trimBlocks: settings.trimBlocks ?? false, isBuiltIn: false, legacy: true }, settings)
			: notStored(DEFAULT_ACTIVE_ID, null);
		return { ...(choice.ok ? { ...choice, themeId: null, themeName: null } : choice), fallback: null, asWritten: null };
	}
	const themes = themesAfterLoad(settings);
	const wanted = storedId ?? DEFAULT_ACTIVE_ID;
	const current = themes.find((t) => t.id === wanted);
	let active = current;
	let fallback: ActiveFallback | null = null;
	if (!current || current.isBuiltIn) {
		// settings.ts 289-297: the first legacy theme, else themes[0] (the first built-in).
		active = themes.find((t) => t.legacy) ?? themes[0];
		// (themes always starts with the three built-ins, so `active` is set.)
		if (active && active.id !== storedId) fallback = { storedId, reason: current && storedId !== null ? "built-in" : "missing" };
	}
	const choice = render(active, settings);
	let asWritten: Choice | null = null;
	if (fallback) {
		const written = render(themesAsStored(settings).find((t) => t.id === storedId), settings);
		if (!sameChoice(written, choice)) asWritten = written;
	}
	return { ...choice, fallback, asWritten };
}

/** The theme list 2.1 builds on load from a non-empty stored list (settings.ts 248-286). */
function themesAfterLoad(settings: SyncSettings): LiveTheme[] {
	// Its bundled built-ins first; their text and flag are the stored ones (see the file comment).
	const builtIns = BUILT_IN_THEME_IDS.map((id): LiveTheme => {
		const stored = settings.themes.find((t) => t.id === id && t.isBuiltIn);
		return { id, name: stored?.name ?? null, template: stored?.template ?? null, trimBlocks: stored?.trimBlocks ?? null, isBuiltIn: true, legacy: false };
	});
	// User themes: not built-in, not `legacy_*` (old migration leftovers, and the virtual theme, re-made below);
	// one without a source becomes legacy (settings.ts 251-260).
	const users = settings.themes
		.filter((t) => !t.isBuiltIn && !t.id.startsWith("legacy_"))
		.map((t): LiveTheme => live(t, t.source === null || t.source === "legacy"));
	// A non-empty top-level template gives the virtual legacy theme, first among the user themes, unless a legacy
	// theme exists; its trimBlocks is the top-level one (settings.ts 262-284), whatever a stored copy says.
	if (settings.template && !users.some((t) => t.legacy)) {
		users.unshift({ id: LEGACY_THEME_ID, name: LEGACY_THEME_NAME, template: "", trimBlocks: settings.trimBlocks ?? false, isBuiltIn: false, legacy: true });
	}
	return [...builtIns, ...users];
}

/** The stored list as the version that wrote it held it (that version normalised it on its own load). */
function themesAsStored(settings: SyncSettings): LiveTheme[] {
	return settings.themes.map((t) => live(t, t.source === "legacy" || (!t.isBuiltIn && t.source === null)));
}

function live(t: SyncTheme, legacy: boolean): LiveTheme {
	return { id: t.id, name: t.name, template: t.template, trimBlocks: t.trimBlocks, isBuiltIn: t.isBuiltIn, legacy };
}

/**
 * renderer.ts 80-88: a legacy theme (source "legacy" or id legacy_template) renders the top-level template, any other
 * `activeTheme.template ?? template`; trimBlocks is `activeTheme.trimBlocks ?? trimBlocks` (the top-level one is false
 * when missing, settings.ts 143). A built-in's text is the stored one, never the top-level template.
 */
function render(theme: LiveTheme | undefined, settings: SyncSettings): Choice {
	const legacy = theme !== undefined && (theme.legacy || theme.id === LEGACY_THEME_ID);
	const trimBlocks = theme?.trimBlocks ?? settings.trimBlocks ?? false;
	const themeId = theme?.id ?? null;
	const themeName = theme?.name ?? null;
	if (theme?.isBuiltIn && !legacy && theme.template === null) return notStored(theme.id, themeName);
	const template = legacy ? settings.template : (theme?.template ?? settings.template);
	if (!template) return { ok: false, reason: "empty-template", message: `The sync plugin's ${describe(themeId, themeName)} has an empty template: it writes empty notes`, themeId, themeName };
	const source: TemplateSource = legacy || !theme ? "legacy-template" : theme.isBuiltIn ? "built-in-theme" : "theme";
	return { ok: true, template, trimBlocks, lstripBlocks: trimBlocks, source, themeId, themeName };
}

function notStored(themeId: string, themeName: string | null): Choice {
	return { ok: false, reason: "built-in-not-stored", message: `The sync plugin uses its built-in theme ${themeId}, whose template its settings file does not hold`, themeId, themeName };
}

function describe(themeId: string | null, themeName: string | null): string {
	if (themeId === null) return "template";
	return themeName ? `theme "${themeName}" (${themeId})` : `theme ${themeId}`;
}

/** Same rendering: the same text and flag (whatever theme holds it), or the same failure. */
function sameChoice(a: Choice, b: Choice): boolean {
	if (a.ok && b.ok) return a.template === b.template && a.trimBlocks === b.trimBlocks;
	return !a.ok && !b.ok && a.reason === b.reason && a.themeId === b.themeId;
}

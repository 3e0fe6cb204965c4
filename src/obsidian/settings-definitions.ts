import type {
	SettingDefinitionControl,
	SettingDefinitionEmpty,
	SettingDropdownControl,
	SettingTextAreaControl,
	SettingToggleControl,
} from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import { settingsSchema, type Settings } from "../core/settings";
import { MAX_SYNC_SETTINGS_BYTES } from "../core/template/sync-settings";
import type { SyncSettingsState } from "./sync-settings-reader";
import { DERIVE_TIMEOUT_MS } from "./derive-worker-host";
import type { ShapesFailure, TemplateLabel, TemplateShapesState } from "./template-shapes";

/** What the status line says about the template (TemplateShapes), with how many notes its shapes helped read. */
export interface ShapesStatus {
	readonly state: TemplateShapesState;
	readonly matchedNotes: number;
}

// The settings as data: one list that both the declarative tab (Obsidian 1.13+: rendered and indexed for settings
// search by Obsidian) and the imperative fallback (older versions: drawn by our own `display()`) are built from, so
// the two paths cannot drift. Values cross the control boundary as what the control holds (a textarea holds a
// string, a dropdown a string key) and are converted to and from `Settings` here.

export type SettingKey = Exclude<keyof Settings, "version">;

/** The control types this tab uses; the imperative fallback draws exactly these. */
export type WeReadControl =
	| SettingToggleControl<SettingKey>
	| SettingDropdownControl<SettingKey>
	| SettingTextAreaControl<SettingKey>;

export type WeReadSettingDefinition = SettingDefinitionControl<SettingKey> & { readonly control: WeReadControl };

const SETTING_KEYS: readonly SettingKey[] = [
	"folders",
	"timelineGrouping",
	"weekStartsOn",
	"bookOrder",
	"mergeThoughts",
	"showPopularCounts",
	"language",
	"readTemplateShapes",
	"citationBadges",
	"citationBadgesZero",
	"shelfCovers",
	"followDailyNote",
	"persistentCache",
];

const WEEKDAYS: readonly MessageKey[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function isSettingKey(key: string): key is SettingKey {
	return (SETTING_KEYS as readonly string[]).includes(key);
}

/** A toggle row: its name and description in the reader's language. */
function toggle(t: Translate, name: MessageKey, desc: MessageKey, key: SettingKey): WeReadSettingDefinition {
	return { name: t(name), desc: t(desc), control: { type: "toggle", key } };
}

/** Every setting, in the order the tab shows them, named in the reader's language. */
export function settingDefinitions(t: Translate): WeReadSettingDefinition[] {
	return [
		{
			name: t("settingFoldersName"),
			desc: t("settingFoldersDesc"),
			control: { type: "textarea", key: "folders", rows: 4 },
		},
		{
			name: t("settingGroupingName"),
			desc: t("settingGroupingDesc"),
			control: {
				type: "dropdown",
				key: "timelineGrouping",
				options: { day: t("groupingDay"), week: t("groupingWeek"), month: t("groupingMonth") },
			},
		},
		{
			name: t("settingWeekStartName"),
			desc: t("settingWeekStartDesc"),
			// Keys "0".."6" (date-fns' weekStartsOn); integer-like keys keep ascending order, so Sunday comes first.
			control: { type: "dropdown", key: "weekStartsOn", options: Object.fromEntries(WEEKDAYS.map((day, i) => [String(i), t(day)])) },
		},
		{
			name: t("settingBookOrderName"),
			desc: t("settingBookOrderDesc"),
			control: { type: "dropdown", key: "bookOrder", options: { book: t("bookOrderBook"), time: t("bookOrderTime") } },
		},
		toggle(t, "settingMergeThoughtsName", "settingMergeThoughtsDesc", "mergeThoughts"),
		toggle(t, "settingPopularName", "settingPopularDesc", "showPopularCounts"),
		{
			name: t("settingLanguageName"),
			desc: t("settingLanguageDesc"),
			// Language names stay in their own language, so a reader can always find theirs.
			control: { type: "dropdown", key: "language", options: { auto: t("languageAuto"), en: "English", zh: "中文" } },
		},
		toggle(t, "settingTemplateShapesName", "settingTemplateShapesDesc", "readTemplateShapes"),
		toggle(t, "settingCitationBadgesName", "settingCitationBadgesDesc", "citationBadges"),
		toggle(t, "settingCitationZeroName", "settingCitationZeroDesc", "citationBadgesZero"),
		toggle(t, "settingShelfCoversName", "settingShelfCoversDesc", "shelfCovers"),
		toggle(t, "settingFollowDailyNoteName", "settingFollowDailyNoteDesc", "followDailyNote"),
		toggle(t, "settingPersistentCacheName", "settingPersistentCacheDesc", "persistentCache"),
	];
}

/**
 * The status line of the sync plugin's settings file: a row without a control. It says only whether the file was
 * found, how many themes it lists and the active theme's id, or why it could not be read; never anything else from
 * the file (it holds the user's login cookies and API key).
 */
export function syncSettingsStatusDefinition(t: Translate, state: SyncSettingsState, shapes?: ShapesStatus): SettingDefinitionEmpty {
	return { name: t("syncSettingsName"), desc: syncSettingsStatus(t, state, shapes), searchable: false };
}

/** The file's status, then (when a template status is given) the template's: one line. */
export function syncSettingsStatus(t: Translate, state: SyncSettingsState, shapes?: ShapesStatus): string {
	const file = fileStatus(t, state);
	if (shapes === undefined) return file;
	const template = templateStatus(t, shapes);
	return template === null ? file : `${file}${t("syncStatusJoin")}${template}`;
}

function labelText(t: Translate, label: TemplateLabel): string {
	if (label.legacy) return t("templateShapesLegacy");
	return label.themeName === null ? t("templateShapesUnnamed") : t("templateShapesTheme", { name: label.themeName });
}

const FAILURE_KEYS: Readonly<Record<ShapesFailure, MessageKey>> = {
	"render-error": "templateFailRenderError",
	"renders-nothing": "templateFailRendersNothing",
	"no-entries": "templateFailNoEntries",
	timeout: "templateFailTimeout",
	"worker-failed": "templateFailWorker",
};

/** Null when there is nothing to add to the file's status (no file: the file status says it all). */
export function templateStatus(t: Translate, { state, matchedNotes }: ShapesStatus): string | null {
	switch (state.status) {
		case "off":
			return t("templateShapesOff");
		case "no-settings":
			return null;
		case "no-template":
			return t("templateShapesNoTemplate");
		case "deriving":
			return t("templateShapesDeriving", { template: labelText(t, state.label) });
		case "active":
			return t("templateShapesActive", { template: labelText(t, state.label), notes: matchedNotes });
		case "standard":
			return t("templateShapesStandard", { template: labelText(t, state.label) });
		case "failed": {
			const reason = t(FAILURE_KEYS[state.reason], { detail: state.detail, seconds: DERIVE_TIMEOUT_MS / 1000 });
			return t("templateShapesFailed", { template: labelText(t, state.label), reason });
		}
	}
}

function fileStatus(t: Translate, state: SyncSettingsState): string {
	switch (state.status) {
		case "absent":
			return t("syncSettingsAbsent");
		case "found": {
			const { themes, activeThemeId } = state.settings;
			return activeThemeId === null
				? t("syncSettingsFoundNoActive", { themes: themes.length })
				: t("syncSettingsFound", { themes: themes.length, active: activeThemeId });
		}
		case "unreadable": {
			const reasons: Record<typeof state.reason, MessageKey> = {
				"too-large": "syncSettingsTooLarge",
				"not-json": "syncSettingsNotJson",
				"not-an-object": "syncSettingsNotObject",
				"read-failed": "syncSettingsReadFailed",
			};
			return t("syncSettingsUnreadable", { reason: t(reasons[state.reason], { mb: MAX_SYNC_SETTINGS_BYTES / 1024 / 1024 }) });
		}
	}
}

/** What the control for `key` shows for the current settings. */
export function controlValue(settings: Readonly<Settings>, key: SettingKey): string | boolean {
	switch (key) {
		case "folders":
			return settings.folders.join("\n");
		case "weekStartsOn":
			return String(settings.weekStartsOn);
		default:
			return settings[key];
	}
}

/**
 * The settings change a control value asks for, or null when the value is not one the setting accepts (the caller
 * keeps the stored settings). Folders are normalised later by `parseSettings`, as when loading.
 */
export function patchFromControl(key: SettingKey, value: unknown): Partial<Settings> | null {
	let raw = value;
	if (key === "folders" && typeof value === "string") raw = value.split("\n");
	if (key === "weekStartsOn" && typeof value === "string" && value.trim() !== "") raw = Number(value);
	const parsed = settingsSchema.shape[key].safeParse(raw);
	return parsed.success ? { [key]: parsed.data } : null;
}

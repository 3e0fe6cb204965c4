// UI strings in English and Chinese (design §5). Core is pure, so the adapter passes in Obsidian's language
// (`getLanguage()`); the `language` setting overrides it. Anything not Chinese falls back to English.

export type Locale = "en" | "zh";

const EN = {
	indexingProgress: "Indexing {done} / {total}",
	settingsUnreadable:
		"WeRead Highlights: the settings file could not be read, so defaults are in use. The file stays as it is until you change a setting.",
	settingFoldersName: "Folders to scan",
	settingFoldersDesc: "One folder per line. Leave empty to scan the whole vault.",
	settingGroupingName: "Timeline grouping",
	settingGroupingDesc: "How the reading timeline groups highlights.",
	groupingDay: "Day",
	groupingWeek: "Week",
	groupingMonth: "Month",
	settingWeekStartName: "Week starts on",
	settingWeekStartDesc: "First day of a week when the timeline groups by week.",
	settingBookOrderName: "Order in the book pane",
	settingBookOrderDesc: "Show a book's highlights in book order or in the order you made them.",
	bookOrderBook: "Book order",
	bookOrderTime: "Time order",
	settingMergeThoughtsName: "Merge thoughts into highlights",
	settingMergeThoughtsDesc: "Show a thought from the notes section under the highlight it comments on.",
	settingPopularName: "Show popular counts",
	settingPopularDesc: "Show how many readers share a highlight, where the note records it.",
	settingLanguageName: "Language",
	settingLanguageDesc: "Language of this plugin's panes and settings.",
	languageAuto: "Same as Obsidian",
	sunday: "Sunday",
	monday: "Monday",
	tuesday: "Tuesday",
	wednesday: "Wednesday",
	thursday: "Thursday",
	friday: "Friday",
	saturday: "Saturday",
} as const;

export type MessageKey = keyof typeof EN;

const ZH: Readonly<Record<MessageKey, string>> = {
	indexingProgress: "正在索引 {done} / {total}",
	settingsUnreadable: "WeRead Highlights：无法读取设置文件，已使用默认设置。在你修改设置之前，该文件保持原样。",
	settingFoldersName: "扫描的文件夹",
	settingFoldersDesc: "每行一个文件夹。留空则扫描整个仓库。",
	settingGroupingName: "时间线分组",
	settingGroupingDesc: "阅读时间线按什么分组显示划线。",
	groupingDay: "按日",
	groupingWeek: "按周",
	groupingMonth: "按月",
	settingWeekStartName: "每周开始于",
	settingWeekStartDesc: "时间线按周分组时，一周的第一天。",
	settingBookOrderName: "书籍面板中的顺序",
	settingBookOrderDesc: "按书中顺序或按划线时间显示一本书的划线。",
	bookOrderBook: "书中顺序",
	bookOrderTime: "时间顺序",
	settingMergeThoughtsName: "将想法并入划线",
	settingMergeThoughtsDesc: "把读书笔记中的想法显示在它所评论的划线下面。",
	settingPopularName: "显示热门划线人数",
	settingPopularDesc: "在笔记记录了的地方，显示有多少读者划了同一句。",
	settingLanguageName: "语言",
	settingLanguageDesc: "本插件面板和设置使用的语言。",
	languageAuto: "跟随 Obsidian",
	sunday: "星期日",
	monday: "星期一",
	tuesday: "星期二",
	wednesday: "星期三",
	thursday: "星期四",
	friday: "星期五",
	saturday: "星期六",
};

const TABLES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: EN, zh: ZH };

/** The locale to show: the setting when it names one, else Obsidian's language (`zh`, `zh-TW`, … → Chinese). */
export function resolveLocale(setting: "auto" | Locale, appLanguage: string): Locale {
	if (setting !== "auto") return setting;
	return appLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** `t(key, { name: value })` fills `{name}` placeholders. */
export function translator(locale: Locale): Translate {
	const table = TABLES[locale];
	return (key, vars) => {
		const text = table[key];
		return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
	};
}

// The daily-note lookup (issue 14 item 1): which settings apply, the path of a day's note, and the day of a path.
// The formatter is the moment package Obsidian ships (2.29.4), used exactly as src/obsidian/moment-formatter.ts uses
// Obsidian's; every expected path below is written out by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import moment from "moment";
import { dailyNotePath, dailyNoteRules, dayOfDailyNote, type DailyNoteSettingsInput, type DateFormatter } from "../../../src/core/daily-notes/daily-note-rules.ts";

const formatter: DateFormatter = {
	format: (day, pattern) => {
		const d = moment(day, "YYYY-MM-DD", true);
		return d.isValid() ? d.format(pattern) : "";
	},
	parse: (text, pattern) => {
		const d = moment(text, pattern, true);
		return d.isValid() ? d.format("YYYY-MM-DD") : null;
	},
};

const syncOff = { dailyNotesToggle: false, dailyNotesFormat: "YYYY-MM-DD", dailyNotesLocation: "/" };
const none: DailyNoteSettingsInput = { sync: null, core: undefined, periodic: undefined };

test("daily-note rules: which settings apply, in the issue's order", () => {
	const rows: [string, DailyNoteSettingsInput, { source: string; format: string; folder: string }][] = [
		["nothing configured: the core plugin's defaults", none, { source: "default", format: "YYYY-MM-DD", folder: "" }],
		["sync option on wins over core", { sync: { dailyNotesToggle: true, dailyNotesFormat: "YYYY-MM/YYYY-MM-DD", dailyNotesLocation: "daily" }, core: { format: "DD.MM.YYYY", folder: "journal" }, periodic: undefined }, { source: "sync", format: "YYYY-MM/YYYY-MM-DD", folder: "daily" }],
		["sync option on, its defaults ('/' is the root)", { sync: { dailyNotesToggle: true, dailyNotesFormat: "YYYY-MM-DD", dailyNotesLocation: "/" }, core: undefined, periodic: undefined }, { source: "sync", format: "YYYY-MM-DD", folder: "" }],
		["sync option on, keys missing (older sync plugin)", { sync: { dailyNotesToggle: true, dailyNotesFormat: null, dailyNotesLocation: null }, core: undefined, periodic: undefined }, { source: "sync", format: "YYYY-MM-DD", folder: "" }],
		["sync option off: core", { sync: syncOff, core: { format: "YYYY/MM/YYYY-MM-DD", folder: "/Journal/ " }, periodic: undefined }, { source: "core", format: "YYYY/MM/YYYY-MM-DD", folder: "Journal" }],
		["core file with empty format: its default", { sync: null, core: { format: "", folder: "daily" }, periodic: undefined }, { source: "core", format: "YYYY-MM-DD", folder: "daily" }],
		["core file wins over Periodic Notes", { sync: null, core: {}, periodic: { daily: { enabled: true, format: "YYYY", folder: "p" } } }, { source: "core", format: "YYYY-MM-DD", folder: "" }],
		["Periodic Notes 0.x shape", { sync: syncOff, core: undefined, periodic: { daily: { enabled: true, format: "YYYY-MM-DD dddd", folder: "Periodic/Daily" } } }, { source: "periodic", format: "YYYY-MM-DD dddd", folder: "Periodic/Daily" }],
		["Periodic Notes 0.x daily disabled: defaults", { sync: null, core: undefined, periodic: { daily: { enabled: false, format: "YYYY", folder: "p" } } }, { source: "default", format: "YYYY-MM-DD", folder: "" }],
		["Periodic Notes 1.0 calendar sets: the active one", { sync: null, core: undefined, periodic: { activeCalendarSet: "Work", calendarSets: [{ id: "Default", day: { enabled: true, format: "YYYY", folder: "a" } }, { id: "Work", day: { enabled: true, format: "[D]YYYYMMDD", folder: "b" } }] } }, { source: "periodic", format: "[D]YYYYMMDD", folder: "b" }],
		["garbage everywhere: defaults", { sync: null, core: "not an object", periodic: [1, 2] }, { source: "default", format: "YYYY-MM-DD", folder: "" }],
	];
	for (const [name, input, expected] of rows) assert.deepEqual(dailyNoteRules(input), expected, name);
});

test("daily-note rules: the path of a day's note and the day of a path, both ways, for several formats", () => {
	const rows: [string, string, string, string][] = [
		// format, folder, day, path — checked by hand (2024-05-20 is a Monday).
		["YYYY-MM-DD", "", "2024-05-20", "2024-05-20.md"],
		["YYYY-MM-DD", "daily", "2024-05-20", "daily/2024-05-20.md"],
		["YYYY/MM/YYYY-MM-DD", "Journal", "2024-05-20", "Journal/2024/05/2024-05-20.md"],
		["YYYY-MM/YYYY-MM-DD", "daily", "2023-01-09", "daily/2023-01/2023-01-09.md"],
		["YYYY-MM-DD dddd", "", "2024-05-20", "2024-05-20 Monday.md"],
		["YYYY年M月D日", "日记", "2024-05-20", "日记/2024年5月20日.md"],
		["[Daily] DD.MM.YYYY", "", "2024-02-29", "Daily 29.02.2024.md"],
		["GGGG-[W]WW-E", "", "2024-05-20", "2024-W21-1.md"], // ISO week 21, weekday 1,
	];
	for (const [format, folder, day, path] of rows) {
		const rules = { source: "core" as const, format, folder };
		assert.equal(dailyNotePath(rules, day, formatter), path, `${format}: path`);
		assert.equal(dayOfDailyNote(rules, path, formatter), day, `${format}: day of ${path}`);
	}
});

test("daily-note rules: what is not a daily note", () => {
	const core = { source: "core" as const, format: "YYYY-MM-DD", folder: "daily" };
	const nested = { source: "core" as const, format: "YYYY/MM/YYYY-MM-DD", folder: "" };
	const weekday = { source: "core" as const, format: "YYYY-MM-DD dddd", folder: "" };
	const cases: [typeof core, string][] = [
		[core, "2024-05-20.md"], // outside the folder
		[core, "daily/2024-05-20 draft.md"], // strict: extra text
		[core, "daily/2024-5-20.md"], // strict: the format pads
		[core, "daily/2024-02-30.md"], // no such day
		[core, "daily/sub/2024-05-20.md"], // deeper than the format
		[core, "daily/2024-05-20.canvas"],
		[core, "daily-notes/2024-05-20.md"], // a folder that only starts like it
		[nested, "2024-05-20.md"],
		[nested, "2024/06/2024-05-20.md"], // the month folder disagrees with the date
		[weekday, "2024-05-20 Tuesday.md"], // the weekday disagrees
	];
	for (const [rules, path] of cases) assert.equal(dayOfDailyNote(rules, path, formatter), null, `${rules.format}: ${path}`);
	assert.equal(dailyNotePath(core, "not a day", formatter), null);
});

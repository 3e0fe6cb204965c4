// The settings tab both ways Obsidian shows it: declaratively from getSettingDefinitions() on 1.13+ (rendered and
// indexed for settings search by Obsidian, values through getControlValue/setControlValue), and through display()
// before 1.13. Both go through the settings store; nothing is written until the user changes a setting.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import type { PluginSettingTab } from "../shim/obsidian.ts";
import { createTestApp, loadPlugin, type TestApp } from "../shim/test-app.ts";

const EN_NAMES = [
	"Folders to scan",
	"Timeline grouping",
	"Week starts on",
	"Order in the book pane",
	"Merge thoughts into highlights",
	"Show popular counts",
	"Language",
	"Read note shapes from the sync plugin's template",
	"Citation counts in book notes",
	"Show uncited highlights as 0",
	"Book covers on the bookshelf",
	"Follow the active daily note",
	"Keep the index on this device",
];

/** The rows a rendered tab shows: every setting, then the sync plugin's settings status line (no control, not searched). */
const EN_ROWS = [...EN_NAMES, "WeRead sync plugin settings"];

interface RowShape {
	name: string;
	desc: string;
	control: string;
	options?: string[];
	value: string | boolean;
}

/** What a reader sees in a rendered tab, row by row, whichever path drew it. */
function rows(container: HTMLElement): RowShape[] {
	return Array.from(container.querySelectorAll<HTMLElement>(".setting-item")).map((row) => {
		const name = row.querySelector(".setting-item-name")?.textContent ?? "";
		const desc = row.querySelector(".setting-item-description")?.textContent ?? "";
		const toggle = row.querySelector<HTMLElement>(".checkbox-container");
		const select = row.querySelector("select");
		const textarea = row.querySelector("textarea");
		if (toggle) return { name, desc, control: "toggle", value: toggle.classList.contains("is-enabled") };
		if (select) return { name, desc, control: "dropdown", options: Array.from(select.options).map((o) => `${o.value}=${o.textContent ?? ""}`), value: select.value };
		if (textarea) return { name, desc, control: "textarea", value: textarea.value };
		return { name, desc, control: "none", value: "" };
	});
}

function settingsTab(t: TestApp): PluginSettingTab {
	const tab = t.app.settingTabs[0];
	assert.ok(tab, "the plugin added a settings tab");
	return tab;
}

function rowEl(tab: PluginSettingTab, name: string): HTMLElement {
	const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
	assert.ok(row, `a row named ${name}`);
	return row;
}

function choose(tab: PluginSettingTab, name: string, value: string): void {
	const select = rowEl(tab, name).querySelector("select");
	assert.ok(select);
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

const DATA = JSON.stringify({ ...DEFAULT_SETTINGS, folders: ["weread", "books/zh"], timelineGrouping: "week", weekStartsOn: 0, mergeThoughts: false });

test("settings tab (1.13+): definitions list every setting with its control, and settings search finds them", async () => {
	const t = createTestApp({ apiVersion: "1.13.1", dataJson: DATA });
	await loadPlugin(WeReadHighlightsPlugin, t);
	const tab = settingsTab(t);
	// addSettingTab ran update(): the definitions are stored for search before the tab is ever opened.
	assert.deepEqual(
		tab._searchIndex().map((e) => e.name),
		EN_NAMES,
	);
	assert.match(tab._searchIndex()[0]?.desc ?? "", /One folder per line/);
	const controls = tab.settingItems.map((item) => ("control" in item && item.control ? [item.control.type, item.control.key] : null));
	assert.deepEqual(controls, [
		["textarea", "folders"],
		["dropdown", "timelineGrouping"],
		["dropdown", "weekStartsOn"],
		["dropdown", "bookOrder"],
		["toggle", "mergeThoughts"],
		["toggle", "showPopularCounts"],
		["dropdown", "language"],
		["toggle", "readTemplateShapes"],
		["toggle", "citationBadges"],
		["toggle", "citationBadgesZero"],
		["toggle", "shelfCovers"],
		["toggle", "followDailyNote"],
		["toggle", "persistentCache"],
		null,
	]);
	// Values as the controls hold them, read from the store (not from `plugin.settings`, which the plugin has none of).
	assert.deepEqual(
		["folders", "timelineGrouping", "weekStartsOn", "bookOrder", "mergeThoughts", "showPopularCounts", "language"].map((k) => tab.getControlValue(k)),
		["weread\nbooks/zh", "week", "0", "book", false, true, "auto"],
	);
	assert.equal(tab.getControlValue("nonsense"), undefined);
	assert.equal(t.app.savedData.length, 0, "reading values writes nothing");
	t.assertClean();
	t.dispose();
});

test("settings tab (1.13+): setControlValue round-trips through the store, normalised, and rejects values a setting does not take", async () => {
	const t = createTestApp({ apiVersion: "1.13.1", dataJson: DATA });
	await loadPlugin(WeReadHighlightsPlugin, t);
	const tab = settingsTab(t);
	await tab.setControlValue("weekStartsOn", "3");
	assert.equal(tab.getControlValue("weekStartsOn"), "3");
	await tab.setControlValue("folders", " a/ \n\n/b\na\n");
	assert.equal(tab.getControlValue("folders"), "a\nb");
	await tab.setControlValue("showPopularCounts", false);
	assert.equal(tab.getControlValue("showPopularCounts"), false);
	assert.deepEqual(t.app.savedData.at(-1)?.data, {
		...DEFAULT_SETTINGS,
		folders: ["a", "b"],
		timelineGrouping: "week",
		weekStartsOn: 3,
		mergeThoughts: false,
		showPopularCounts: false,
	});
	const saves = t.app.savedData.length;
	assert.equal(saves, 3);
	await assert.rejects(async () => tab.setControlValue("timelineGrouping", "year"), /not a value for the setting "timelineGrouping"/);
	await assert.rejects(async () => tab.setControlValue("weekStartsOn", "7"));
	await assert.rejects(async () => tab.setControlValue("mergeThoughts", "yes"));
	await assert.rejects(async () => tab.setControlValue("version", 2));
	assert.equal(t.app.savedData.length, saves, "a rejected value is not saved");
	assert.equal(tab.getControlValue("timelineGrouping"), "week");
	t.assertClean();
	t.dispose();
});

test("settings tab (1.13+): Obsidian renders the definitions (display() is not called); a change saves; a language change rebuilds the tab", async () => {
	const t = createTestApp({ apiVersion: "1.13.1", dataJson: DATA });
	await loadPlugin(WeReadHighlightsPlugin, t);
	const tab = settingsTab(t);
	let displays = 0;
	const display = tab.display.bind(tab);
	tab.display = () => {
		displays++;
		display();
	};
	tab._open();
	assert.equal(displays, 0);
	assert.deepEqual(
		rows(tab.containerEl).map((r) => r.name),
		EN_ROWS,
	);
	const toggle = rowEl(tab, "Show popular counts").querySelector<HTMLElement>(".checkbox-container");
	assert.ok(toggle);
	toggle.click();
	await t.clock.runAll();
	assert.equal((t.app.savedData.at(-1)?.data as { showPopularCounts: boolean }).showPopularCounts, false);

	choose(tab, "Language", "zh");
	await t.clock.runAll();
	assert.equal(rows(tab.containerEl)[0]?.name, "扫描的文件夹", "rendered again in Chinese");
	assert.equal(tab._searchIndex()[0]?.name, "扫描的文件夹", "and indexed again for search");
	assert.equal(rows(tab.containerEl).find((r) => r.control === "dropdown" && r.options?.includes("zh=中文"))?.value, "zh");
	assert.equal(displays, 0);
	t.assertClean();
	t.dispose();
});

test("settings tab (before 1.13): display() draws the same settings, with the same values, through the same store", async () => {
	const modern = createTestApp({ apiVersion: "1.13.1", dataJson: DATA });
	await loadPlugin(WeReadHighlightsPlugin, modern);
	settingsTab(modern)._open();
	const declarative = rows(settingsTab(modern).containerEl);
	modern.dispose();

	const t = createTestApp({ apiVersion: "1.12.7", dataJson: DATA });
	await loadPlugin(WeReadHighlightsPlugin, t);
	const tab = settingsTab(t);
	assert.deepEqual(tab.settingItems, [], "no update() before 1.13");
	tab._open();
	const imperative = rows(tab.containerEl);
	assert.deepEqual(imperative, declarative);
	assert.deepEqual(
		imperative.map((r) => [r.control, r.value]),
		[
			["textarea", "weread\nbooks/zh"],
			["dropdown", "week"],
			["dropdown", "0"],
			["dropdown", "book"],
			["toggle", false],
			["toggle", true],
			["dropdown", "auto"],
			["toggle", true],
			["toggle", true],
			["toggle", false],
			["toggle", false],
			["toggle", true],
			["toggle", true],
			["none", ""],
		],
	);
	assert.equal(imperative.at(-1)?.desc, "Not found", "the status line, before layout ready");
	assert.equal(imperative[2]?.options?.[0], "0=Sunday");

	choose(tab, "Week starts on", "1");
	await t.clock.runAll();
	assert.equal((t.app.savedData.at(-1)?.data as { weekStartsOn: number }).weekStartsOn, 1);
	// A language change redraws through the private render (update() does not exist before 1.13).
	choose(tab, "Language", "zh");
	await t.clock.runAll();
	assert.equal(rows(tab.containerEl)[0]?.name, "扫描的文件夹");
	assert.equal(rows(tab.containerEl)[2]?.value, "1", "redrawn with the stored values");
	t.assertClean();
	t.dispose();
});

test("settings tab (1.13+): with a corrupt data.json, opening the tab writes nothing; the first change writes the settings", async () => {
	const original = console.warn;
	console.warn = () => {};
	try {
		const t = createTestApp({ apiVersion: "1.13.1", dataJson: '{"folders": ["weread"' });
		await loadPlugin(WeReadHighlightsPlugin, t);
		const tab = settingsTab(t);
		tab._open();
		assert.equal(tab.getControlValue("folders"), "");
		await t.clock.runAll();
		assert.equal(t.app.savedData.length, 0);
		assert.equal(t.app.pluginData.get("weread-highlights"), '{"folders": ["weread"');
		choose(tab, "Timeline grouping", "month");
		await t.clock.runAll();
		assert.equal(t.app.savedData.length, 1);
		assert.deepEqual(t.app.savedData[0]?.data, { ...DEFAULT_SETTINGS, timelineGrouping: "month" });
		t.assertClean();
		t.dispose();
	} finally {
		console.warn = original;
	}
});

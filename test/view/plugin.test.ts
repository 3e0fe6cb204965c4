// The real plugin class loaded the way Obsidian loads it: settings from data.json, the status bar while indexing,
// the settings tab, and a clean unload.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { createTestApp, loadPlugin, NOTHING_LEFT, type TestApp } from "../shim/test-app.ts";
import { bookNote } from "./helpers/index-fakes.ts";

const FILES = {
	"weread/Book A.md": bookNote("111", "Book A"),
	"weread/Book B.md": bookNote("222", "Book B"),
	"inbox/Book C.md": bookNote("333", "Book C"),
	"daily.md": "Read [[Book A#^111-1-0-5]] today.\n",
};

function statusItem(t: TestApp): HTMLElement {
	const items = t.app.statusBarEl.querySelectorAll(".status-bar-item");
	assert.equal(items.length, 1, "one status bar item");
	return items[0] as HTMLElement;
}

/** Silences console.warn for a test that expects warnings, and returns them. */
function captureWarnings(): { warnings: unknown[][]; restore(): void } {
	const original = console.warn;
	const warnings: unknown[][] = [];
	console.warn = (...args: unknown[]) => warnings.push(args);
	return { warnings, restore: () => (console.warn = original) };
}

test("plugin: status bar shows indexing progress, then hides", async () => {
	const t = createTestApp({ files: FILES });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	const el = statusItem(t);
	assert.equal(el.hasClass("wrh-hidden"), true, "hidden before the scan");
	t.app.workspace.triggerLayoutReady();
	assert.equal(el.textContent, "Indexing 0 / 3");
	assert.equal(el.hasClass("wrh-hidden"), false);
	await t.clock.runAll();
	assert.equal(el.textContent, "");
	assert.equal(el.hasClass("wrh-hidden"), true);
	await unload();
	t.assertClean();
	t.dispose();
});

test("plugin: UI text follows Obsidian's language, and the language setting overrides it", async () => {
	const zh = createTestApp({ files: FILES, language: "zh" });
	await loadPlugin(WeReadHighlightsPlugin, zh);
	zh.app.workspace.triggerLayoutReady();
	assert.equal(statusItem(zh).textContent, "正在索引 0 / 3");
	zh.dispose();

	const forcedEn = createTestApp({ files: FILES, language: "zh", dataJson: JSON.stringify({ ...DEFAULT_SETTINGS, language: "en" }) });
	await loadPlugin(WeReadHighlightsPlugin, forcedEn);
	forcedEn.app.workspace.triggerLayoutReady();
	assert.equal(statusItem(forcedEn).textContent, "Indexing 0 / 3");
	forcedEn.dispose();

	// Before 1.8.7 there is no getLanguage(); the language comes from moment's locale.
	const old = createTestApp({ files: FILES, language: "zh", apiVersion: "1.5.0" });
	await loadPlugin(WeReadHighlightsPlugin, old);
	old.app.workspace.triggerLayoutReady();
	assert.equal(statusItem(old).textContent, "正在索引 0 / 3");
	old.dispose();
});

test("plugin: a corrupt data.json gives defaults and one notice, and is not overwritten until a setting changes", async () => {
	const capture = captureWarnings();
	try {
		const t = createTestApp({ files: FILES, dataJson: '{"folders": ["weread"' });
		await loadPlugin(WeReadHighlightsPlugin, t);
		assert.equal(t.notices.length, 1);
		assert.match(t.notices[0] ?? "", /settings file could not be read/);
		assert.equal(capture.warnings.length, 1);
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
		assert.equal(t.cachedReads.length, 3, "defaults: the whole vault is scanned");
		assert.equal(t.app.savedData.length, 0);
		assert.equal(t.app.pluginData.get("weread-highlights"), '{"folders": ["weread"', "the file is left as it was");

		// The user flips a toggle in the settings tab: now, and only now, the settings are written.
		const tab = t.app.settingTabs[0];
		assert.ok(tab);
		tab.display();
		const toggles = tab.containerEl.querySelectorAll(".checkbox-container");
		assert.equal(toggles.length, 8, "merge thoughts, popular counts, template shapes, citation badges, their 0, shelf covers, follow the daily note, the index cache");
		(toggles[0] as HTMLElement).click();
		await t.clock.runAll();
		assert.equal(t.app.savedData.length, 1);
		assert.deepEqual(t.app.savedData[0]?.data, { ...DEFAULT_SETTINGS, mergeThoughts: false });
		assert.equal(t.notices.length, 1, "still one notice");
		t.assertClean();
		t.dispose();
	} finally {
		capture.restore();
	}
});

test("plugin: data.json that is valid JSON but not our settings also gives defaults and one notice; none for a missing file", async () => {
	const capture = captureWarnings();
	try {
		const foreign = createTestApp({ dataJson: '["not", "settings"]' });
		await loadPlugin(WeReadHighlightsPlugin, foreign);
		assert.equal(foreign.notices.length, 1);
		assert.equal(foreign.app.savedData.length, 0);
		foreign.dispose();

		const missing = createTestApp();
		await loadPlugin(WeReadHighlightsPlugin, missing);
		assert.deepEqual(missing.notices, []);
		assert.equal(missing.app.savedData.length, 0);
		missing.dispose();
		assert.equal(capture.warnings.length, 1);
	} finally {
		capture.restore();
	}
});

test("plugin: changing the folders setting rescans (debounced): books outside leave, books inside are read", async () => {
	const t = createTestApp({ files: FILES, dataJson: JSON.stringify({ ...DEFAULT_SETTINGS, folders: ["weread"] }) });
	await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(t.cachedReads.sort(), ["weread/Book A.md", "weread/Book B.md"]);
	const tab = t.app.settingTabs[0];
	assert.ok(tab);
	tab.display();
	const folders = tab.containerEl.querySelector("textarea");
	assert.ok(folders);
	assert.equal(folders.value, "weread");
	folders.value = "";
	folders.dispatchEvent(new Event("input"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.deepEqual(t.cachedReads.slice(2), ["inbox/Book C.md"]);
	assert.deepEqual((t.app.savedData[0]?.data as { folders: string[] }).folders, []);
	t.assertClean();
	t.dispose();
});

test("plugin: after unload nothing is left registered and vault events do nothing", async () => {
	const t = createTestApp({ files: FILES });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	const loaded = t.lifecycle();
	assert.ok(loaded.listeners >= 4, "changed, resolve, rename, delete");
	assert.equal(loaded.statusBarItems, 1);
	assert.equal(loaded.settingTabs, 1);
	await unload();
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
	const readsBefore = t.app.vault.reads.length;
	await t.sim.modify("weread/Book A.md", bookNote("111", "Book A", ["改"]));
	await t.sim.rename("inbox/Book C.md", "weread/Book C.md");
	await t.sim.delete("daily.md");
	await t.clock.runAll();
	assert.equal(t.app.vault.reads.length, readsBefore);
	assert.equal(t.clock.pendingTimers, 0);
	t.assertClean();
	t.dispose();
});

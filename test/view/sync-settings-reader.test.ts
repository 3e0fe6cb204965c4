// The sync plugin's settings reader (issue 12 item 1): reads `<configDir>/plugins/obsidian-weread-plugin/data.json`
// with the adapter only (stat, read; never a write), after layout ready and again when a trigger says it may have
// changed (a burst of note writes, the window regaining focus, the settings tab opening); keeps only what
// pickSyncSettings keeps, and nothing of the file's secrets leaves it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { MAX_SYNC_SETTINGS_BYTES, pickSyncSettings } from "../../src/core/template/sync-settings.ts";
import { SYNC_SETTINGS_RECHECK_MS, SyncSettingsReader, syncSettingsPath, type SyncSettingsState } from "../../src/obsidian/sync-settings-reader.ts";
import type { PluginSettingTab } from "../shim/obsidian.ts";
import { createTestApp, loadPlugin, NOTHING_LEFT, type TestApp } from "../shim/test-app.ts";
import { bookNote } from "./helpers/index-fakes.ts";

const PATH = ".obsidian/plugins/obsidian-weread-plugin/data.json";

/** A 2.x settings file in the shape the sync plugin writes (our own text, not a corpus copy). */
function settingsFile(overrides: Record<string, unknown> = {}): string {
	return JSON.stringify({
		cookies: [{ name: "wr_skey", value: "sk-plain" }],
		noteLocation: "/weread",
		dailyNotesLocation: "/daily",
		insertAfter: "<!-- start of weread -->",
		insertBefore: "<!-- end of weread -->",
		dailyNotesFormat: "YYYY-MM-DD",
		lastCookieTime: 1700000000000,
		isCookieValid: true,
		user: "reader",
		userVid: "1000",
		template: "",
		trimBlocks: false,
		fileNameType: "BOOK_NAME",
		subFolderType: "-1",
		dailyNotesToggle: false,
		showEmptyChapterTitleToggle: false,
		themes: [
			{ id: "builtin_merged", name: "合并", template: "{{ metaData.title }}", isBuiltIn: true },
			{ id: "builtin_separated", name: "分离", template: "{{ metaData.title }}", isBuiltIn: true },
			{ id: "builtin_official", name: "官方", template: "{{ metaData.title }}", isBuiltIn: true },
			{ id: "custom-1700000000", name: "Callouts", template: "> [!quote] {{ highlight.markText }}", trimBlocks: true, isBuiltIn: false },
		],
		activeThemeId: "custom-1700000000",
		...overrides,
	});
}

interface Harness {
	readonly t: TestApp;
	readonly reader: SyncSettingsReader;
	readonly changes: SyncSettingsState[];
	reads(): number;
	stats(): number;
}

/** A bare reader over a test app, loaded like the plugin loads it, after layout ready and its first check. */
async function startReader(configFiles: Record<string, string> = {}, files: Record<string, string> = {}): Promise<Harness> {
	const t = createTestApp({ configFiles, files });
	const reader = new SyncSettingsReader(t.obsidianApp);
	reader.load();
	const changes: SyncSettingsState[] = [];
	reader.onChange((state) => changes.push(state));
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	const count = (method: string): number => t.app.vault.adapter.calls.filter((c) => c.method === method && c.path === PATH).length;
	return { t, reader, changes, reads: () => count("read"), stats: () => count("stat") };
}

function settingsTab(t: TestApp): PluginSettingTab {
	const tab = t.app.settingTabs[0];
	assert.ok(tab, "the plugin added a settings tab");
	return tab;
}

function statusLine(tab: PluginSettingTab): string {
	const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find(
		(r) => r.querySelector(".setting-item-name")?.textContent === "WeRead sync plugin settings",
	);
	assert.ok(row, "the tab shows the sync settings status line");
	return row.querySelector(".setting-item-description")?.textContent ?? "";
}

test("sync settings reader: the path is under the vault's config folder, whatever it is called", () => {
	assert.equal(syncSettingsPath(".obsidian"), PATH);
	assert.equal(syncSettingsPath("custom-config/"), "custom-config/plugins/obsidian-weread-plugin/data.json");
});

test("sync settings reader: the shim keeps config-folder files out of the vault index, reachable by the adapter only", async () => {
	const t = createTestApp({ configFiles: { [PATH]: "{}" } });
	assert.equal(t.app.vault.getAbstractFileByPath(PATH), null);
	assert.deepEqual(t.app.vault.getFiles(), []);
	assert.equal(await t.app.vault.adapter.exists(PATH), true);
	assert.equal((await t.app.vault.adapter.stat(PATH))?.size, 2);
	assert.equal(await t.app.vault.adapter.read(PATH), "{}");
	t.dispose();
});

test("sync settings reader: no file → absent, checked once at layout ready and not before", async () => {
	const t = createTestApp();
	const reader = new SyncSettingsReader(t.obsidianApp);
	reader.load();
	await t.clock.runAll();
	await reader.recheck();
	assert.deepEqual(t.app.vault.adapter.calls, [], "nothing is looked at before layout ready");
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(reader.current(), { status: "absent" });
	assert.deepEqual(t.app.vault.adapter.calls, [{ method: "stat", path: PATH }]);
	reader.unload();
	t.assertClean();
	t.dispose();
});

test("sync settings reader: a 2.x file is read once and kept as its note-shaping keys", async () => {
	const h = await startReader({ [PATH]: settingsFile() });
	const state = h.reader.current();
	assert.equal(state.status, "found");
	assert.ok(state.status === "found");
	assert.deepEqual(
		state.settings.themes.map((theme) => [theme.id, theme.isBuiltIn, theme.trimBlocks]),
		[
			["builtin_merged", true, null],
			["builtin_separated", true, null],
			["builtin_official", true, null],
			["custom-1700000000", false, true],
		],
	);
	assert.equal(state.settings.activeThemeId, "custom-1700000000");
	assert.equal(state.settings.noteLocation, "/weread");
	assert.equal(h.reads(), 1);
	assert.equal(h.changes.length, 1, "listeners hear the first reading");
	h.reader.unload();
	h.t.assertClean();
	h.t.dispose();
});

test("sync settings reader: every corpus vault's settings file reads as pickSyncSettings reads its text", async () => {
	const dir = new URL("../../../shared/corpus/sync-settings/", import.meta.url);
	const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json")) : [];
	for (const name of names) {
		const text = readFileSync(new URL(name, dir), "utf8");
		const h = await startReader({ [PATH]: text });
		const picked = pickSyncSettings(text);
		assert.deepEqual(h.reader.current(), picked.ok ? { status: "found", settings: picked.settings } : { status: "unreadable", reason: picked.reason, message: picked.message }, name);
		h.reader.unload();
		h.t.assertClean();
		h.t.dispose();
	}
});

test("sync settings reader: a burst of note writes re-checks once after it; an unchanged file is not read again", async () => {
	const note = (n: string): string => bookNote("111", "Book", [n]);
	const h = await startReader({ [PATH]: settingsFile() }, { "weread/Book.md": note("一") });
	assert.equal(h.reads(), 1);
	const statsBefore = h.stats();

	// The user picks another theme, then syncs: the sync plugin saves its settings and rewrites the notes.
	h.t.app.vault.adapter._putConfigFile(PATH, settingsFile({ activeThemeId: "builtin_official" }));
	for (const text of ["二", "三", "四"]) {
		await h.t.sim.modify("weread/Book.md", note(text));
		await h.t.clock.advance(SYNC_SETTINGS_RECHECK_MS / 2);
	}
	const current = h.reader.current();
	assert.ok(current.status === "found" && current.settings.activeThemeId === "custom-1700000000", "not yet: the burst goes on");
	assert.equal(h.stats(), statsBefore, "no stat while the burst goes on");
	await h.t.clock.advance(SYNC_SETTINGS_RECHECK_MS);
	await h.t.clock.runAll();
	const next = h.reader.current();
	assert.ok(next.status === "found" && next.settings.activeThemeId === "builtin_official", "picked up after the burst");
	assert.equal(h.stats(), statsBefore + 1, "one stat for the whole burst");
	assert.equal(h.reads(), 2);
	assert.equal(h.changes.length, 2);

	// Notes change again, the settings do not: a stat, no read, no notification.
	await h.t.sim.modify("weread/Book.md", note("五"));
	await h.t.clock.advance(SYNC_SETTINGS_RECHECK_MS);
	await h.t.clock.runAll();
	assert.equal(h.stats(), statsBefore + 2);
	assert.equal(h.reads(), 2, "an unchanged stat means no read");
	assert.equal(h.changes.length, 2, "nothing changed, nobody is told");
	h.reader.unload();
	h.t.assertClean();
	h.t.dispose();
});

test("sync settings reader: the window regaining focus picks up a file that appeared or went away", async () => {
	const h = await startReader();
	assert.deepEqual(h.reader.current(), { status: "absent" });
	// Obsidian Sync brings the settings from another device while the app is in the background.
	h.t.app.vault.adapter._putConfigFile(PATH, settingsFile());
	window.dispatchEvent(new Event("focus"));
	await h.t.clock.runAll();
	assert.equal(h.reader.current().status, "found");
	window.dispatchEvent(new Event("focus"));
	await h.t.clock.runAll();
	assert.equal(h.reads(), 1, "focus again, file unchanged: no read");
	h.t.app.vault.adapter._removeConfigFile(PATH);
	window.dispatchEvent(new Event("focus"));
	await h.t.clock.runAll();
	assert.deepEqual(h.reader.current(), { status: "absent" }, "the sync plugin was removed: nothing stale stays");
	assert.deepEqual(
		h.changes.map((s) => s.status),
		["found", "absent"],
	);
	h.reader.unload();
	window.dispatchEvent(new Event("focus"));
	await h.t.clock.runAll();
	assert.deepEqual(h.t.lifecycle(), NOTHING_LEFT);
	h.t.assertClean();
	h.t.dispose();
});

test("sync settings reader: garbage, no object, too large, a failed read → unreadable with its reason, nothing thrown", async () => {
	const cases: [string, string, string][] = [
		["garbage", "{ not json", "not-json"],
		["no object", "[1, 2]", "not-an-object"],
		["too large", `{"template": "${"x".repeat(MAX_SYNC_SETTINGS_BYTES)}"}`, "too-large"],
	];
	for (const [label, text, reason] of cases) {
		const h = await startReader({ [PATH]: text });
		const state = h.reader.current();
		assert.equal(state.status, "unreadable", label);
		assert.ok(state.status === "unreadable");
		assert.equal(state.reason, reason, label);
		if (reason === "too-large") assert.equal(h.reads(), 0, "a file over the limit is never read");
		h.reader.unload();
		h.t.assertClean();
		h.t.dispose();
	}

	// A readable file, then a read that fails: the old settings are not kept as if still true.
	const h = await startReader({ [PATH]: settingsFile() });
	assert.equal(h.reader.current().status, "found");
	h.t.app.vault.adapter._putConfigFile(PATH, settingsFile({ activeThemeId: "builtin_merged" }));
	h.t.app.vault.adapter.failingConfigReads.set(PATH, new Error(`EACCES: permission denied, open '${PATH}'`));
	await h.reader.recheck();
	assert.deepEqual(h.reader.current(), { status: "unreadable", reason: "read-failed", message: "The sync plugin's settings file could not be read" });
	// Readable again: the next check reads it (a failed read leaves nothing to compare the stat with).
	h.t.app.vault.adapter.failingConfigReads.delete(PATH);
	await h.reader.recheck();
	const state = h.reader.current();
	assert.ok(state.status === "found" && state.settings.activeThemeId === "builtin_merged");
	h.reader.unload();
	h.t.assertClean();
	h.t.dispose();
});

test("sync settings reader: the settings tab shows one status line, both ways Obsidian draws the tab, in en and zh", async () => {
	for (const apiVersion of ["1.13.1", "1.8.7"]) {
		const t = createTestApp({ apiVersion });
		await loadPlugin(WeReadHighlightsPlugin, t);
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
		const tab = settingsTab(t);
		tab._open();
		assert.equal(statusLine(tab), "Not found", apiVersion);

		// The user changes the sync plugin's settings in the same settings modal, then comes back to this tab.
		t.app.vault.adapter._putConfigFile(PATH, settingsFile());
		tab.hide();
		tab._open();
		await t.clock.runAll();
		// Then the template's status (issue 12): the fixture's custom theme has no `source`, so the sync plugin reads it
		// as a legacy theme, which renders the (empty) top-level template: nothing to read.
		assert.equal(statusLine(tab), "Found (4 themes, active theme id custom-1700000000); no template to read", apiVersion);

		// While the tab is open, the file turns unreadable: the line follows.
		t.app.vault.adapter._putConfigFile(PATH, "{ broken");
		window.dispatchEvent(new Event("focus"));
		await t.clock.runAll();
		assert.equal(statusLine(tab), "Unreadable: the file is not valid JSON", apiVersion);
		assert.equal(t.app.savedData.length, 0, "the status line writes nothing");
		t.assertClean();
		t.dispose();
	}

	const zh = createTestApp({ language: "zh", configFiles: { [PATH]: settingsFile({ activeThemeId: null }) } });
	await loadPlugin(WeReadHighlightsPlugin, zh);
	zh.app.workspace.triggerLayoutReady();
	await zh.clock.runAll();
	const tab = settingsTab(zh);
	tab._open();
	const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === "微信读书同步插件的设置");
	assert.equal(row?.querySelector(".setting-item-description")?.textContent, "已找到（4 个主题，未设当前主题 ID）；没有可读取的模板");
	zh.assertClean();
	zh.dispose();
});

test("sync settings reader: nothing else leaves it — the file's secrets appear in no state, save, log or DOM", async () => {
	const SECRETS = ["SENTINEL-COOKIE-wr_skey", "SENTINEL-USERVID-9876", "SENTINEL-APIKEY-abcdef", "SENTINEL-CC-PASSWORD", "SENTINEL-CC-UUID", "SENTINEL-USER-NAME"];
	const secretFile = settingsFile({
		cookies: [{ name: "wr_skey", value: SECRETS[0] }, { name: "wr_vid", value: SECRETS[1] }],
		userVid: SECRETS[1],
		wereadApiKey: SECRETS[2],
		cookieCloudInfo: { serverUrl: "https://cc.example", uuid: SECRETS[4], password: SECRETS[3] },
		user: SECRETS[5],
	});
	const logged: unknown[] = [];
	const original = { log: console.log, warn: console.warn, error: console.error, debug: console.debug, info: console.info };
	for (const method of ["log", "warn", "error", "debug", "info"] as const) console[method] = (...args: unknown[]) => void logged.push(...args);
	try {
		for (const apiVersion of ["1.13.1", "1.8.7"]) {
			const t = createTestApp({ apiVersion, configFiles: { [PATH]: secretFile }, files: { "weread/Book.md": bookNote("111", "Book", ["一"]) } });
			const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
			t.app.workspace.triggerLayoutReady();
			await t.clock.runAll();
			const tab = settingsTab(t);
			tab._open();
			// Change one of our settings (a saveData), let the notes change and the file be rewritten: every path runs.
			const toggle = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".checkbox-container"))[0];
			toggle?.click();
			t.app.vault.adapter._putConfigFile(PATH, secretFile.replace("custom-1700000000\"}", "custom-1700000000\", \"extra\": 1}"));
			await t.sim.modify("weread/Book.md", bookNote("111", "Book", ["二"]));
			await t.clock.advance(SYNC_SETTINGS_RECHECK_MS);
			await t.clock.runAll();
			assert.match(statusLine(tab), /^Found \(4 themes/);
			assert.ok(t.app.savedData.length > 0, "the toggle saved our settings, so saveData ran");

			const reader = new SyncSettingsReader(t.obsidianApp);
			reader.load();
			await reader.recheck();
			await reader.recheck();
			const seen = [
				JSON.stringify(reader.current()),
				JSON.stringify(t.app.savedData),
				JSON.stringify([...t.app.pluginData.values()]),
				tab.containerEl.textContent ?? "",
				tab.containerEl.outerHTML,
				JSON.stringify(tab.settingItems.map((item) => ("desc" in item ? item.desc : null))),
				JSON.stringify(tab._searchIndex()),
				t.notices.join("\n"),
				logged.map((entry) => (entry instanceof Error ? `${entry.message}\n${entry.stack ?? ""}` : typeof entry === "string" ? entry : JSON.stringify(entry))).join("\n"),
			].join("\n");
			for (const secret of SECRETS) assert.equal(seen.includes(secret), false, `${secret} left the reader (${apiVersion})`);
			assert.equal(reader.current().status, "found");
			reader.unload();
			await unload();
			assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
			assert.deepEqual(t.app.writes.calls, [], "no write of any kind");
			t.assertClean();
			t.dispose();
		}
	} finally {
		Object.assign(console, original);
	}
});

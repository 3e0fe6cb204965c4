// The whole plugin over a vault whose sync template writes a shape no built-in rule reads (`* text ^id` then
// `  ⌚ time`): with the template in the sync plugin's data.json the timeline shows those highlights on their days,
// the settings tab says which template and how many notes; the setting off takes them away again; a template that
// never finishes leaves the standard notes read and says why in the tab and in *Show parse problems*. The shim's
// Worker runs the real derive function (test/shim/worker.ts); a hanging one is its "hang" mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { DERIVE_TIMEOUT_MS } from "../../src/obsidian/derive-worker-host.ts";
import { _setWorkerMode, _workerLog, type PluginSettingTab, type SuggestModal } from "../shim/obsidian.ts";
import { flushMicrotasks } from "../shim/clock.ts";
import { openModals } from "../shim/modal.ts";
import { createTestApp, loadPlugin, type TestApp } from "../shim/test-app.ts";

const SETTINGS_PATH = ".obsidian/plugins/obsidian-weread-plugin/data.json";
const TEMPLATE = readFileSync("test/fixtures/templates/star-list-watch-time.njk", "utf8");

/** A note in the template's shape (our own text; the built-in rules read nothing of it), and a standard one. */
const STAR_NOTE = readFileSync("test/fixtures/templates/star-list-watch-time.note.md", "utf8");
const DASH_NOTE = [
	"---",
	"doc_type: weread-highlights-reviews",
	'bookId: "26785321"',
	"title: 标准之书",
	"---",
	"# 高亮划线",
	"## 第一章",
	"- 📌 标准格式的一条划线 ^26785321-4-10-20",
	"    - ⏱ 2024-04-09 09:00:00 ",
	"",
].join("\n");
const FILES = { "weread/星号之书.md": STAR_NOTE, "weread/标准之书.md": DASH_NOTE };

function syncSettings(template: string): string {
	return JSON.stringify({ cookies: [{ name: "wr_skey", value: "secret" }], template, trimBlocks: false, noteLocation: "/weread" });
}

/** Run timers and the fake worker's tasks until `done()` holds (bounded: a failure, never a hang). */
async function until(t: TestApp, done: () => boolean): Promise<void> {
	for (let i = 0; i < 50 && !done(); i++) {
		await t.clock.runAll();
		await flushMicrotasks();
	}
	assert.ok(done(), `the state was not reached (timeline: "${summary(t)}"; ${statusLine(t)})`);
}

/** The timeline heatmap's summary: what the timeline holds ("3 entries on 3 days"). */
function summary(t: TestApp): string {
	const view = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	return view?.containerEl.querySelector(".wrh-heatmap-summary")?.textContent ?? "";
}

function statusLine(t: TestApp): string {
	const tab = t.app.settingTabs[0] as PluginSettingTab;
	tab._open();
	const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === "WeRead sync plugin settings");
	const text = row?.querySelector(".setting-item-description")?.textContent ?? "";
	tab.hide();
	return text;
}

async function start(template: string): Promise<{ t: TestApp; unload: () => Promise<void> }> {
	const t = createTestApp({ files: FILES, configFiles: { [SETTINGS_PATH]: syncSettings(template) } });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(t.app.commands.executeCommandById("weread-highlights:open-reading-timeline"), true);
	return { t, unload };
}

test("a vault whose sync template writes `* text ^id` / `⌚ time`: its highlights are on the timeline, dated, beside the standard ones", async () => {
	const { t, unload } = await start(TEMPLATE);
	// Two highlights of the template's note (2024-04-10, 2024-04-11) and the standard one (2024-04-09).
	await until(t, () => summary(t) === "3 entries on 3 days");
	assert.equal(statusLine(t), "Found (0 themes, no active theme id); the template from before themes: notes read with its shapes: 1");
	await unload();
	t.assertClean();
	t.dispose();
});

test("the setting off: back to the built-in rules alone (the template's highlights leave); on again: they return", async () => {
	const { t, unload } = await start(TEMPLATE);
	await until(t, () => summary(t) === "3 entries on 3 days");
	const tab = t.app.settingTabs[0] as PluginSettingTab;
	await tab.setControlValue("readTemplateShapes", false);
	await until(t, () => summary(t) === "1 entries on 1 days");
	assert.match(statusLine(t), /note shapes are not read from its template \(turned off\)$/);
	await tab.setControlValue("readTemplateShapes", true);
	await until(t, () => summary(t) === "3 entries on 3 days");
	await unload();
	t.dispose();
});

test("a template whose render never ends: the standard notes are read, the worker is stopped at the limit, and both the tab and Show parse problems say why", async () => {
	const restore = _setWorkerMode("hang");
	const terminatedBefore = _workerLog.terminated;
	try {
		const { t, unload } = await start("{% for i in range(0, 1e9) %}{{ i }}{% endfor %}");
		// The first scan does not wait for the template (≤ 1 s): the standard note is on the timeline.
		await until(t, () => summary(t) === "1 entries on 1 days");
		t.clock.advance(DERIVE_TIMEOUT_MS);
		await until(t, () => statusLine(t).includes("could not be read"));
		assert.equal(statusLine(t), "Found (0 themes, no active theme id); the template from before themes could not be read (it took longer than 3 s to render); the standard formats are read as before");
		assert.equal(_workerLog.terminated, terminatedBefore + 1, "the hanging worker was terminated");

		assert.equal(t.app.commands.executeCommandById("weread-highlights:show-parse-problems"), true);
		const modal = openModals.at(-1) as unknown as SuggestModal<{ code: string; message: string; path: string }>;
		const first = (modal.getSuggestions("") as { code: string; message: string; path: string }[])[0];
		assert.equal(first?.code, "template-timeout");
		assert.equal(first?.path, SETTINGS_PATH);
		assert.match(first?.message ?? "", /took longer than 3 s/);
		modal.close();
		await unload();
		t.dispose();
	} finally {
		restore();
	}
});

test("a sync settings file that is not JSON: the standard notes are read, and Show parse problems says why", async () => {
	const t = createTestApp({ files: FILES, configFiles: { [SETTINGS_PATH]: '{"template": "* {{' } });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(t.app.commands.executeCommandById("weread-highlights:open-reading-timeline"), true);
	await until(t, () => summary(t) === "1 entries on 1 days");
	assert.equal(statusLine(t), "Unreadable: the file is not valid JSON");
	assert.equal(t.app.commands.executeCommandById("weread-highlights:show-parse-problems"), true);
	const modal = openModals.at(-1) as unknown as SuggestModal<{ code: string; message: string }>;
	const first = (modal.getSuggestions("") as { code: string; message: string }[])[0];
	assert.deepEqual([first?.code, first?.message], ["sync-settings-not-json", "Unreadable: the file is not valid JSON"]);
	modal.close();
	await unload();
	t.dispose();
});

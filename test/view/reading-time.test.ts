// Reading time on the timeline (issue 14 item 3), with the real plugin: the sync plugin's cache
// `.weread-cache/daily-stats.json` (a hidden folder: the shim's adapter holds it, not the vault index) gives the
// heatmap a "Time read" toggle, the cells' tooltips and the day headers their minutes; absent, malformed or huge, no
// toggle, and "Show parse problems" says why; a changed file is read again and the pane follows.
// Expected values by hand from the fixture vault (test/fixtures/vault): 夜航灯塔 has one entry on 2026-06-19 and
// one on 2026-06-20, the only entries of 2026. The cache keys have a 0-based month: "2026-5-19" is 19 June.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParseProblem } from "../../src/obsidian/parse-problems.ts";
import { READING_TIME_CACHE_PATH, READING_TIME_RECHECK_MS } from "../../src/obsidian/reading-time.ts";
import { MAX_READING_TIME_BYTES } from "../../src/core/reading-time-cache.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { openModals, type SuggestModal } from "../shim/modal.ts";
import { createTestApp, loadPlugin } from "../shim/test-app.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";
import { openTimelineWithPlugin } from "./helpers/timeline-plugin.ts";

const CACHE = JSON.stringify({ version: 1, data: { "2026-5-19": 2700, "2026-5-20": 600, "2026-5-21": 4098 }, fetchedMonths: ["2026-5"] });

function open(cache?: string, language?: string): ReturnType<typeof openTimelineWithPlugin> {
	const files = fixtureVaultFiles();
	if (cache !== undefined) files[READING_TIME_CACHE_PATH] = cache;
	return openTimelineWithPlugin(files, language);
}

const toggle = (v: TimelineView): HTMLButtonElement | null => v.contentEl.querySelector<HTMLButtonElement>(".wrh-heatmap-colour");
const cell = (v: TimelineView, day: string): HTMLElement | null => v.contentEl.querySelector<HTMLElement>(`.wrh-heatmap-cell[data-day="${day}"]`);
const label = (v: TimelineView, day: string): string | null => cell(v, day)?.getAttribute("aria-label") ?? null;
const level = (v: TimelineView, day: string): number => Number(/wrh-heat-(\d)/.exec(cell(v, day)?.className ?? "")?.[1] ?? -1);
const summary = (v: TimelineView): string => v.contentEl.querySelector(".wrh-heatmap-summary")?.textContent ?? "";
const headerTime = (v: TimelineView, day: string): string | null => v.contentEl.querySelector(`.wrh-timeline-group[data-key="group:${day}"] .wrh-timeline-group-time`)?.textContent ?? null;

function problems(t: { app: { commands: { executeCommandById(id: string): boolean } } }): ParseProblem[] {
	assert.equal(t.app.commands.executeCommandById("weread-highlights:show-parse-problems"), true);
	const modal = openModals.at(-1) as unknown as SuggestModal<ParseProblem>;
	const all = modal.getSuggestions("") as ParseProblem[];
	modal.close();
	return all.filter((p) => p.code.startsWith("reading-time-"));
}

test("reading time: no cache, no toggle; the tooltip counts entries; Show parse problems says why (info)", async () => {
	const { t, v, done } = await open();
	assert.ok(cell(v, "2026-06-19"), "the heatmap is drawn");
	assert.equal(toggle(v), null);
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries");
	assert.equal(cell(v, "2026-06-19")?.hasAttribute("data-seconds"), false);
	assert.equal(headerTime(v, "2026-06-19"), null);
	assert.deepEqual(
		problems(t).map((p) => [p.path, p.code, p.level, p.message]),
		[[READING_TIME_CACHE_PATH, "reading-time-absent", "info", "No reading-time cache yet: the sync plugin writes it when its reading statistics are opened. The heatmap colours days by entries only."]],
	);
	// Read-only: the reader only looked (stat) and never wrote.
	assert.deepEqual(t.app.vault.adapter.calls.filter((c) => c.path === READING_TIME_CACHE_PATH).map((c) => c.method), ["stat"]);
	await done();
});

test("reading time: with a cache, the toggle shows; tooltips and day headers carry the minutes; the toggle colours by time and is kept in the view state", async () => {
	const { t, v, done } = await open(CACHE);
	// On disk but not in the vault index, as in Obsidian: no TFile, no vault event; only the adapter reaches it.
	assert.equal(t.app.vault.getAbstractFileByPath(READING_TIME_CACHE_PATH), null);
	const button = toggle(v);
	assert.ok(button);
	assert.equal(button.textContent, "Time read");
	assert.equal(button.getAttribute("aria-pressed"), "false");
	// By entries (the default): one entry on each of the two days → both the busiest (4); the 21st has none.
	assert.deepEqual([level(v, "2026-06-19"), level(v, "2026-06-20"), level(v, "2026-06-21")], [4, 4, 0]);
	assert.equal(summary(v), "2 entries on 2 days");
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries · 45 min read"); // 2700 s
	assert.equal(label(v, "2026-06-20"), "2026-06-20: 1 entries · 10 min read"); // 600 s
	assert.equal(label(v, "2026-06-21"), "2026-06-21: 0 entries · 1 h 8 min read"); // 4098 s = 68.3 min
	assert.equal(label(v, "2026-06-22"), "2026-06-22: 0 entries"); // no reading: nothing to add
	assert.equal(headerTime(v, "2026-06-19"), "45 min read");
	assert.equal(headerTime(v, "2026-06-20"), "10 min read");

	button.focus();
	button.click();
	assert.equal(activeDocument.activeElement, toggle(v), "the focus stays on the redrawn toggle (keyboard use)");
	assert.notEqual(toggle(v), button, "the toggle was redrawn");
	// By time: the year's reading days sorted 600, 2700, 4098 → levels ceil(4·1/3)=2, ceil(4·2/3)=3, 4.
	assert.equal(toggle(v)?.getAttribute("aria-pressed"), "true");
	assert.ok(v.contentEl.querySelector(".wrh-heatmap.is-by-time"));
	assert.deepEqual([level(v, "2026-06-20"), level(v, "2026-06-19"), level(v, "2026-06-21"), level(v, "2026-06-22")], [2, 3, 4, 0]);
	// 7398 s = 123.3 min → 2 h 3 min.
	assert.equal(summary(v), "2 h 3 min read on 3 days");
	assert.deepEqual(v.getState(), { grouping: "day", heatmapColourBy: "time" });
	await t.clock.advance(1000);
	assert.ok(t.app.workspace.layoutSaves >= 1, "the layout is saved with the choice");

	// A restored layout brings the choice back; and back to entries.
	await v.setState({ heatmapColourBy: "entries" }, { history: false });
	assert.equal(toggle(v)?.getAttribute("aria-pressed"), "false");
	assert.deepEqual([level(v, "2026-06-20"), level(v, "2026-06-21")], [4, 0]);
	assert.deepEqual(v.getState(), { grouping: "day" }, "the default is not written");
	await v.setState({ heatmapColourBy: "time" }, { history: false });
	assert.equal(level(v, "2026-06-21"), 4);
	assert.deepEqual(problems(t), []);
	await done();
});

test("reading time: in Chinese, the toggle, tooltip and day header", async () => {
	const { v, done } = await open(CACHE, "zh");
	assert.equal(toggle(v)?.textContent, "阅读时长");
	assert.equal(label(v, "2026-06-19"), "2026-06-19：1 条 · 阅读 45 分钟");
	assert.equal(headerTime(v, "2026-06-19"), "阅读 45 分钟");
	await done();
});

test("reading time: a malformed, foreign or huge cache hides the toggle and Show parse problems says why", async () => {
	const cases: [string, string, RegExp][] = [
		["{not json", "reading-time-not-json", /^The reading-time cache is not valid JSON\. The heatmap colours days by entries only\.$/],
		['{"version":2,"data":{}}', "reading-time-unknown-version", /version this plugin does not know/],
		['{"version":1,"data":[]}', "reading-time-no-data", /no "data" object/],
		[JSON.stringify({ version: 1, data: { "2026-5-19": 60 }, pad: "x".repeat(MAX_READING_TIME_BYTES) }), "reading-time-too-large", /larger than 2 MB and was not read/],
		['{"version":1,"data":{}}', "reading-time-empty", /holds no day with reading/],
	];
	for (const [text, code, message] of cases) {
		const { t, v, done } = await open(text);
		assert.ok(cell(v, "2026-06-19"), code);
		assert.equal(toggle(v), null, code);
		assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries", code);
		const found = problems(t);
		assert.deepEqual(found.map((p) => p.code), [code]);
		assert.match(found[0]?.message ?? "", message);
		if (code === "reading-time-too-large") {
			// Refused by its stat: never read into memory.
			assert.equal(t.app.vault.adapter.calls.filter((c) => c.method === "read" && c.path === READING_TIME_CACHE_PATH).length, 0);
		}
		await done();
	}
});

test("reading time: entries a good cache must skip are listed; the rest colours the heatmap", async () => {
	const { t, v, done } = await open('{"version":1,"data":{"2026-5-19":2700,"2026-12-1":60,"2026-5-40":60,"2026-5-20":-1}}');
	assert.ok(toggle(v));
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries · 45 min read");
	assert.equal(label(v, "2026-06-20"), "2026-06-20: 1 entries");
	assert.deepEqual(
		problems(t).map((p) => [p.code, p.level, p.message]),
		[
			["reading-time-impossible-date", "warning", "2 days of the reading-time cache were skipped: no such date (2026-12-1, 2026-5-40)."],
			["reading-time-bad-seconds", "warning", "1 days of the reading-time cache were skipped: not the seconds of one day (2026-5-20)."],
		],
	);
	await done();
});

test("reading time: the cache appearing, changing and going away is seen within the recheck interval; unchanged, it is not read again", async () => {
	const t = createTestApp({ files: fixtureVaultFiles() });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(t.app.commands.executeCommandById("weread-highlights:open-reading-timeline"), true);
	await t.clock.runAll();
	const v = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	assert.ok(v instanceof TimelineView);
	const adapter = t.app.vault.adapter;
	const reads = (): number => adapter.calls.filter((c) => c.method === "read" && c.path === READING_TIME_CACHE_PATH).length;
	assert.equal(toggle(v), null);

	adapter._putHiddenFile(READING_TIME_CACHE_PATH, CACHE);
	await t.clock.advance(READING_TIME_RECHECK_MS);
	await t.clock.runAll();
	assert.ok(toggle(v), "the toggle appears once the sync plugin has written its cache");
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries · 45 min read");
	assert.equal(headerTime(v, "2026-06-19"), "45 min read");
	assert.equal(reads(), 1);

	// Unchanged: each look is a stat, no read.
	await t.clock.advance(3 * READING_TIME_RECHECK_MS);
	await t.clock.runAll();
	assert.equal(reads(), 1);

	// The statistics view fetched the month again: 19 June now holds 1 h 30 min.
	adapter._putHiddenFile(READING_TIME_CACHE_PATH, CACHE.replace("2700", "5400"));
	await t.clock.advance(READING_TIME_RECHECK_MS);
	await t.clock.runAll();
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries · 1 h 30 min read");
	assert.equal(headerTime(v, "2026-06-19"), "1 h 30 min read");
	assert.equal(reads(), 2);

	// Window focus looks at once (another device's file through Obsidian Sync).
	adapter._putHiddenFile(READING_TIME_CACHE_PATH, "{broken");
	window.dispatchEvent(new Event("focus"));
	await t.clock.runAll();
	assert.equal(toggle(v), null);
	assert.equal(label(v, "2026-06-19"), "2026-06-19: 1 entries");

	adapter._removeHiddenFile(READING_TIME_CACHE_PATH);
	await t.clock.advance(READING_TIME_RECHECK_MS);
	await t.clock.runAll();
	assert.equal(toggle(v), null);
	assert.deepEqual(problems(t).map((p) => p.code), ["reading-time-absent"]);
	assert.equal(t.clock.pendingIntervals, 1, "the recheck interval runs while the plugin is loaded");
	await unload();
	assert.equal(t.clock.pendingIntervals, 0, "registerInterval: cleared with the plugin");
	t.assertClean();
	t.dispose();
});

// The timeline's year heatmap in the pane (issue 11): it counts what the list shows under the search and book
// filters (not under its own day filter), and today's year stops at today. Expected values come from the fixture
// vault (test/fixtures/vault/weread):
//   园丁与木匠      2023-02-27 (two), 2023-03-02, 2023-03-03
//   The Quiet Orchard 2024-05-03 (two), 2024-06-10 — "quiet" matches all three through the title
//   夜航灯塔        2026-06-19, 2026-06-20
// Scrolling the newest week into view needs layout: the e2e tier checks it in Chromium (test/e2e/timeline.test.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import type { EntryActions } from "../../src/views/entry-actions.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { createTestApp } from "../shim/test-app.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";
import { openTimelineOver, openTimelineWithPlugin, type OpenTimeline } from "./helpers/timeline-plugin.ts";

const GARDEN = "weread/园丁与木匠.md";

function click(el: Element | null): void {
	assert.ok(el, "element to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

function key(el: Element | null, k: string): void {
	assert.ok(el, "element for the key");
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}

const text = (v: TimelineView, selector: string): string => v.contentEl.querySelector(selector)?.textContent ?? "";
const count = (v: TimelineView, day: string): string | null => v.contentEl.querySelector(`.wrh-heatmap-cell[data-day="${day}"]`)?.getAttribute("data-count") ?? null;

function openPlugin(): Promise<OpenTimeline> {
	return openTimelineWithPlugin(fixtureVaultFiles());
}

test("timeline heatmap: it and its header count what the list shows under a book or a search; a day pick keeps them", async () => {
	const { t, v, done } = await openPlugin();
	const select = v.contentEl.querySelector<HTMLSelectElement>(".wrh-timeline-book");
	assert.ok(select);
	select.value = GARDEN;
	select.dispatchEvent(new Event("change", { bubbles: true }));
	assert.equal(text(v, ".wrh-timeline-summary"), "4 entries");
	// The book has no entry in the year the pane opened on (2026, or the real clock's year): the heatmap goes to
	// the book's newest year, and its year buttons only to years the book has entries in (none other).
	assert.equal(text(v, ".wrh-heatmap-year"), "2023");
	assert.equal(text(v, ".wrh-heatmap-summary"), "4 entries on 3 days");
	assert.deepEqual([count(v, "2023-02-27"), count(v, "2023-03-02"), count(v, "2023-03-03")], ["2", "1", "1"]);
	assert.equal(v.contentEl.querySelector<HTMLButtonElement>('[aria-label="Previous year"]')?.disabled, true);
	assert.equal(v.contentEl.querySelector<HTMLButtonElement>('[aria-label="Next year"]')?.disabled, true);

	// Picking a day narrows the list, not the heatmap (another day must stay pickable).
	click(v.contentEl.querySelector('.wrh-heatmap-cell[data-day="2023-03-02"]'));
	assert.equal(text(v, ".wrh-timeline-summary"), "1 entries");
	assert.equal(text(v, ".wrh-heatmap-summary"), "4 entries on 3 days");
	assert.equal(count(v, "2023-02-27"), "2");
	click(v.contentEl.querySelector(".wrh-timeline-filters .wrh-timeline-clear"));

	// A search: "quiet" is in The Quiet Orchard's title, so its three highlights, all in 2024.
	const input = v.contentEl.querySelector<HTMLInputElement>(".wrh-timeline-search");
	assert.ok(input);
	input.value = "quiet";
	input.dispatchEvent(new Event("input", { bubbles: true }));
	await t.clock.advance(200);
	assert.equal(text(v, ".wrh-timeline-summary"), "3 entries");
	assert.equal(text(v, ".wrh-heatmap-year"), "2024");
	assert.equal(text(v, ".wrh-heatmap-summary"), "3 entries on 2 days");
	assert.deepEqual([count(v, "2024-05-03"), count(v, "2024-06-10")], ["2", "1"]);
	// With the search cleared the heatmap counts every book again (2024 holds only the orchard's entries).
	click(v.contentEl.querySelector('.wrh-timeline-chip[data-filter="query"]'));
	assert.equal(text(v, ".wrh-timeline-summary"), "9 entries");
	assert.equal(text(v, ".wrh-heatmap-summary"), "3 entries on 2 days");
	click(v.contentEl.querySelector('[aria-label="Next year"]'));
	assert.equal(text(v, ".wrh-heatmap-year"), "2026");
	assert.equal(text(v, ".wrh-heatmap-summary"), "2 entries on 2 days");
	await done();
});

const actions: EntryActions = { open: () => {}, openLine: () => {}, hoverLine: () => {}, hover: () => {}, dragText: () => "", showMenu: () => {}, citedCount: () => 0, renderMarkdown: () => Promise.resolve() };

test("timeline heatmap: today's year stops at today; no cell after it, and the keyboard cannot go there", async () => {
	const t = createTestApp();
	const index = new HighlightIndex();
	for (const [path, body] of Object.entries(fixtureVaultFiles())) index.upsertNote(path, body);
	// Wednesday 2026-06-24, four days after the vault's newest entry (2026-06-20).
	const view = await openTimelineOver(t, index, { actions, today: () => "2026-06-24" });
	await t.clock.runAll();
	assert.equal(text(view, ".wrh-heatmap-year"), "2026");
	const days = Array.from(view.contentEl.querySelectorAll(".wrh-heatmap-cell"), (c) => c.getAttribute("data-day") ?? "");
	// Jan 1 to Jun 24: 31 + 28 + 31 + 30 + 31 + 24 = 175 days, the last one today.
	assert.equal(days.length, 175);
	assert.equal(days.at(-1), "2026-06-24");
	// Weeks start on Monday (the default): 2026-01-01 is a Thursday, so column 0 is the week of Monday 2025-12-29
	// (three pads) and today's week, Monday 06-22, is column 25 (175 days on): 26 columns, Thursday to Sunday of
	// today's week padded. 26 × 7 = 182 = 175 cells + 7 pads.
	assert.equal(view.contentEl.querySelectorAll(".wrh-heatmap-grid > *").length, 182);
	assert.equal(view.contentEl.querySelector(".wrh-heatmap-grid")?.getAttribute("style")?.includes("--wrh-heatmap-weeks: 26"), true);
	assert.deepEqual(Array.from(view.contentEl.querySelectorAll(".wrh-heatmap-month"), (m) => m.textContent), ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]);
	assert.equal(text(view, ".wrh-heatmap-summary"), "2 entries on 2 days");
	// The tab stop is the newest day with entries; a week to the right would be after today: focus stays.
	const stop = view.contentEl.querySelector<HTMLElement>('.wrh-heatmap-cell[tabindex="0"]');
	assert.equal(stop?.getAttribute("data-day"), "2026-06-20");
	stop?.focus();
	key(stop, "ArrowRight");
	assert.equal((activeDocument.activeElement as HTMLElement).getAttribute("data-day"), "2026-06-20");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	assert.equal((activeDocument.activeElement as HTMLElement).getAttribute("data-day"), "2026-06-24", "today is the last cell");
	view.leaf.detach();
	await t.clock.runAll();
	t.dispose();
});

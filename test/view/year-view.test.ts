// A year in reading (issue 14 item 4) in the pane, over the real plugin: the command opens it, the figures show,
// every figure leads where it says (the timeline's recorded state, the book pane), the year switches by button and
// by keyboard, Chinese, the heatmap's year label opens it, reading time shows only when the source knows it, a
// restored pane is reused, and the plugin unloads clean. The vault is this file's own; its 2025 by hand:
//   Walden (文学-外国文学)   2025-03-01, 03-02, 03-03, 07-04 ×3, 12-31; 2024-05-01
//   论语 (哲学宗教-中国哲学)  2025-07-05
//   → 8 entries, 2 books, 8 highlights, 0 thoughts; reading days 03-01 03-02 03-03 07-04 07-05 12-31 = 6;
//     runs 03-01…03-03 (3) and 07-04…07-05 (2) → streak 3 days, 2025-03-01 to 2025-03-03; busiest 07-04 (3);
//     highlights per month Mar 3, Jul 4, Dec 1; top books Walden 7, 论语 1; categories 文学 7, 哲学宗教 1.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_BOOK, VIEW_TYPE_TIMELINE, VIEW_TYPE_YEAR } from "../../src/constants.ts";
import { translator } from "../../src/core/i18n.ts";
import { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import type { ReadingTimeSource } from "../../src/core/reading-time.ts";
import { BookView } from "../../src/views/book-view.ts";
import type { DaysTarget } from "../../src/views/render/year/figures.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { YearView } from "../../src/views/year-view.ts";
import { DeferredView } from "../shim/view.ts";
import { createTestApp, loadPlugin, type SavedLayout, type TestApp } from "../shim/test-app.ts";
import { $, click, key, run, settle } from "./helpers/book-pane.ts";

const SHOW_YEAR = "weread-highlights:show-year-in-reading";
const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";
const WALDEN = "weread/Walden.md";
const LUNYU = "weread/论语.md";

/** A WeRead note of one chapter with a highlight at each time (ids from the range, so every one is distinct). */
function note(bookId: string, title: string, author: string, category: string, times: readonly string[]): string {
	const highlights = times.map((at, i) => `> 📌 Highlight ${i + 1} of ${title}. \n> ⏱ ${at} ^${bookId}-1-${i * 100}-${i * 100 + 50}\n`);
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${bookId}"\ntitle: ${title}\nauthor: ${author}\ncategory: ${category}\n---\n# 高亮划线\n## Chapter 1\n${highlights.join("\n")}\n# 读书笔记\n\n# 本书评论\n`;
}

const FILES = {
	[WALDEN]: note("7700001", "Walden", "Henry David Thoreau", "文学-外国文学", [
		"2024-05-01 20:00:00",
		"2025-03-01 21:00:00",
		"2025-03-02 21:00:00",
		"2025-03-03 21:00:00",
		"2025-07-04 08:00:00",
		"2025-07-04 09:00:00",
		"2025-07-04 10:00:00",
		"2025-12-31 22:00:00",
	]),
	[LUNYU]: note("7700002", "论语", "孔子", "哲学宗教-中国哲学", ["2025-07-05 20:00:00"]),
};

async function start(language?: string, layout?: SavedLayout): Promise<{ t: TestApp; unload: () => Promise<void> }> {
	const t = createTestApp({ files: FILES, ...(language === undefined ? {} : { language }), ...(layout === undefined ? {} : { layout }) });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, unload };
}

async function openYear(t: TestApp): Promise<YearView> {
	run(t, SHOW_YEAR);
	await settle(t);
	const views = t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR).map((l): unknown => l.view);
	assert.equal(views.length, 1, "one year pane");
	const v = views[0];
	assert.ok(v instanceof YearView);
	return v;
}

function timeline(t: TestApp): TimelineView {
	const v = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	assert.ok(v instanceof TimelineView, "the timeline is open");
	return v;
}

const card = (v: YearView, figure: string): HTMLElement => $(v.contentEl, `.wrh-year-card[data-figure="${figure}"]`);
const cardText = (v: YearView, figure: string): string[] => Array.from(card(v, figure).children, (c) => c.textContent ?? "");

async function done(t: TestApp, unload: () => Promise<void>): Promise<void> {
	await unload();
	t.assertClean();
	t.dispose();
}

test("year in reading: the command opens the latest year with entries in the main area; its figures as worked out by hand", async () => {
	const { t, unload } = await start();
	const v = await openYear(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR)[0]?.side, "main");
	assert.equal(v.shownYear, 2025);
	assert.equal($(v.contentEl, ".wrh-year-title").textContent, "2025 in reading");
	assert.deepEqual(cardText(v, "books"), ["Books touched", "2"]);
	assert.deepEqual(cardText(v, "highlights"), ["Highlights", "8"]);
	assert.deepEqual(cardText(v, "thoughts"), ["Thoughts", "0"]);
	assert.deepEqual(cardText(v, "days"), ["Reading days", "6"]);
	assert.deepEqual(cardText(v, "streak"), ["Longest streak", "3 days", "2025-03-01 to 2025-03-03"]);
	assert.deepEqual(cardText(v, "busiest"), ["Busiest day", "2025-07-04", "3 entries"]);
	// No reading-time cache is wired (NO_READING_TIME): no time figure at all, rather than a zero.
	assert.equal(v.contentEl.querySelector('[data-figure="time"]'), null);
	const months = Array.from(v.contentEl.querySelectorAll<HTMLButtonElement>(".wrh-year-month"));
	assert.equal(months.length, 12);
	assert.deepEqual(
		months.map((m) => m.querySelector(".wrh-year-month-count")?.textContent),
		["", "", "3", "", "", "", "4", "", "", "", "", "1"],
	);
	assert.equal(months[6]?.getAttribute("aria-label"), "Jul: 4 highlights");
	// The busiest month fills its track; March is 3/4 of it; an empty month leads nowhere.
	assert.equal(months[6]?.querySelector<HTMLElement>(".wrh-year-month-bar")?.style.getPropertyValue("--wrh-year-bar"), "1");
	assert.equal(months[2]?.querySelector<HTMLElement>(".wrh-year-month-bar")?.style.getPropertyValue("--wrh-year-bar"), "0.75");
	assert.equal(months[0]?.disabled, true);
	assert.equal(months[2]?.disabled, false);
	assert.deepEqual(
		Array.from(v.contentEl.querySelectorAll(".wrh-year-books .wrh-year-book"), (b) => [b.getAttribute("data-path"), b.querySelector(".wrh-year-count")?.textContent]),
		[
			[WALDEN, "7 entries"],
			[LUNYU, "1 entries"],
		],
	);
	assert.deepEqual(
		Array.from(v.contentEl.querySelectorAll(".wrh-year-category"), (c) => [c.getAttribute("data-category"), c.querySelector(".wrh-year-count")?.textContent]),
		[
			["文学", "7 entries · 1 books"],
			["哲学宗教", "1 entries · 1 books"],
		],
	);
	await done(t, unload);
});

test("year in reading: every figure leads where it says — a month, the streak, the busiest day and the year to the timeline; a book to its pane", async () => {
	const { t, unload } = await start();
	const v = await openYear(t);
	const showing = (): string => $(timeline(t).contentEl, ".wrh-timeline-summary").textContent ?? "";

	click($(v.contentEl, '.wrh-year-month[data-month="3"]'));
	await settle(t);
	assert.deepEqual(timeline(t).timelineState.range, { from: "2025-03-01", to: "2025-03-31" });
	assert.equal(timeline(t).timelineState.day, null);
	assert.equal(showing(), "3 entries");
	assert.equal($(timeline(t).contentEl, '.wrh-timeline-chip[data-filter="range"]').textContent, "Dates: 2025-03-01 to 2025-03-31×");

	// The busiest day replaces the range with a day (one filter of days at a time).
	click(card(v, "busiest"));
	await settle(t);
	assert.equal(timeline(t).timelineState.day, "2025-07-04");
	assert.equal(timeline(t).timelineState.range, null);
	assert.equal(showing(), "3 entries");

	click(card(v, "streak"));
	await settle(t);
	assert.deepEqual(timeline(t).timelineState.range, { from: "2025-03-01", to: "2025-03-03" });
	assert.equal(showing(), "3 entries");

	// A search typed in the timeline is cleared: the figure counted every entry of those days.
	timeline(t).change({ query: "Walden" });
	click(card(v, "days"));
	await settle(t);
	assert.deepEqual(timeline(t).timelineState.range, { from: "2025-01-01", to: "2025-12-31" });
	assert.equal(timeline(t).timelineState.query, "");
	assert.equal(showing(), "8 entries");
	// The range chip removes the range.
	click($(timeline(t).contentEl, '.wrh-timeline-chip[data-filter="range"]'));
	assert.equal(timeline(t).timelineState.range, null);
	assert.equal(showing(), "9 entries");

	click($(v.contentEl, `.wrh-year-books .wrh-year-book[data-path="${LUNYU}"]`));
	await settle(t);
	const book = t.app.workspace.getLeavesOfType(VIEW_TYPE_BOOK)[0]?.view;
	assert.ok(book instanceof BookView);
	assert.equal(book.currentPath, LUNYU);
	// A category opens (a <details>) to its books, which lead to their pane too.
	const category = $(v.contentEl, '.wrh-year-category[data-category="文学"]') as HTMLDetailsElement;
	click($(category, "summary"));
	click($(category, `.wrh-year-book[data-path="${WALDEN}"]`));
	await settle(t);
	assert.equal(book.currentPath, WALDEN);
	await done(t, unload);
});

test("year in reading: the switcher goes to the years with entries by button and by arrow key; focus stays on it; the year is the view's state", async () => {
	const { t, unload } = await start();
	const v = await openYear(t);
	const prev = $(v.contentEl, '.wrh-year-nav[aria-label="Previous year"]') as HTMLButtonElement;
	const next = $(v.contentEl, '.wrh-year-nav[aria-label="Next year"]') as HTMLButtonElement;
	assert.equal(next.disabled, true);
	prev.focus();
	click(prev);
	assert.equal(v.shownYear, 2024);
	assert.equal($(v.contentEl, ".wrh-year-title").textContent, "2024 in reading");
	assert.deepEqual(cardText(v, "highlights"), ["Highlights", "1"]);
	assert.deepEqual(cardText(v, "streak"), ["Longest streak", "1 days", "2024-05-01"]);
	assert.equal(prev.disabled, true);
	assert.equal(activeDocument.activeElement, prev, "the button keeps the focus");
	assert.deepEqual(v.getState(), { year: 2024 });
	key(prev, "ArrowRight");
	assert.equal(v.shownYear, 2025);
	key(next, "ArrowLeft");
	assert.equal(v.shownYear, 2024);
	// A one-day streak leads to that day.
	click(card(v, "streak"));
	await settle(t);
	assert.equal(timeline(t).timelineState.day, "2024-05-01");
	// A year with nothing dated says so (the state can ask for any year).
	await v.setState({ year: 2019 }, { history: false });
	assert.equal($(v.contentEl, ".wrh-year-empty").textContent, "No highlights or thoughts are dated in 2019.");
	assert.equal(v.contentEl.querySelector(".wrh-year-card"), null);
	assert.equal(next.disabled, false, "2019 → the next year with entries, 2024");
	click(next);
	assert.equal(v.shownYear, 2024);
	await done(t, unload);
});

test("year in reading: in Chinese", async () => {
	const { t, unload } = await start("zh");
	const v = await openYear(t);
	assert.equal(v.getDisplayText(), "年度阅读");
	assert.equal($(v.contentEl, ".wrh-year-title").textContent, "2025 年阅读");
	assert.deepEqual(cardText(v, "streak"), ["最长连续阅读", "3 天", "2025-03-01 至 2025-03-03"]);
	assert.deepEqual(cardText(v, "busiest"), ["最忙的一天", "2025-07-04", "3 条"]);
	assert.equal($(v.contentEl, '.wrh-year-month[data-month="7"]').getAttribute("aria-label"), "7月：4 条划线");
	assert.equal($(v.contentEl, ".wrh-year-months-section .wrh-year-heading").textContent, "每月划线");
	assert.equal(t.app.commands.commands.get(SHOW_YEAR)?.name, "WeRead Highlights: 显示年度阅读");
	await done(t, unload);
});

test("year in reading: the heatmap's year label is a button (Tab and Enter reach it; Chromium checks the key) that opens that year", async () => {
	const { t, unload } = await start();
	run(t, OPEN_TIMELINE);
	await t.clock.runAll();
	const tl = timeline(t);
	click($(tl.contentEl, '[aria-label="Previous year"]'));
	const label = $(tl.contentEl, "button.wrh-heatmap-year");
	assert.equal(label.textContent, "2024");
	assert.equal(label.getAttribute("aria-label"), "Show 2024 in reading");
	click(label);
	await settle(t);
	const v = t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR)[0]?.view;
	assert.ok(v instanceof YearView);
	assert.equal(v.shownYear, 2024);
	// From the label again, on another year: the same pane, showing that year.
	click($(tl.contentEl, '[aria-label="Next year"]'));
	click($(tl.contentEl, "button.wrh-heatmap-year"));
	await settle(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR).length, 1);
	assert.equal(v.shownYear, 2025);
	await done(t, unload);
});

test("year in reading: a pane restored in a background tab (deferred) is revealed and reused, keeping its year", async () => {
	const first = await start();
	const v = await openYear(first.t);
	v.showYear(2024);
	// A note opens in another tab in front of it.
	const file = first.t.app.vault.getFileByPath(WALDEN);
	assert.ok(file);
	await first.t.app.workspace.getLeaf("tab").openFile(file);
	assert.deepEqual(
		first.t.saveLayout().leaves.filter((l) => l.side === "main").map((l) => [l.viewState.type, l.selected]),
		[
			[VIEW_TYPE_YEAR, false],
			["markdown", true],
		],
	);
	const layout = first.t.saveLayout();
	await first.unload();
	first.t.dispose();

	const { t, unload } = await start(undefined, layout);
	const [restored] = t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR);
	assert.ok(restored?.view instanceof DeferredView, "a background tab is deferred");
	run(t, SHOW_YEAR);
	await settle(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_YEAR).length, 1, "no second pane");
	assert.ok(restored.view instanceof YearView, "revealing loaded it");
	assert.equal(restored.view.shownYear, 2024);
	await done(t, unload);
});

test("year in reading: time read shows only while the reading-time source knows it, and follows its changes", async () => {
	const t = createTestApp({ files: {} });
	const index = new HighlightIndex();
	for (const [path, text] of Object.entries(FILES)) index.upsertNote(path, text);
	let seconds: ReadonlyMap<string, number> | null = null;
	const listeners = new Set<() => void>();
	const readingTime: ReadingTimeSource = {
		secondsByDay: () => seconds,
		onChange: (fn) => {
			listeners.add(fn);
			return () => listeners.delete(fn);
		},
	};
	const shown: DaysTarget[] = [];
	const en = translator("en");
	const view = new YearView(t.app.workspace.getLeaf(true) as never, {
		index,
		readingTime,
		t: () => en,
		status: { getStatus: () => ({ state: "warm", done: 0, total: 0 }), onStatus: () => () => {} },
		showDays: (target) => shown.push(target),
		showBook: () => {},
		today: () => "2025-08-01",
	});
	await (view.leaf as unknown as { open(v: unknown): Promise<unknown> }).open(view);
	assert.equal(view.contentEl.querySelector('[data-figure="time"]'), null);
	// 1 h 1 min 40 s + 20 min in 2025 (the 2024 day is another year's) → 1 h 21 min on 2 days.
	seconds = new Map([
		["2025-03-01", 3700],
		["2025-07-04", 1200],
		["2024-05-01", 600],
	]);
	for (const fn of listeners) fn();
	await t.clock.runAll();
	assert.deepEqual(cardText(view, "time"), ["Time read", "1 h 21 min", "on 2 days"]);
	click(card(view, "time"));
	assert.deepEqual(shown, [{ range: { from: "2025-01-01", to: "2025-12-31" } }]);
	seconds = null;
	for (const fn of listeners) fn();
	await t.clock.runAll();
	assert.equal(view.contentEl.querySelector('[data-figure="time"]'), null);
	view.leaf.detach();
	await settle(t);
	assert.equal(listeners.size, 0, "the pane let go of the source when it closed");
	t.dispose();
});

// The reading timeline pane (issue 4) through the real plugin on the fixture vault: where it opens, groups and rows,
// every click and key, grouping, search, book and heatmap filters, live updates, states, reveal, cleanup.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { CHANGE_DEBOUNCE_MS, VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { createTestApp, loadPlugin, type TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const COMMAND = "weread-highlights:open-reading-timeline";
const ORCHARD = "weread/The Quiet Orchard.md";
const GARDEN = "weread/园丁与木匠.md";

/** A book whose one highlight is HTML, one has an id Obsidian cannot resolve (`_`), and one is long. */
const EXTRA = "weread/Odd Book.md";
const LONG = "Long ".repeat(80).trim();
const EXTRA_TEXT = `---
doc_type: weread-highlights-reviews
bookId: "9900009"
title: Odd Book
---
# 高亮划线
## Chapter X
> 📌 <img src=x onerror=alert(1)> 
> ⏱ 2022-01-05 10:00:00 ^9900009-1-10-20

> 📌 Underscore ids are not blocks. 
> ⏱ 2022-01-05 09:00:00 ^9900009-1_30-40

> 📌 ${LONG} 
> ⏱ 2022-01-04 09:00:00 ^9900009-1-50-60
`;

interface Harness {
	readonly t: TestApp;
	unload(): Promise<void>;
}

async function start(options: { files?: Record<string, string>; ready?: boolean; fixture?: boolean; language?: string } = {}): Promise<Harness> {
	const t = createTestApp({ files: { ...(options.fixture === false ? {} : fixtureVaultFiles()), ...options.files }, language: options.language });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	if (options.ready !== false) {
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
	}
	return { t, unload };
}

async function openPane(t: TestApp): Promise<TimelineView> {
	assert.equal(t.app.commands.executeCommandById(COMMAND), true);
	await t.clock.runAll();
	return view(t);
}

function view(t: TestApp): TimelineView {
	const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE);
	assert.equal(leaves.length, 1, "one timeline pane");
	const v = leaves[0]?.view;
	assert.ok(v instanceof TimelineView);
	return v;
}

const texts = (el: ParentNode, selector: string): string[] => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");

/** The list as lines: `# label count` for group headers, `time | book | chapter | text` for entries. */
function listing(v: TimelineView): string[] {
	return Array.from(v.contentEl.querySelectorAll(".wrh-vlist-rows > *")).map((el) =>
		el.hasClass("wrh-timeline-group")
			? `# ${el.querySelector(".wrh-timeline-group-label")?.textContent} ${el.querySelector(".wrh-timeline-group-count")?.textContent}`
			: [".wrh-entry-time", ".wrh-entry-book", ".wrh-entry-chapter", ".wrh-entry-text"].map((s) => el.querySelector(s)?.textContent ?? "-").join(" | ") +
				(el.querySelector(".wrh-entry-thought") ? ` (${el.querySelector(".wrh-entry-thought-text")?.textContent})` : ""),
	);
}

function entryRow(v: TimelineView, text: string): HTMLElement {
	const row = Array.from(v.contentEl.querySelectorAll<HTMLElement>(".wrh-entry")).find((r) => r.querySelector(".wrh-entry-text")?.textContent === text);
	assert.ok(row, `row "${text}"`);
	return row;
}

function click(el: Element | null, init: MouseEventInit = {}): void {
	assert.ok(el, "element to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

function key(el: Element | null, k: string, init: KeyboardEventInit = {}): void {
	assert.ok(el, "element for the key");
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
}

async function type(t: TestApp, v: TimelineView, query: string): Promise<void> {
	const input = v.contentEl.querySelector<HTMLInputElement>(".wrh-timeline-search");
	assert.ok(input);
	input.value = query;
	input.dispatchEvent(new Event("input", { bubbles: true }));
	await t.clock.advance(200);
}

function cell(v: TimelineView, day: string): HTMLElement {
	const el = v.contentEl.querySelector<HTMLElement>(`.wrh-heatmap-cell[data-day="${day}"]`);
	assert.ok(el, `heatmap cell ${day}`);
	return el;
}

async function finish(h: Harness): Promise<void> {
	await h.unload();
	h.t.assertClean();
	h.t.dispose();
}

const FIXTURE_DAY_LISTING = [
	"# 2026-06-20 · Saturday 1",
	"06:00 | 夜航灯塔 | 第3节 守夜人 | 海上的夜晚没有路标，只有光。",
	"# 2026-06-19 · Friday 1",
	"23:10 | 夜航灯塔 | 第3节 守夜人 | 灯塔不会追赶船只，[插图]它只是一直亮着。",
	"# 2024-06-10 · Monday 1",
	"22:30 | The Quiet Orchard | Part Two | Quiet is not the absence of sound but the presence of attention.",
	"# 2024-05-03 · Friday 2",
	"08:05 | The Quiet Orchard | 1. Pruning | The orchard keeps its own calendar.",
	"08:02 | The Quiet Orchard | 1. Pruning | Every branch you cut is a decision about next year's fruit.",
	"# 2023-03-03 · Friday 1",
	"00:00 | 园丁与木匠 | 第二章 工具与耐心 | 耐心是一种被低估的工具。 (我总是急着看到结果。)",
	"# 2023-03-02 · Thursday 1",
	"23:59 | 园丁与木匠 | 第二章 工具与耐心 | 磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。",
	"# 2023-02-27 · Monday 2",
	"21:15 | 园丁与木匠 | 第一章 花园里的清晨 | 木匠说，好的榫卯不用一颗钉子。",
	"07:41 | 园丁与木匠 | 第一章 花园里的清晨 | 清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。",
];

test("timeline: the command and the ribbon open one pane in the right sidebar, grouped by day, newest first", async () => {
	const h = await start();
	const { t } = h;
	const v = await openPane(t);
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0];
	assert.equal(leaf?.side, "right");
	assert.ok(leaf !== undefined && t.app.workspace.revealed.includes(leaf), "revealed");
	assert.equal(leaf?.getDisplayText(), "Reading timeline");
	assert.deepEqual(listing(v), FIXTURE_DAY_LISTING);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-summary"), ["9 entries"]);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-grouping-option.is-active"), ["Day"]);

	// The ribbon icon reveals the same pane.
	const ribbon = t.app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open reading timeline"]');
	click(ribbon);
	await t.clock.runAll();
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE).length, 1);
	assert.equal(t.app.workspace.revealed.filter((l) => l === leaf).length, 2);
	await finish(h);
});

test("timeline: click, Mod-click and Enter open the highlight at its block; an unresolvable id opens the line", async () => {
	const h = await start({ files: { [EXTRA]: EXTRA_TEXT } });
	const { t } = h;
	const v = await openPane(t);
	const quiet = entryRow(v, "Quiet is not the absence of sound but the presence of attention.");
	click(quiet);
	click(quiet, { ctrlKey: true });
	quiet.focus();
	key(quiet, "Enter");
	assert.deepEqual(
		t.app.workspace.openedLinks.map((l) => [l.linktext, l.newLeaf]),
		[
			[`${ORCHARD}#^9900002-20-15-80`, false],
			[`${ORCHARD}#^9900002-20-15-80`, "tab"],
			[`${ORCHARD}#^9900002-20-15-80`, false],
		],
	);
	// Scroll the odd book's rows in (they are the oldest) and click the one whose id has an underscore.
	const list = v.list;
	assert.ok(list);
	list.scrollToIndex(list.length - 1);
	click(entryRow(v, "Underscore ids are not blocks."));
	assert.deepEqual(
		t.app.workspace.openedFiles.map((f) => [f.path, f.openState?.eState]),
		[[EXTRA, { line: 10 }]],
	);
	await finish(h);
});

test("timeline: a highlight holding HTML renders as text", async () => {
	const h = await start({ files: { [EXTRA]: EXTRA_TEXT } });
	const v = await openPane(h.t);
	v.list?.scrollToIndex((v.list?.length ?? 1) - 1);
	const row = entryRow(v, "<img src=x onerror=alert(1)>");
	assert.equal(row.querySelector("img"), null);
	assert.equal(v.contentEl.querySelector("img"), null);
	await finish(h);
});

test("timeline: grouping toggle switches to weeks and months; headers carry counts", async () => {
	const h = await start();
	const v = await openPane(h.t);
	click(v.contentEl.querySelector('[data-grouping="week"]'));
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-grouping-option.is-active"), ["Week"]);
	// Settings default: weeks start on Monday. 2026-06-20 (Sat) and 06-19 (Fri) share the week of 06-15.
	assert.deepEqual(
		listing(v).filter((l) => l.startsWith("#")),
		// The week of Monday 2023-02-27 holds 02-27 (two), 03-02 and 03-03.
		["# Week of 2026-06-15 2", "# Week of 2024-06-10 1", "# Week of 2024-04-29 2", "# Week of 2023-02-27 4"],
	);
	// Under weeks and months, rows show the date too.
	assert.equal(listing(v)[1], "2026-06-20 06:00 | 夜航灯塔 | 第3节 守夜人 | 海上的夜晚没有路标，只有光。");
	click(v.contentEl.querySelector('[data-grouping="month"]'));
	assert.deepEqual(
		listing(v).filter((l) => l.startsWith("#")),
		["# 2026-06 2", "# 2024-06 1", "# 2024-05 2", "# 2023-03 2", "# 2023-02 2"],
	);
	assert.deepEqual(v.getState(), { grouping: "month" });
	await finish(h);
});

test("timeline: search filters the list, shows a chip, and an empty result explains itself", async () => {
	const h = await start();
	const { t } = h;
	const v = await openPane(t);
	await type(t, v, "quiet");
	// "quiet" is in one highlight and in the book title "The Quiet Orchard": all three of its highlights.
	assert.deepEqual(texts(v.contentEl, ".wrh-entry-text"), [
		"Quiet is not the absence of sound but the presence of attention.",
		"The orchard keeps its own calendar.",
		"Every branch you cut is a decision about next year's fruit.",
	]);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-chip-text"), ["Search: quiet"]);
	await type(t, v, "榫卯");
	assert.deepEqual(texts(v.contentEl, ".wrh-entry-text"), ["木匠说，好的榫卯不用一颗钉子。"]);
	await type(t, v, "no such words");
	assert.deepEqual(texts(v.contentEl, ".wrh-entry"), []);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-no-matches .wrh-timeline-message-title"), ["Nothing matches these filters."]);
	click(v.contentEl.querySelector(".wrh-timeline-no-matches .wrh-timeline-clear"));
	assert.equal(v.contentEl.querySelector<HTMLInputElement>(".wrh-timeline-search")?.value, "");
	assert.equal(listing(v).length, FIXTURE_DAY_LISTING.length);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-chip"), []);
	await finish(h);
});

test("timeline: the book filter keeps one book", async () => {
	const h = await start();
	const v = await openPane(h.t);
	const select = v.contentEl.querySelector<HTMLSelectElement>(".wrh-timeline-book");
	assert.ok(select);
	assert.deepEqual(Array.from(select.options).map((o) => o.textContent), ["All books", "The Quiet Orchard", "园丁与木匠", "夜航灯塔"].sort((a, b) => (a === "All books" ? -1 : b === "All books" ? 1 : a.localeCompare(b))));
	select.value = GARDEN;
	select.dispatchEvent(new Event("change", { bubbles: true }));
	assert.deepEqual(new Set(texts(v.contentEl, ".wrh-entry-book")), new Set(["园丁与木匠"]));
	assert.equal(texts(v.contentEl, ".wrh-entry").length, 4);
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-chip-text"), ["Book: 园丁与木匠"]);
	click(v.contentEl.querySelector('.wrh-timeline-chip[data-filter="book"]'));
	assert.equal(select.value, "");
	assert.equal(texts(v.contentEl, ".wrh-entry").length, 9);
	await finish(h);
});

test("timeline: clicking a heatmap day filters to it; the chip and 'Clear filters' undo it; prev / next year", async () => {
	const h = await start();
	const v = await openPane(h.t);
	// The real clock's year may hold no entries; the heatmap then opens on the latest year with data.
	const year = Number(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent);
	assert.ok(year === 2026 || year === 2024 || year === 2023, `year ${year}`);
	// Go to 2024 with the year buttons and pick 2024-05-03.
	while (Number(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent) > 2024) click(v.contentEl.querySelector('[aria-label="Previous year"]'));
	assert.equal(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent, "2024");
	assert.equal(cell(v, "2024-05-03").getAttr("data-count"), "2");
	assert.ok(cell(v, "2024-05-03").hasClass("wrh-heat-4"));
	assert.ok(cell(v, "2024-05-04").hasClass("wrh-heat-0"));
	assert.deepEqual(texts(v.contentEl, ".wrh-heatmap-summary"), ["3 entries on 2 days"]);
	click(cell(v, "2024-05-03"));
	assert.equal(v.timelineState.day, "2024-05-03");
	assert.deepEqual(listing(v), [
		"# 2024-05-03 · Friday 2",
		"08:05 | The Quiet Orchard | 1. Pruning | The orchard keeps its own calendar.",
		"08:02 | The Quiet Orchard | 1. Pruning | Every branch you cut is a decision about next year's fruit.",
	]);
	assert.equal(cell(v, "2024-05-03").getAttr("aria-pressed"), "true");
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-chip-text"), ["Day: 2024-05-03"]);
	click(v.contentEl.querySelector(".wrh-timeline-filters .wrh-timeline-clear"));
	assert.equal(v.timelineState.day, null);
	assert.equal(listing(v).length, FIXTURE_DAY_LISTING.length);
	// Prev goes to the nearest year with data (2023), which has no earlier year.
	click(v.contentEl.querySelector('[aria-label="Previous year"]'));
	assert.equal(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent, "2023");
	assert.equal(v.contentEl.querySelector<HTMLButtonElement>('[aria-label="Previous year"]')?.disabled, true);
	click(v.contentEl.querySelector('[aria-label="Next year"]'));
	assert.equal(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent, "2024");
	await finish(h);
});

test("timeline: heatmap cells are reachable with the keyboard; arrows move by day and week, Enter filters", async () => {
	const h = await start();
	const v = await openPane(h.t);
	while (Number(v.contentEl.querySelector(".wrh-heatmap-year")?.textContent) > 2023) click(v.contentEl.querySelector('[aria-label="Previous year"]'));
	// One tab stop: the latest day with entries.
	const stops = Array.from(v.contentEl.querySelectorAll<HTMLElement>('.wrh-heatmap-cell[tabindex="0"]'));
	assert.deepEqual(stops.map((c) => c.getAttr("data-day")), ["2023-03-03"]);
	const start0 = stops[0] ?? null;
	start0?.focus();
	key(start0, "ArrowUp"); // a day back
	key(activeDocument.activeElement, "ArrowLeft"); // a week back
	assert.equal((activeDocument.activeElement as HTMLElement).getAttr("data-day"), "2023-02-23");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	key(activeDocument.activeElement, "ArrowDown");
	assert.equal((activeDocument.activeElement as HTMLElement).getAttr("data-day"), "2023-02-27");
	key(activeDocument.activeElement, "Enter");
	assert.equal(v.timelineState.day, "2023-02-27");
	assert.deepEqual(texts(v.contentEl, ".wrh-entry-text"), ["木匠说，好的榫卯不用一颗钉子。", "清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。"]);
	// The re-rendered heatmap keeps focus on the chosen day; Space on it again clears the filter.
	assert.equal((activeDocument.activeElement as HTMLElement).getAttr("data-day"), "2023-02-27");
	key(activeDocument.activeElement, " ");
	assert.equal(v.timelineState.day, null);
	await finish(h);
});

test("timeline: arrow keys move between entries, skipping group headers; Enter opens (line fallback)", async () => {
	const h = await start();
	const { t } = h;
	const v = await openPane(t);
	const first = v.contentEl.querySelector<HTMLElement>(".wrh-entry");
	assert.ok(first);
	assert.equal(first.getAttr("tabindex"), "0");
	first.focus();
	key(first, "ArrowDown");
	assert.equal((activeDocument.activeElement as HTMLElement).querySelector(".wrh-entry-text")?.textContent, "灯塔不会追赶船只，[插图]它只是一直亮着。");
	key(activeDocument.activeElement, "Enter");
	// Its id shares a blockquote with the next highlight's, so Obsidian does not register it: the line opens (0-based 17).
	assert.deepEqual(t.app.workspace.openedLinks, []);
	assert.deepEqual(
		t.app.workspace.openedFiles.map((f) => [f.path, f.openState?.eState]),
		[["weread/夜航灯塔.md", { line: 17 }]],
	);
	await finish(h);
});

test("timeline: live update after a note changes; 'Indexing…' during the first scan; the empty vault explains", async () => {
	const h = await start({ ready: false });
	const { t } = h;
	const v = await openPane(t);
	assert.match(v.contentEl.querySelector(".wrh-timeline-indexing")?.textContent ?? "", /^Indexing your WeRead notes…/);
	assert.equal(v.contentEl.querySelectorAll(".wrh-entry").length, 0);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(v.contentEl.querySelector(".wrh-timeline-indexing"), null);
	assert.deepEqual(listing(v), FIXTURE_DAY_LISTING);

	const text = (await t.app.vault.cachedRead(t.app.vault.getFileByPath(ORCHARD) as never)) as string;
	await t.sim.modify(ORCHARD, text.replace("# 读书笔记", "> 📌 A new line about apples. \n> ⏱ 2026-07-01 07:00:00 ^9900002-30-1-9\n\n# 读书笔记"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	assert.deepEqual(listing(v).slice(0, 2), ["# 2026-07-01 · Wednesday 1", "07:00 | The Quiet Orchard | Part Two | A new line about apples."]);
	// The book menu is kept when no title changed (a live update must not rebuild one option per book), and rebuilt
	// when one did.
	const select = v.contentEl.querySelector<HTMLSelectElement>(".wrh-timeline-book");
	const optionsBefore = Array.from(select?.options ?? []);
	assert.equal(optionsBefore.length, 4);
	const heatmapBefore = v.contentEl.querySelector(".wrh-heatmap");
	assert.ok(heatmapBefore);
	const again = (await t.app.vault.cachedRead(t.app.vault.getFileByPath(ORCHARD) as never)) as string;
	await t.sim.modify(ORCHARD, again.replace("A new line about apples.", "A newer line about apples."));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	assert.equal(listing(v)[1], "07:00 | The Quiet Orchard | Part Two | A newer line about apples.");
	assert.ok(Array.from(select?.options ?? []).every((o, i) => o === optionsBefore[i]), "the same option elements");
	assert.equal(v.contentEl.querySelector(".wrh-heatmap"), heatmapBefore, "the heatmap's counts did not change: not drawn again");
	await t.sim.modify(ORCHARD, again.replace("doc_type: weread-highlights-reviews\n", "doc_type: weread-highlights-reviews\ntitle: The Loud Orchard\n"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	assert.ok(Array.from(select?.options ?? []).some((o) => o.textContent === "The Loud Orchard"));
	await t.sim.modify(ORCHARD, text);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	assert.notEqual(v.contentEl.querySelector(".wrh-heatmap"), heatmapBefore, "2026-07-01 lost its entry: drawn again");
	await finish(h);

	const empty = await start({ fixture: false, files: { "notes/plain.md": "Just a note.\n" } });
	const ev = await openPane(empty.t);
	assert.deepEqual(texts(ev.contentEl, ".wrh-timeline-empty .wrh-timeline-message-title"), ["No WeRead notes yet"]);
	assert.match(ev.contentEl.querySelector(".wrh-timeline-empty")?.textContent ?? "", /WeRead sync plugin.*doc_type: weread-highlights-reviews/);
	assert.equal(ev.contentEl.querySelector(".wrh-heatmap"), null);
	await finish(empty);
});

test("timeline: 'Reveal in timeline' from a row's menu clears a filter that hides the entry, scrolls to and marks it", async () => {
	const h = await start();
	const { t } = h;
	const v = await openPane(t);
	const row = entryRow(v, "The orchard keeps its own calendar.");
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	const menu = shownMenus[shownMenus.length - 1];
	const reveal = menu?.items.find((i) => i.title === "Reveal in timeline");
	assert.ok(reveal, "menu item");
	// Hide the entry behind a day filter first.
	v.change({ day: "2026-06-20" });
	assert.equal(texts(v.contentEl, ".wrh-entry").length, 1);
	reveal.click();
	await t.clock.runAll();
	assert.equal(v.timelineState.day, null);
	const marked = v.contentEl.querySelector<HTMLElement>(".wrh-entry.is-revealed");
	assert.equal(marked?.querySelector(".wrh-entry-text")?.textContent, "The orchard keeps its own calendar.");
	assert.equal(activeDocument.activeElement, marked);
	await finish(h);
});

test("timeline: Chinese UI text follows Obsidian's language", async () => {
	const h = await start({ language: "zh" });
	const v = await openPane(h.t);
	assert.equal(v.getDisplayText(), "阅读时间线");
	assert.deepEqual(texts(v.contentEl, ".wrh-timeline-grouping-option"), ["按日", "按周", "按月"]);
	assert.equal(listing(v)[0], "# 2026-06-20 · 星期六 1");
	await finish(h);
});

test("timeline: unloading the plugin leaves nothing registered", async () => {
	const h = await start();
	const v = await openPane(h.t);
	// A pending live update is cancelled with the view.
	await h.t.sim.modify(ORCHARD, (await h.t.app.vault.cachedRead(h.t.app.vault.getFileByPath(ORCHARD) as never)).replace("calendar", "almanac"));
	await h.t.clock.advance(CHANGE_DEBOUNCE_MS + 1);
	await h.unload();
	// Obsidian closes the views of a disabled plugin (the shim leaves that to the test).
	for (const leaf of h.t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)) leaf.detach();
	await h.t.clock.runAll();
	assert.equal(v.list, null);
	const life = h.t.lifecycle();
	assert.deepEqual([life.listeners, life.domEvents, life.pendingTimers, life.views, life.commands, life.ribbonIcons], [0, 0, 0, 0, 0, 0]);
	h.t.assertClean();
	h.t.dispose();
});

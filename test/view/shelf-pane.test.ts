// The bookshelf pane (issue 14 item 5) through the real plugin on the fixture vault: the command opens it as a
// main-area tab; rows with their figures; sort, group, filter; click and Enter open the book pane; covers off by
// default and on with the setting; live updates; Chinese; a clean unload.
//
// The fixture vault by hand: 夜航灯塔 (readingStatus "2" → reading; last highlight and lastReadDate 2026-06-20; 2
// highlights, one cited by a markdown link in notes/耐心.md → 50 %), The Quiet Orchard (读完, finishedDate 2024-06-10; 3 highlights 2024-05-03 … 2024-06-10,
// one cited by notes/耐心.md → 33 %), 园丁与木匠 (no status; 3 highlights 2023-02-27 … 2023-03-03 all cited by the
// daily note and 耐心.md → 100 %; one thought; lastReadDate 2023-03-02 is earlier than its last highlight).
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { SHELF_REFRESH_MS, VIEW_TYPE_SHELF, CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { ShelfView } from "../../src/views/shelf-view.ts";
import { createTestApp, loadPlugin, type TestApp } from "../shim/test-app.ts";
import { bookViews, settle } from "./helpers/book-pane.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const COMMAND = "weread-highlights:open-bookshelf";
const ORCHARD = "weread/The Quiet Orchard.md";
const GARDEN = "weread/园丁与木匠.md";
const LIGHTHOUSE = "weread/夜航灯塔.md";

async function start(options: { language?: string; dataJson?: string; apiVersion?: string } = {}) {
	const t = createTestApp({ files: fixtureVaultFiles(), language: options.language, dataJson: options.dataJson, apiVersion: options.apiVersion });
	const loaded = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, loaded };
}

async function openShelf(t: TestApp): Promise<ShelfView> {
	assert.ok(t.app.commands.executeCommandById(COMMAND), "the command exists");
	await settle(t);
	const views = t.app.workspace
		.getLeavesOfType(VIEW_TYPE_SHELF)
		.map((l): unknown => l.view)
		.filter((v): v is ShelfView => v instanceof ShelfView);
	assert.equal(views.length, 1);
	return views[0] as ShelfView;
}

const bookRows = (view: ShelfView): HTMLElement[] => Array.from(view.contentEl.querySelectorAll<HTMLElement>(".wrh-shelf-book"));
const titles = (view: ShelfView): string[] => bookRows(view).map((r) => r.querySelector(".wrh-shelf-title")?.textContent ?? "");
const texts = (el: ParentNode, selector: string): string[] => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");

function choose(select: HTMLSelectElement | null, value: string): void {
	assert.ok(select);
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

function typeInto(input: HTMLInputElement | null, value: string): void {
	assert.ok(input);
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

test("shelf: the command opens it as a main-area tab; rows by last read with title, author, status, counts, days, cited %, finished date", async () => {
	const { t, loaded } = await start();
	const view = await openShelf(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_SHELF)[0]?.side, "main");
	assert.equal(view.getDisplayText(), "Bookshelf");
	assert.deepEqual(titles(view), ["夜航灯塔", "The Quiet Orchard", "园丁与木匠"]);
	assert.equal(view.contentEl.querySelector(".wrh-shelf-summary")?.textContent, "3 books");
	const [lighthouse, orchard, garden] = bookRows(view);
	assert.ok(lighthouse && orchard && garden);
	assert.deepEqual(
		[orchard.getAttribute("data-key"), texts(orchard, ".wrh-shelf-author"), texts(orchard, ".wrh-shelf-status"), texts(orchard, ".wrh-shelf-stat")],
		[ORCHARD, ["Mara Ellison"], ["Finished"], ["3 highlights", "2024-05-03 – 2024-06-10", "33% cited", "Finished 2024-06-10"]],
	);
	assert.deepEqual(texts(garden, ".wrh-shelf-stat"), ["3 highlights", "1 thought", "2023-02-27 – 2023-03-03", "100% cited"]);
	assert.deepEqual(texts(garden, ".wrh-shelf-status"), [], "no status in its frontmatter: no badge");
	assert.deepEqual([texts(lighthouse, ".wrh-shelf-status"), texts(lighthouse, ".wrh-shelf-stat")], [["Reading"], ["2 highlights", "2026-06-19 – 2026-06-20", "50% cited"]]);
	assert.ok(orchard.hasClass("wrh-list-row") && orchard.getAttribute("role") === "listitem");

	// Running the command again reveals the same pane.
	await openShelf(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_SHELF).length, 1);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

test("shelf: sort by most highlights, title and finished; group by status, category and year", async () => {
	const { t, loaded } = await start();
	const view = await openShelf(t);
	const sort = view.contentEl.querySelector<HTMLSelectElement>(".wrh-shelf-sort");
	const grouping = view.contentEl.querySelector<HTMLSelectElement>(".wrh-shelf-grouping");
	assert.deepEqual(texts(view.contentEl, ".wrh-shelf-sort option"), ["Last read", "Most highlights", "Title", "Finished"]);
	choose(sort, "highlights");
	// 3, 3 (ties by title: en collation puts Latin before Han), then 2.
	assert.equal(titles(view)[2], "夜航灯塔");
	assert.equal(titles(view)[0], "The Quiet Orchard");
	choose(sort, "finished");
	assert.deepEqual(titles(view), ["The Quiet Orchard", "夜航灯塔", "园丁与木匠"], "the finished book first, then by last read");
	choose(sort, "last-read");

	choose(grouping, "status");
	assert.deepEqual(texts(view.contentEl, ".wrh-shelf-group-title"), ["Reading", "Finished", "No status"]);
	assert.deepEqual(texts(view.contentEl, ".wrh-shelf-group-count"), ["1 book", "1 book", "1 book"]);
	assert.equal(view.contentEl.querySelector(".wrh-shelf-group")?.hasClass("wrh-list-row"), false, "headers take no keyboard stop");
	choose(grouping, "year");
	assert.deepEqual(texts(view.contentEl, ".wrh-shelf-group-title"), ["2026", "2024", "2023"]);
	choose(grouping, "category");
	assert.deepEqual(texts(view.contentEl, ".wrh-shelf-group-title"), ["No category"]);
	assert.deepEqual(view.getState(), { sort: "last-read", grouping: "category" });
	choose(grouping, "none");
	assert.equal(view.contentEl.querySelectorAll(".wrh-shelf-group").length, 0);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

test("shelf: the filter narrows by title or author; nothing matching says so and clears", async () => {
	const { t, loaded } = await start();
	const view = await openShelf(t);
	const filter = view.contentEl.querySelector<HTMLInputElement>(".wrh-shelf-filter");
	typeInto(filter, "MARA");
	assert.deepEqual(titles(view), ["The Quiet Orchard"]);
	assert.equal(view.contentEl.querySelector(".wrh-shelf-summary")?.textContent, "1 of 3 books");
	typeInto(filter, "灯塔");
	assert.deepEqual(titles(view), ["夜航灯塔"]);
	typeInto(filter, "no such book");
	assert.deepEqual(titles(view), []);
	assert.equal(view.contentEl.querySelector(".wrh-shelf-no-matches")?.firstChild?.textContent, "No book matches the filter.");
	view.contentEl.querySelector<HTMLElement>(".wrh-shelf-clear")?.click();
	assert.equal(titles(view).length, 3);
	assert.equal(filter?.value, "");
	await loaded.unload();
	t.dispose();
});

test("shelf: a click or Enter on a row opens that book's pane; arrows move between rows", async () => {
	const { t, loaded } = await start();
	const view = await openShelf(t);
	bookRows(view)[1]?.click();
	await settle(t);
	assert.deepEqual(
		bookViews(t).map((v) => v.currentPath),
		[ORCHARD],
	);
	const garden = bookRows(view)[2];
	assert.ok(garden);
	garden.focus();
	garden.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	await settle(t);
	assert.deepEqual(
		bookViews(t).map((v) => v.currentPath),
		[GARDEN],
		"the same book pane, now on the other book",
	);
	const first = bookRows(view)[0];
	first?.focus();
	first?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
	assert.equal(view.contentEl.ownerDocument.activeElement?.getAttribute("data-key"), ORCHARD);
	await loaded.unload();
	t.dispose();
});

test("shelf: covers are off by default; the setting shows them lazily, without a referrer, and live", async () => {
	const off = await start();
	const offView = await openShelf(off.t);
	assert.equal(offView.contentEl.querySelectorAll("img").length, 0, "no remote image without the setting");
	await off.loaded.unload();
	off.t.dispose();

	const { t, loaded } = await start({ dataJson: JSON.stringify({ ...DEFAULT_SETTINGS, shelfCovers: true }) });
	const view = await openShelf(t);
	const imgs = Array.from(view.contentEl.querySelectorAll("img"));
	// 夜航灯塔 has no cover in its frontmatter.
	assert.deepEqual(
		imgs.map((i) => [i.getAttribute("src"), i.getAttribute("loading"), i.getAttribute("referrerpolicy"), i.getAttribute("style")]),
		[
			["https://example.invalid/cover/9900002.jpg", "lazy", "no-referrer", null],
			["https://example.invalid/cover/9900001.jpg", "lazy", "no-referrer", null],
		],
	);
	await loaded.unload();
	t.dispose();
});

test("shelf: turning covers on in the settings redraws the rows with them, and off again without", async () => {
	const { t, loaded } = await start({ apiVersion: "1.13.1" });
	const view = await openShelf(t);
	const tab = t.app.settingTabs[0];
	assert.ok(tab);
	assert.equal(tab.getControlValue("shelfCovers"), false);
	await tab.setControlValue("shelfCovers", true);
	assert.equal(view.contentEl.querySelectorAll("img.wrh-shelf-cover").length, 2);
	await tab.setControlValue("shelfCovers", false);
	assert.equal(view.contentEl.querySelectorAll("img").length, 0);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

test("shelf: live update: a new book and a changed status show after the debounce; nothing rebuilds before", async () => {
	const { t, loaded } = await start();
	const view = await openShelf(t);
	const NEW = "weread/新书.md";
	await t.sim.create(NEW, '---\ndoc_type: weread-highlights-reviews\nbookId: "9900042"\ntitle: 新书\nreadingStatus: 读过\n---\n# 高亮划线\n## 一\n> 📌 新的一句。 \n> ⏱ 2026-07-01 07:00:00 ^9900042-1-1-9\n\n# 读书笔记\n');
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 10);
	assert.equal(titles(view).length, 3, "the shelf waits for the burst to end");
	await t.clock.advance(SHELF_REFRESH_MS + 10);
	assert.deepEqual(titles(view), ["新书", "夜航灯塔", "The Quiet Orchard", "园丁与木匠"]);
	assert.deepEqual(texts(bookRows(view)[0] as HTMLElement, ".wrh-shelf-status"), ["Read"]);
	const text = await t.app.vault.cachedRead(t.app.vault.getFileByPath(LIGHTHOUSE) as never);
	await t.sim.modify(LIGHTHOUSE, text.replace('readingStatus: "2"', 'readingStatus: "4"\nfinishedDate: 2026-06-21'));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + SHELF_REFRESH_MS + 20);
	assert.deepEqual(texts(bookRows(view)[1] as HTMLElement, ".wrh-shelf-stat").at(-1), "Finished 2026-06-21");
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

test("shelf in Chinese: labels, counts and the title order by pinyin", async () => {
	const { t, loaded } = await start({ language: "zh" });
	const view = await openShelf(t);
	assert.equal(view.getDisplayText(), "书架");
	assert.equal(t.app.commands.commands.get(COMMAND)?.name, "WeRead Highlights: 打开书架");
	choose(view.contentEl.querySelector<HTMLSelectElement>(".wrh-shelf-sort"), "title");
	// 夜 (yè) before 园 (yuán) by pinyin, though 园 (U+56ED) comes first by code point; Latin after Han in zh.
	assert.deepEqual(titles(view), ["夜航灯塔", "园丁与木匠", "The Quiet Orchard"]);
	assert.deepEqual(texts(bookRows(view)[2] as HTMLElement, ".wrh-shelf-stat"), ["3 条划线", "2024-05-03 – 2024-06-10", "已引用 33%", "2024-06-10 读完"]);
	assert.equal(view.contentEl.querySelector<HTMLInputElement>(".wrh-shelf-filter")?.placeholder, "按书名或作者筛选");
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

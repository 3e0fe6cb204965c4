// Read-only (issue 7): one session on the fixture vault that runs every command and every interaction each pane
// offers, changes settings through both renderings of the settings tab, and fires vault events — and the shim's
// write log (every vault / adapter / fileManager write-type method) stays empty. The only persistence is saveData,
// once per settings change, and data.json then holds exactly the settings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import type { TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";
import { bookViews, click, dragStart, GARDEN, key, LIGHTHOUSE, ORCHARD, paneEl, settle, SHOW_BOOK, startVault, typeInto } from "./helpers/book-pane.ts";
import {
	ALL_COMMANDS,
	CLEAR_CACHE,
	CHECK_REFERENCES,
	closeModals,
	cursorTo,
	healthEl,
	OPEN_REFERENCES,
	OPEN_SHELF,
	OPEN_TIMELINE,
	openNote,
	referencesEl,
	ROW_COMMANDS,
	runAndSettle,
	searchTimeline,
	SHOW_PROBLEMS,
	SHOW_YEAR,
	timelineView,
	topModal,
} from "./helpers/hardening.ts";

const BAD = "weread/Bad.md";
const BAD_NOTE = '---\ndoc_type: weread-highlights-reviews\ntitle: Bad\n---\n# 高亮划线\n## 章\n- 📌 一 ^1-1-1-1\n    - ⏱ 2023-13-45 99:00:00\n';

/** Everything a row answers: click, Mod-click, middle click, Enter (plain and Mod), hover, drag, every menu item. */
async function exerciseRow(t: TestApp, row: HTMLElement): Promise<number> {
	click(row);
	click(row, { ctrlKey: true });
	row.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
	key(row, "Enter");
	key(row, "Enter", { ctrlKey: true });
	row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
	if (row.getAttribute("draggable") === "true") dragStart(row);
	const menus = shownMenus.length;
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	key(row, "F10", { shiftKey: true });
	let items = 0;
	for (const menu of shownMenus.slice(menus)) {
		for (const item of menu.items) {
			item.click();
			items++;
			await settle(t);
		}
	}
	await t.clock.runAll();
	return items;
}

async function exerciseRows(t: TestApp, root: HTMLElement, selector: string): Promise<number> {
	const rows = Array.from(root.querySelectorAll<HTMLElement>(selector));
	let items = 0;
	for (const row of rows) items += await exerciseRow(t, row);
	return rows.length + items;
}

function need(root: ParentNode, selector: string): HTMLElement {
	const el = root.querySelector<HTMLElement>(selector);
	assert.ok(el, selector);
	return el;
}

function select(el: HTMLSelectElement | null, value: string): void {
	assert.ok(el);
	el.value = value;
	el.dispatchEvent(new Event("change", { bubbles: true }));
}

test("read-only: every command, pane interaction, settings change and vault event writes no note; settings go through saveData only", async () => {
	const { t, loaded } = await startVault({ [BAD]: BAD_NOTE }, { apiVersion: "1.13.1" });
	const done: string[] = [];
	// The commands driven below are all the plugin has: a new one must be added here.
	assert.deepEqual([...t.app.commands.commands.keys()].sort(), [...ALL_COMMANDS].sort());

	// Book picker from an ordinary note: type, choose.
	await openNote(t, "notes/plain.md");
	await runAndSettle(t, SHOW_BOOK);
	await topModal()._type("orchard");
	topModal()._items[0]?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	await settle(t);

	// Book pane: rows, outline, filter, order, only uncited, pin, chapters.
	await openNote(t, GARDEN);
	await runAndSettle(t, SHOW_BOOK);
	let pane = paneEl(t);
	assert.ok((await exerciseRows(t, pane, ".wrh-entry")) > 4);
	pane = paneEl(t);
	for (const chapter of Array.from(pane.querySelectorAll<HTMLElement>(".wrh-book-chapter"))) {
		click(chapter);
		click(chapter, { ctrlKey: true });
	}
	click(need(pane, ".wrh-book-outline-toggle"));
	click(need(pane, ".wrh-book-outline-toggle"));
	typeInto(pane.querySelector(".wrh-book-filter") as HTMLInputElement, "花园");
	typeInto(pane.querySelector(".wrh-book-filter") as HTMLInputElement, "");
	click(need(pane, ".wrh-book-order"));
	click(need(pane, ".wrh-book-order"));
	(pane.querySelector(".wrh-book-uncited-toggle") as HTMLInputElement).click();
	(pane.querySelector(".wrh-book-uncited-toggle") as HTMLInputElement).click();
	const pin = bookViews(t)[0]?.containerEl.querySelector<HTMLElement>(".view-action");
	assert.ok(pin);
	click(pin);
	await openNote(t, ORCHARD);
	click(pin);
	done.push("book pane");

	// The row commands, on a focused row of the book pane.
	await openNote(t, GARDEN);
	await runAndSettle(t, SHOW_BOOK);
	need(paneEl(t), ".wrh-entry").focus();
	for (const id of ROW_COMMANDS) await runAndSettle(t, id);
	done.push("row commands");

	// Timeline: ribbon, rows, grouping, search, book filter, heatmap day and years, chips, clear.
	(t.app.ribbonEl.querySelector(".side-dock-ribbon-action") as HTMLElement).click();
	await t.clock.runAll();
	await runAndSettle(t, OPEN_TIMELINE);
	const timeline = timelineView(t).contentEl;
	assert.ok((await exerciseRows(t, timeline, ".wrh-entry")) > 9);
	for (const g of ["week", "month", "day"]) click(need(timeline, `[data-grouping="${g}"]`));
	await searchTimeline(t, "orchard");
	select(timeline.querySelector(".wrh-timeline-book"), GARDEN);
	click(need(timeline, '.wrh-timeline-chip[data-filter="book"]'));
	click(need(timeline, ".wrh-timeline-filters .wrh-timeline-clear"));
	const day = timeline.querySelector<HTMLElement>('.wrh-heatmap-cell:not([data-count="0"])');
	assert.ok(day);
	click(day);
	click(need(timeline, '.wrh-timeline-chip[data-filter="day"]'));
	key(need(timeline, '.wrh-heatmap-cell[tabindex="0"]'), "ArrowLeft");
	key(need(timeline, '.wrh-heatmap-cell[tabindex="0"]'), "Enter");
	click(need(timeline, ".wrh-timeline-filters .wrh-timeline-clear"));
	click(need(timeline, '[aria-label="Previous year"]'));
	click(need(timeline, '[aria-label="Next year"]'));
	await searchTimeline(t, "no such words");
	click(need(timeline, ".wrh-timeline-no-matches .wrh-timeline-clear"));
	await t.clock.runAll();
	done.push("timeline");

	// References: the highlight under the cursor (citing rows, follow), an ordinary note's citations.
	const editor = await openNote(t, GARDEN);
	await runAndSettle(t, OPEN_REFERENCES);
	await cursorTo(t, editor, 21);
	const refs = referencesEl(t);
	assert.ok((await exerciseRows(t, refs, ".wrh-entry, .wrh-refs-line")) >= 2);
	await openNote(t, "notes/耐心.md");
	assert.ok((await exerciseRows(t, referencesEl(t), ".wrh-entry, .wrh-refs-line")) >= 4);
	click(need(referencesEl(t), ".wrh-refs-follow"));
	await openNote(t, LIGHTHOUSE);
	await t.clock.runAll();
	done.push("references");

	// Year in reading (issue 14): the switcher (buttons and keys), every card, bar, book and category.
	await runAndSettle(t, SHOW_YEAR);
	const yearEl = (): HTMLElement => need(activeDocument, ".wrh-year");
	for (const nav of Array.from(yearEl().querySelectorAll<HTMLElement>(".wrh-year-nav"))) {
		click(nav);
		key(nav, "ArrowLeft");
		key(nav, "ArrowRight");
	}
	const figures = Array.from(yearEl().querySelectorAll<HTMLElement>(".wrh-year-card, .wrh-year-month:not(:disabled), .wrh-year-book, .wrh-year-category-summary"));
	assert.ok(figures.length > 6);
	for (const figure of figures) {
		click(figure);
		await settle(t);
	}
	await t.clock.runAll();
	done.push("year in reading");
	// Block-reference health: every row and group header, "Check block references" again.
	await runAndSettle(t, CHECK_REFERENCES);
	assert.ok((await exerciseRows(t, healthEl(t), ".wrh-health-row, .wrh-health-group-head")) >= 4);
	await runAndSettle(t, CHECK_REFERENCES);
	done.push("health");

	// Parse problems: filter, choose one (opens the note at its line); again, and dismiss.
	await runAndSettle(t, SHOW_PROBLEMS);
	await topModal()._type("bad");
	topModal()._items[0]?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	await runAndSettle(t, SHOW_PROBLEMS);
	closeModals();
	done.push("parse problems");

	// Bookshelf: rows (click, Enter), sort, group, filter, no matches and clear.
	await runAndSettle(t, OPEN_SHELF);
	const shelf = need(activeDocument.body, ".wrh-shelf");
	for (const row of Array.from(shelf.querySelectorAll<HTMLElement>(".wrh-shelf-book"))) {
		click(row);
		key(row, "Enter");
		await settle(t);
	}
	for (const sort of ["highlights", "title", "finished", "last-read"]) select(shelf.querySelector(".wrh-shelf-sort"), sort);
	for (const grouping of ["status", "category", "year", "none"]) select(shelf.querySelector(".wrh-shelf-grouping"), grouping);
	typeInto(need(shelf, ".wrh-shelf-filter") as HTMLInputElement, "no such book");
	click(need(shelf, ".wrh-shelf-clear"));
	await t.clock.runAll();
	done.push("bookshelf");

	// The index cache: cleared (it lives in IndexedDB, never in the vault or data.json).
	await runAndSettle(t, CLEAR_CACHE);
	assert.equal(t.notices.at(-1), "Index cache cleared: the next start reads every note again.");
	done.push("clear the index cache");

	// Vault events with every pane open.
	await t.sim.modify(GARDEN, `${t.app.vault._text(GARDEN) ?? ""}\n`);
	await t.sim.create("weread/New.md", BAD_NOTE.replace("title: Bad", "title: New"));
	await t.sim.create("notes/cites.md", "see [[园丁与木匠#^9900001-3-120-151]]\n");
	await t.sim.rename("weread/New.md", "weread/Renamed.md");
	await t.sim.rename("notes", "archive");
	await t.sim.delete("weread/Renamed.md");
	await t.sim.delete(BAD);
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	await t.clock.runAll();
	done.push("vault events");

	assert.deepEqual(t.app.writes.calls, [], "no write-type call");
	assert.equal(t.app.savedData.length, 0, "nothing saved before a setting changes");

	// Settings, declaratively (1.13+: Obsidian renders the definitions) and through display() (before 1.13).
	const tab = t.app.settingTabs[0];
	assert.ok(tab);
	tab._open();
	const row = (name: string): HTMLElement => {
		const el = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
		assert.ok(el, name);
		return el;
	};
	select(row("Timeline grouping").querySelector("select"), "month");
	await t.clock.runAll();
	assert.equal(t.app.savedData.length, 1);
	tab.display();
	(row("Show popular counts").querySelector(".checkbox-container") as HTMLElement).click();
	const folders = row("Folders to scan").querySelector("textarea");
	assert.ok(folders);
	folders.value = "weread";
	folders.dispatchEvent(new Event("input"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	await t.clock.runAll();
	done.push("settings");

	assert.deepEqual(t.app.writes.calls, [], "no write-type call, settings included");
	assert.equal(t.app.savedData.length, 3, "one saveData per change");
	const expected = { ...DEFAULT_SETTINGS, timelineGrouping: "month", showPopularCounts: !DEFAULT_SETTINGS.showPopularCounts, folders: ["weread"] };
	assert.deepEqual(t.app.savedData.at(-1)?.data, expected);
	assert.deepEqual(JSON.parse(t.app.pluginData.get("weread-highlights") ?? "null"), expected);
	assert.deepEqual(done, ["book pane", "row commands", "timeline", "references", "year in reading", "health", "parse problems", "bookshelf", "clear the index cache", "vault events", "settings"]);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

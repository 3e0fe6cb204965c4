// The touch path to a row's menu (issue 11 item 11). iPhone and iPad (WebKit) never fire `contextmenu` on a long
// press (MDN's contextmenu compatibility table; e.g. imengyu/vue3-context-menu#68, churnish/dynamic-views#430), so
// on mobile every row shows a "More actions" button that opens the same Menu, and commands act on the focused row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEW_TYPE_REFERENCES, VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { _setPlatform } from "../shim/misc.ts";
import type { TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";
import { $, LIGHTHOUSE, ORCHARD, rowWithText, settle, showBookFor, startVault } from "./helpers/book-pane.ts";

const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";
const CALENDAR = "The orchard keeps its own calendar.";
/** An iPhone as Obsidian reports it (obsidian.d.ts `Platform`). */
const IPHONE = { isMobile: true, isMobileApp: true, isIosApp: true, isPhone: true, isDesktop: false, isDesktopApp: false, isLinux: false } as const;

async function openTimeline(t: TestApp): Promise<TimelineView> {
	assert.equal(t.app.commands.executeCommandById(OPEN_TIMELINE), true);
	await t.clock.runAll();
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0];
	assert.ok(leaf && leaf.view instanceof TimelineView);
	// The user works in the pane: it is the active leaf, as a tap or a click inside it makes it.
	t.app.workspace.setActiveLeaf(leaf);
	return leaf.view;
}

function rowIn(root: HTMLElement, text: string): HTMLElement {
	const row = Array.from(root.querySelectorAll<HTMLElement>(".wrh-entry")).find((r) => r.querySelector(".wrh-entry-text")?.textContent === text);
	assert.ok(row, `row "${text}"`);
	return row;
}

function menuTitles(): string[] {
	const menu = shownMenus.at(-1);
	assert.ok(menu, "a menu is shown");
	return menu.items.map((i) => i.title);
}

test("touch: on mobile every row has a More actions button that opens the row's menu, and the tap opens nothing else", async () => {
	const restore = _setPlatform(IPHONE);
	try {
		const { t, loaded } = await startVault();
		const view = await openTimeline(t);
		const row = rowIn(view.contentEl, CALENDAR);
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const contextTitles = menuTitles();
		assert.deepEqual(contextTitles, ["Copy link", "Copy embed", "Copy as quote", "Reveal in timeline", "Show references"]);

		const button = $(row, ".wrh-entry-menu-button");
		assert.equal(button.getAttribute("aria-label"), "More actions");
		assert.equal(button.querySelector("svg")?.getAttribute("data-icon"), "more-horizontal");
		const shown = shownMenus.length;
		const opened = t.app.workspace.openedLinks.length;
		button.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
		assert.equal(shownMenus.length, shown + 1, "the button opened a menu");
		assert.deepEqual(menuTitles(), contextTitles, "the same items as the context menu");
		assert.equal(t.app.workspace.openedLinks.length, opened, "the tap did not also open the note");

		// Every row of every pane has one: the book pane too.
		const pane = await showBookFor(t, ORCHARD);
		assert.ok(rowWithText(pane, CALENDAR).querySelector(".wrh-entry-menu-button"), "book pane row");
		await loaded.unload();
		t.dispose();
	} finally {
		restore();
	}
});

test("touch: on desktop rows have no menu button (right click and the Menu key open the menu there)", async () => {
	const { t, loaded } = await startVault();
	const view = await openTimeline(t);
	assert.equal(view.contentEl.querySelectorAll(".wrh-entry").length > 0, true);
	assert.equal(view.contentEl.querySelector(".wrh-entry-menu-button"), null);
	await loaded.unload();
	t.dispose();
});

test("row commands: copy link / quote, show references and reveal in timeline act on the focused row", async () => {
	const { t, loaded } = await startVault();
	const run = (id: string): boolean => t.app.commands.executeCommandById(`weread-highlights:${id}`);
	const ids = ["row-copy-link", "row-copy-embed", "row-copy-quote", "row-reveal-in-timeline", "row-show-references"];

	// A note is active, no row anywhere has focus: none of them is offered.
	await t.sim.openFile(ORCHARD);
	for (const id of ids) assert.equal(run(id), false, `${id} without a focused row`);

	const view = await openTimeline(t);
	const row = rowIn(view.contentEl, CALENDAR);
	row.focus();
	assert.equal(activeDocument.activeElement, row);
	assert.equal(run("row-copy-quote"), true);
	await settle(t);
	assert.equal(await navigator.clipboard.readText(), `> ${CALENDAR}\n> — [[The Quiet Orchard#^9900002-12-700-736]]`);
	assert.equal(run("row-copy-embed"), true);
	await settle(t);
	assert.equal(await navigator.clipboard.readText(), "![[The Quiet Orchard#^9900002-12-700-736]]");

	// Focus moves to the command palette: the pane's current (roving) row is still the one acted on.
	row.blur();
	assert.equal(run("row-copy-link"), true);
	await settle(t);
	assert.equal(await navigator.clipboard.readText(), "[[The Quiet Orchard#^9900002-12-700-736]]");

	assert.equal(run("row-show-references"), true);
	await t.clock.runAll();
	const refs = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0]?.view;
	assert.ok(refs, "the references pane opened");
	assert.deepEqual(
		Array.from(refs.containerEl.querySelectorAll(".wrh-refs-subject .wrh-entry-text")).map((e) => e.textContent),
		[CALENDAR],
	);

	// From the book pane: reveal its focused row in the timeline.
	const pane = await showBookFor(t, ORCHARD);
	const quiet = rowWithText(pane, "Quiet is not the absence");
	quiet.focus();
	assert.equal(run("row-reveal-in-timeline"), true);
	await t.clock.runAll();
	assert.equal(view.contentEl.querySelector(".wrh-entry.is-revealed .wrh-entry-text")?.textContent, "Quiet is not the absence of sound but the presence of attention.");

	// "Copy embed" of a focused row whose id Obsidian does not register (two ids in one quote): the quote with its
	// chapter link, and a Notice that says why — the touch user's path to the same fallback as the menu.
	const lighthouse = await showBookFor(t, LIGHTHOUSE);
	rowWithText(lighthouse, "灯塔不会追赶船只").focus();
	const notices = t.notices.length;
	assert.equal(run("row-copy-embed"), true);
	await settle(t);
	assert.equal(await navigator.clipboard.readText(), "> 灯塔不会追赶船只，[插图]它只是一直亮着。\n> — [[夜航灯塔#第3节 守夜人]]");
	assert.deepEqual(t.notices.slice(notices), [
		"This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block), so an embed would not resolve: copied a link to its chapter with the quote instead.",
	]);
	await loaded.unload();
	t.dispose();
});

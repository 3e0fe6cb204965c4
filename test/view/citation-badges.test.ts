// Citation counts in book notes (issue 13 item 1) through the real plugin on the fixture vault, in a real CodeMirror
// 6 editor (happy-dom) and in the shim's Reading view: which lines get which count, live updates, the settings, what
// a click, a hover and a tap do, and that an unload takes every badge away. Counts worked out by hand from the
// fixture: 园丁与木匠 line 21 (^9900001-3-120-151) is embedded once by daily/2023-02-27 (line 7; the link inside
// a code block in 耐心 does not count), line 24 (^…-402-418) once by the same daily note (line 8), line 30
// (^…-4-88-117) once by 耐心 (line 5), line 37 (the thought's ^7000001-8AbCdEfGh) by nobody.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { VIEW_TYPE_REFERENCES } from "../../src/constants.ts";
import { MarkdownView } from "../shim/obsidian.ts";
import { _setPlatform, shimEnv } from "../shim/misc.ts";
import { hoverPopovers } from "../shim/popover.ts";
import { createTestApp, loadPlugin, NOTHING_LEFT, type TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const GARDEN = "weread/园丁与木匠.md";
const DAILY = "daily/2023-02-27.md";

interface Harness {
	readonly t: TestApp;
	unload(): Promise<void>;
}

async function start(options: { dataJson?: string } = {}): Promise<Harness> {
	shimEnv.codeMirror = true;
	const t = createTestApp({ files: fixtureVaultFiles(), dataJson: options.dataJson });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, unload };
}

async function finish(h: Harness): Promise<void> {
	await h.unload();
	h.t.assertClean();
	h.t.dispose();
	shimEnv.codeMirror = false;
}

async function openNote(t: TestApp, path: string): Promise<MarkdownView> {
	await t.sim.openFile(path);
	const view = t.app.workspace.getActiveViewOfType(MarkdownView);
	assert.ok(view?._cm, `${path} is open in a CodeMirror editor`);
	await t.clock.runAll();
	return view;
}

/** Each badge in the editor as "line:count" (0-based line of the document). */
function editorBadges(view: MarkdownView): string[] {
	const cm = view._cm;
	assert.ok(cm);
	return Array.from(cm.contentDOM.querySelectorAll<HTMLElement>(".wrh-cite-badge")).map((b) => `${cm.state.doc.lineAt(cm.posAtDOM(b)).number - 1}:${b.textContent}`);
}

function badgeOnLine(view: MarkdownView, line: number): HTMLElement {
	const cm = view._cm;
	assert.ok(cm);
	const badge = Array.from(cm.contentDOM.querySelectorAll<HTMLElement>(".wrh-cite-badge")).find((b) => cm.state.doc.lineAt(cm.posAtDOM(b)).number - 1 === line);
	assert.ok(badge, `a badge on line ${line}`);
	return badge;
}

/**
 * The reader scrolls to `line`. CodeMirror renders only its viewport (in happy-dom, without layout, the first ~570
 * characters, then wherever the selection is), and badges exist only there (issue 13 item 2).
 */
async function scrollTo(t: TestApp, view: MarkdownView, line: number): Promise<void> {
	const cm = view._cm;
	assert.ok(cm);
	cm.dispatch({ selection: { anchor: cm.state.doc.line(line + 1).from }, scrollIntoView: true });
	await t.clock.runAll();
}

/** The citing note changes: Obsidian's metadata cache, then our debounce, then the badge refresh. */
async function settle(t: TestApp): Promise<void> {
	await t.clock.runAll();
}

test("badges: the cited highlights of a book note show their counts at their lines; uncited ones nothing", async () => {
	const h = await start();
	const view = await openNote(h.t, GARDEN);
	assert.deepEqual(editorBadges(view), ["21:1", "24:1", "30:1"]);
	const badge = badgeOnLine(view, 21);
	assert.equal(badge.getAttribute("aria-label"), "Cited 1 times: show the notes");
	assert.equal(badge.getAttribute("role"), "button");
	assert.equal(badge.getAttribute("tabindex"), "0");
	// An ordinary note, even one with block links, gets none.
	const daily = await openNote(h.t, DAILY);
	assert.deepEqual(editorBadges(daily), []);
	await finish(h);
});

test("badges: a cited id Obsidian does not register is marked: its links fail", async () => {
	// 夜航灯塔 line 18 ends `^9900003-7-210-238`, the first of two ids in one blockquote (only the last id of a block
	// is registered); notes/耐心.md line 11 links it with a markdown link. Line 20's id ends the block and is uncited.
	const h = await start();
	const view = await openNote(h.t, "weread/夜航灯塔.md");
	assert.deepEqual(editorBadges(view), ["18:1"]);
	const badge = badgeOnLine(view, 18);
	assert.ok(badge.hasClass("is-unlinkable"));
	assert.equal(badge.getAttribute("aria-label"), "Cited 1 times, but Obsidian does not register this block ID, so these links do not resolve");
	const garden = await openNote(h.t, GARDEN);
	assert.ok(!badgeOnLine(garden, 21).hasClass("is-unlinkable"), "a registered id is not marked");
	await finish(h);
});

test("badges: a citing note that changes updates the badge live; typing in the book keeps badges on their lines", async () => {
	const h = await start();
	const { t } = h;
	const view = await openNote(t, GARDEN);
	const leaf = view.leaf;
	await t.sim.create("notes/more.md", "Two more: [[园丁与木匠#^9900001-3-120-151]] and ![[园丁与木匠#^9900001-3-120-151]]\nAnd [[园丁与木匠#^7000001-8AbCdEfGh]].\n");
	await settle(t);
	assert.equal(leaf.view, view, "the book stays open");
	assert.deepEqual(editorBadges(view), ["21:3", "24:1", "30:1"], "line 37 is below the viewport: no badge is built there");
	await scrollTo(t, view, 37);
	assert.deepEqual(editorBadges(view), ["21:3", "24:1", "30:1", "37:1"]);

	// The reader adds two lines above the first highlight: the badges move with their lines, before any re-index.
	const cm = view._cm;
	assert.ok(cm);
	cm.dispatch({ changes: { from: cm.state.doc.line(20).from, insert: "added\nlines\n" } });
	assert.deepEqual(editorBadges(view), ["23:3", "26:1", "32:1", "39:1"]);

	await t.sim.delete("notes/more.md");
	await settle(t);
	assert.deepEqual(editorBadges(view), ["23:1", "26:1", "32:1"]);
	await finish(h);
});

test("badges: the settings turn them off, and show a faint 0 beside uncited highlights", async () => {
	const h = await start({ dataJson: JSON.stringify({ version: 1, citationBadgesZero: true }) });
	const { t } = h;
	const view = await openNote(t, GARDEN);
	await scrollTo(t, view, 37);
	assert.deepEqual(editorBadges(view), ["21:1", "24:1", "30:1", "37:0"]);
	const zero = badgeOnLine(view, 37);
	assert.ok(zero.hasClass("is-zero"));
	assert.equal(zero.getAttribute("aria-label"), "Not cited yet");
	assert.ok(!badgeOnLine(view, 21).hasClass("is-zero"));

	const tab = t.app.settingTabs[0];
	assert.ok(tab);
	tab.display();
	const toggle = (name: string): HTMLElement => {
		const setting = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		const el = setting?.querySelector<HTMLElement>(".checkbox-container");
		assert.ok(el, `toggle ${name}`);
		return el;
	};
	toggle("Citation counts in book notes").click();
	await settle(t);
	assert.deepEqual(editorBadges(view), [], "badges off");
	toggle("Citation counts in book notes").click();
	toggle("Show uncited highlights as 0").click();
	await settle(t);
	assert.deepEqual(editorBadges(view), ["21:1", "24:1", "30:1"]);
	await finish(h);
});

test("badges: a click opens the references pane on that highlight; the editor's cursor does not move", async () => {
	const h = await start();
	const { t } = h;
	const view = await openNote(t, GARDEN);
	const cm = view._cm;
	assert.ok(cm);
	const before = cm.state.selection.main.head;
	const badge = badgeOnLine(view, 30);
	const down = new MouseEvent("mousedown", { bubbles: true, cancelable: true });
	badge.dispatchEvent(down);
	assert.equal(down.defaultPrevented, true, "mousedown does not reach the editor");
	badge.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
	await settle(t);
	const pane = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0];
	assert.ok(pane, "the references pane opened");
	const el = pane.view.containerEl.children[1] as HTMLElement;
	assert.deepEqual(
		Array.from(el.querySelectorAll(".wrh-refs-subject .wrh-entry-text")).map((e) => e.textContent),
		["磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。"],
	);
	assert.equal(cm.state.selection.main.head, before);

	// The keyboard: Enter on a focused badge does the same for another highlight.
	badgeOnLine(view, 21).dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	await settle(t);
	assert.deepEqual(
		Array.from(el.querySelectorAll(".wrh-refs-subject .wrh-entry-text")).map((e) => e.textContent),
		["清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。"],
	);
	await finish(h);
});

test("badges: the pointer resting on a badge shows the citing notes in a popover; a row opens the note at its line", async () => {
	const h = await start();
	const { t } = h;
	const view = await openNote(t, GARDEN);
	const shownBefore = hoverPopovers.length;
	const badge = badgeOnLine(view, 24);
	badge.dispatchEvent(new MouseEvent("mouseenter"));
	const popover = hoverPopovers[shownBefore];
	assert.ok(popover, "a popover");
	assert.equal(popover._targetEl, badge);
	assert.equal(popover._shown, false, "not before Obsidian's wait");
	await t.clock.advance(300);
	assert.equal(popover._shown, true);
	const rows = Array.from(popover.hoverEl.querySelectorAll(".wrh-cite-popover-row")).map((r) => `${r.querySelector(".wrh-cite-popover-note")?.textContent} | ${r.querySelector(".wrh-cite-popover-meta")?.textContent}`);
	assert.deepEqual(rows, ["2023-02-27 | Line 9 · Embed"]);
	// mouseenter again on the same badge keeps the one popover.
	badge.dispatchEvent(new MouseEvent("mouseenter"));
	assert.equal(hoverPopovers.length, shownBefore + 1);

	popover.hoverEl.querySelector<HTMLElement>(".wrh-cite-popover-row")?.click();
	const opened = t.app.workspace.openedFiles.at(-1);
	assert.equal(opened?.path, DAILY);
	assert.deepEqual(opened?.openState, { eState: { line: 8 } });
	await finish(h);
});

test("badges on a phone: a tap shows the citing notes as a menu (nothing hovers), the last item opens the pane", async () => {
	const restore = _setPlatform({ isMobile: true, isDesktop: false, isPhone: true, isIosApp: true, isMobileApp: true, isDesktopApp: false });
	try {
		const h = await start();
		const { t } = h;
		const view = await openNote(t, GARDEN);
		const badge = badgeOnLine(view, 21);
		const popoversBefore = hoverPopovers.length;
		badge.dispatchEvent(new MouseEvent("mouseenter"));
		assert.equal(hoverPopovers.length, popoversBefore, "no hover popover on a phone");
		const menusBefore = shownMenus.length;
		badge.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		const menu = shownMenus[menusBefore];
		assert.ok(menu, "a menu");
		assert.deepEqual(
			menu.items.map((i) => i.title),
			["2023-02-27 · Line 8", "Show in references pane"],
		);
		assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES).length, 0, "the tap alone opens no pane");
		menu.items[0]?.callback?.(new MouseEvent("click"));
		assert.deepEqual(t.app.workspace.openedFiles.at(-1)?.openState, { eState: { line: 7 } });
		menu.items[1]?.callback?.(new MouseEvent("click"));
		await settle(t);
		assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES).length, 1);
		await finish(h);
	} finally {
		restore();
	}
});

test("badges in Reading view: beside each cited list item (before its ⏱ sub-list), live, gone after unload", async () => {
	const h = await start();
	const { t } = h;
	const view = await openNote(t, GARDEN);
	view._setMode("preview");
	const reading = view._reading;
	assert.ok(reading);
	const badges = (): string[] =>
		Array.from(reading.el.querySelectorAll<HTMLElement>(".wrh-cite-badge")).map((b) => `${b.parentElement?.firstChild?.textContent?.trim()} → ${b.textContent} (next: ${b.nextElementSibling?.tagName ?? "none"})`);
	assert.deepEqual(badges(), [
		"📌 清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。 → 1 (next: UL)",
		"📌 木匠说，好的榫卯不用一颗钉子。 → 1 (next: UL)",
		"📌 磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。 → 1 (next: UL)",
	]);
	await t.sim.create("notes/more.md", "[[园丁与木匠#^7000001-8AbCdEfGh]] [[园丁与木匠#^9900001-3-402-418]]\n");
	await settle(t);
	assert.deepEqual(badges(), [
		"📌 清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。 → 1 (next: UL)",
		"📌 木匠说，好的榫卯不用一颗钉子。 → 2 (next: UL)",
		"📌 磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。 → 1 (next: UL)",
		"📌 耐心是一种被低估的工具。 → 1 (next: UL)",
	]);
	await h.unload();
	assert.deepEqual(badges(), [], "the plugin's unload takes the badges out of a view rendered before");
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
	t.assertClean();
	t.dispose();
	shimEnv.codeMirror = false;
});

test("badges: an unload takes them out of open editors and leaves no extension or post-processor registered", async () => {
	const h = await start();
	const { t } = h;
	const view = await openNote(t, GARDEN);
	assert.equal(editorBadges(view).length, 3);
	await h.unload();
	assert.deepEqual(editorBadges(view), []);
	// Reconfiguring asked CodeMirror for a measure (its own animation frame); closing the note ends the editor.
	view.leaf.detach();
	await t.clock.runAll();
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
	t.assertClean();
	t.dispose();
	shimEnv.codeMirror = false;
});

// The Book highlights pane over the fixture vault: what it shows, how each interaction navigates, and how it keeps
// up with the vault. Every navigation assertion reads the shim's recorded workspace calls.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { shownMenus } from "../shim/ui.ts";
import {
	$,
	bookViews,
	click,
	dragStart,
	GARDEN,
	key,
	LIGHTHOUSE,
	ORCHARD,
	paneEl,
	rowTexts,
	rowWithText,
	rows,
	settle,
	showBookFor,
	startVault,
	typeInto,
} from "./helpers/book-pane.ts";

const GARDEN_TEXTS = ["清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。", "木匠说，好的榫卯不用一颗钉子。", "磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。", "耐心是一种被低估的工具。"];

test("book pane: the command in a WeRead note opens the pane for that book: header, outline, rows in book order", async () => {
	const { t, loaded } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	assert.equal(bookViews(t)[0]?.currentPath, GARDEN);
	assert.equal(t.app.workspace.getLeavesOfType("weread-highlights-book")[0]?.side, "right", "opens in the right sidebar");
	assert.equal(t.app.workspace.revealed.length, 1);
	assert.equal($(pane, ".wrh-book-title").textContent, "园丁与木匠");
	assert.equal($(pane, ".wrh-book-author").textContent, "by 林知远");
	assert.deepEqual(
		Array.from(pane.querySelectorAll(".wrh-book-stat")).map((s) => s.textContent),
		["Highlights: 3", "Thoughts: 1", "2023-02-27 – 2023-03-03", "Cited: 100%"],
	);
	const chapters = Array.from(pane.querySelectorAll(".wrh-book-chapter"));
	// The badge counts the chapter's rows: 第二章 holds one highlight and one 划线评论 whose highlight is not in 高亮划线.
	assert.deepEqual(
		chapters.map((c) => [c.querySelector(".wrh-book-chapter-title")?.textContent, c.querySelector(".wrh-book-chapter-count")?.textContent]),
		[
			["第一章 花园里的清晨", "2"],
			["第二章 工具与耐心", "2"],
		],
	);
	assert.ok(chapters[0]?.querySelector(".wrh-density-fill.wrh-density-10"), "the fullest chapter fills its bar");
	assert.ok(chapters[1]?.querySelector(".wrh-density-fill.wrh-density-10"), "as many rows: a full bar too (the bar follows the count)");
	assert.deepEqual(
		Array.from(pane.querySelectorAll(".wrh-book-section-title")).map((s) => s.textContent),
		["第一章 花园里的清晨", "第二章 工具与耐心"],
	);
	assert.deepEqual(rowTexts(pane), GARDEN_TEXTS);
	const first = rows(pane)[0];
	assert.ok(first);
	assert.equal($(first, ".wrh-entry-time").textContent, "2023-02-27 07:41");
	assert.equal($(first, ".wrh-entry-cited").textContent, "Cited 1×");
	assert.equal(first.getAttribute("draggable"), "true");
	assert.equal(first.getAttribute("role"), "listitem");
	assert.deepEqual(rows(pane).map((r) => r.getAttribute("tabindex")), ["0", "-1", "-1", "-1"], "one roving tab stop");
	const thought = rowWithText(pane, "耐心是一种");
	assert.equal($(thought, ".wrh-entry-thought-text").textContent, "我总是急着看到结果。");
	assert.equal(thought.querySelector(".wrh-entry-cited"), null, "an uncited entry has no badge");

	// Outline folds and unfolds.
	click($(pane, ".wrh-book-outline-toggle"));
	assert.equal(pane.querySelectorAll(".wrh-book-chapter").length, 0);
	assert.equal($(pane, ".wrh-book-outline-toggle").getAttribute("aria-expanded"), "false");
	click($(pane, ".wrh-book-outline-toggle"));
	assert.equal(pane.querySelectorAll(".wrh-book-chapter").length, 2);

	await loaded.unload();
	assert.equal(t.lifecycle().views, 0);
	assert.equal(t.lifecycle().listeners, 0, "the pane's index, status and workspace listeners are gone");
	t.assertClean();
	t.dispose();
});

test("book pane: click, Mod-click, middle click and Enter open the block; arrows move between rows", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	const opened = t.app.workspace.openedLinks;
	const row = rowWithText(pane, "清晨的花园里");
	click(row);
	click(row, { ctrlKey: true });
	row.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
	row.focus();
	key(row, "Enter");
	key(row, "Enter", { ctrlKey: true });
	assert.deepEqual(
		opened.map((o) => [o.linktext, o.sourcePath, o.newLeaf]),
		[
			["weread/园丁与木匠.md#^9900001-3-120-151", "", false],
			["weread/园丁与木匠.md#^9900001-3-120-151", "", "tab"],
			["weread/园丁与木匠.md#^9900001-3-120-151", "", "tab"],
			["weread/园丁与木匠.md#^9900001-3-120-151", "", false],
			["weread/园丁与木匠.md#^9900001-3-120-151", "", "tab"],
		],
	);

	// Arrow keys: focus moves and the tab stop follows; Enter on the new row opens that row.
	key(row, "ArrowDown");
	const second = rowWithText(pane, "木匠说");
	assert.equal(activeDocument.activeElement, second);
	assert.deepEqual(rows(pane).map((r) => r.getAttribute("tabindex")), ["-1", "0", "-1", "-1"]);
	key(second, "End");
	assert.equal(activeDocument.activeElement, rowWithText(pane, "耐心是一种"));
	key(rowWithText(pane, "耐心是一种"), "ArrowDown");
	assert.equal(activeDocument.activeElement, rowWithText(pane, "耐心是一种"), "the last row stays");
	key(rowWithText(pane, "耐心是一种"), "Home");
	key(row, "ArrowDown");
	key(second, "Enter");
	assert.equal(opened.at(-1)?.linktext, "weread/园丁与木匠.md#^9900001-3-402-418");
	assert.equal(t.app.workspace.openedFiles.length, 1, "only the sim's own openFile: no line fallback for resolvable ids");
	t.assertClean();
	t.dispose();
});

test("book pane: an id Obsidian cannot resolve opens the file at the entry's line", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, LIGHTHOUSE);
	const before = t.app.workspace.openedLinks.length;
	// Two ids in one blockquote: Obsidian registers only the last (it ends the block); the first falls back to its line.
	click(rowWithText(pane, "灯塔不会追赶船只"));
	click(rowWithText(pane, "灯塔不会追赶船只"), { ctrlKey: true });
	assert.equal(t.app.workspace.openedLinks.length, before, "no openLinkText");
	const files = t.app.workspace.openedFiles.slice(1);
	assert.deepEqual(
		files.map((f) => [f.path, f.openState]),
		[
			[LIGHTHOUSE, { eState: { line: 17 } }],
			[LIGHTHOUSE, { eState: { line: 17 } }],
		],
	);
	assert.notEqual(files[1]?.leaf, files[0]?.leaf, "Mod-click: a new leaf");
	click(rowWithText(pane, "海上的夜晚"));
	assert.deepEqual(t.app.workspace.openedLinks.slice(before).map((o) => o.linktext), ["weread/夜航灯塔.md#^9900003-7-500-514"]);
	t.assertClean();
	t.dispose();
});

test("book pane: dragging a row carries an embed when the id resolves; else the quote with its chapter link, and says why", async () => {
	const { t } = await startVault();
	const garden = await showBookFor(t, GARDEN);
	assert.equal(dragStart(rowWithText(garden, "清晨的花园里")).getData("text/plain"), "![[园丁与木匠#^9900001-3-120-151]]");
	assert.equal(dragStart(rowWithText(garden, "耐心是一种")).getData("text/plain"), "![[园丁与木匠#^7000001-8AbCdEfGh]]");
	assert.deepEqual(t.notices, [], "an embed that resolves needs no word");
	await t.sim.openFile(LIGHTHOUSE);
	const lighthouse = paneEl(t);
	// Two ids in one blockquote (fixture lines 18–21): Obsidian registers neither where it stands. The chapter
	// heading above (`### 第3节 守夜人`, line 16) is what the link names.
	assert.equal(dragStart(rowWithText(lighthouse, "灯塔不会追赶船只")).getData("text/plain"), "> 灯塔不会追赶船只，[插图]它只是一直亮着。\n> — [[夜航灯塔#第3节 守夜人]]");
	assert.deepEqual(t.notices, [
		"This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block), so an embed would not resolve: dragging a link to its chapter with the quote instead.",
	]);
	t.assertClean();
	t.dispose();
});

test("book pane: the context menu copies a link, an embed and a quote; embed of an unresolvable id copies its chapter link", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	const row = rowWithText(pane, "清晨的花园里");
	const evt = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
	row.dispatchEvent(evt);
	assert.equal(evt.defaultPrevented, true, "the browser's own menu is suppressed");
	const menu = shownMenus.at(-1);
	assert.ok(menu);
	assert.deepEqual(menu.items.slice(0, 3).map((i) => i.title), ["Copy link", "Copy embed", "Copy as quote"]);
	// The other panes' actions, wired in main.ts by their owners.
	assert.deepEqual(menu.items.slice(3).map((i) => i.section), menu.items.slice(3).map(() => "view"));
	const copies: string[] = [];
	for (const title of ["Copy link", "Copy embed", "Copy as quote"]) {
		const item = menu.items.find((i) => i.title === title);
		assert.ok(item, title);
		item.click();
		await settle(t);
		copies.push(await navigator.clipboard.readText());
	}
	assert.deepEqual(copies, [
		"[[园丁与木匠#^9900001-3-120-151]]",
		"![[园丁与木匠#^9900001-3-120-151]]",
		"> 清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。\n> — [[园丁与木匠#^9900001-3-120-151]]",
	]);
	assert.deepEqual(t.notices, ["Copied to the clipboard", "Copied to the clipboard", "Copied to the clipboard"]);

	// An id Obsidian does not register: "Copy embed" is still offered, copies the quote with the chapter link, and
	// its Notice says why instead of "Copied".
	await t.sim.openFile(LIGHTHOUSE);
	rowWithText(paneEl(t), "灯塔不会追赶船只").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
	const titles = shownMenus.at(-1)?.items.map((i) => i.title) ?? [];
	assert.deepEqual(titles.slice(0, 3), ["Copy link", "Copy embed", "Copy as quote"]);
	shownMenus.at(-1)?.items.find((i) => i.title === "Copy embed")?.click();
	await settle(t);
	assert.equal(await navigator.clipboard.readText(), "> 灯塔不会追赶船只，[插图]它只是一直亮着。\n> — [[夜航灯塔#第3节 守夜人]]");
	assert.equal(
		t.notices.at(-1),
		"This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block), so an embed would not resolve: copied a link to its chapter with the quote instead.",
	);

	// From the keyboard: Shift+F10 on a focused row opens the same menu.
	const count = shownMenus.length;
	key(rowWithText(paneEl(t), "海上的夜晚"), "F10", { shiftKey: true });
	assert.equal(shownMenus.length, count + 1);
	t.assertClean();
	t.dispose();
});

test("book pane: hovering a row asks Obsidian's page preview for the block", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	const hovers: Record<string, unknown>[] = [];
	const ref = t.app.workspace.on("hover-link", (info: Record<string, unknown>) => hovers.push(info));
	const row = rowWithText(pane, "木匠说");
	row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
	t.app.workspace.offref(ref);
	assert.equal(hovers.length, 1);
	const h = hovers[0] ?? {};
	assert.equal(h.source, "weread-highlights");
	assert.ok(t.app.hoverLinkSources.has("weread-highlights"), "the source is registered");
	assert.equal(h.linktext, "weread/园丁与木匠.md#^9900001-3-402-418");
	assert.equal(h.targetEl, row);
	assert.deepEqual(h.state, { scroll: 24 });
	assert.ok(h.event instanceof MouseEvent);
	assert.ok(typeof h.hoverParent === "object" && h.hoverParent !== null && "hoverPopover" in h.hoverParent);
	t.assertClean();
	t.dispose();
});

test("book pane: filter box, order toggle and the only-uncited toggle", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, ORCHARD);
	assert.deepEqual(rowTexts(pane), [
		"Every branch you cut is a decision about next year's fruit.",
		"The orchard keeps its own calendar.",
		"Quiet is not the absence of sound but the presence of attention.",
	]);
	const filter = $(pane, ".wrh-book-filter") as HTMLInputElement;
	typeInto(filter, "ORCHARD calendar");
	assert.deepEqual(rowTexts(pane), ["The orchard keeps its own calendar."], "every term, any case");
	typeInto(filter, "part two");
	assert.deepEqual(rowTexts(pane), ["Quiet is not the absence of sound but the presence of attention."], "chapter titles match too");
	typeInto(filter, "zebra");
	assert.equal(rows(pane).length, 0);
	assert.equal($(pane, ".wrh-book-no-match").textContent, "No highlights match.");
	assert.ok(pane.querySelector(".wrh-book-chapter.is-dimmed"), "outline dims chapters with nothing shown");
	typeInto(filter, "");

	// Only not cited yet: the one highlight 耐心.md cites leaves.
	const uncited = $(pane, ".wrh-book-uncited-toggle") as HTMLInputElement;
	uncited.click();
	assert.deepEqual(rowTexts(pane), ["Every branch you cut is a decision about next year's fruit.", "The orchard keeps its own calendar."]);
	uncited.click();
	assert.equal(rows(pane).length, 3);

	// Time order: one run, oldest first, each row naming its chapter.
	await t.sim.modify(
		ORCHARD,
		t.app.vault._text(ORCHARD)?.replace("2024-05-03 08:02:11", "2024-07-01 09:00:00") ?? "",
	);
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	const order = $(pane, ".wrh-book-order");
	assert.equal(order.textContent, "Book order");
	click(order);
	assert.equal(order.textContent, "Time order");
	assert.deepEqual(rowTexts(pane), [
		"The orchard keeps its own calendar.",
		"Quiet is not the absence of sound but the presence of attention.",
		"Every branch you cut is a decision about next year's fruit.",
	]);
	assert.equal(pane.querySelectorAll(".wrh-book-section-title").length, 0);
	assert.deepEqual(
		rows(pane).map((r) => r.querySelector(".wrh-entry-chapter")?.textContent),
		["1. Pruning", "Part Two", "1. Pruning"],
	);
	assert.deepEqual(bookViews(t)[0]?.getState(), { file: ORCHARD, pinned: false, order: "time" });
	click(order);
	assert.equal(rowTexts(pane)[0], "Every branch you cut is a decision about next year's fruit.");
	t.assertClean();
	t.dispose();
});

test("book pane: clicking a chapter opens the note at its heading line (Mod: new tab)", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	const chapters = Array.from(pane.querySelectorAll<HTMLElement>(".wrh-book-chapter"));
	click(chapters[1] as HTMLElement);
	click(chapters[0] as HTMLElement, { ctrlKey: true });
	const files = t.app.workspace.openedFiles.slice(1);
	assert.deepEqual(
		files.map((f) => [f.path, f.openState]),
		[
			[GARDEN, { eState: { line: 27 } }],
			[GARDEN, { eState: { line: 18 } }],
		],
	);
	assert.notEqual(files[0]?.leaf, files[1]?.leaf);
	t.assertClean();
	t.dispose();
});

test("book pane: live updates: a synced highlight appears, a new citation shows its badge, a deleted book says so", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, ORCHARD);
	const text = t.app.vault._text(ORCHARD) ?? "";
	await t.sim.modify(
		ORCHARD,
		text.replace("## Part Two\n", "## Part Two\n> 📌 Fruit falls when it is ready. \n> ⏱ 2024-06-11 07:00:00 ^9900002-20-100-130\n\n"),
	);
	assert.equal(rows(pane).length, 3, "nothing before the debounced flush");
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	// Book order is by position in the chapter (rangeStart 100 after 15), not by line.
	assert.deepEqual(rowTexts(pane).slice(2), ["Quiet is not the absence of sound but the presence of attention.", "Fruit falls when it is ready."]);
	assert.equal($(pane, ".wrh-book-stat-highlights").textContent, "Highlights: 4");

	// Another note starts citing a highlight: only the badge and the cited share change.
	const keep = rowWithText(pane, "Every branch");
	assert.equal(keep.querySelector(".wrh-entry-cited"), null);
	await t.sim.modify("notes/plain.md", `${t.app.vault._text("notes/plain.md") ?? ""}\nSee [[The Quiet Orchard#^9900002-12-310-368]].\n`);
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal($(rowWithText(pane, "Every branch"), ".wrh-entry-cited").textContent, "Cited 1×");
	assert.equal($(pane, ".wrh-book-stat-cited").textContent, "Cited: 50%");

	// A change in another book does not re-render this pane.
	const marker = rowWithText(pane, "Every branch");
	await t.sim.modify(LIGHTHOUSE, `${t.app.vault._text(LIGHTHOUSE) ?? ""}\n`.replace("海上的夜晚", "海上的黑夜"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(rowWithText(pane, "Every branch"), marker, "same element: no re-render");

	await t.sim.delete(ORCHARD);
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(rows(pane).length, 0);
	assert.equal($(pane, ".wrh-book-gone").textContent, "This book is no longer in the vault.");
	t.assertClean();
	t.dispose();
});

test("book pane: follows the active WeRead note unless pinned, and follows a rename of its book", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, GARDEN);
	const view = bookViews(t)[0];
	assert.ok(view);
	await t.sim.openFile(ORCHARD);
	assert.equal($(pane, ".wrh-book-title").textContent, "The Quiet Orchard");
	await t.sim.openFile("notes/plain.md");
	assert.equal($(pane, ".wrh-book-title").textContent, "The Quiet Orchard", "an ordinary note changes nothing");

	const pin = view.containerEl.querySelector<HTMLElement>(".view-action");
	assert.ok(pin);
	assert.equal(pin.getAttribute("aria-label"), "Pin to this book");
	click(pin);
	assert.equal(view.isPinned, true);
	assert.equal(pin.getAttribute("aria-label"), "Unpin: follow the active note");
	await t.sim.openFile(LIGHTHOUSE);
	assert.equal($(pane, ".wrh-book-title").textContent, "The Quiet Orchard", "pinned");
	click(pin);
	assert.equal($(pane, ".wrh-book-title").textContent, "夜航灯塔", "unpinning catches up with the active note");

	await t.sim.rename(LIGHTHOUSE, "books/夜航灯塔.md");
	await t.clock.advance(CHANGE_DEBOUNCE_MS);
	assert.equal(view.currentPath, "books/夜航灯塔.md");
	assert.equal($(pane, ".wrh-book-title").textContent, "夜航灯塔");
	t.assertClean();
	t.dispose();
});

test("book pane: 'Indexing…' while the first scan runs, then the book; empty states", async () => {
	const { createTestApp, loadPlugin } = await import("../shim/test-app.ts");
	const { fixtureVaultFiles } = await import("./helpers/fixture-vault.ts");
	const { default: Plugin } = await import("../../src/main.ts");
	const t = createTestApp({ files: fixtureVaultFiles() });
	await loadPlugin(Plugin, t);
	t.sim.delayReads(50);
	await t.sim.openFile(GARDEN);
	t.app.workspace.triggerLayoutReady();
	// A pane restored with the layout opens while the first scan runs: the active note is not a known book yet.
	const leaf = t.app.workspace.getRightLeaf(false);
	await leaf.setViewState({ type: "weread-highlights-book", state: {} });
	const pane = paneEl(t);
	assert.equal($(pane, ".wrh-book-loading").textContent, "Indexing…");
	await t.clock.runAll();
	assert.equal($(pane, ".wrh-book-title").textContent, "园丁与木匠", "the active note became a known book");

	// No WeRead note active and none chosen: the empty state explains where WeRead notes come from.
	const empty = createTestApp({ files: { "notes/a.md": "# A\n" } });
	await loadPlugin(Plugin, empty);
	empty.app.workspace.triggerLayoutReady();
	await empty.clock.runAll();
	await empty.app.workspace.getRightLeaf(false).setViewState({ type: "weread-highlights-book" });
	assert.match($(paneEl(empty), ".wrh-book-empty").textContent ?? "", /WeRead sync plugin/);
	empty.dispose();

	// A book with no highlights yet.
	const bare = "---\ndoc_type: weread-highlights-reviews\nbookId: \"1\"\ntitle: Bare\n---\n# 高亮划线\n\n# 读书笔记\n";
	const b = await startVault({ "weread/Bare.md": bare });
	const barePane = await showBookFor(b.t, "weread/Bare.md");
	assert.equal($(barePane, ".wrh-book-empty").textContent, "This book has no highlights yet.");
	b.t.dispose();
	t.assertClean();
	t.dispose();
});

test("book pane: a highlight holding HTML renders as text", async () => {
	const evil = [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "4242"',
		"title: <b>Bold</b> title",
		"author: <script>alert(1)</script>",
		"---",
		"# 高亮划线",
		"## <i>Chapter</i>",
		"> 📌 <img src=x onerror=alert(1)> and more",
		"> 💭 <a href=javascript:alert(1)>thought</a>",
		"> ⏱ 2024-01-02 10:00:00 ^4242-1-0-5",
		"",
		"# 读书笔记",
		"",
	].join("\n");
	const { t } = await startVault({ "weread/Evil.md": evil });
	const pane = await showBookFor(t, "weread/Evil.md");
	assert.equal(pane.querySelectorAll("img, script, a, b, i").length, 0, "no element from the note's text");
	const row = rows(pane)[0];
	assert.ok(row);
	assert.equal($(row, ".wrh-entry-text").textContent, "<img src=x onerror=alert(1)> and more");
	assert.equal($(row, ".wrh-entry-thought-text").textContent, "<a href=javascript:alert(1)>thought</a>");
	assert.equal($(pane, ".wrh-book-title").textContent, "<b>Bold</b> title");
	assert.equal($(pane, ".wrh-book-author").textContent, "by <script>alert(1)</script>");
	assert.equal($(pane, ".wrh-book-chapter-title").textContent, "<i>Chapter</i>");
	t.assertClean();
	t.dispose();
});

test("book pane: long text is clamped and expands without opening the note; the choice survives a re-render", async () => {
	const long = "长".repeat(400);
	const note = ["---", "doc_type: weread-highlights-reviews", 'bookId: "77"', "title: Long", "---", "# 高亮划线", "## One", `> 📌 ${long}`, "> ⏱ 2024-01-02 10:00:00 ^77-1-0-5", "", "# 读书笔记", ""].join("\n");
	const { t } = await startVault({ "weread/Long.md": note });
	const pane = await showBookFor(t, "weread/Long.md");
	const text = $(pane, ".wrh-entry-text");
	assert.equal(text.textContent, long, "the whole text is there; CSS clamps it");
	assert.ok(text.hasClass("wrh-entry-text-clamped"));
	const more = $(pane, ".wrh-entry-more");
	assert.equal(more.textContent, "Show more");
	const before = t.app.workspace.openedLinks.length;
	click(more);
	assert.equal(t.app.workspace.openedLinks.length, before, "the toggle does not open the note");
	assert.equal($(pane, ".wrh-entry-text").hasClass("wrh-entry-text-clamped"), false);
	assert.equal($(pane, ".wrh-entry-more").textContent, "Show less");
	typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "长");
	assert.equal($(pane, ".wrh-entry-text").hasClass("wrh-entry-text-clamped"), false, "still expanded after re-render");
	t.assertClean();
	t.dispose();
});

test("book pane: the header says how many highlights cannot be linked (issue 13), and says nothing when all can", async () => {
	const { t, loaded } = await startVault();
	// 夜航灯塔 (by hand): its two highlights share one blockquote, so the first id does not end its block.
	const lighthouse = await showBookFor(t, LIGHTHOUSE);
	assert.equal(lighthouse.querySelector(".wrh-book-unlinkable")?.textContent, "Highlights that cannot be linked: 1 (Obsidian does not register their block ids)");
	// 园丁与木匠: every id ends its own list item.
	const garden = await showBookFor(t, GARDEN);
	assert.equal(garden.querySelector(".wrh-book-unlinkable"), null);
	await loaded.unload();
	t.dispose();
});

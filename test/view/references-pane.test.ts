// The block references pane (issue 4) on the fixture vault, through the real plugin: where it opens, what it shows
// for the highlight under the cursor and for an ordinary note, every click and key, live updates, states, cleanup.
// Lines in the fixture were counted by hand (0-based; the pane shows them 1-based as Obsidian does).
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { CHANGE_DEBOUNCE_MS, REFERENCES_REFRESH_MS, VIEW_TYPE_REFERENCES } from "../../src/constants.ts";
import { MarkdownView } from "../shim/obsidian.ts";
import { _setPlatform } from "../shim/misc.ts";
import { createTestApp, loadPlugin, type TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const GARDEN = "weread/园丁与木匠.md";
const ORCHARD = "weread/The Quiet Orchard.md";
const DAILY = "daily/2023-02-27.md";
const PATIENCE = "notes/耐心.md";
const COMMAND = "weread-highlights:open-block-references";

interface Harness {
	readonly t: TestApp;
	unload(): Promise<void>;
}

async function start(options: { files?: Record<string, string>; language?: string; ready?: boolean } = {}): Promise<Harness> {
	const t = createTestApp({ files: { ...fixtureVaultFiles(), ...options.files }, language: options.language });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	if (options.ready !== false) {
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
	}
	return { t, unload };
}

/** Opens a note in the main area and returns its editor's view. */
async function open(t: TestApp, path: string): Promise<MarkdownView> {
	await t.sim.openFile(path);
	const view = t.app.workspace.getActiveViewOfType(MarkdownView);
	assert.ok(view, `${path} is open in an editor`);
	await t.clock.runAll();
	return view;
}

/** Runs "Open block references" and returns the pane's content element. */
async function openPane(t: TestApp): Promise<HTMLElement> {
	assert.equal(t.app.commands.executeCommandById(COMMAND), true);
	await t.clock.runAll();
	return pane(t);
}

function pane(t: TestApp): HTMLElement {
	const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES);
	assert.equal(leaves.length, 1, "one references pane");
	return leaves[0]?.view.containerEl.children[1] as HTMLElement;
}

/** The reader moves the caret; the pane follows after its debounce. */
async function cursorTo(t: TestApp, view: MarkdownView, line: number): Promise<void> {
	view.editor.setCursor({ line, ch: 0 });
	await t.clock.advance(REFERENCES_REFRESH_MS);
}

const texts = (el: ParentNode, selector: string): string[] => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");

/**
 * Each citing line row as "Note name | Line N | Link/Embed | heading | block": the heading the link sits under ("-"
 * for none), then the shown lines of its block joined by " ⏎ ", the citing line in «», an elided run as "…".
 */
function citingRows(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".wrh-refs-notes .wrh-refs-group")).flatMap((g) => {
		const name = g.querySelector(".wrh-refs-note-name")?.textContent ?? "";
		return Array.from(g.querySelectorAll<HTMLElement>(".wrh-refs-line")).map(
			(r) =>
				`${name} | ${r.querySelector(".wrh-refs-line-no")?.textContent} | ${r.querySelector(".wrh-refs-kind")?.textContent} | ${r.querySelector(".wrh-refs-context-heading")?.textContent ?? "-"} | ${blockText(r)}`,
		);
	});
}

function blockText(row: HTMLElement): string {
	return Array.from(row.querySelectorAll(".wrh-refs-context-block > *"))
		.map((e) => (e.classList.contains("wrh-refs-context-cited") ? `«${e.textContent}»` : (e.textContent ?? "")))
		.join(" ⏎ ");
}

function emptyText(el: HTMLElement): string[] {
	return texts(el, ".wrh-refs-empty");
}

function click(el: Element | null, init: MouseEventInit = {}): void {
	assert.ok(el, "element to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

async function finish(h: Harness): Promise<void> {
	await h.unload();
	h.t.assertClean();
	h.t.dispose();
}

test("references pane: the command opens it in the right sidebar; 'Indexing…' until the first scan ends", async () => {
	const h = await start({ ready: false });
	const { t } = h;
	const el = await openPane(t);
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0];
	assert.equal(leaf?.side, "right");
	assert.ok(leaf !== undefined && t.app.workspace.revealed.includes(leaf), "revealed");
	assert.deepEqual(emptyText(el), ["Indexing…"]);
	assert.equal(leaf?.getDisplayText(), "Block references");

	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(emptyText(el), ["Open a note to see its block references."]);

	// Running the command again reveals the same pane.
	await openPane(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES).length, 1);
	await finish(h);
});

test("references pane: the highlight under the cursor, its citing notes with line, link or embed, and context", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	assert.deepEqual(emptyText(el), ["Place the cursor on a highlight to see the notes that cite it."], "cursor on line 0: the frontmatter");
	const readsBefore = t.cachedReads.length;

	await cursorTo(t, book, 21);
	assert.deepEqual(texts(el, ".wrh-refs-subject .wrh-entry-text"), ["清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。"]);
	assert.deepEqual(texts(el, ".wrh-refs-heading"), ["Notes citing this highlight1"]);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 8 | Embed | 园丁与木匠 | «园丁与木匠» ⏎ 园丁与木匠"]);
	assert.deepEqual(texts(el, ".wrh-refs-note-path"), [DAILY]);
	assert.deepEqual(t.cachedReads.slice(readsBefore), [DAILY], "only the citing note shown is read");

	// The ⏱ line belongs to the same highlight; the next highlight is cited from 耐心 through an aliased link.
	await cursorTo(t, book, 22);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 8 | Embed | 园丁与木匠 | «园丁与木匠» ⏎ 园丁与木匠"]);
	await cursorTo(t, book, 30);
	assert.deepEqual(texts(el, ".wrh-refs-subject .wrh-entry-text"), ["磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。"]);
	assert.deepEqual(citingRows(el), ["耐心 | Line 6 | Link | 耐心 | «工具需要时间磨，人也一样：磨刀。»"]);
	assert.deepEqual(texts(el, ".wrh-refs-context-link"), ["磨刀"], "the link's text is marked");

	// Between highlights: the hint again. Back on the first: the daily note comes from the cache, not a new read.
	await cursorTo(t, book, 27);
	assert.deepEqual(emptyText(el), ["Place the cursor on a highlight to see the notes that cite it."]);
	await cursorTo(t, book, 21);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 8 | Embed | 园丁与木匠 | «园丁与木匠» ⏎ 园丁与木匠"]);
	assert.deepEqual(t.cachedReads.slice(readsBefore), [DAILY, PATIENCE]);
	await finish(h);
});

test("references pane: cursor moves are debounced by one debouncer (only where the caret stops counts)", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	book.editor.setCursor(21);
	await t.clock.advance(REFERENCES_REFRESH_MS - 1);
	book.editor.setCursor(24);
	await t.clock.advance(REFERENCES_REFRESH_MS - 1);
	assert.deepEqual(emptyText(el), ["Place the cursor on a highlight to see the notes that cite it."], "still moving: nothing re-rendered");
	book.editor.setCursor(30);
	await t.clock.advance(REFERENCES_REFRESH_MS);
	assert.deepEqual(citingRows(el), ["耐心 | Line 6 | Link | 耐心 | «工具需要时间磨，人也一样：磨刀。»"]);
	await finish(h);
});

test("references pane: a highlight nobody cites, and a book's dangling references listed and marked", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, ORCHARD);
	const el = await openPane(t);
	await cursorTo(t, book, 22);
	assert.deepEqual(texts(el, ".wrh-refs-subject .wrh-entry-text"), ["Every branch you cut is a decision about next year's fruit."]);
	assert.ok(emptyText(el).includes("No note cites this highlight yet."));
	const dangling = el.querySelectorAll(".wrh-refs-dangling-section .wrh-refs-dangling");
	assert.equal(dangling.length, 1);
	assert.deepEqual(texts(el, ".wrh-refs-dangling-section .wrh-refs-heading"), ["Links to blocks no longer in this book1"]);
	assert.deepEqual(texts(dangling[0] as Element, ".wrh-refs-line-meta > span"), ["耐心", "Line 10", "Link", "Missing", "^9900002-12-999-1000"]);
	assert.equal(dangling[0]?.querySelector(".wrh-refs-context")?.textContent, "This one points at a highlight that the sync no longer has: The Quiet Orchard.");

	// Clicking it opens the citing note at the broken link.
	click(dangling[0] as Element);
	const opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [PATIENCE, { eState: { line: 9 } }]);
	await finish(h);
});

test("references pane: click a citing row → its note at that line; Mod-click → a new tab; Enter from the keyboard", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, GARDEN);
	const mainLeaf = t.app.workspace.getLeaf(false);
	const el = await openPane(t);
	await cursorTo(t, book, 24);
	const row = el.querySelector(".wrh-refs-line");
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 9 | Embed | 园丁与木匠 | 园丁与木匠 ⏎ «园丁与木匠»"]);

	const before = t.app.workspace.openedFiles.length;
	click(row);
	assert.equal(t.app.workspace.openedFiles.length, before + 1);
	let opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [DAILY, { eState: { line: 8 } }]);
	assert.equal(opened?.leaf, mainLeaf, "same tab");
	await t.clock.runAll();

	// The daily note is now the active note (the pane follows it); go back to the book for the next clicks.
	await open(t, GARDEN);
	const again = t.app.workspace.getActiveViewOfType(MarkdownView);
	assert.ok(again);
	await cursorTo(t, again, 24);
	const leavesBefore = t.app.workspace._leaves.length;
	click(pane(t).querySelector(".wrh-refs-line"), { ctrlKey: true });
	opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [DAILY, { eState: { line: 8 } }]);
	assert.notEqual(opened?.leaf, mainLeaf, "a new tab");
	assert.equal(t.app.workspace._leaves.length, leavesBefore + 1);
	await t.clock.runAll();

	// Keyboard: the subject row holds the tab stop; ArrowDown moves to the citing row; Enter opens it.
	await open(t, GARDEN);
	const third = t.app.workspace.getActiveViewOfType(MarkdownView);
	assert.ok(third);
	await cursorTo(t, third, 21);
	const list = pane(t);
	const rows = Array.from(list.querySelectorAll<HTMLElement>(".wrh-list-row"));
	assert.deepEqual(
		rows.map((r) => r.getAttribute("tabindex")),
		["0", "-1"],
		"one roving tab stop",
	);
	rows[0]?.focus();
	rows[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
	assert.equal(list.ownerDocument.activeElement, rows[1]);
	const count = t.app.workspace.openedFiles.length;
	rows[1]?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	assert.equal(t.app.workspace.openedFiles.length, count + 1);
	opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [DAILY, { eState: { line: 7 } }]);
	await finish(h);
});

test("references pane: an ordinary note → the highlights it cites by book, the dangling one marked; click → path#^id", async () => {
	const h = await start();
	const { t } = h;
	await open(t, PATIENCE);
	const el = await openPane(t);
	assert.deepEqual(texts(el, ".wrh-refs-heading"), ["Highlights this note cites4"]);
	const groups = Array.from(el.querySelectorAll(".wrh-refs-book"));
	assert.deepEqual(
		groups.map((g) => [g.querySelector(".wrh-refs-group-title")?.textContent, texts(g, ".wrh-entry-text"), g.querySelectorAll(".wrh-refs-dangling").length]),
		[
			["园丁与木匠", ["磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。"], 0],
			["The Quiet Orchard", ["Quiet is not the absence of sound but the presence of attention."], 1],
			["夜航灯塔", ["灯塔不会追赶船只，[插图]它只是一直亮着。"], 0],
		],
	);
	const dangling = el.querySelector(".wrh-refs-dangling");
	assert.deepEqual(texts(dangling as Element, ".wrh-refs-line-meta > span"), ["Line 10", "Link", "Missing", "^9900002-12-999-1000"]);
	assert.equal(dangling?.querySelector(".wrh-refs-dangling-badge")?.getAttribute("title"), "This block is no longer in the book");
	assert.deepEqual(texts(el, ".wrh-entry-cited"), ["Cited 1×", "Cited 1×", "Cited 1×"]);

	click(groups[0]?.querySelector(".wrh-entry") ?? null);
	assert.deepEqual(t.app.workspace.openedLinks.at(-1), { linktext: `${GARDEN}#^9900001-4-88-117`, sourcePath: "", newLeaf: false, state: undefined });
	click(groups[1]?.querySelector(".wrh-entry") ?? null, { ctrlKey: true });
	assert.deepEqual(t.app.workspace.openedLinks.at(-1), { linktext: `${ORCHARD}#^9900002-20-15-80`, sourcePath: "", newLeaf: "tab", state: undefined });
	// Two ids in one blockquote: Obsidian cannot resolve the block, so the note opens at the highlight's line.
	click(groups[2]?.querySelector(".wrh-entry") ?? null);
	const opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], ["weread/夜航灯塔.md", { eState: { line: 17 } }]);
	await finish(h);
});

test("references pane: empty states for a note citing nothing and with no note open", async () => {
	const h = await start();
	const { t } = h;
	const el = await openPane(t);
	assert.deepEqual(emptyText(el), ["Open a note to see its block references."]);
	await open(t, "notes/plain.md");
	assert.deepEqual(texts(el, ".wrh-refs-heading"), ["Highlights this note cites0"]);
	assert.deepEqual(emptyText(el), ["This note cites no highlights."]);
	await finish(h);
});

test("references pane: live — adding and removing a link in a citing note updates the list", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	await cursorTo(t, book, 24);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 9 | Embed | 园丁与木匠 | 园丁与木匠 ⏎ «园丁与木匠»"]);

	const original = t.app.vault._text(PATIENCE) ?? "";
	await t.sim.modify(PATIENCE, `${original}\nAnd the joints: [[园丁与木匠#^9900001-3-402-418|榫卯]] ^tail-1\n`);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + REFERENCES_REFRESH_MS);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 9 | Embed | 园丁与木匠 | 园丁与木匠 ⏎ «园丁与木匠»", "耐心 | Line 20 | Link | 耐心 | «And the joints: 榫卯»"]);

	await t.sim.modify(PATIENCE, original);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + REFERENCES_REFRESH_MS);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 9 | Embed | 园丁与木匠 | 园丁与木匠 ⏎ «园丁与木匠»"]);

	// An edit of the citing line that keeps its link (the index does not change): the context follows the text.
	const daily = t.app.vault._text(DAILY) ?? "";
	await t.sim.modify(DAILY, daily.replace("![[园丁与木匠#^9900001-3-402-418]]", "Joinery ![[园丁与木匠#^9900001-3-402-418]]"));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + REFERENCES_REFRESH_MS);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 9 | Embed | 园丁与木匠 | 园丁与木匠 ⏎ «Joinery 园丁与木匠»"]);
	await finish(h);
});

test("references pane: live — an ordinary note's list follows its edits", async () => {
	const h = await start();
	const { t } = h;
	await open(t, "notes/plain.md");
	const el = await openPane(t);
	assert.deepEqual(emptyText(el), ["This note cites no highlights."]);
	await t.sim.modify("notes/plain.md", "# An ordinary note\n\nNow citing ![[The Quiet Orchard#^9900002-12-700-736]].\n");
	await t.clock.advance(CHANGE_DEBOUNCE_MS + REFERENCES_REFRESH_MS);
	assert.deepEqual(texts(el, ".wrh-refs-book .wrh-entry-text"), ["The orchard keeps its own calendar."]);
	await finish(h);
});

test("references pane: a citing line holding HTML renders as text", async () => {
	const h = await start({ files: { "notes/xss.md": "# x\n<img src=x onerror=alert(1)> see [[园丁与木匠#^9900001-3-120-151]] <b>bold</b>\n" } });
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	await cursorTo(t, book, 21);
	assert.deepEqual(citingRows(el), ["2023-02-27 | Line 8 | Embed | 园丁与木匠 | «园丁与木匠» ⏎ 园丁与木匠", "xss | Line 2 | Link | x | «<img src=x onerror=alert(1)> see 园丁与木匠 <b>bold</b>»"]);
	assert.equal(el.querySelector("img"), null);
	assert.equal(el.querySelector("b"), null);
	await finish(h);
});

test("references pane: 'Show references' from another pane's menu shows that entry until the reader moves on", async () => {
	const h = await start();
	const { t } = h;
	await open(t, PATIENCE);
	const el = await openPane(t);
	const row = el.querySelector(".wrh-refs-book .wrh-entry");
	assert.ok(row);
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	const item = shownMenus.at(-1)?.items.find((i) => i.title === "Show references");
	assert.ok(item?.callback, "the menu offers Show references");
	item.callback(new MouseEvent("click"));
	await t.clock.runAll();
	assert.deepEqual(texts(el, ".wrh-refs-selected-label"), ["Selected in another pane"]);
	assert.deepEqual(texts(el, ".wrh-refs-subject .wrh-entry-text"), ["磨刀不误砍柴工，这句老话在工坊里每天都被重新证明一次。"]);
	assert.deepEqual(citingRows(el), ["耐心 | Line 6 | Link | 耐心 | «工具需要时间磨，人也一样：磨刀。»"]);

	// Index changes elsewhere keep the selection.
	await t.sim.modify("notes/plain.md", "# An ordinary note\n\nchanged\n");
	await t.clock.advance(CHANGE_DEBOUNCE_MS + REFERENCES_REFRESH_MS);
	assert.deepEqual(texts(el, ".wrh-refs-selected-label"), ["Selected in another pane"]);

	// "Follow the cursor" goes back to the active note.
	click(el.querySelector(".wrh-refs-follow"));
	await t.clock.runAll();
	assert.deepEqual(texts(el, ".wrh-refs-heading"), ["Highlights this note cites4"]);

	// Selected again, then the reader opens another note: the pane follows it.
	const row2 = el.querySelector(".wrh-refs-book .wrh-entry");
	row2?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	shownMenus.at(-1)?.items.find((i) => i.title === "Show references")?.callback?.(new MouseEvent("click"));
	await t.clock.runAll();
	assert.equal(el.querySelectorAll(".wrh-refs-selected").length, 1);
	await open(t, "notes/plain.md");
	await t.clock.advance(REFERENCES_REFRESH_MS);
	assert.deepEqual(emptyText(el), ["This note cites no highlights."]);
	await finish(h);
});

// A citing note with every kind of block (lines 0-based, counted by hand): frontmatter 0–2, `# Essay` 3,
// `## On patience` 5, a paragraph 6–8 citing on 7, a list 10–13 whose item 11–12 cites on 11, a quote citing on 15,
// `## Long` 17 over a seven-line paragraph 18–24 citing on 21.
const ESSAY = "notes/essay.md";
const ESSAY_TEXT = [
	"---",
	"tags: [x]",
	"---",
	"# Essay",
	"",
	"## On patience",
	"The carpenter waits.",
	"He sharpens first: [[园丁与木匠#^9900001-4-88-117|磨刀]].",
	"Then he cuts.",
	"",
	"- a list item",
	"- cites ![[园丁与木匠#^9900001-4-88-117]]",
	"  and goes on",
	"- another item",
	"",
	"> quoted [[园丁与木匠#^9900001-4-88-117]]",
	"",
	"## Long",
	"One.",
	"Two.",
	"Three.",
	"Four [[园丁与木匠#^9900001-4-88-117]].",
	"Five.",
	"Six.",
	"Seven.",
	"",
].join("\n");

test("references pane: each citing link shows the heading above it and its block — paragraph, list item, quote, a long one cut", async () => {
	const h = await start({ files: { [ESSAY]: ESSAY_TEXT } });
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	await cursorTo(t, book, 30);
	assert.deepEqual(citingRows(el), [
		"essay | Line 8 | Link | On patience | The carpenter waits. ⏎ «He sharpens first: 磨刀.» ⏎ Then he cuts.",
		"essay | Line 12 | Embed | On patience | «cites 园丁与木匠» ⏎ and goes on",
		"essay | Line 16 | Link | On patience | «quoted 园丁与木匠»",
		"essay | Line 22 | Link | Long | … ⏎ Two. ⏎ Three. ⏎ «Four 园丁与木匠.» ⏎ Five. ⏎ Six. ⏎ …",
		"耐心 | Line 6 | Link | 耐心 | «工具需要时间磨，人也一样：磨刀。»",
	]);
	// The links inside the block are marked; the text is text (no element but the link spans).
	const first = el.querySelector(".wrh-refs-notes .wrh-refs-line") as HTMLElement;
	assert.deepEqual(texts(first, ".wrh-refs-context-link"), ["磨刀"]);
	assert.deepEqual(
		Array.from(first.querySelectorAll(".wrh-refs-context-block *")).map((e) => e.className),
		["wrh-refs-context", "wrh-refs-context wrh-refs-context-cited", "wrh-refs-context-link", "wrh-refs-context"],
	);
	await finish(h);
});

test("references pane: hovering a citing row previews that note at that line; a tap opens it there (mobile)", async () => {
	const h = await start({ files: { [ESSAY]: ESSAY_TEXT } });
	const { t } = h;
	const book = await open(t, GARDEN);
	const el = await openPane(t);
	await cursorTo(t, book, 30);
	const rows = Array.from(el.querySelectorAll<HTMLElement>(".wrh-refs-notes .wrh-refs-line"));
	const hovers: Record<string, unknown>[] = [];
	const ref = t.app.workspace.on("hover-link", (info: Record<string, unknown>) => hovers.push(info));
	// Over the text inside the row: the event bubbles to the row, which is the preview's target.
	rows[1]?.querySelector(".wrh-refs-context-cited")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
	t.app.workspace.offref(ref);
	assert.equal(hovers.length, 1);
	const hover = hovers[0] ?? {};
	assert.deepEqual([hover.source, hover.linktext, hover.sourcePath, hover.state, hover.targetEl], ["weread-highlights", ESSAY, "", { scroll: 11 }, rows[1]]);
	assert.ok(hover.event instanceof MouseEvent);

	const restore = _setPlatform({ isMobile: true, isMobileApp: true, isIosApp: true, isPhone: true, isDesktop: false, isDesktopApp: false, isLinux: false });
	try {
		click(rows[2]?.querySelector(".wrh-refs-context-heading") ?? null);
		const opened = t.app.workspace.openedFiles.at(-1);
		assert.deepEqual([opened?.path, opened?.openState], [ESSAY, { eState: { line: 15 } }]);
	} finally {
		restore();
	}
	await finish(h);
});

test("references pane: Chinese UI text", async () => {
	const h = await start({ language: "zh", ready: false });
	const { t } = h;
	const el = await openPane(t);
	assert.deepEqual(emptyText(el), ["正在索引…"]);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	const book = await open(t, GARDEN);
	await cursorTo(t, book, 30);
	assert.deepEqual(texts(el, ".wrh-refs-heading"), ["引用这条划线的笔记1"]);
	assert.deepEqual(citingRows(el), ["耐心 | 第 6 行 | 链接 | 耐心 | «工具需要时间磨，人也一样：磨刀。»"]);
	await finish(h);
});

test("references pane: unload leaves no listener, DOM event or timer behind", async () => {
	const h = await start();
	const { t } = h;
	const book = await open(t, GARDEN);
	await openPane(t);
	book.editor.setCursor(21); // a refresh is pending when the plugin unloads
	await h.unload();
	// Obsidian closes the views of a disabled plugin (the shim leaves that to the test); closing cancels the refresh.
	for (const leaf of t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)) leaf.detach();
	await t.clock.runAll();
	const life = t.lifecycle();
	assert.deepEqual([life.listeners, life.domEvents, life.pendingTimers, life.views, life.commands], [0, 0, 0, 0, 0]);
	t.assertClean();
	t.dispose();
});

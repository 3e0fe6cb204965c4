// The block-reference health pane (issue 13 item 3) on the fixture vault, through the real plugin: the command, the
// states, the counts and rows, clicks and keys that open the offending line, live updates (a broken embed the sync
// plugin wrote into the daily note), groups opening and closing, Chinese, cleanup. Lines in the fixture were counted
// by hand (0-based; the pane shows them 1-based as Obsidian does).
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { CHANGE_DEBOUNCE_MS, HEALTH_REFRESH_MS, VIEW_TYPE_HEALTH } from "../../src/constants.ts";
import { ROWS_PER_GROUP } from "../../src/core/view-models/health.ts";
import { HealthView } from "../../src/views/health-view.ts";
import { DeferredView } from "../shim/view.ts";
import { createTestApp, loadPlugin, type SavedLayout, type TestApp } from "../shim/test-app.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const COMMAND = "weread-highlights:check-block-references";
const DAILY = "daily/2023-02-27.md";
const LIGHTHOUSE = "weread/夜航灯塔.md";
const PATIENCE = "notes/耐心.md";

interface Harness {
	readonly t: TestApp;
	unload(): Promise<void>;
}

async function start(options: { files?: Record<string, string>; only?: boolean; language?: string; ready?: boolean; layout?: SavedLayout } = {}): Promise<Harness> {
	const files = options.only === true ? { ...options.files } : { ...fixtureVaultFiles(), ...options.files };
	const t = createTestApp({ files, language: options.language, layout: options.layout });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	if (options.ready !== false) {
		t.app.workspace.triggerLayoutReady();
		await t.clock.runAll();
	}
	return { t, unload };
}

async function openPane(t: TestApp): Promise<HTMLElement> {
	assert.equal(t.app.commands.executeCommandById(COMMAND), true);
	await t.clock.runAll();
	return pane(t);
}

function pane(t: TestApp): HTMLElement {
	const leaves = t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH);
	assert.equal(leaves.length, 1, "one health pane");
	return leaves[0]?.view.containerEl.children[1] as HTMLElement;
}

const texts = (el: ParentNode, selector: string): string[] => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");

/** The four counts as "label: n". */
function counts(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".wrh-health-count")).map((c) => `${c.querySelector(".wrh-health-count-label")?.textContent}: ${c.querySelector(".wrh-health-count-n")?.textContent}`);
}

/** Each section as its title, then "group | row meta | reason" lines. */
function sections(el: HTMLElement): string[][] {
	return Array.from(el.querySelectorAll(".wrh-health-section")).map((s) => [
		s.querySelector(".wrh-health-section-title")?.textContent ?? "",
		...texts(s, ".wrh-health-fix").map((f) => `fix: ${f}`),
		...Array.from(s.querySelectorAll(".wrh-health-group")).flatMap((g) => {
			const name = `${g.querySelector(".wrh-health-group-title")?.textContent} (${g.querySelector(".wrh-health-group-count")?.textContent})`;
			const rows = Array.from(g.querySelectorAll(".wrh-health-row")).map((r) => `${name} | ${texts(r, ".wrh-health-row-meta > span").join(" · ")} | ${r.querySelector(".wrh-health-reason")?.textContent}`);
			return rows.length > 0 ? rows : [`${name} | closed`];
		}),
	]);
}

function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
	assert.ok(el, "element to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

async function finish(h: Harness): Promise<void> {
	await h.unload();
	h.t.assertClean();
	h.t.dispose();
}

const FIXTURE_SECTIONS = [
	[
		"Ids Obsidian does not register1",
		"fix: Fix in your sync template: put a blank line after each highlight, so that its id ends its own block.",
		"夜航灯塔 (1) | Line 18 · ^9900003-7-210-238 | Several highlights share one blockquote: Obsidian registers only the id at the end of the blockquote.",
	],
	["Citations whose block is gone1", "耐心 (1) | Line 10 · ^9900002-12-999-1000 · Cites The Quiet Orchard | The book note has no block with this id any more."],
];

test("health pane: the command opens it in the right sidebar; 'Indexing…' until the first scan ends; then counts and rows", async () => {
	const h = await start({ ready: false });
	const { t } = h;
	const el = await openPane(t);
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH)[0];
	assert.equal(leaf?.side, "right");
	assert.ok(leaf !== undefined && t.app.workspace.revealed.includes(leaf), "revealed");
	assert.equal(leaf?.getDisplayText(), "Block reference health");
	assert.deepEqual(texts(el, ".wrh-health-empty"), ["Indexing…"]);

	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual(counts(el), ["Ids that cannot be linked: 1", "Duplicate ids: 0", "Dangling citations: 1", "Broken daily-note embeds: 0"]);
	assert.deepEqual(sections(el), FIXTURE_SECTIONS);

	// Running the command again reveals the same pane.
	await openPane(t);
	assert.equal(t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH).length, 1);
	assert.deepEqual(sections(pane(t)), FIXTURE_SECTIONS);
	await finish(h);
});

test("health pane: click a row → its note at the offending line; Mod-click → a new tab; Enter from the keyboard", async () => {
	const h = await start();
	const { t } = h;
	const el = await openPane(t);
	const rows = Array.from(el.querySelectorAll<HTMLElement>(".wrh-health-row"));
	assert.equal(rows.length, 2);

	click(rows[0]);
	let opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [LIGHTHOUSE, { eState: { line: 17 } }]);
	const mainLeaf = opened?.leaf;
	const leavesBefore = t.app.workspace._leaves.length;
	click(rows[1], { ctrlKey: true });
	opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [PATIENCE, { eState: { line: 9 } }]);
	assert.notEqual(opened?.leaf, mainLeaf, "a new tab");
	assert.equal(t.app.workspace._leaves.length, leavesBefore + 1);

	// Keyboard: one roving tab stop over group headers and rows; ArrowDown moves, Enter opens.
	const list = pane(t);
	const keyRows = Array.from(list.querySelectorAll<HTMLElement>(".wrh-list-row"));
	assert.deepEqual(
		keyRows.map((r) => [r.className.includes("wrh-health-group-head") ? "group" : "row", r.getAttribute("tabindex")]),
		[
			["group", "0"],
			["row", "-1"],
			["group", "-1"],
			["row", "-1"],
		],
	);
	keyRows[0]?.focus();
	keyRows[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
	assert.equal(list.ownerDocument.activeElement, keyRows[1]);
	const count = t.app.workspace.openedFiles.length;
	keyRows[1]?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	assert.equal(t.app.workspace.openedFiles.length, count + 1);
	opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [LIGHTHOUSE, { eState: { line: 17 } }]);
	await finish(h);
});

test("health pane: a group's header closes and opens it (click, Enter), keeping the counts", async () => {
	const h = await start();
	const { t } = h;
	const el = await openPane(t);
	const head = (): HTMLElement | null => pane(t).querySelector<HTMLElement>(".wrh-health-section-ids .wrh-health-group-head");
	assert.equal(head()?.getAttribute("aria-expanded"), "true");
	click(head());
	await t.clock.runAll();
	assert.equal(head()?.getAttribute("aria-expanded"), "false");
	assert.deepEqual(sections(el)[0], ["Ids Obsidian does not register1", FIXTURE_SECTIONS[0]?.[1], "夜航灯塔 (1) | closed"]);
	head()?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	await t.clock.runAll();
	assert.deepEqual(sections(el), FIXTURE_SECTIONS);
	assert.deepEqual(counts(el), ["Ids that cannot be linked: 1", "Duplicate ids: 0", "Dangling citations: 1", "Broken daily-note embeds: 0"]);
	await finish(h);
});

test("health pane: live — a broken embed in the sync plugin's daily-note region is its own kind; one outside it is dangling", async () => {
	const h = await start();
	const { t } = h;
	const el = await openPane(t);
	const daily = t.app.vault._text(DAILY) ?? "";
	// Line 9 (0-based) is inside `<!-- start of weread -->` … `<!-- end of weread -->`; the last line is after it.
	const next = daily.replace("![[园丁与木匠#^9900001-3-402-418]]\n", "![[园丁与木匠#^9900001-3-402-418]]\n![[园丁与木匠#^9900001-9-1-2]]\n") + "\n![[园丁与木匠#^9900001-9-3-4]]\n";
	await t.sim.modify(DAILY, next);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + HEALTH_REFRESH_MS);
	await t.clock.runAll();
	assert.deepEqual(counts(el), ["Ids that cannot be linked: 1", "Duplicate ids: 0", "Dangling citations: 2", "Broken daily-note embeds: 1"]);
	assert.deepEqual(sections(el).slice(1), [
		[
			"Citations whose block is gone2",
			"2023-02-27 (1) | Line 14 · ^9900001-9-3-4 · Cites 园丁与木匠 | The book note has no block with this id any more.",
			"耐心 (1) | Line 10 · ^9900002-12-999-1000 · Cites The Quiet Orchard | The book note has no block with this id any more.",
		],
		[
			"Daily-note embeds from the sync plugin that no longer resolve1",
			"2023-02-27 (1) | Line 10 · ^9900001-9-1-2 · Cites 园丁与木匠 | The sync plugin embedded this highlight here; the book note no longer has its id.",
		],
	]);

	// Putting the daily note back: the pane follows.
	await t.sim.modify(DAILY, daily);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + HEALTH_REFRESH_MS);
	await t.clock.runAll();
	assert.deepEqual(sections(el), FIXTURE_SECTIONS);
	await finish(h);
});

test("health pane: a vault where every id ends its block and every citation resolves says so", async () => {
	const book = [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "900"',
		"title: 好书",
		"---",
		"# 高亮划线",
		"## 第一章",
		"> 📌 一条",
		"> ⏱ 2024-01-01 10:00:00 ^900-1-1-2",
		"",
		"> 📌 另一条",
		"> ⏱ 2024-01-01 10:01:00 ^900-1-3-4",
		"",
	].join("\n");
	const h = await start({ only: true, files: { "weread/好书.md": book, "notes/n.md": "见 [[好书#^900-1-3-4]]\n" } });
	const el = await openPane(h.t);
	assert.deepEqual(texts(el, ".wrh-health-ok > div"), ["All block references resolve", "WeRead notes checked: 1. Every id can be linked and every citation finds its block."]);
	assert.equal(el.querySelectorAll(".wrh-health-row").length, 0);
	await finish(h);
});

test("health pane: in Chinese", async () => {
	const h = await start({ language: "zh" });
	const el = await openPane(h.t);
	assert.equal(h.t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH)[0]?.getDisplayText(), "块引用检查");
	assert.deepEqual(counts(el), ["无法链接的编号: 1", "重复的编号: 0", "失效的引用: 1", "失效的日记嵌入: 0"]);
	assert.deepEqual(texts(el, ".wrh-health-row-meta > span").slice(0, 2), ["第 18 行", "^9900003-7-210-238"]);
	assert.deepEqual(texts(el, ".wrh-health-cites"), ["引用《The Quiet Orchard》"]);
	await finish(h);
});

test("health pane: after unload no listener, view or registration of the plugin is left", async () => {
	const h = await start();
	const el = await openPane(h.t);
	assert.equal(el.querySelectorAll(".wrh-health-row").length, 2);
	await h.unload();
	h.t.assertClean();
	h.t.dispose();
});

test("health pane: restored behind another tab (Obsidian ≥ 1.7.2 defers it), the command loads that one instead of making a second", async () => {
	const layout: SavedLayout = {
		leaves: [
			{ side: "right", viewState: { type: VIEW_TYPE_HEALTH, state: {} }, selected: false },
			{ side: "right", viewState: { type: "weread-highlights-timeline", state: {} }, selected: true },
		],
		leftCollapsed: false,
		rightCollapsed: false,
	};
	const h = await start({ layout });
	const [restored] = h.t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH);
	assert.ok(restored?.view instanceof DeferredView, "deferred at start");
	const el = await openPane(h.t);
	assert.equal(h.t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH).length, 1);
	assert.ok(restored.view instanceof HealthView, "loaded by the command");
	assert.deepEqual(sections(el), FIXTURE_SECTIONS);
	await finish(h);
});

test("health pane: a long group is bounded — closed at first, then ROWS_PER_GROUP rows and 'Show N more', which builds the rest", async () => {
	// trimBlocks glued 120 highlights into one blockquote: the first 119 ids do not end it (only the last does).
	const body: string[] = [];
	for (let i = 0; i < 120; i++) body.push(`> 📌 第 ${i + 1} 条`, `> ⏱ 2024-01-01 10:${String(i % 60).padStart(2, "0")}:00 ^900-1-${i * 10 + 1}-${i * 10 + 5}`);
	const book = ["---", "doc_type: weread-highlights-reviews", 'bookId: "900"', "title: 粘连的书", "---", "# 高亮划线", "## 第一章", ...body, ""].join("\n");
	const h = await start({ only: true, files: { "weread/粘连的书.md": book } });
	const el = await openPane(h.t);
	assert.deepEqual(counts(el), ["Ids that cannot be linked: 119", "Duplicate ids: 0", "Dangling citations: 0", "Broken daily-note embeds: 0"]);
	assert.deepEqual(sections(el)[0]?.slice(-1), ["粘连的书 (119) | closed"]);
	click(el.querySelector(".wrh-health-group-head"));
	await h.t.clock.runAll();
	const rows = (): number => pane(h.t).querySelectorAll(".wrh-health-row").length;
	assert.equal(rows(), ROWS_PER_GROUP);
	const more = pane(h.t).querySelector(".wrh-health-more");
	assert.equal(more?.textContent, `Show ${119 - ROWS_PER_GROUP} more`);
	more?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	await h.t.clock.runAll();
	assert.equal(rows(), 119);
	assert.equal(pane(h.t).querySelector(".wrh-health-more"), null);
	// The first row is the first highlight's id (line 7, 1-based 8), the last the 119th.
	assert.equal(pane(h.t).querySelector(".wrh-health-row .wrh-health-line-no")?.textContent, "Line 8");
	const last = Array.from(pane(h.t).querySelectorAll(".wrh-health-row")).at(-1);
	assert.equal(last?.querySelector(".wrh-health-block-id")?.textContent, "^900-1-1181-1185");
	await finish(h);
});

// The reading timeline in Chromium over the demo vault: what it shows, the heatmap's day filter, and every way a
// row is used (click, Mod-click, hover, drag, keyboard, context menu). Expected values come from the vault files:
//   demo/vault/微信读书/Pride and Prejudice.md (1-based `grep -n`):
//     132 `> 📌 [Think only of the past…` — its id shares one blockquote with the next highlight's: not resolvable
//     140 `> 📌 [I cannot fix on the hour…`   ⏱ 2026-11-26 20:35 ^3300105522-62-653-817 (cited by
//         daily/2026-11-26.md and notes/Pride and judgement.md: 2×)
//     143 `> 📌 [I am happier even than Jane…` ⏱ 2026-11-26 20:40 ^3300105522-62-2357-2411 (embedded by
//         daily/2026-11-26.md: 1×)
//     book review ⏱ 2026-11-27 21:40 — the newest entry of the vault
//   2026-11-07: four highlights (⏱ 22:50, 22:51, 22:54, 23:00, the last with an inline 💭).
//   Entries: 350 highlights + 12 book reviews + 4 chapter notes + 11 thoughts on lines not highlighted
//   (论语 5, Essays 4, Pride and Prejudice 2: demo/README.md's "bookmarks" minus highlights) = 377.
//   2026-11-26 also holds a thought on an un-highlighted line (Chapter 60, ⏱ 20:47): a standalone thought row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PP, withDemo } from "./helpers.ts";
import type { Harness } from "./harness/index.ts";
import type { Locator } from "playwright-core";

const TIMELINE = "weread-highlights-timeline";
const HAPPIER = "I am happier even than Jane";
const HAPPIER_ID = "3300105522-62-2357-2411";
const FIX_HOUR = "I cannot fix on the hour";
const FIX_HOUR_ID = "3300105522-62-653-817";
const THINK_ONLY = "Think only of the past as its remembrance gives you pleasure.";

async function openTimeline(h: Harness): Promise<Locator> {
	const pane = await h.openPane("open-reading-timeline", TIMELINE);
	await pane.locator(".wrh-timeline-entry").first().waitFor();
	return pane;
}

/** Group headers and entry texts in DOM order (the first rows of the windowed list). */
async function rowsOf(pane: Locator): Promise<string[]> {
	return (await fullRowsOf(pane)).map((r) => r.slice(0, 30));
}

async function fullRowsOf(pane: Locator): Promise<string[]> {
	return pane.locator(".wrh-vlist-row").evaluateAll((els) =>
		els.map((el) =>
			el.classList.contains("wrh-timeline-group")
				? `# ${el.querySelector(".wrh-timeline-group-label")?.textContent} (${el.querySelector(".wrh-timeline-group-count")?.textContent})`
				: `${el.querySelector(".wrh-entry-time")?.textContent} ${(el.querySelector(".wrh-entry-text") ?? el.querySelector(".wrh-entry-thought-text"))?.textContent}`,
		),
	);
}

test("e2e timeline: the ribbon opens it in the right sidebar; summary, day groups newest first, rows with book, chapter and citations", async () => {
	await withDemo(async (h) => {
		await h.page.locator('.side-dock-ribbon-action[aria-label="Open reading timeline"]').click();
		const pane = h.page.locator(`.mod-right-split .workspace-leaf-content[data-type="${TIMELINE}"] > .view-content`);
		await pane.locator(".wrh-timeline-entry").first().waitFor();
		assert.equal(await pane.locator(".wrh-timeline-summary").textContent(), "377 entries");
		const rows = await rowsOf(pane);
		assert.deepEqual(rows.slice(0, 10), [
			"# 2026-11-27 · Friday (1)",
			"21:40 第三次读，第一次用英文读完。原来最好笑的句子都藏",
			"# 2026-11-26 · Thursday (4)",
			"20:47 Elizabeth, feeling all t",
			"20:40 I am happier even than J",
			"20:35 I cannot fix on the hour",
			"20:31 You taught me a lesson, ",
			"# 2026-11-07 · Saturday (4)",
			"23:00 Think only of the past a",
			"22:54 For what do we live, but",
		]);
		const fix = pane.locator(".wrh-timeline-entry", { hasText: FIX_HOUR });
		assert.equal(await fix.locator(".wrh-entry-book").textContent(), "Pride and Prejudice");
		assert.equal(await fix.locator(".wrh-entry-chapter").textContent(), "Chapter 60");
		assert.equal(await fix.locator(".wrh-entry-cited").textContent(), "Cited 2×");
		assert.equal(await pane.locator(".wrh-timeline-entry", { hasText: HAPPIER }).locator(".wrh-entry-cited").textContent(), "Cited 1×");
		// The merged thought shows under its highlight; the book review is marked as one.
		assert.equal(await pane.locator(".wrh-timeline-entry", { hasText: THINK_ONLY }).locator(".wrh-entry-thought-text").textContent(), "这句可以送给年底的自己。");
		assert.equal(await pane.locator(".wrh-timeline-entry").first().locator(".wrh-entry-kind").textContent(), "Book review");
	});
});

test("e2e timeline: heatmap cells carry the day's count; a day click filters the list, clearing restores it", async () => {
	await withDemo(async (h) => {
		// Today is the page's clock (what `new Date()` answers): a Wednesday five days after the vault's newest entry.
		await h.page.clock.setFixedTime(new Date("2026-12-02T10:00:00"));
		const pane = await openTimeline(h);
		const heatmap = pane.locator(".wrh-heatmap");
		assert.equal(await heatmap.locator(".wrh-heatmap-year").textContent(), "2026");
		// One cell per day of 2026 up to today: 365 − 31 (December) + 2 = 336.
		assert.equal(await heatmap.locator(".wrh-heatmap-cell").count(), 336, "one cell per day of 2026 until today");
		assert.equal(await heatmap.locator(".wrh-heatmap-cell").last().getAttribute("data-day"), "2026-12-02");
		const cell = (day: string): Locator => heatmap.locator(`.wrh-heatmap-cell[data-day="${day}"]`);
		assert.equal(await cell("2026-11-07").getAttribute("data-count"), "4");
		assert.equal(await cell("2026-11-26").getAttribute("data-count"), "4");
		assert.equal(await cell("2026-11-27").getAttribute("data-count"), "1");
		assert.equal(await cell("2026-11-28").getAttribute("data-count"), "0");
		// The demo vault's reading-time cache (issue 14) has "2026-10-7": 3887 s for that day (64.8 min → 1 h 5 min).
		assert.equal(await cell("2026-11-07").getAttribute("aria-label"), "2026-11-07: 4 entries · 1 h 5 min read");
		assert.match((await cell("2026-11-28").getAttribute("class")) ?? "", /wrh-heat-0/);
		assert.doesNotMatch((await cell("2026-11-07").getAttribute("class")) ?? "", /wrh-heat-0/);

		await cell("2026-11-07").click();
		await pane.locator(".wrh-timeline-summary", { hasText: "4 entries" }).waitFor();
		assert.equal(await cell("2026-11-07").getAttribute("aria-pressed"), "true");
		assert.deepEqual(await pane.locator(".wrh-timeline-chip-text").allTextContents(), ["Day: 2026-11-07"]);
		assert.deepEqual(await rowsOf(pane), [
			"# 2026-11-07 · Saturday (4)",
			"23:00 Think only of the past a",
			"22:54 For what do we live, but",
			"22:51 I am only resolved to ac",
			"22:50 and at that moment she f",
		]);

		await pane.locator(".wrh-timeline-clear").click();
		await pane.locator(".wrh-timeline-summary", { hasText: "377 entries" }).waitFor();
		assert.equal(await pane.locator(".wrh-timeline-chip").count(), 0);
		assert.equal((await rowsOf(pane))[0], "# 2026-11-27 · Friday (1)");
		assert.equal(await pane.locator('.wrh-heatmap-cell[aria-pressed="true"]').count(), 0);
	});
});

test("e2e timeline: click opens the block (linktext path#^id), Mod-click a new tab, an unresolvable id opens the line", async () => {
	await withDemo(async (h) => {
		const pane = await openTimeline(h);
		await h.clickRow(HAPPIER, { within: pane });
		await h.clickRow(FIX_HOUR, { within: pane, mod: true });
		await h.clickRow(THINK_ONLY, { within: pane });
		const nav = await h.navigation();
		assert.deepEqual(nav.links, [
			{ linktext: `${PP}#^${HAPPIER_ID}`, sourcePath: "", newLeaf: false, state: null },
			{ linktext: `${PP}#^${FIX_HOUR_ID}`, sourcePath: "", newLeaf: "tab", state: null },
		]);
		// grep -n: line 132 (1-based) holds its 📌.
		assert.deepEqual(nav.files, [{ path: PP, openState: { eState: { line: 131 } }, side: "main" }]);
	});
});

test("e2e timeline: hover fires hover-link with the block's linktext; a drag carries an embed (the quote with its chapter link when the id is unresolvable)", async () => {
	await withDemo(async (h) => {
		const pane = await openTimeline(h);
		const hovers = await h.hoverRow(HAPPIER, pane);
		assert.deepEqual(hovers.at(-1), {
			source: "weread-highlights",
			linktext: `${PP}#^${HAPPIER_ID}`,
			sourcePath: "",
			state: { scroll: 142 },
			hasEvent: true,
			hasTargetEl: true,
			hasHoverParent: true,
		});
		const drag = await h.dragRow(HAPPIER, pane);
		assert.equal(drag.data["text/plain"], `![[Pride and Prejudice#^${HAPPIER_ID}]]`);
		// A real mouse drag (Chromium's own DataTransfer) onto the editor area carries the same.
		await pane.locator(".wrh-timeline-entry", { hasText: FIX_HOUR }).dragTo(h.page.locator(".mod-root"));
		const real = (await h.drags()).at(-1);
		assert.deepEqual(real?.data, { "text/plain": `![[Pride and Prejudice#^${FIX_HOUR_ID}]]` });
		assert.equal(real?.effectAllowed, "copy");
		// Its id shares a quote block with the next one: Obsidian would not find it, so the drag carries the quote with
		// a link to its chapter heading (`## Chapter 58`, the heading above its line 132), and a Notice says why.
		const before = (await h.notices()).length;
		const plain = await h.dragRow(THINK_ONLY, pane);
		assert.equal(plain.data["text/plain"], `> ${THINK_ONLY}\n> — [[Pride and Prejudice#Chapter 58]]`);
		assert.deepEqual((await h.notices()).slice(before), [
			"This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block), so an embed would not resolve: dragging a link to its chapter with the quote instead.",
		]);
	});
});

test("e2e timeline: arrow keys move between entries (skipping day headers) and Enter opens the focused one", async () => {
	await withDemo(async (h) => {
		const pane = await openTimeline(h);
		await pane.locator(".wrh-timeline-entry").first().focus();
		const focused = (): Promise<string> => h.page.evaluate(() => document.activeElement?.querySelector(".wrh-entry-text")?.textContent?.slice(0, 24) ?? "");
		await h.page.keyboard.press("ArrowDown");
		assert.equal(await focused(), "Elizabeth, feeling all t");
		await h.page.keyboard.press("ArrowDown");
		assert.equal(await focused(), "I am happier even than J");
		await h.page.keyboard.press("ArrowDown");
		await h.page.keyboard.press("ArrowDown");
		await h.page.keyboard.press("ArrowUp");
		assert.equal(await focused(), "I cannot fix on the hour");
		await h.page.keyboard.press("Enter");
		assert.deepEqual((await h.navigation()).links, [{ linktext: `${PP}#^${FIX_HOUR_ID}`, sourcePath: "", newLeaf: false, state: null }]);
		// Past the rows in the DOM the list scrolls on: 40 presses reach far below the first screen.
		for (let i = 0; i < 40; i++) await h.page.keyboard.press("ArrowDown");
		const index = await h.page.evaluate(() => Number(document.activeElement?.getAttribute("data-index")));
		assert.ok(index > 40, `focus moved down the windowed list (row ${index})`);
	});
});

test("e2e timeline: the context menu copies a link, an embed and a quote; embed of an unresolvable id copies its chapter link", async () => {
	await withDemo(async (h) => {
		const pane = await openTimeline(h);
		const row = pane.locator(".wrh-timeline-entry", { hasText: HAPPIER });
		await row.click({ button: "right" });
		const menu = (await h.menus()).at(-1);
		assert.deepEqual(
			menu?.items.map((i) => i.title),
			["Copy link", "Copy embed", "Copy as quote", "Reveal in timeline", "Show references"],
		);
		await h.clickMenuItem("Copy link");
		await h.clickMenuItem("Copy embed");
		await h.clickMenuItem("Copy as quote");
		assert.deepEqual(await h.clipboard(), [
			`[[Pride and Prejudice#^${HAPPIER_ID}]]`,
			`![[Pride and Prejudice#^${HAPPIER_ID}]]`,
			`> I am happier even than Jane; she only smiles, I laugh.\n> — [[Pride and Prejudice#^${HAPPIER_ID}]]`,
		]);
		await h.page.waitForFunction(() => (window as unknown as { wrh: { notices(): string[] } }).wrh.notices().length === 3);
		assert.deepEqual(await h.notices(), ["Copied to the clipboard", "Copied to the clipboard", "Copied to the clipboard"]);
		// An id Obsidian cannot resolve: "Copy embed" copies the quote with its chapter link, and says why.
		await pane.locator(".wrh-timeline-entry", { hasText: THINK_ONLY }).click({ button: "right" });
		assert.deepEqual((await h.menus()).at(-1)?.items.map((i) => i.title).slice(0, 3), ["Copy link", "Copy embed", "Copy as quote"]);
		await h.clickMenuItem("Copy embed");
		assert.equal((await h.clipboard()).at(-1), `> ${THINK_ONLY}\n> — [[Pride and Prejudice#Chapter 58]]`);
		await h.page.waitForFunction(() => (window as unknown as { wrh: { notices(): string[] } }).wrh.notices().length === 4);
		assert.equal(
			(await h.notices()).at(-1),
			"This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block), so an embed would not resolve: copied a link to its chapter with the quote instead.",
		);
	});
});

test("e2e timeline: a row that grows by itself (no call from the pane) pushes the rows below it down", async () => {
	await withDemo(async (h) => {
		const pane = await openTimeline(h);
		const result = await h.page.evaluate(async () => {
			const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
			const rows = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>(".wrh-vlist-row")).sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
			const gapsAfter = (i: number): number => {
				const all = rows();
				const a = all[i]?.getBoundingClientRect();
				const b = all[i + 1]?.getBoundingClientRect();
				return a === undefined || b === undefined ? NaN : b.top - a.bottom;
			};
			await frame();
			const before = gapsAfter(1);
			// Content the list did not put there (a late font, an image, a theme's CSS): only a ResizeObserver sees it.
			const grow = document.createElement("div");
			grow.style.height = "120px";
			rows()[1]?.querySelector(".wrh-entry-body")?.appendChild(grow);
			await frame();
			await frame();
			return { before, after: gapsAfter(1) };
		});
		assert.ok(Math.abs(result.before) < 1, `rows touch before (${result.before})`);
		assert.ok(Math.abs(result.after) < 1, `the next row moved down with it (${result.after})`);
		assert.ok((await pane.locator(".wrh-vlist-row").count()) > 3);
	});
});

// The book highlights pane in Chromium over the demo vault. Expected values from demo/vault/微信读书/论语.md:
//   `# 高亮划线` at line 24 (1-based); 13 `## ` chapters up to `# 读书笔记` (line 167), 34 `- 📌` highlights in them:
//     awk '/^# /{s=$0} /^## /{c=$0} s=="# 高亮划线" && /^- 📌/{n[c]++}'
//   7 thoughts and reviews (5 划线评论, 1 章节评论, 1 书评; demo/README.md), ⏱ from 2025-01-02 to 2025-02-18,
//   none of the 5 划线评论 quotes a highlight of 高亮划线, so each is a row of its own in its chapter: with the 章节评论
//   (学而第一) the chapters hold 5 + 1 more rows than highlights (学而第一 3+2, 为政第二 6+1, 里仁第四 4+1, 雍也第六 3+1,
//   子罕第九 3+1) and the book 34 + 7 = 41 rows;
//   7 distinct ids cited from other notes (`grep -rho "论语#^[^]|]*" | sort -u`): 7/34 = 21 %.
//   `## 学而第一` at line 26; its first highlights ^695233-3-594-630 (学而时习之) and ^695233-3-1479-1513 (君子食无求饱).
// The picker sorts books by their last dated entry, newest first (grep per note): Pride and Prejudice 2026-11-27,
// 城市的河流 2026-09-21, 慢读的艺术 2026-07-13, Meditations 2026-06-06, 钟表匠的星期三 2026-04-26 (its 书评, line 67:
// the separated theme has no ⏱) … 论语 2025-02-18 last.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { DEMO_VAULT, LUNYU, withDemo } from "./helpers.ts";
import type { Harness } from "./harness/index.ts";

const BOOK = "weread-highlights-book";
const CHAPTERS: [string, string][] = [
	["学而第一", "5"],
	["为政第二", "7"],
	["八佾第三", "2"],
	["里仁第四", "5"],
	["公冶长第五", "2"],
	["雍也第六", "4"],
	["述而第七", "4"],
	["泰伯第八", "1"],
	["子罕第九", "4"],
	["颜渊第十二", "1"],
	["子路第十三", "1"],
	["卫灵公第十五", "3"],
	["阳货第十七", "1"],
];

async function openLunyu(h: Harness): Promise<Locator> {
	await h.openNote(LUNYU);
	const pane = await h.openPane("show-book-highlights", BOOK);
	await pane.locator(".wrh-book-header").waitFor();
	return pane;
}

/** The texts of `selector` in the windowed book list, in order, as it scrolls from top to bottom half a view at a
 * time (issue 15: only the rows in view are in the DOM); `most`: the largest number in the DOM at once. Ends at the
 * top again. */
async function scrollCollect(pane: Locator, selector: string): Promise<{ texts: string[]; most: number }> {
	return await pane.locator(".wrh-book-list").evaluate(async (scroller, sel) => {
		const texts: string[] = [];
		let most = 0;
		for (let top = 0; ; top += scroller.clientHeight / 2) {
			scroller.scrollTop = top;
			await new Promise((r) => requestAnimationFrame(r));
			const now = Array.from(scroller.querySelectorAll(sel), (el) => el.textContent ?? "");
			for (const text of now) if (!texts.includes(text)) texts.push(text);
			most = Math.max(most, now.length);
			if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
		}
		scroller.scrollTop = 0;
		await new Promise((r) => requestAnimationFrame(r));
		return { texts, most };
	}, selector);
}

test("e2e book pane: in a WeRead note the command shows that book: header figures, chapters with counts, rows by chapter", async () => {
	await withDemo(async (h) => {
		const pane = await openLunyu(h);
		assert.ok(await h.page.locator(`.mod-right-split .workspace-leaf-content[data-type="${BOOK}"]`).isVisible(), "in the right sidebar");
		assert.equal(await pane.locator(".wrh-book-title").textContent(), "论语");
		assert.equal(await pane.locator(".wrh-book-author").textContent(), "by 孔子及其弟子");
		assert.deepEqual(await pane.locator(".wrh-book-stat").allTextContents(), ["Highlights: 34", "Thoughts: 7", "2025-01-02 – 2025-02-18", "Cited: 21%"]);
		assert.equal(await pane.locator(".wrh-book-outline-total").textContent(), "13");
		const chapters = await pane.locator(".wrh-book-chapter").evaluateAll((els) =>
			els.map((el) => [el.querySelector(".wrh-book-chapter-title")?.textContent ?? "", el.querySelector(".wrh-book-chapter-count")?.textContent ?? ""]),
		);
		assert.deepEqual(chapters, CHAPTERS);
		// The rows are windowed (issue 15): the chapter titles come into the DOM as the list scrolls, in book order.
		const seen = await scrollCollect(pane, ".wrh-book-section-title");
		assert.deepEqual(seen.texts, CHAPTERS.map(([title]) => title));
		assert.ok(seen.most < CHAPTERS.length, `at most ${seen.most} of ${CHAPTERS.length} chapter titles in the DOM at once`);
		const first = pane.locator(".wrh-book-list .wrh-entry-text");
		assert.deepEqual((await first.allTextContents()).slice(0, 3), [
			"学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？",
			"君子食无求饱，居无求安，敏于事而慎于言，就有道而正焉，可谓好学也已。",
			"不患人之不己知，患不知人也。",
		]);
		assert.equal(await pane.locator(".wrh-book-match-count").textContent(), "", "nothing narrowed: no count");
		// The filter narrows the rows: 7 highlights hold 君子 (`sed -n 24,167p | grep 📌 | grep -c 君子`), no thought or
		// review does; per chapter (awk '/^## /{c=$0} /📌/ && /君子/{print c}'): 学而 2, 为政 里仁 雍也 述而 子路 1.
		await pane.locator(".wrh-book-filter").fill("君子");
		await pane.locator(".wrh-book-list .wrh-entry").first().waitFor();
		const filtered = (await scrollCollect(pane, ".wrh-entry-text")).texts;
		assert.equal(filtered.length, 7);
		assert.ok(filtered.every((t) => t.includes("君子")), filtered.join(" | "));
		const count = pane.locator(".wrh-book-match-count");
		assert.equal(await count.textContent(), "7 of 41 shown");
		assert.equal(await count.getAttribute("aria-live"), "polite");
		const shown: Record<string, string> = { 学而第一: "2", 为政第二: "1", 里仁第四: "1", 雍也第六: "1", 述而第七: "1", 子路第十三: "1" };
		const narrowed = await pane.locator(".wrh-book-chapter").evaluateAll((els) =>
			els.map((el) => [el.querySelector(".wrh-book-chapter-title")?.textContent ?? "", el.querySelector(".wrh-book-chapter-count")?.textContent ?? "", el.classList.contains("is-dimmed")]),
		);
		assert.deepEqual(
			narrowed,
			CHAPTERS.map(([title, total]) => [title, `${shown[title] ?? "0"} / ${total}`, shown[title] === undefined]),
		);
		// Dimmed chapters are fainter than the others, and the screen-reader sentence takes no room.
		const colours = await pane.locator(".wrh-book-chapter-title").evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
		assert.notEqual(colours[0], colours[2], "学而第一 (a match) and 八佾第三 (none) differ");
		const label = await pane.locator(".wrh-book-chapter-count-label").first().evaluate((el) => [el.textContent, el.getBoundingClientRect().width]);
		assert.deepEqual(label, ["2 of 5 entries shown", 1]);
	});
});

test("e2e book pane: a numeric chapter title reads as a title: § before it in a row, its count a badge in the outline", async () => {
	const numbers = [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "9900020"',
		"title: Numbered",
		"---",
		"# 高亮划线",
		"## 1",
		"> 📌 The first chapter has only a number. ^9900020-1-10-40",
		"> ⏱ 2025-03-01 09:00:00",
		"",
		"## 2",
		"> 📌 So does the second one. ^9900020-2-10-40",
		"> ⏱ 2025-03-02 09:00:00",
		"",
		"# 读书笔记",
		"",
	].join("\n");
	await withDemo(
		async (h) => {
			await h.openNote("微信读书/Numbered.md");
			const pane = await h.openPane("show-book-highlights", BOOK);
			await pane.locator(".wrh-book-header").waitFor();
			const badge = pane.locator(".wrh-book-chapter-count").first();
			assert.equal(await badge.textContent(), "1");
			const title = pane.locator(".wrh-book-chapter-title").first();
			const [badgeBg, titleBg] = await Promise.all([badge.evaluate((el) => getComputedStyle(el).backgroundColor), title.evaluate((el) => getComputedStyle(el).backgroundColor)]);
			assert.notEqual(badgeBg, titleBg, "the count sits on a badge, the title does not");
			await pane.locator(".wrh-book-order").click();
			const chapter = pane.locator(".wrh-entry-chapter").first();
			await chapter.waitFor();
			assert.equal(await chapter.textContent(), "1");
			assert.equal(await chapter.evaluate((el) => getComputedStyle(el, "::before").content), '"§\u00a0"');
			assert.equal(await pane.locator(".wrh-entry-cited").count(), 0);
		},
		{ files: { ...DEMO_VAULT, "微信读书/Numbered.md": numbers } },
	);
});

test("e2e book pane: rows open their block, Mod-click a new tab, a chapter its heading line; arrows and Enter work", async () => {
	await withDemo(async (h) => {
		const pane = await openLunyu(h);
		await h.clickRow("学而时习之", { within: pane });
		await h.clickRow("君子食无求饱", { within: pane, mod: true });
		await pane.locator(".wrh-book-chapter", { hasText: "学而第一" }).click();
		await pane.locator(".wrh-book-list .wrh-entry").first().focus();
		await h.page.keyboard.press("ArrowDown");
		await h.page.keyboard.press("ArrowDown");
		await h.page.keyboard.press("ArrowUp");
		await h.page.keyboard.press("Enter");
		const nav = await h.navigation();
		assert.deepEqual(nav.links, [
			{ linktext: `${LUNYU}#^695233-3-594-630`, sourcePath: "", newLeaf: false, state: null },
			{ linktext: `${LUNYU}#^695233-3-1479-1513`, sourcePath: "", newLeaf: "tab", state: null },
			{ linktext: `${LUNYU}#^695233-3-1479-1513`, sourcePath: "", newLeaf: false, state: null },
		]);
		// `## 学而第一` is line 26 (1-based).
		// The first file opened is the reader's own openNote.
		assert.deepEqual(nav.files.slice(1), [{ path: LUNYU, openState: { eState: { line: 25 } }, side: "main" }]);
		const hovers = await h.hoverRow("不患人之不己知", pane);
		assert.equal(hovers.at(-1)?.linktext, `${LUNYU}#^${idOf("不患人之不己知")}`);
	});
});

test("e2e book pane: outside a WeRead note the command asks for a book, newest read first; choosing one shows it", async () => {
	await withDemo(async (h) => {
		await h.openNote("daily/2026-11-26.md");
		assert.equal(await h.command("show-book-highlights"), true);
		const picker = h.page.locator(".modal.wrh-book-picker");
		await picker.waitFor();
		const titles = await picker.locator(".wrh-book-suggestion-title").allTextContents();
		assert.equal(titles.length, 12);
		assert.deepEqual(titles.slice(0, 5), ["Pride and Prejudice", "城市的河流", "慢读的艺术", "Meditations", "钟表匠的星期三"]);
		assert.equal(titles.at(-1), "论语");
		await picker.locator(".prompt-input").fill("walden");
		await picker.locator(".wrh-book-suggestion-title", { hasText: "Walden" }).waitFor();
		await picker.locator(".prompt-input").press("Enter");
		const pane = h.page.locator(`.workspace-leaf-content[data-type="${BOOK}"] > .view-content`);
		await pane.locator(".wrh-book-title", { hasText: "Walden" }).waitFor();
		assert.equal(await picker.count(), 0, "the picker closed");
		assert.equal(await pane.locator(".wrh-book-author").textContent(), "by Henry David Thoreau");
		// 33 highlights made, one deleted in WeRead after its day's sync (demo/README.md): 32 in the note.
		assert.equal(await pane.locator(".wrh-book-stat-highlights").textContent(), "Highlights: 32");
	});
});

test("e2e book pane: the context menu copies the row's link and quote", async () => {
	await withDemo(async (h) => {
		const pane = await openLunyu(h);
		await pane.locator(".wrh-entry", { hasText: "学而时习之" }).click({ button: "right" });
		await h.clickMenuItem("Copy link");
		await h.clickMenuItem("Copy as quote");
		// generateMarkdownLink from the active note (论语 itself): the shortest linktext.
		assert.deepEqual(await h.clipboard(), [
			"[[论语#^695233-3-594-630]]",
			"> 学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？\n> — [[论语#^695233-3-594-630]]",
		]);
		const drag = await h.dragRow("学而时习之", pane);
		assert.equal(drag.data["text/plain"], "![[论语#^695233-3-594-630]]");
	});
});

/** The block id at the end of the highlight's line in the note, read from the vault text (not from the pane). */
function idOf(text: string): string {
	const line = (DEMO_VAULT[LUNYU] ?? "").split("\n").find((l) => l.includes(text)) ?? "";
	return /\^([\w-]+)\s*$/.exec(line)?.[1] ?? "(none)";
}

// The entry row's kinds in Chromium (issue 11 items 2, 3, 6, 8): a standalone thought, a review rendered as markdown
// (which arrives after the row was first measured: the windowed list must still lay the rows out edge to edge), a
// rating-only review, and search matches marked. Screenshots into test/e2e/out/rows-*.png (look at them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { withDemo } from "./helpers.ts";

const TIMELINE = "weread-highlights-timeline";
const BOOK = "weread/Rows.md";
/** Our own note in the dash-era shapes (weread-format.md E3): newest first on the timeline are the two reviews, the
 * chapter review, the thought (its 划线评论 has no highlight in 高亮划线), then the highlight. */
const NOTE = `---
doc_type: weread-highlights-reviews
bookId: "8800003"
title: Rows
---
# 高亮划线
## Chapter one
- 📌 Reading slowly is reading twice. ^8800003-1-10-20
    - ⏱ 2025-03-01 09:00:00
# 读书笔记
## Chapter one
### 章节评论 No.1
- 1\\. Question everything, *gently*. ^u3-c1
    - ⏱ 2025-03-03 09:00:00
### 划线评论
- 📌 A sentence that was never highlighted on its own.  ^u3-t1
    - 💭 Still worth a thought.
    - ⏱ 2025-03-02 09:00:00
# 本书评论
## 书评 No.1
How the richest man got there.

**First** read, then think: the book is a slow one.

Third paragraph, so the row is taller than its first guess. ^u3-r1
⏱ 2025-03-05 09:00:00
## 书评 No.2
⏱ 2025-03-04 09:00:00
`;

test("e2e rows: thought, markdown review and rating-only review read right, lie edge to edge, and search marks matches", async () => {
	await withDemo(
		async (h) => {
			const pane = await h.openPane("open-reading-timeline", TIMELINE);
			await pane.locator(".wrh-entry-markdown p").first().waitFor({ timeout: 10_000 });
			const layout = await h.page.evaluate(async () => {
				const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
				await frame();
				await frame();
				const rows = Array.from(document.querySelectorAll<HTMLElement>(".wrh-vlist-row")).sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
				const gaps: number[] = [];
				for (let i = 0; i + 1 < rows.length; i++) gaps.push(rows[i + 1]!.getBoundingClientRect().top - rows[i]!.getBoundingClientRect().bottom);
				const review = document.querySelector(".wrh-entry-is-book-review .wrh-entry-markdown");
				const thought = document.querySelector<HTMLElement>(".wrh-entry-is-thought");
				return {
					gaps,
					paragraphs: Array.from(review?.querySelectorAll("p") ?? []).map((p) => p.textContent),
					strong: review?.querySelector("strong")?.textContent ?? null,
					chapter: document.querySelector(".wrh-entry-is-chapter-review .wrh-entry-markdown")?.textContent ?? null,
					empty: document.querySelector(".wrh-entry-empty-review")?.textContent ?? null,
					thoughtParts: Array.from(thought?.querySelector(".wrh-entry-body")?.children ?? []).map((c) => c.className),
					// The highlight's text in a thought row looks like any highlight's text: not the thought line's small grey.
					thoughtTextSize: thought ? getComputedStyle(thought.querySelector(".wrh-entry-text")!).fontSize : null,
					highlightTextSize: getComputedStyle(document.querySelector(".wrh-entry-is-highlight .wrh-entry-text")!).fontSize,
				};
			});
			assert.ok(layout.gaps.length > 4, "several rows rendered");
			for (const gap of layout.gaps) assert.ok(Math.abs(gap) < 1, `rows lie edge to edge after the markdown arrived (${layout.gaps.join(", ")})`);
			assert.deepEqual(layout.paragraphs, ["How the richest man got there.", "First read, then think: the book is a slow one.", "Third paragraph, so the row is taller than its first guess."]);
			assert.equal(layout.strong, "First");
			assert.equal(layout.chapter, "1. Question everything, gently.");
			assert.equal(layout.empty, "Rating only, no text");
			assert.deepEqual(layout.thoughtParts, ["wrh-entry-text", "wrh-entry-thought"]);
			assert.equal(layout.thoughtTextSize, layout.highlightTextSize);
			await h.screenshot("rows-kinds", "light", pane);
			await h.screenshot("rows-kinds", "dark", pane);

			await pane.locator(".wrh-timeline-search").fill("READ");
			await pane.locator(".wrh-search-match").first().waitFor({ timeout: 10_000 });
			// "Reading slowly is reading twice." and the review's "First read" (marked in its rendered markdown).
			const marks = await pane.locator(".wrh-search-match").allTextContents();
			assert.deepEqual([...new Set(marks)].sort(), ["Read", "read"], marks.join(", "));
			assert.ok((await pane.locator(".wrh-entry-markdown .wrh-search-match").count()) >= 1, "marked inside the markdown too");
			await h.screenshot("rows-search", "light", pane);
		},
		{ files: { [BOOK]: NOTE }, viewport: { width: 1000, height: 1100 } },
	);
});

test("e2e rows: on a phone every row shows a More actions button; a tap on it opens the row's menu, not the note", async () => {
	await withDemo(
		async (h) => {
			// What Obsidian reports on an iPhone, and the class it puts on the body there.
			await h.page.evaluate(() => {
				const w = window as unknown as { wrh: { obsidian: { Platform: { isMobile: boolean; isPhone: boolean; isIosApp: boolean } } } };
				Object.assign(w.wrh.obsidian.Platform, { isMobile: true, isPhone: true, isIosApp: true });
				document.body.classList.add("is-mobile");
			});
			const pane = await h.openPane("open-reading-timeline", TIMELINE);
			const row = pane.locator(".wrh-entry-is-highlight").first();
			const button = row.locator(".wrh-entry-menu-button");
			await button.waitFor({ timeout: 10_000 });
			assert.equal(await button.getAttribute("aria-label"), "More actions");
			const box = await button.boundingBox();
			assert.ok(box !== null && box.width >= 44 && box.height >= 32, `a tap target (${JSON.stringify(box)})`);
			const before = await h.navigation();
			await button.click();
			const menus = await h.menus();
			assert.deepEqual(await h.navigation(), before, "the tap did not open the note");
			assert.deepEqual(menus.at(-1)?.items.map((i) => i.title), ["Copy link", "Copy embed", "Copy as quote", "Reveal in timeline", "Show references"]);
			await h.screenshot("rows-mobile", "light", pane);
		},
		{ files: { [BOOK]: NOTE }, viewport: { width: 1000, height: 1100 } },
	);
});

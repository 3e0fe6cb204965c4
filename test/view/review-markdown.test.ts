// Reviews rendered as markdown in the real panes (issue 11 item 3): what the reader sees (headings, escapes), and
// that every rendering's component goes when its row goes — scrolled out of the windowed timeline, re-rendered by
// the book pane's filter, or with the pane when it closes. The shim's MarkdownRenderer (test/shim/markdown.ts)
// records each render and whether its component was unloaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEW_TYPE_REFERENCES, VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { flushMicrotasks } from "../shim/clock.ts";
import { markdownRenders } from "../shim/markdown.ts";
import type { TestApp } from "../shim/test-app.ts";
import { $, showBookFor, startVault, typeInto } from "./helpers/book-pane.ts";

const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";
const BOOK = "weread/评论之书.md";

/** A book whose reviews carry the reader's own markdown: paragraphs, strong emphasis, an escape. */
function reviewBook(extraReviews: number): string {
	const reviews = Array.from({ length: extraReviews }, (_, i) => {
		const day = String((i % 28) + 1).padStart(2, "0");
		const month = String(Math.floor(i / 28) + 1).padStart(2, "0");
		return `## 书评 No.${i + 2}\n第 ${i + 2} 篇：**短评** ^u2-r${i + 2}\n⏱ 2021-${month}-${day} 09:00:00\n`;
	});
	return `---
doc_type: weread-highlights-reviews
bookId: "8800002"
title: 评论之书
---
# 高亮划线
## 第一章
- 📌 一条划线 ^8800002-1-10-20
    - ⏱ 2023-01-02 10:00:00
# 读书笔记
## 第一章
### 章节评论 No.1
- 1\\. 质疑一切 ^u2-c1
    - ⏱ 2023-01-03 10:00:00
# 本书评论
## 书评 No.1
世界首富如何练成

**先读**，再想 ^u2-r1
⏱ 2023-09-17 16:31:28
${reviews.join("")}`;
}

async function openTimeline(t: TestApp): Promise<TimelineView> {
	assert.equal(t.app.commands.executeCommandById(OPEN_TIMELINE), true);
	await t.clock.runAll();
	const view = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	assert.ok(view instanceof TimelineView);
	await flushMicrotasks();
	return view;
}

/** The markdown blocks of a row as `TAG: text`. */
function blocks(row: Element | null | undefined): string[] {
	const md = row?.querySelector(".wrh-entry-markdown");
	assert.ok(md, "a markdown container");
	return Array.from(md.children).map((c) => `${c.tagName}: ${c.textContent}`);
}

function rowByMarkdown(root: HTMLElement, fragment: string): HTMLElement | undefined {
	return Array.from(root.querySelectorAll<HTMLElement>(".wrh-entry")).find((r) => (r.querySelector(".wrh-entry-markdown")?.textContent ?? "").includes(fragment));
}

test("timeline: book and chapter reviews show as markdown — escapes resolved, paragraphs and emphasis rendered", async () => {
	const { t, loaded } = await startVault({ [BOOK]: reviewBook(0) });
	const view = await openTimeline(t);
	// The timeline is newest first: the book review (2023-09-17) above the chapter review (2023-01-03).
	const review = rowByMarkdown(view.contentEl, "世界首富");
	assert.deepEqual(blocks(review), ["P: 世界首富如何练成", "P: 先读，再想"]);
	assert.equal(review?.querySelector(".wrh-entry-markdown strong")?.textContent, "先读", "**先读** is bold, not asterisks");
	assert.deepEqual(blocks(rowByMarkdown(view.contentEl, "质疑一切")), ["P: 1. 质疑一切"], "`1\\.` shows as 1.");
	assert.equal(view.contentEl.textContent?.includes("1\\."), false, "no raw escape anywhere in the pane");
	await loaded.unload();
	t.dispose();
});

test("timeline: a review row scrolled out of the window releases its rendering; closing the pane releases the rest", async () => {
	const { t, loaded } = await startVault({ [BOOK]: reviewBook(60) });
	const before = markdownRenders.length;
	const view = await openTimeline(t);
	const list = view.list;
	assert.ok(list);
	const first = markdownRenders.slice(before);
	assert.ok(first.length > 0 && first.length < 62, `only the window's reviews are rendered (${first.length})`);
	assert.deepEqual(first.filter((r) => r.unloaded), [], "all of them alive while shown");

	// Scroll to the far end: the rows at the top leave the DOM.
	list.scrollerEl.scrollTop = 1_000_000;
	list.scrollerEl.dispatchEvent(new Event("scroll"));
	await flushMicrotasks();
	const gone = first.filter((r) => !r.el.isConnected);
	assert.ok(gone.length > 0, "some rendered rows left the window");
	assert.deepEqual(gone.filter((r) => !r.unloaded).map((r) => r.markdown), [], "every row that left released its component");
	const shown = markdownRenders.slice(before).filter((r) => r.el.isConnected);
	assert.ok(shown.length > 0, "rows in the window now");
	assert.deepEqual(shown.filter((r) => r.unloaded).map((r) => r.markdown), [], "rows in view keep theirs");

	// Close the pane: nothing it rendered stays loaded.
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0];
	leaf?.detach();
	await flushMicrotasks();
	assert.deepEqual(markdownRenders.slice(before).filter((r) => !r.unloaded).map((r) => r.markdown), []);
	await loaded.unload();
	t.dispose();
});

test("book pane: reviews show as markdown; a filter that re-renders the rows releases the old renderings", async () => {
	const { t, loaded } = await startVault({ [BOOK]: reviewBook(2) });
	const before = markdownRenders.length;
	const pane = await showBookFor(t, BOOK);
	await flushMicrotasks();
	assert.deepEqual(blocks(rowByMarkdown(pane, "世界首富")), ["P: 世界首富如何练成", "P: 先读，再想"]);
	const ours = (): typeof markdownRenders => markdownRenders.slice(before);
	const leaked = (): string[] => ours().filter((r) => !r.el.isConnected && !r.unloaded).map((r) => r.markdown);
	const shown = ours().filter((r) => r.el.isConnected);
	assert.equal(shown.length, 4, "the chapter review and three book reviews");
	assert.deepEqual(leaked(), [], "renders of rows the pane already rebuilt are released");

	const filter = $(pane, ".wrh-book-filter") as HTMLInputElement;
	typeInto(filter, "短评");
	await flushMicrotasks();
	assert.deepEqual(shown.filter((r) => !r.unloaded).map((r) => r.markdown), [], "the rows the filter rebuilt released theirs");
	assert.deepEqual(ours().filter((r) => r.el.isConnected).map((r) => r.markdown).sort(), ["第 2 篇：**短评**", "第 3 篇：**短评**"]);
	assert.deepEqual(leaked(), []);
	// Nothing left with reviews in it: the pane's DOM changed, the old ones go too.
	typeInto(filter, "一条划线");
	await flushMicrotasks();
	assert.deepEqual(ours().filter((r) => r.el.isConnected), []);
	assert.deepEqual(leaked(), []);
	await loaded.unload();
	t.dispose();
});

test("references pane: a cited review shows as markdown there too, released with the pane", async () => {
	const { t, loaded } = await startVault({ [BOOK]: reviewBook(0), "notes/cite.md": "The review: [[评论之书#^u2-r1]]\n" });
	await t.sim.openFile("notes/cite.md");
	await t.clock.runAll();
	const before = markdownRenders.length;
	assert.equal(t.app.commands.executeCommandById("weread-highlights:open-block-references"), true);
	await t.clock.runAll();
	await flushMicrotasks();
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0];
	assert.ok(leaf);
	assert.deepEqual(blocks(rowByMarkdown(leaf.view.containerEl, "世界首富")), ["P: 世界首富如何练成", "P: 先读，再想"]);
	leaf.detach();
	await flushMicrotasks();
	const ours = markdownRenders.slice(before);
	assert.ok(ours.length > 0);
	assert.deepEqual(ours.filter((r) => !r.unloaded).map((r) => r.markdown), []);
	await loaded.unload();
	t.dispose();
});

test("timeline: a book review with the reader's own ## headings is one dated row, its headings rendered as headings (parser + row, item 3)", async () => {
	const note = `---
doc_type: weread-highlights-reviews
bookId: "8800003"
title: 算法之书
---
# 高亮划线
## 第一章
- 📌 一条划线 ^8800003-1-10-20
    - ⏱ 2023-01-02 10:00:00
# 本书评论
## 书评 No.1
## 世界首富如何练成
1\\. 质疑一切

## 构建自己的算法体系
先读，再想 ^u3-r1
⏱ 2023-09-17 16:31:28
`;
	const { t, loaded } = await startVault({ "weread/算法之书.md": note });
	const view = await openTimeline(t);
	const reviews = Array.from(view.contentEl.querySelectorAll(".wrh-entry-is-book-review"));
	assert.equal(reviews.length, 1, "one book review, not one per heading");
	const row = reviews[0];
	assert.deepEqual(blocks(row), ["H2: 世界首富如何练成", "P: 1. 质疑一切", "H2: 构建自己的算法体系", "P: 先读，再想"]);
	assert.equal(row?.querySelector(".wrh-entry-time")?.textContent, "16:31", "dated by its ⏱ line");
	assert.ok(view.contentEl.textContent?.includes("2023-09-17"), "under its day");
	await loaded.unload();
	t.dispose();
});

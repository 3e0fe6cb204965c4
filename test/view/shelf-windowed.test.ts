// The bookshelf at 5,000 books: the windowed list keeps a bounded number of rows in the DOM; scrolling and the arrow
// keys bring the others in, and the row a reader looks at stays put through a live update. happy-dom has no
// layout, so the viewport and row heights are injected (as timeline-windowed.test.ts does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import { translator } from "../../src/core/i18n.ts";
import { ShelfView } from "../../src/views/shelf-view.ts";
import { SHELF_REFRESH_MS } from "../../src/constants.ts";
import { createTestApp } from "../shim/test-app.ts";

const BOOKS = 5_000;
const VIEWPORT = 600;
const ROW_H = 60;
const OVERSCAN = 6;
/** Rows a 600 px viewport shows at 60 px, plus overscan on both sides. */
const BOUND = Math.ceil(VIEWPORT / ROW_H) + 2 * OVERSCAN + 1;

/** Book i: `Book 00000` … `Book 04999`, one highlight on January 1 + (i mod 28) of 2020 + (i mod 5). */
function note(i: number): string {
	const year = 2020 + (i % 5);
	const day = String(1 + (i % 28)).padStart(2, "0");
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${i}"\ntitle: Book ${String(i).padStart(5, "0")}\n---\n# 高亮划线\n## 一\n> 📌 Line of book ${i}. \n> ⏱ ${year}-01-${day} 10:00:00 ^${i}-1-1-9\n\n# 读书笔记\n`;
}

function key(el: Element | null | undefined, k: string): void {
	assert.ok(el);
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}

test("shelf at 5,000 books: bounded rows, scrolling and keys reach the end, a live update keeps the place", async () => {
	const t = createTestApp();
	const index = new HighlightIndex();
	index.batch(() => {
		for (let i = 0; i < BOOKS; i++) index.upsertNote(`weread/b${i}.md`, note(i));
	});
	const en = translator("en");
	const opened: string[] = [];
	const view = new ShelfView(t.app.workspace.getLeaf(true) as never, {
		index,
		settings: () => ({ shelfCovers: false }),
		onSettingsChange: () => () => {},
		openBook: (path) => opened.push(path),
		t: () => en,
		status: { getStatus: () => ({ state: "warm", done: 0, total: 0 }), onStatus: () => () => {} },
		list: { viewportHeight: () => VIEWPORT, overscan: OVERSCAN, measure: () => ROW_H },
	});
	await (view.leaf as unknown as { open(v: unknown): Promise<unknown> }).open(view);
	view.change({ sort: "title" });
	const list = view.list;
	assert.ok(list);
	assert.equal(list.length, BOOKS);
	const rendered = (): HTMLElement[] => Array.from(view.contentEl.querySelectorAll<HTMLElement>(".wrh-shelf-book"));
	assert.ok(rendered().length <= BOUND, `rendered ${rendered().length} ≤ ${BOUND}`);
	assert.equal(rendered()[0]?.querySelector(".wrh-shelf-title")?.textContent, "Book 00000");

	list.scrollerEl.scrollTop = 150_000;
	list.scrollerEl.dispatchEvent(new Event("scroll"));
	assert.ok(rendered().length <= BOUND);
	// 150,000 px / 60 px = row 2,500 at the top.
	assert.ok(list.renderedIndices.includes(2_500), `rendered ${list.renderedIndices[0]}…`);

	list.scrollerEl.scrollTop = 1e9;
	list.scrollerEl.dispatchEvent(new Event("scroll"));
	assert.equal(list.renderedIndices.at(-1), BOOKS - 1, "the end of the list is reachable");
	assert.equal(rendered().at(-1)?.querySelector(".wrh-shelf-title")?.textContent, "Book 04999");

	// Arrow keys from the first row, and Enter opens the focused book.
	list.scrollerEl.scrollTop = 0;
	list.scrollerEl.dispatchEvent(new Event("scroll"));
	rendered()[0]?.focus();
	for (let i = 0; i < 3; i++) key(view.contentEl.ownerDocument.activeElement, "ArrowDown");
	assert.equal(view.contentEl.ownerDocument.activeElement?.getAttribute("data-key"), "weread/b3.md");
	key(view.contentEl.ownerDocument.activeElement, "Enter");
	assert.deepEqual(opened, ["weread/b3.md"]);

	// A live update (a new book sorting first) keeps the reader's row where it was.
	list.scrollerEl.scrollTop = 60 * 1_000;
	list.scrollerEl.dispatchEvent(new Event("scroll"));
	const before = list.renderedIndices[OVERSCAN];
	const keyBefore = before === undefined ? null : list.elementAt(before)?.getAttribute("data-key");
	index.upsertNote("weread/a.md", note(99_999).replace("Book 99999", "AAA first"));
	await t.clock.advance(SHELF_REFRESH_MS + 10);
	assert.equal(list.length, BOOKS + 1);
	const after = list.renderedIndices.find((i) => list.elementAt(i)?.getAttribute("data-key") === keyBefore);
	assert.equal(after, (before ?? 0) + 1, "the same book, one row further down, still rendered");
	t.dispose();
});

// The book pane is windowed (issue 15 item 4): a generated book of 8,660 highlights keeps the DOM to the rows in
// view, and the last row is reachable by scrolling and by the keyboard's End. happy-dom has no layout: the list
// measures nothing and lays out with its estimates over the window's height, which is enough to count rows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BIG_BOOK_COUNT, BIG_BOOK_PATH, bigBookNote, bigBookText } from "./helpers/big-book.ts";
import { $, bookViews, key, rows, rowWithText, showBookFor, startVault, typeInto } from "./helpers/book-pane.ts";

const LAST = bigBookText(BIG_BOOK_COUNT);
const FIRST = bigBookText(1);

async function openBigBook(): Promise<{ t: Awaited<ReturnType<typeof startVault>>["t"]; pane: HTMLElement }> {
	const { t } = await startVault({ [BIG_BOOK_PATH]: bigBookNote() });
	const pane = await showBookFor(t, BIG_BOOK_PATH);
	return { t, pane };
}

function list(t: Awaited<ReturnType<typeof startVault>>["t"]) {
	const l = bookViews(t)[0]?.list;
	if (l === null || l === undefined) throw new Error("no list");
	return l;
}

test("book pane windowed: 8,660 highlights render a bounded DOM; the header and outline still count them all", async () => {
	const { t, pane } = await openBigBook();
	assert.equal($(pane, ".wrh-book-stat-highlights").textContent, "Highlights: 8660");
	// 8,660 / 144 per chapter = 60 full chapters and one of 20.
	assert.equal($(pane, ".wrh-book-outline-total").textContent, "61");
	// Header, outline, 61 chapter titles, 8,660 entries.
	assert.equal(list(t).length, 2 + 61 + BIG_BOOK_COUNT);
	const shown = rows(pane).length;
	assert.ok(shown > 0 && shown < 200, `${shown} entry rows in the DOM`);
	assert.equal(rows(pane)[0]?.querySelector(".wrh-entry-text")?.textContent, FIRST);
	assert.equal(pane.querySelectorAll(".wrh-vlist-row").length, list(t).renderedIndices.length);
	t.dispose();
});

test("book pane windowed: scrolling to the end brings the last row in, and drops the first", async () => {
	const { t, pane } = await openBigBook();
	const l = list(t);
	l.scrollerEl.scrollTop = 10_000_000;
	l.scrollerEl.dispatchEvent(new Event("scroll"));
	assert.ok(rowWithText(pane, LAST), "the last highlight is in the DOM");
	assert.ok(!(pane.textContent ?? "").includes(FIRST), "the first is not any more");
	assert.ok(rows(pane).length < 200);
	t.dispose();
});

test("book pane windowed: End focuses the book's last row, Home its first; arrows step across the window's edge", async () => {
	const { t, pane } = await openBigBook();
	const first = rowWithText(pane, FIRST);
	first.focus();
	key(first, "End");
	const last = rowWithText(pane, LAST);
	assert.equal(activeDocument.activeElement, last);
	assert.equal(last.getAttribute("tabindex"), "0", "the tab stop follows");
	assert.ok(rows(pane).length < 200);
	key(last, "ArrowUp");
	assert.equal(activeDocument.activeElement, rowWithText(pane, bigBookText(BIG_BOOK_COUNT - 1)));
	key(activeDocument.activeElement as HTMLElement, "Home");
	assert.equal(activeDocument.activeElement, rowWithText(pane, FIRST));
	assert.ok(pane.querySelector(".wrh-book-title") !== null, "Home shows the header above the first row again");
	// ArrowDown on the last row in the DOM: the list brings the next one in and focuses it.
	const edge = rows(pane).at(-1) as HTMLElement;
	const n = Number(/第 (\d+) 条/.exec(edge.textContent ?? "")?.[1]);
	assert.ok(n > 1 && n < 200, `the window ends at row ${n}`);
	assert.equal(pane.textContent?.includes(bigBookText(n + 1)), false, "the next row is not in the DOM yet");
	edge.focus();
	key(edge, "ArrowDown");
	assert.equal(activeDocument.activeElement, rowWithText(pane, bigBookText(n + 1)));
	t.dispose();
});

test("book pane windowed: the filter narrows the 8,660 rows and says how many it shows", async () => {
	const { t, pane } = await openBigBook();
	typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "第 8659 条");
	// The text and the 💭 of 8659 (a multiple of 7) hold it; no other highlight does.
	assert.deepEqual(
		rows(pane).map((r) => r.querySelector(".wrh-entry-text")?.textContent),
		[bigBookText(8659)],
	);
	assert.equal($(pane, ".wrh-book-match-count").textContent, `1 of ${BIG_BOOK_COUNT} shown`);
	t.dispose();
});

// The windowed list under load: 100k generated highlights in the timeline pane keep the DOM bounded, scrolling and
// arrow keys bring other rows in; and the list's own mechanics (measured heights, anchoring, the height cap) on a
// synthetic source. happy-dom has no layout, so viewport height and row heights are injected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import type { EntryActions } from "../../src/views/entry-actions.ts";
import { MAX_SCROLL_PX, VirtualList, type VirtualListSource } from "../../src/views/render/virtual-list.ts";
import { generateVault } from "../../scripts/gen-vault/generate.ts";
import { createTestApp } from "../shim/test-app.ts";
import { openTimelineOver } from "./helpers/timeline-plugin.ts";

const VIEWPORT = 600;
const OVERSCAN = 6;
const HEADER_H = 30;
const ENTRY_H = 60;
/** Rows a 600 px viewport can show at the smallest row height, plus overscan on both sides. */
const BOUND = Math.ceil(VIEWPORT / HEADER_H) + 2 * OVERSCAN + 1;

const opened: string[] = [];
const actions: EntryActions = {
	open: (e) => opened.push(e.key),
	openLine: () => {},
	hoverLine: () => {},
	hover: () => {},
	dragText: () => "",
	showMenu: () => {},
	citedCount: () => 0,
	renderMarkdown: () => Promise.resolve(),
};

function scroll(el: HTMLElement, top: number): void {
	el.scrollTop = top;
	el.dispatchEvent(new Event("scroll"));
}

function key(el: Element | null, k: string): void {
	assert.ok(el);
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}

test("timeline at 100k rows: a bounded number of rows in the DOM; scrolling and arrow keys bring others in", async () => {
	const t = createTestApp();
	const index = new HighlightIndex();
	const vault = generateVault({ highlights: 100_000 });
	index.batch(() => {
		for (const f of vault.files) index.upsertNote(f.path, f.text);
	});
	const view = await openTimelineOver(t, index, {
		actions,
		today: () => "2024-06-01",
		list: { viewportHeight: () => VIEWPORT, overscan: OVERSCAN, measure: (el) => (el.hasClass("wrh-timeline-group") ? HEADER_H : ENTRY_H) },
	});
	const list = view.list;
	assert.ok(list);
	assert.ok(list.length >= 100_000, `rows: ${list.length}`);
	const rendered = (): number => view.contentEl.querySelectorAll(".wrh-vlist-row").length;
	assert.ok(rendered() > 0 && rendered() <= BOUND, `rendered ${rendered()} ≤ ${BOUND}`);
	assert.deepEqual(list.renderedIndices.slice(0, 1), [0]);

	scroll(list.scrollerEl, 2_000_000);
	const middle = list.renderedIndices;
	assert.ok(rendered() <= BOUND, `rendered ${rendered()} after a scroll`);
	assert.ok((middle[0] ?? 0) > 20_000, `first rendered row ${middle[0]}`);
	// Contiguous, in DOM order.
	const domOrder = Array.from(view.contentEl.querySelectorAll(".wrh-vlist-row")).map((el) => Number(el.getAttr("data-index")));
	assert.deepEqual(domOrder, middle);
	assert.equal((middle.at(-1) ?? 0) - (middle[0] ?? 0) + 1, middle.length);

	scroll(list.scrollerEl, 1e12);
	assert.equal(list.renderedIndices.at(-1), list.length - 1, "the end of the list is reachable");
	assert.ok(rendered() <= BOUND);

	// Arrow down from the last row in the DOM: the list renders the next one and focuses it.
	scroll(list.scrollerEl, 0);
	const rows = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".wrh-entry"));
	const last = rows[rows.length - 1];
	assert.ok(last);
	last.focus();
	const before = Number(last.getAttr("data-index"));
	key(last, "ArrowDown");
	const now = activeDocument.activeElement as HTMLElement;
	assert.ok(now.hasClass("wrh-entry"));
	assert.ok(Number(now.getAttr("data-index")) > before, "moved past the rendered edge");
	assert.ok(rendered() <= BOUND);
	key(now, "Enter");
	assert.deepEqual(opened, [now.getAttr("data-key")]);
	t.dispose();
});

/** `n` rows; every 10th a header. */
function synthetic(n: number): VirtualListSource {
	return {
		length: n,
		key: (i) => `k${i}`,
		kind: (i) => (i % 10 === 0 ? "header" : "entry"),
		focusable: (i) => i % 10 !== 0,
		render: (parent, i) => parent.createDiv({ cls: i % 10 === 0 ? "h" : "wrh-list-row", text: `row ${i}`, attr: { "data-key": `k${i}` } }),
	};
}

test("virtual list: measured heights replace estimates, rows above the viewport do not move what is on screen", () => {
	const t = createTestApp();
	const heights = new Map<number, number>();
	const list = new VirtualList(activeDocument.body, { viewportHeight: () => 200, overscan: 2, estimates: { header: 20, entry: 40 }, measure: (el) => heights.get(Number(el.getAttr("data-index"))) ?? 0 });
	list.load();
	list.setSource(synthetic(1000));
	// Unmeasured: estimates. Row 50 starts at 5 headers·20 + 45 entries·40 = 1900.
	list.scrollToIndex(50, "start");
	assert.equal(list.scrollerEl.scrollTop, 1900);
	// Rows 48 and 49 (in the overscan above) turn out 100 px taller each: the view keeps row 50 at the top.
	heights.set(48, 140);
	heights.set(49, 140);
	list.remeasure();
	assert.equal(list.scrollerEl.scrollTop, 2100);
	assert.equal(list.elementAt(50)?.style.getPropertyValue("--wrh-vlist-top"), "2100px");
	list.unload();
	t.dispose();
});

test("virtual list: past the browser's height limit, scroll positions map onto the whole list", () => {
	const t = createTestApp();
	const list = new VirtualList(activeDocument.body, { viewportHeight: () => 500, overscan: 1, measure: () => 0 });
	list.load();
	list.setSource(synthetic(500_000));
	assert.equal(list.rowsEl.style.getPropertyValue("--wrh-vlist-height"), `${MAX_SCROLL_PX}px`);
	scroll(list.scrollerEl, MAX_SCROLL_PX - 500);
	assert.equal(list.renderedIndices.at(-1), 499_999);
	scroll(list.scrollerEl, (MAX_SCROLL_PX - 500) / 2);
	const mid = list.renderedIndices[0] ?? 0;
	assert.ok(mid > 240_000 && mid < 260_000, `middle of the scrollbar shows the middle rows: ${mid}`);
	list.scrollToIndex(123_456, "start");
	assert.ok(list.renderedIndices.includes(123_456));
	list.unload();
	t.dispose();
});

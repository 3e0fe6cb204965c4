// The entry row every pane shows (src/views/render/entry-row.ts), rendered on its own from real index entries:
// what each kind of entry reads like (issue 11 items 2 and 6), how search matches are marked (item 8), and a review's
// content rendered as markdown by a component that goes with the row (item 3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Component, MarkdownRenderer } from "obsidian";
import { markdownRenders, type MarkdownRender } from "../shim/markdown.ts";
import { rowComponent } from "../../src/views/render/row-lifetimes.ts";
import { translator, type Locale } from "../../src/core/i18n.ts";
import { HighlightIndex, type TimelineEntry } from "../../src/core/index/index.ts";
import type { EntryActions } from "../../src/views/entry-actions.ts";
import { renderEntryRow, type EntryRowOptions } from "../../src/views/render/entry-row.ts";

const PATH = "weread/测试之书.md";
/** One of each entry kind, in the dash-era shapes (weread-format.md E3): a highlight; a 划线评论 whose highlight is
 * not in 高亮划线 (a standalone thought); a chapter review; a book review with a markdown escape; a book review
 * with no text (the reader only rated the book: `## 书评 No.2` then `⏱`). */
const NOTE = `---
doc_type: weread-highlights-reviews
bookId: "8800001"
title: 测试之书
---
# 高亮划线
## 第一章
- 📌 The Quiet ORCHARD grows slowly ^8800001-1-10-20
    - ⏱ 2023-01-02 10:00:00
# 读书笔记
## 第一章
### 章节评论 No.1
- 章节的看法 ^u1-r1
    - ⏱ 2023-01-03 10:00:00
### 划线评论
- 📌 不在高亮里的句子  ^u1-r2
    - 💭 我的想法
    - ⏱ 2023-01-04 10:00:00
# 本书评论
## 书评 No.1
1\\. 质疑一切 ^u1-r3
⏱ 2023-01-05 10:00:00
## 书评 No.2
⏱ 2023-01-06 10:00:00
`;

function entries(): TimelineEntry[] {
	const index = new HighlightIndex();
	index.upsertNote(PATH, NOTE);
	const book = index.book(PATH);
	assert.ok(book, "the note is indexed");
	return [...book.entries];
}

function entryOf(kind: TimelineEntry["kind"], pick: (e: TimelineEntry) => boolean = () => true): TimelineEntry {
	const e = entries().find((x) => x.kind === kind && pick(x));
	assert.ok(e, `a ${kind} entry`);
	return e;
}

export const noActions: EntryActions = {
	open: () => undefined,
	openLine: () => undefined,
	hoverLine: () => undefined,
	hover: () => undefined,
	dragText: () => "",
	showMenu: () => undefined,
	citedCount: () => 0,
	renderMarkdown: () => Promise.resolve(),
};

function render(entry: TimelineEntry, options: Partial<EntryRowOptions> & { locale?: Locale } = {}): HTMLElement {
	const parent = activeDocument.body.createDiv();
	return renderEntryRow(parent, entry, { actions: noActions, t: translator(options.locale ?? "en"), ...options });
}

const classesOf = (el: Element): string[] => Array.from(el.classList);

test("entry row: a standalone thought reads like the others — its highlight's text, then the thought (issue 11 item 2)", () => {
	const thought = entryOf("thought");
	const row = render(thought);
	// The row's kind class must not be the inner thought line's class: with `wrh-entry-thought` on the row, styles.css
	// gave the whole row the thought line's look (💭 before it, small muted text).
	assert.equal(row.hasClass("wrh-entry-thought"), false, `row classes: ${classesOf(row).join(" ")}`);
	const body = row.querySelector(".wrh-entry-body");
	assert.ok(body);
	assert.deepEqual(
		Array.from(body.children).map((c) => `${c.className}: ${c.textContent}`),
		["wrh-entry-text: 不在高亮里的句子", "wrh-entry-thought: 我的想法"],
	);
	assert.equal(row.querySelectorAll(".wrh-entry-thought").length, 1, "one thought line");
});

test("entry row: no row carries a class its own parts use (so no part's style can land on a whole row)", () => {
	for (const entry of entries()) {
		const row = render(entry);
		const inner = new Set(Array.from(row.querySelectorAll("*")).flatMap(classesOf));
		const shared = classesOf(row).filter((c) => inner.has(c));
		assert.deepEqual(shared, [], `${entry.kind} row shares ${shared.join(", ")} with its parts`);
		assert.ok(row.hasClass("wrh-entry"), "every row is a wrh-entry");
	}
});

test("entry row: a rating-only book review is labelled, not a bare timestamp (issue 11 item 6)", () => {
	const ratingOnly = entryOf("book-review", (e) => (e.thought ?? "") === "");
	for (const [locale, label, note] of [
		["en", "Book review", "Rating only, no text"],
		["zh", "书评", "仅评分，无文字"],
	] as const) {
		const row = render(ratingOnly, { locale });
		assert.equal(row.querySelector(".wrh-entry-kind")?.textContent, label, locale);
		assert.equal(row.querySelector(".wrh-entry-empty-review")?.textContent, note, locale);
	}
	// A review with text keeps its text and gets no such note.
	const withText = render(entryOf("book-review", (e) => (e.thought ?? "") !== ""));
	assert.equal(withText.querySelector(".wrh-entry-empty-review"), null);
});

/** The row's text with every marked run in [brackets]. */
function marked(el: Element): string {
	let out = "";
	for (const node of Array.from(el.childNodes)) {
		if (node.nodeType === 3) out += node.textContent ?? "";
		else if ((node as Element).hasClass?.("wrh-search-match")) out += `[${node.textContent ?? ""}]`;
		else out += marked(node as Element);
	}
	return out;
}

test("entry row: search terms are marked in the text, thought, chapter and book, case-insensitively (issue 11 item 8)", () => {
	const highlight = entryOf("highlight");
	const row = render(highlight, { search: "orchard  quiet", showBook: true, showChapter: true });
	assert.equal(marked(row.querySelector(".wrh-entry-text") as Element), "The [Quiet] [ORCHARD] grows slowly");
	// The words themselves are unchanged, and marks are elements built as text (no markup from the query).
	assert.equal(row.querySelector(".wrh-entry-text")?.textContent, "The Quiet ORCHARD grows slowly");
	for (const mark of Array.from(row.querySelectorAll(".wrh-search-match"))) assert.equal(mark.tagName, "MARK");

	const thought = render(entryOf("thought"), { search: "想法 句子", showBook: true, showChapter: true });
	assert.equal(marked(thought.querySelector(".wrh-entry-text") as Element), "不在高亮里的[句子]");
	assert.equal(marked(thought.querySelector(".wrh-entry-thought") as Element), "我的[想法]");

	const chapter = render(highlight, { search: "第一", showBook: true, showChapter: true });
	assert.equal(marked(chapter.querySelector(".wrh-entry-chapter") as Element), "[第一]章");
	const book = render(highlight, { search: "之书", showBook: true });
	assert.equal(marked(book.querySelector(".wrh-entry-book") as Element), "测试[之书]");

	// No search, or only blanks: nothing is marked.
	assert.equal(render(highlight, { search: "   " }).querySelectorAll(".wrh-search-match").length, 0);
	assert.equal(render(highlight).querySelectorAll(".wrh-search-match").length, 0);
});

test("entry row: overlapping terms make one mark; zero-width characters inside a match are ignored like search does", async () => {
	const { markMatches } = await import("../../src/views/render/search-marks.ts");
	const el = (text: string, query: string): string => {
		const span = activeDocument.body.createSpan();
		markMatches(span, text, query);
		assert.equal(span.textContent, text, "the text is kept whole");
		return marked(span);
	};
	assert.equal(el("abcdef", "bcd cde"), "a[bcde]f");
	assert.equal(el("a\u200Bbc", "ab"), "[a\u200Bb]c");
	assert.equal(el("xx XX xX", "x"), "[xx] [XX] [xX]");
	assert.equal(el("<b>not markup</b>", "<b>"), "[<b>]not markup</b>");
	assert.equal(el("nothing here", "zzz"), "nothing here");
});

// --- A review's content is markdown (issue 11 item 3) ---------------------------------------------------------

/** A pane as rows see it: a loaded Component with its element (what an ItemView is). */
class FakePane extends Component {
	readonly containerEl = activeDocument.body.createDiv();
}

const markdownActions: EntryActions = {
	...noActions,
	renderMarkdown: (markdown, el, sourcePath, component) => MarkdownRenderer.render(null as never, markdown, el, sourcePath, component),
};

const lastRender = (): MarkdownRender => {
	const r = markdownRenders.at(-1);
	assert.ok(r, "MarkdownRenderer.render was called");
	return r;
};

test("entry row: a book review's content is rendered as markdown, with its note as the source path (issue 11 item 3)", async () => {
	const pane = new FakePane();
	pane.load();
	const review = entryOf("book-review", (e) => (e.thought ?? "") !== "");
	const before = markdownRenders.length;
	const row = renderEntryRow(pane.containerEl, review, { actions: markdownActions, t: translator("en"), owner: pane });
	assert.equal(markdownRenders.length, before + 1, "one render for the review");
	const render = lastRender();
	assert.equal(render.markdown, "1\\. 质疑一切", "the content verbatim");
	assert.equal(render.sourcePath, PATH);
	await render.done;
	const md = row.querySelector(".wrh-entry-markdown");
	assert.ok(md, "the markdown container");
	assert.equal(render.el, md);
	// `1\.` is an escaped "1." — a paragraph that starts with a number, not a list and no backslash.
	assert.deepEqual(
		Array.from(md.children).map((c) => `${c.tagName}: ${c.textContent}`),
		["P: 1. 质疑一切"],
	);
	assert.equal(row.querySelector(".wrh-entry-kind")?.textContent, "Book review", "the label stays");
	pane.unload();
	assert.equal(render.unloaded, true, "closing the pane releases the rendering");
});

test("entry row: chapter reviews are markdown too; highlights and thoughts stay plain text", async () => {
	const pane = new FakePane();
	pane.load();
	const before = markdownRenders.length;
	for (const e of entries()) renderEntryRow(pane.containerEl, e, { actions: markdownActions, t: translator("en"), owner: pane });
	assert.deepEqual(
		markdownRenders.slice(before).map((r) => r.markdown),
		["章节的看法", "1\\. 质疑一切"],
		"the chapter review and the book review with text; not the highlight, the thought or the empty review",
	);
	const thought = Array.from(pane.containerEl.querySelectorAll(".wrh-entry-is-thought .wrh-entry-thought-text"));
	assert.deepEqual(thought.map((e) => e.textContent), ["我的想法"]);
	assert.equal(pane.containerEl.querySelectorAll(".wrh-entry-is-highlight .wrh-entry-markdown, .wrh-entry-is-thought .wrh-entry-markdown").length, 0);
	pane.unload();
});

test("entry row: without a pane to own it, a review shows as plain text (nothing rendered, nothing to leak)", () => {
	const before = markdownRenders.length;
	const row = render(entryOf("book-review", (e) => (e.thought ?? "") !== ""), { actions: markdownActions });
	assert.equal(markdownRenders.length, before);
	assert.equal(row.querySelector(".wrh-entry-thought-text")?.textContent, "1\\. 质疑一切");
});

test("entry row: search terms are marked inside rendered markdown, and a failed render still shows the words", async () => {
	const pane = new FakePane();
	pane.load();
	const review = entryOf("book-review", (e) => (e.thought ?? "") !== "");
	const row = renderEntryRow(pane.containerEl, review, { actions: markdownActions, t: translator("en"), owner: pane, search: "质疑" });
	await lastRender().done;
	await Promise.resolve();
	assert.equal(marked(row.querySelector(".wrh-entry-markdown p") as Element), "1. [质疑]一切");

	const failing: EntryActions = { ...noActions, renderMarkdown: () => Promise.reject(new Error("renderer failed")) };
	const row2 = renderEntryRow(pane.containerEl, review, { actions: failing, t: translator("en"), owner: pane });
	await Promise.resolve();
	await Promise.resolve();
	assert.equal(row2.querySelector(".wrh-entry-markdown")?.textContent, "1\\. 质疑一切");
	pane.unload();
});

test("row lifetimes: a row's component is unloaded once the row leaves the pane, not while it waits in a fragment", async () => {
	const pane = new FakePane();
	pane.load();
	const list = pane.containerEl.createDiv();
	const frag = createFragment();
	const a = frag.createDiv();
	const ca = rowComponent(pane, a);
	const b = frag.createDiv();
	const cb = rowComponent(pane, b);
	let unloaded: string[] = [];
	ca.register(() => unloaded.push("a"));
	cb.register(() => unloaded.push("b"));
	assert.deepEqual(unloaded, [], "rows built in a fragment are alive");
	list.appendChild(frag);
	a.detach();
	const c = list.createDiv();
	rowComponent(pane, c).register(() => unloaded.push("c"));
	assert.deepEqual(unloaded, ["a"], "the next row's render releases the dropped row at once");
	// Rows dropped with no row rendered after them: the pane's DOM changed, the observer sweeps.
	list.empty();
	await Promise.resolve();
	await Promise.resolve();
	assert.deepEqual(unloaded.sort(), ["a", "b", "c"]);
	unloaded = [];
	pane.unload();
	assert.deepEqual(unloaded, [], "nothing is unloaded twice");
});

test("search marks agree with the index's search: every entry it finds has each term marked in what the row shows", async () => {
	const { fixtureVaultFiles } = await import("./helpers/fixture-vault.ts");
	const index = new HighlightIndex();
	for (const [path, text] of Object.entries({ ...fixtureVaultFiles(), [PATH]: NOTE })) if (path.endsWith(".md")) index.upsertNote(path, text);
	const all = index.books().flatMap((b) => index.book(b.path)?.entries ?? []);
	assert.ok(all.length > 10, `${all.length} entries`);
	let checked = 0;
	for (const entry of all) {
		const words = entry.text !== "" ? entry.text : (entry.thought ?? "");
		// A piece of the entry's own words, upper-cased (search ignores case), with a zero-width space inside the
		// first character pair of the query (search ignores those too).
		const piece = Array.from(words).slice(1, 4).join("");
		if (piece.length < 2 || /\s/.test(piece)) continue;
		const query = `${piece.slice(0, 1)}\u200B${piece.slice(1)}`.toUpperCase();
		const found = index.search(query, 1000);
		assert.ok(found.some((e) => e.key === entry.key), `search finds "${piece}" in its own entry`);
		for (const hit of found) {
			const row = render(hit, { search: query, showBook: true, showChapter: true });
			assert.ok(row.querySelector(".wrh-search-match"), `a row search found for "${query}" has a mark: ${hit.key}`);
			checked++;
		}
	}
	assert.ok(checked > 10, `${checked} rows checked`);
});

// The book pane's outline and match count (issue 11 item 8): which chapters the outline lists, what each counts
// while the filter narrows the rows, and how the pane tells the reader (and a screen reader) how many rows show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $, ORCHARD, click, rowTexts, showBookFor, startVault, typeInto } from "./helpers/book-pane.ts";

/** Each outline chapter as [title, visible count, dimmed]. */
function outline(pane: HTMLElement): [string, string, boolean][] {
	return Array.from(pane.querySelectorAll<HTMLElement>(".wrh-book-chapter")).map((c) => [
		c.querySelector(".wrh-book-chapter-title")?.textContent ?? "",
		c.querySelector(".wrh-book-chapter-count")?.textContent ?? "-",
		c.hasClass("is-dimmed"),
	]);
}

/** What a screen reader hears for each chapter's count (the visible digits are hidden from it). */
function spokenCounts(pane: HTMLElement): string[] {
	return Array.from(pane.querySelectorAll<HTMLElement>(".wrh-book-chapter")).map((c) => c.querySelector(".wrh-book-chapter-count-label")?.textContent ?? "-");
}

test("book pane: the filter says how many rows show, politely for screen readers, and each chapter counts what it shows", async () => {
	const { t } = await startVault();
	const pane = await showBookFor(t, ORCHARD);
	// The Quiet Orchard: `## Part One` (no highlight of its own) › `### 1. Pruning` (2), `## Part Two` (1).
	const count = $(pane, ".wrh-book-match-count");
	assert.equal(count.getAttribute("aria-live"), "polite");
	assert.equal(count.getAttribute("role"), "status");
	assert.equal(count.textContent, "", "nothing narrowed: no count");
	assert.deepEqual(outline(pane), [
		["Part One", "-", false],
		["1. Pruning", "2", false],
		["Part Two", "1", false],
	]);
	assert.deepEqual(spokenCounts(pane), ["-", "2 entries", "1 entry"]);
	assert.deepEqual(
		Array.from(pane.querySelectorAll(".wrh-density-fill")).map((f) => f.className),
		["wrh-density-fill wrh-density-10", "wrh-density-fill wrh-density-5"],
		"half as many rows: half a bar",
	);

	const filter = $(pane, ".wrh-book-filter") as HTMLInputElement;
	typeInto(filter, "calendar");
	assert.equal($(pane, ".wrh-book-match-count"), count, "the same live region: it announces the change");
	assert.equal(count.textContent, "1 of 3 shown");
	assert.deepEqual(outline(pane), [
		["Part One", "-", false],
		["1. Pruning", "1 / 2", false],
		["Part Two", "0 / 1", true],
	]);
	assert.equal($(pane, ".wrh-book-chapter-total").textContent, " / 2", "the total is its own (muted) part");
	assert.deepEqual(spokenCounts(pane), ["-", "1 of 2 entries shown", "0 of 1 entries shown"]);
	assert.equal(count.textContent, "1 of 3 shown");

	typeInto(filter, "quiet");
	assert.deepEqual(outline(pane), [
		["Part One", "-", true],
		["1. Pruning", "0 / 2", true],
		["Part Two", "1 / 1", false],
	], "a part heading dims when nothing under it matches");

	typeInto(filter, "zebra");
	assert.equal(count.textContent, "0 of 3 shown");
	typeInto(filter, "");
	assert.equal(count.textContent, "");

	// The uncited toggle narrows too: 耐心.md cites the one highlight of Part Two.
	($(pane, ".wrh-book-uncited-toggle") as HTMLInputElement).click();
	assert.equal(count.textContent, "2 of 3 shown");
	assert.deepEqual(outline(pane), [
		["Part One", "-", false],
		["1. Pruning", "2 / 2", false],
		["Part Two", "0 / 1", true],
	]);
	t.assertClean();
	t.dispose();
});

test("book pane: the match count and chapter counts in Chinese", async () => {
	const { t } = await startVault({}, { language: "zh" });
	const pane = await showBookFor(t, ORCHARD);
	assert.deepEqual(spokenCounts(pane), ["-", "2 条", "1 条"]);
	typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "calendar");
	assert.equal($(pane, ".wrh-book-match-count").textContent, "显示 1 / 3 条");
	assert.deepEqual(spokenCounts(pane), ["-", "显示 1 / 2 条", "显示 0 / 1 条"]);
	t.assertClean();
	t.dispose();
});

// Our own note in the shape the quote-era template writes with "show empty chapter titles": every heading of the
// book, most of them empty; a part whose chapters hold highlights; a chapter with only a chapter review.
const EMPTY_HEADINGS = [
	"---",
	"doc_type: weread-highlights-reviews",
	'bookId: "9900008"',
	"title: Empty headings",
	"---",
	"# 高亮划线",
	"",
	"## 封面",
	"",
	"## 版权信息",
	"",
	"## 第一部分 基础",
	"",
	"### 第1章 起步",
	"",
	"### 第2章 变量",
	"> 📌 A good name is half the program. ^9900008-3-10-40",
	"> ⏱ 2024-09-14 13:31:51",
	"",
	"> 📌 Names outlive the code around them. ^9900008-3-60-95",
	"> ⏱ 2024-09-14 13:40:00",
	"",
	"## 第二部分 项目",
	"",
	"### 项目1",
	"",
	"## 后记",
	"",
	"## 看完了",
	"",
	"# 读书笔记",
	"",
	"## 后记",
	"",
	"### 章节评论 No.1",
	"- The afterword says why the book was written. ^9900008-afterword",
	"    - ⏱ 2024-09-16 08:00:00",
	"",
	"# 本书评论",
	"",
].join("\n");

test("book pane: the outline leaves out chapters with no entries and keeps a part heading for its chapters", async () => {
	const { t } = await startVault({ "weread/Empty headings.md": EMPTY_HEADINGS });
	const pane = await showBookFor(t, "weread/Empty headings.md");
	assert.deepEqual(outline(pane), [
		["第一部分 基础", "-", false],
		["第2章 变量", "2", false],
		["后记", "1", false],
	]);
	assert.equal($(pane, ".wrh-book-outline-total").textContent, "3", "the fold button counts the listed chapters");
	assert.equal(pane.querySelectorAll(".wrh-book-chapter .wrh-density").length, 2, "a heading kept for its chapters has no bar of its own");
	assert.deepEqual(rowTexts(pane), ["A good name is half the program.", "Names outlive the code around them.", "The afterword says why the book was written."]);

	// The part heading still opens the note at its line (0-based 11), from the keyboard too (a button: Enter clicks).
	const part = Array.from(pane.querySelectorAll<HTMLElement>(".wrh-book-chapter"))[0];
	assert.ok(part);
	assert.equal(part.tagName, "BUTTON");
	assert.equal(part.parentElement?.getAttribute("role"), "listitem", "the list item wraps the button, which keeps its role");
	click(part);
	assert.deepEqual(t.app.workspace.openedFiles.at(-1)?.openState, { eState: { line: 11 } });
	t.assertClean();
	t.dispose();
});

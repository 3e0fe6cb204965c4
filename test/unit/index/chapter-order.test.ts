// Issue 11 item 4: the note's heading order is the chapter order. The sync writes chapters in the book's order,
// but `## 未知章节` ("unknown chapter") sections carry chapterUids that collide with other chapters' numbers, so
// ordering chapters by chapterUid moved them. Within a chapter, book order is by range (older dash-era notes list
// a chapter's highlights newest first, weread-format §3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { buildInspectReport } from "../../../src/core/inspect/report.ts";

const NOTE =
	'---\ndoc_type: weread-highlights-reviews\nbookId: "777"\n---\n' + // lines 0-3
	"# 高亮划线\n" + // 4
	"## 第1章\n" + // 5
	"- 📌 一乙 ^777-12-300-310\n    - ⏱ 2022-09-01 10:00:00\n" + // 6-7: newest first within the chapter
	"- 📌 一甲 ^777-12-100-110\n    - ⏱ 2022-08-01 10:00:00\n" + // 8-9
	"## 第4章\n" + // 10
	"- 📌 四 ^777-40-5-9\n    - ⏱ 2022-08-02 10:00:00\n" + // 11-12
	"## 未知章节\n" + // 13: its uid (13) is smaller than 第4章's
	"- 📌 未知一 ^777-13-20-30\n    - ⏱ 2022-08-03 10:00:00\n" + // 14-15
	"## 第7章\n" + // 16
	"- 📌 七 ^777-53-1-2\n    - ⏱ 2022-08-04 10:00:00\n" + // 17-18
	"## 第8章\n" + // 19
	"- 📌 八 ^777-60-1-2\n    - ⏱ 2022-08-05 10:00:00\n" + // 20-21
	"## 未知章节\n" + // 22: uid 54 falls between 第7章 (53) and 第8章 (60)
	"- 📌 未知二 ^777-54-8-9\n    - ⏱ 2022-08-06 10:00:00\n" + // 23-24
	"# 读书笔记\n" + // 25
	"## 第4章\n" + // 26
	"### 章节评论 No.1\n" + // 27
	"- 四的章评 ^400-7aAaAa\n    - ⏱ 2022-08-07 10:00:00\n"; // 28-29

test("item 4: chapters in the note's heading order, highlights by range within each, reviews under their chapter", () => {
	const index = new HighlightIndex();
	index.upsertNote("b.md", NOTE);
	const entry = index.book("b.md");
	assert.ok(entry);
	assert.deepEqual(
		entry.chapters.map((c) => [c.title, c.line, c.entries.map((e) => e.line)]),
		[
			["第1章", 5, [8, 6]],
			["第4章", 10, [11, 28]],
			["未知章节", 13, [14]],
			["第7章", 16, [17]],
			["第8章", 19, [20]],
			["未知章节", 22, [23]],
		],
	);
	assert.deepEqual(
		entry.entries.map((e) => e.line),
		[8, 6, 11, 28, 14, 17, 20, 23],
	);
});

test("item 14: inspect lists the outline's chapters in the same order, with their highlight counts", () => {
	const report = buildInspectReport([{ path: "b.md", text: NOTE }]);
	assert.deepEqual(report.books[0]?.chapters, [
		{ title: "第1章", level: 1, line: 5, highlightCount: 2 },
		{ title: "第4章", level: 1, line: 10, highlightCount: 1 },
		{ title: "未知章节", level: 1, line: 13, highlightCount: 1 },
		{ title: "第7章", level: 1, line: 16, highlightCount: 1 },
		{ title: "第8章", level: 1, line: 19, highlightCount: 1 },
		{ title: "未知章节", level: 1, line: 22, highlightCount: 1 },
	]);
});

test("item 14: highlights under no heading come first as an untitled chapter; empty headings are not listed", () => {
	const text =
		'---\ndoc_type: weread-highlights-reviews\nbookId: "777"\n---\n# 高亮划线\n' + // 0-4
		"- 📌 无章 ^777-90-1-2\n    - ⏱ 2022-08-01 10:00:00\n" + // 5-6: before any heading (a level-4 chapter)
		"## 封面\n" + // 7
		"## 版权信息\n" + // 8
		"## 第1章\n" + // 9
		"- 📌 一 ^777-3-1-2\n    - ⏱ 2022-08-02 10:00:00\n" + // 10-11
		"## 后记\n" + // 12
		"# 读书笔记\n## 后记\n### 章节评论 No.1\n- 后记的章评 ^400-7bBbBb\n    - ⏱ 2022-08-03 10:00:00\n"; // 13-17
	const report = buildInspectReport([{ path: "b.md", text }]);
	assert.deepEqual(report.books[0]?.chapters, [
		{ title: null, level: null, line: -1, highlightCount: 1 },
		{ title: "第1章", level: 1, line: 9, highlightCount: 1 },
		// No highlight, but the chapter review under it is an entry of the outline.
		{ title: "后记", level: 1, line: 12, highlightCount: 0 },
	]);
	const entry = new HighlightIndex();
	entry.upsertNote("b.md", text);
	// The index keeps every heading; only the outline leaves the empty ones out.
	assert.deepEqual(entry.book("b.md")?.chapters.map((c) => c.title), [null, "封面", "版权信息", "第1章", "后记"]);
});

test("item 4/14: a chapter known only from 读书笔记 (every highlight has a thought, E3) comes after the headed ones", () => {
	const text =
		'---\ndoc_type: weread-highlights-reviews\nbookId: "777"\n---\n# 高亮划线\n' + // 0-4
		"## 第2章\n- 📌 二 ^777-20-1-2\n    - ⏱ 2022-08-02 10:00:00\n" + // 5-7
		"# 读书笔记\n## 第1章\n### 划线评论\n- 📌 只在笔记里  ^400-7cCcCc\n    - 💭 想法\n    - ⏱ 2022-08-01 10:00:00\n"; // 8-13
	const report = buildInspectReport([{ path: "b.md", text }]);
	// Without a range or heading for 第1章, its place in the book is unknown: after the headed chapters, as before.
	assert.deepEqual(report.books[0]?.chapters, [
		{ title: "第2章", level: 1, line: 5, highlightCount: 1 },
		{ title: "第1章", level: null, line: -1, highlightCount: 0 },
	]);
});

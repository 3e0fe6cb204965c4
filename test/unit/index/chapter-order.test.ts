// Issue 11 item 4: the note's heading order is the chapter order. The sync writes chapters in the book's order,
// but `## 未知章节` ("unknown chapter") sections carry chapterUids that collide with other chapters' numbers, so
// ordering chapters by chapterUid moved them. Within a chapter, book order is by range (older dash-era notes list
// a chapter's highlights newest first, weread-format §3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";

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

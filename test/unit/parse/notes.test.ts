// parseNote over small notes written for these tests, one per variant the golden fixtures leave out
// (official theme, popular highlights, plain-quote templates, resolvability, tentative lines, title fallbacks).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Highlight, ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";

const FM = '---\ndoc_type: weread-highlights-reviews\nbookId: "900"\n---\n';

function parse(body: string, path = "Book.md", fm = FM): ParsedNote {
	const r = parseNote(path, fm + body);
	assert.equal(r.kind, "weread");
	return r as ParsedNote;
}

function pick(h: Highlight) {
	return { blockId: h.blockId, text: h.text, createdAt: h.createdAt, line: h.line, endLine: h.endLine, resolvable: h.blockIdResolvable };
}

test("not-weread: no frontmatter, other doc_type, unclosed frontmatter", () => {
	assert.deepEqual(parseNote("a.md", "# 高亮划线\n- 📌 x ^1-2-3-4"), { kind: "not-weread", path: "a.md" });
	assert.equal(parseNote("a.md", "---\ndoc_type: other\n---\n").kind, "not-weread");
	assert.equal(parseNote("a.md", "---\nnote: weread-highlights-reviews\n---\n").kind, "not-weread");
	assert.equal(parseNote("a.md", "---\ndoc_type: weread-highlights-reviews\n# never closed\n").kind, "not-weread");
	assert.equal(parseNote("a.md", "---\ndoc_type: 'weread-highlights-reviews'\n---").kind, "weread");
});

test("trimBlocks: only the last id of a glued blockquote is resolvable", () => {
	const n = parse("# 高亮划线\n## C\n> 📌 one \n> ⏱ 2024-01-01 10:00:00 ^900-1-1-2\n> 📌 two \n> ⏱ 2024-01-01 10:00:01 ^900-1-3-4\n\n> 📌 three \n> ⏱ 2024-01-01 10:00:02 ^900-1-5-6\n## D\n");
	assert.deepEqual(n.highlights.map(pick), [
		{ blockId: "900-1-1-2", text: "one", createdAt: "2024-01-01 10:00:00", line: 6, endLine: 7, resolvable: false },
		{ blockId: "900-1-3-4", text: "two", createdAt: "2024-01-01 10:00:01", line: 8, endLine: 9, resolvable: true },
		{ blockId: "900-1-5-6", text: "three", createdAt: "2024-01-01 10:00:02", line: 11, endLine: 12, resolvable: true },
	]);
});

test("resolvability: glued ids, `_` ids, duplicates, list children, lazy lines", () => {
	const n = parse(
		"# 高亮划线\n- 📌 glued。^900-1-1-2\n    - ⏱ 2023-01-01 00:00:00\n\n- 📌 under ^900-17_1-2\n    - ⏱ 2023-01-01 00:00:00\n\n" +
			"- 📌 first ^900-2-1-2\n    - ⏱ 2023-01-01 00:00:00\n\n- 📌 again ^900-2-1-2\n    - ⏱ 2023-01-01 00:00:00\n\n" +
			"> 📌 [lazy](<weread://bestbookmark?bookId=900&chapterUid=3&rangeStart=1&rangeEnd=9>)\n 💭 why \n ⏱ 2026-02-12 17:21:34 ^900-3-1-9\n> 📌 next\n> ⏱ 2026-02-12 17:21:35 ^900-3-10-11\n",
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.blockId, h.blockIdResolvable]),
		[
			["900-1-1-2", false],
			["900-17_1-2", false],
			["900-2-1-2", true],
			["900-2-1-2", false],
			["900-3-1-9", false], // the next `> 📌` continues the same blockquote
			["900-3-10-11", true],
		],
	);
	assert.equal(n.highlights[1]?.chapterUid, 17);
	assert.equal(n.highlights[1]?.rangeStart, 1);
	assert.equal(n.highlights[4]?.thought, "why");
	assert.ok(n.diagnostics.some((d) => d.code === "duplicate-block-id" && d.line === 14 && d.level === "warning"));
});

test("E6 popular: 📌🔥 keeps its count, popular-only entries are skipped with one info", () => {
	const n = parse(
		"# 高亮划线\n## C\n> 📌🔥 [mine](<weread://bestbookmark?bookId=900&chapterUid=2&rangeStart=5&rangeEnd=9>)\n> 🔥 12 人共读\n> ⏱ 2026-06-20 08:00:00 ^900-2-5-9\n" +
			"> 🔥 [theirs](<weread://bestbookmark?bookId=900&chapterUid=2&rangeStart=20&rangeEnd=30>)\n> 📊 30 人共读 ^900-2-20-30\n> 📌 also mine\n> ⏱ 2026-06-20 08:01:00 ^900-2-40-50\n",
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.popularCount, h.blockId, h.createdAt]),
		[
			["mine", 12, "900-2-5-9", "2026-06-20 08:00:00"],
			["also mine", null, "900-2-40-50", "2026-06-20 08:01:00"],
		],
	);
	assert.deepEqual(
		n.diagnostics.map((d) => [d.line, d.code, d.level]),
		[[9, "popular-highlights-skipped", "info"]],
	);
});

test("official theme: ◆ chapters, `> text ^id` without 📌, 发表想法 thought, 点评, popular lines", () => {
	const n = parse(
		"《书》\n作者\n3个笔记\n\n◆ 点评\n2024-03-01 09:00:00\n好书。\n\n## ◆ 第一章\n\n> [first](<weread://bestbookmark?bookId=900&chapterUid=4&rangeStart=1&rangeEnd=5>) ^900-4-1-5\n\n" +
			"2024-03-02 10:11:12 发表想法\n有意思\n\n> [second](<weread://bestbookmark?bookId=900&chapterUid=4&rangeStart=6&rangeEnd=9>) ^900-4-6-9\n\n### ◆ 1.1 小节\n\n> plain old ^900-5-1-2\n> [x] — 12 人划线\n",
		"书.md",
	);
	assert.equal(n.meta.title, "书");
	assert.deepEqual(n.chapters, [
		{ title: "第一章", level: 1, line: 12 },
		{ title: "1.1 小节", level: 2, line: 21 },
	]);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.blockId, h.chapterTitle, h.thought, h.createdAt, h.chapterUid, h.line]),
		[
			["first", "900-4-1-5", "第一章", null, null, 4, 14],
			["second", "900-4-6-9", "第一章", "有意思", "2024-03-02 10:11:12", 4, 16],
			["plain old", "900-5-1-2", "1.1 小节", null, null, 5, 23],
		],
	);
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.content, r.createdAt, r.line]),
		[["book-review", "好书。", "2024-03-01 09:00:00", 9]], // `◆ 点评` is a label; the entry starts at its time
	);
});

test("plain-quote highlights section (`## 划线`, no 📌/ids/times) and `## 笔记` quote + 💭", () => {
	const n = parse("## 简介\n\n- **书名**：《极简》\n\n## 划线 \n\n> 第一句。 \n\n> 第二句\n\n## 笔记\n\n> 摘录\n\n💭 想法\n\n> 无想法的摘录\n\n## 书评\n\n> 总评\n", "x.md", '---\ndoc_type: weread-highlights-reviews\nbookId: "1"\n---\n');
	assert.equal(n.meta.title, "极简");
	assert.deepEqual(n.highlights.map((h) => [h.text, h.line, h.blockId, h.createdAt]), [
		["第一句。", 10, null, null],
		["第二句", 12, null, null],
	]);
	assert.deepEqual(n.reviews.map((r) => [r.kind, r.abstract, r.content, r.line]), [
		["highlight-thought", "摘录", "想法", 16],
		["book-review", null, "总评", 24],
	]);
});

test("tentative lines: blank-separated text joins only when a ⏱/^id confirms it", () => {
	const n = parse("# 高亮划线\n> 📌 para one\nmore\n\n\npara two\n> ⏱ 2018-12-19 12:00:31 ^1-2\n\n> 📌 alone\n\nstray text after\n\n# 读书笔记\n");
	assert.deepEqual(n.highlights.map(pick), [
		{ blockId: "1-2", text: "para one\nmore\n\n\npara two", createdAt: "2018-12-19 12:00:31", line: 5, endLine: 10, resolvable: true },
		{ blockId: null, text: "alone", createdAt: null, line: 12, endLine: 12, resolvable: false },
	]);
});

test("custom forms: callout title with id + ` >- time`, imitator 🕰, date-only 🗓 keeps createdDate", () => {
	const n = parse("# 高亮划线\n### C\n>[!weread4] 标题即划线 ^5-10-20\n>- 2024-10-20 15:04:01\n>---\n\n> 📌 x\n> ⏱ 2024-01-01 01:02:03\n> 💭 thought\n> 🕰 2024-01-02 00:00:00\n\n- 📌 dated\n    - 🗓 [[2022-07-13]]\n");
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.blockId, h.createdAt, h.createdDate, h.thought, h.endLine]),
		[
			["标题即划线", "5-10-20", "2024-10-20 15:04:01", "2024-10-20", null, 7],
			["x", null, "2024-01-01 01:02:03", "2024-01-01", "thought", 13],
			["dated", null, null, "2022-07-13", null, 16],
		],
	);
	assert.deepEqual(n.highlights[0] && [n.highlights[0].chapterUid, n.highlights[0].rangeStart, n.highlights[0].rangeEnd], [5, 10, 20]);
	assert.ok(n.diagnostics.some((d) => d.code === "date-only-timestamp" && d.line === 16 && d.level === "info"));
});

test("fenced code is skipped; 点赞的评论 subsection and per-highlight headings are not chapters", () => {
	const n = parse("# 高亮划线\n## C\n```\n- 📌 in code ^1-1-1-1\n```\n#### 点赞的评论\n> 👍 nice\n> —— someone · 原文：x\n> ⏱ 2026-05-25 10:00:00\n### 划线900-1-1-2\n📌 real\n⏱ 2026-05-25 10:00:00 ^900-1-1-2\n");
	assert.deepEqual(n.chapters.map((c) => c.title), ["C"]);
	assert.deepEqual(n.highlights.map((h) => [h.text, h.chapterTitle, h.line]), [["real", "C", 14]]);
});

test("title fallbacks: abstract → 书名 → 《》 → basename → bookId → Untitled", () => {
	assert.equal(parse("> [!abstract] A\n> - 书名： B\n《C》\n", "D.md").meta.title, "A");
	assert.equal(parse("> [!abstract] \n> - 书名： B\n《C》\n", "D.md").meta.title, "B");
	assert.equal(parse("> - 书名： \n《C》\n", "D.md").meta.title, "C");
	assert.equal(parse("# 高亮划线\n《not a title》\n", "dir/D.md").meta.title, "D");
	assert.equal(parse("", "dir/.md").meta.title, "900");
	assert.equal(parse("", ".md", "---\ndoc_type: weread-highlights-reviews\n---\n").meta.title, "Untitled");
	assert.equal(parse("", "a.md", '---\ndoc_type: weread-highlights-reviews\ntitle: "  "\n---\n').meta.title, "a");
});

test("meta: numbers, dates, Invalid date, missing bookId", () => {
	const n = parse("", "a.md", "---\ndoc_type: weread-highlights-reviews\nbookId: 922382\nnoteCount: 58\nreviewCount: x\nlastReadDate: Invalid date\nisbn: ''\n---\n");
	assert.deepEqual(
		{ ...n.meta },
		{ bookId: "922382", title: "a", author: null, cover: null, isbn: null, category: null, lastReadDate: null, noteCount: 58, reviewCount: null, readingStatus: null, finishedDate: null },
	);
	assert.ok(n.diagnostics.some((d) => d.code === "bad-frontmatter-date"));
	const m = parse("", "a.md", "---\ndoc_type: weread-highlights-reviews\n---\n");
	assert.ok(m.diagnostics.some((d) => d.code === "missing-book-id" && d.level === "warning"));
});

test("reviews: E2 book review on the heading line, thought before 📌 in 笔记汇总, orphans", () => {
	const n = parse("# 读书笔记\n## 章\n### 章节评论 No.1\n- 章评 ^1-abcDEF\n    - ⏱ 2022-05-20 10:00:00\n## 章二 的想法\n想法在前\n> 📌 原文\n\n# 本书评论\n## 书评 No.1 一行书评 ^1-xyzXYZ\n⏱ 2022-05-21 10:00:00\n⏱ 2022-05-22 10:00:00\n");
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.chapterTitle, r.abstract, r.content, r.blockId, r.createdAt, r.line, r.endLine]),
		[
			["chapter-review", "章", null, "章评", "1-abcDEF", "2022-05-20 10:00:00", 7, 8],
			["highlight-thought", "章二", "原文", "想法在前", null, null, 10, 11],
			["book-review", null, null, "一行书评", "1-xyzXYZ", "2022-05-21 10:00:00", 14, 15],
			// A second bare ⏱ under 本书评论 opens a time-first review (the separated theme's shape), here empty.
			["book-review", null, null, "", null, "2022-05-22 10:00:00", 16, 16],
		],
	);
});

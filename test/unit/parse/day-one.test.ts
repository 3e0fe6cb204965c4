// Issue 11 (day one in a real vault), the parser's items: a thought's time after a blank line (item 5), book
// reviews with the reader's own headings (item 3), rating-only book reviews (item 6's data side). Notes written
// for these tests in the shapes the sync writes (weread-format §3), never copies of real notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParsedNote } from "../../../src/core/model.ts";
import { HighlightIndex } from "../../../src/core/index/index.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import { collectParseProblems } from "../../../src/obsidian/parse-problems.ts";

const FM = '---\ndoc_type: weread-highlights-reviews\nbookId: "900"\n---\n';

function parse(body: string): ParsedNote {
	const r = parseNote("Book.md", FM + body);
	assert.equal(r.kind, "weread");
	return r as ParsedNote;
}

function codes(n: ParsedNote): string[] {
	return n.diagnostics.map((d) => `${d.line}:${d.code}`);
}

// Item 5. `- 💭 {{content}}` is not trimmed by the template: a thought that ends with a newline leaves a blank line
// between the 💭 line and its ⏱ line.
test("item 5: a 划线评论 thought keeps its time across the blank line before ⏱ (dash era)", () => {
	const n = parse("# 读书笔记\n## 第一章\n### 划线评论\n- 📌 摘要一 ^400-7aAbC\n    - 💭 想法一\n\n    - ⏱ 2023-01-03 21:51:35\n- 📌 摘要二 ^400-7dDeF\n    - 💭 想法二\n    - ⏱ 2023-01-04 08:00:00\n");
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.abstract, r.content, r.blockId, r.createdAt, r.line, r.endLine]),
		[
			["highlight-thought", "摘要一", "想法一", "400-7aAbC", "2023-01-03 21:51:35", 7, 10],
			["highlight-thought", "摘要二", "想法二", "400-7dDeF", "2023-01-04 08:00:00", 11, 13],
		],
	);
	assert.deepEqual(codes(n), []);
});

test("item 5: the same blank line in 高亮划线 (dash and indented eras) and in the 2026 `    💭` / `    ⏱` form", () => {
	const n = parse(
		"# 高亮划线\n## 章\n- 📌 划线一 ^900-1-10-20\n    - 💭 想法一\n\n    - ⏱ 2024-02-06 10:00:00\n\n" +
			"- 📌 划线二 ^900-1-30-40\n    - ⏱ 2024-02-06 10:05:00\n\n" +
			"# 读书笔记\n## 章\n### 划线评论\n> 📌 摘要三 ^400-7gGhH\n    💭 想法三\n\n\n    ⏱ 2026-06-20 09:00:00\n",
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.thought, h.createdAt]),
		[
			["划线一", "想法一", "2024-02-06 10:00:00"],
			["划线二", null, "2024-02-06 10:05:00"],
		],
	);
	// Two blank lines (the thought ended with two newlines) are no different.
	assert.deepEqual(
		n.reviews.map((r) => [r.abstract, r.content, r.createdAt]),
		[["摘要三", "想法三", "2026-06-20 09:00:00"]],
	);
	assert.deepEqual(codes(n), []);
});

test("item 5: E4 `- 💭 {{reviewContent}} - ⏱` split by the thought's newlines, and the E6 lazy ` 💭` / ` ⏱ … ^id`", () => {
	const n = parse(
		"# 高亮划线\n## 章\n" +
			"> 📌  划线四 ^900-1-50-60\n- 💭 想法四\n - ⏱ 2024-03-01 10:00:00 \n\n" + // one newline: no blank line
			"> 📌  划线五 ^900-1-70-80\n- 💭 想法五\n\n - ⏱ 2024-03-01 11:00:00 \n\n" + // two: a blank line
			"> 📌 [划线六](<weread://bestbookmark?bookId=900&chapterUid=1&rangeStart=90&rangeEnd=99>)\n 💭 想法六\n\n ⏱ 2026-06-20 10:00:00 ^900-1-90-99\n",
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.thought, h.createdAt, h.line, h.endLine]),
		[
			["划线四", "想法四", "2024-03-01 10:00:00", 6, 8],
			["划线五", "想法五", "2024-03-01 11:00:00", 10, 13],
			["划线六", "想法六", "2026-06-20 10:00:00", 15, 18],
		],
	);
	assert.deepEqual(codes(n), []);
});

test("item 5: a time no entry takes is a warning that Show parse problems lists", () => {
	// A complete highlight (id and time), a blank line, then a second ⏱: that time belongs to nothing.
	const text = FM + "# 高亮划线\n## 章\n- 📌 划线 ^900-1-10-20\n    - ⏱ 2024-02-06 10:00:00\n\n    - ⏱ 2024-02-07 11:00:00\n";
	const n = parseNote("Book.md", text) as ParsedNote;
	assert.equal(n.highlights[0]?.createdAt, "2024-02-06 10:00:00");
	const orphan = n.diagnostics.find((d) => d.code === "orphan-timestamp");
	assert.deepEqual([orphan?.line, orphan?.level], [9, "warning"]);
	const index = new HighlightIndex();
	index.upsertNote("Book.md", text);
	assert.deepEqual(
		collectParseProblems(index).map((p) => [p.line, p.code]),
		[[9, "orphan-timestamp"]],
	);
});

// Item 3. The default template writes `## 书评 No.{n}` / `{{ mdContent }} ^{{ reviewId }}` / `⏱ {{ createTime }}`
// (notebookTemplate.njk): mdContent is the reader's own markdown, headings and all.
const REVIEW_WITH_HEADINGS =
	"# 本书评论\n" + // line 4
	"## 书评 No.1\n" + // 5
	"## 世界首富如何练成\n" + // 6
	"第一段，**加粗**。\n" + // 7
	"\n" + // 8
	"## 构建自己的算法体系\n" + // 9
	"1\\. 质疑一切\n" + // 10
	"- 列表项\n" + // 11
	"> 引用一句\n" + // 12
	"\n" + // 13
	"# 总结\n" + // 14
	"最后一段。 ^400-7rReVw\n" + // 15
	"⏱ 2023-09-17 16:31:28\n" + // 16
	"## 书评 No.2\n" + // 17
	"⏱ 2023-09-18 10:00:00\n" + // 18: rating only (item 6): no content at all
	"## 书评 No.3 \n" + // 19
	" ^400-7tTtTt\n" + // 20: rating only, id on its own line
	"⏱ 2023-09-19 11:00:00\n" + // 21
	"## 书评 No.4\n" + // 22
	"短评。 ^400-7uUuUu\n" + // 23
	"⏱ 2023-09-20 12:00:00\n"; // 24

test("item 3: a book review runs from `## 书评 No.N` to its ⏱; the reader's headings and markdown stay in its content", () => {
	const n = parse(REVIEW_WITH_HEADINGS);
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.content, r.blockId, r.createdAt, r.line, r.endLine]),
		[
			[
				"book-review",
				"## 世界首富如何练成\n第一段，**加粗**。\n\n## 构建自己的算法体系\n1\\. 质疑一切\n- 列表项\n> 引用一句\n\n# 总结\n最后一段。",
				"400-7rReVw",
				"2023-09-17 16:31:28",
				6,
				16,
			],
			["book-review", "", null, "2023-09-18 10:00:00", 18, 18],
			["book-review", "", "400-7tTtTt", "2023-09-19 11:00:00", 20, 21],
			["book-review", "短评。", "400-7uUuUu", "2023-09-20 12:00:00", 23, 24],
		],
	);
	assert.deepEqual(n.chapters, [], "headings inside a review are not chapters");
	assert.deepEqual(codes(n), []);
});

test("item 3: a fenced block and a `---` rule inside a review are content; a section heading still ends it", () => {
	const n = parse("# 本书评论\n## 书评 No.1\n开头\n```\n# 不是标题 ^x\n```\n---\n结尾 ^400-7vVvVv\n⏱ 2023-09-17 16:31:28\n# 读书笔记\n## 第一章\n### 章节评论 No.1\n- 章评 ^400-7wWwWw\n    - ⏱ 2023-09-18 10:00:00\n");
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.chapterTitle, r.content, r.blockId, r.createdAt, r.line, r.endLine]),
		[
			["book-review", null, "开头\n```\n# 不是标题 ^x\n```\n---\n结尾", "400-7vVvVv", "2023-09-17 16:31:28", 6, 12],
			["chapter-review", "第一章", "章评", "400-7wWwWw", "2023-09-18 10:00:00", 16, 17],
		],
	);
});

test("item 3: a review that never meets its ⏱ or id still ends at a section heading or the next label", () => {
	const n = parse("# 本书评论\n## 书评 No.1\n## 小标题\n正文\n## 书评 No.2\n二 ^400-7xXxXx\n⏱ 2023-09-17 16:31:28\n");
	assert.deepEqual(
		n.reviews.map((r) => [r.content, r.blockId, r.createdAt, r.line]),
		[
			["## 小标题\n正文", null, null, 6],
			["二", "400-7xXxXx", "2023-09-17 16:31:28", 9],
		],
	);
});

test("item 3: the separated theme's `# 书评` / `{{ createTime }}` / `{{ mdContent }}` keeps the whole markdown", () => {
	// separatedTemplate.njk (2026): one `# 书评` per review, its time, then mdContent with no end marker.
	const n = parse("# 书评\n2026-05-01 10:00:00\n## 小标题\n第一段\n\n- 列表\n> 引用\n\n# 书评\n2026-05-02 11:00:00\n短评\n");
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.content, r.createdAt, r.line, r.endLine]),
		[
			["book-review", "## 小标题\n第一段\n\n- 列表\n> 引用", "2026-05-01 10:00:00", 5, 10],
			["book-review", "短评", "2026-05-02 11:00:00", 13, 14],
		],
	);
});

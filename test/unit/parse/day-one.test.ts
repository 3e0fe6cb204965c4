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

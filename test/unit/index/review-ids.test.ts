// A review's block id is resolvable only where Obsidian registers it (help.obsidian.md "Link to a block in a note":
// the id ends its block). The shim, made faithful in issue 11 item 12, registers ids the real way; compared over the
// corpus it disagreed with the index on review ids alone, because the index judged them by their characters only.
// The default template's book review writes `content ^id` with the `⏱` line right below it, in the same paragraph.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";

const NOTE =
	'---\ndoc_type: weread-highlights-reviews\nbookId: "2009"\n---\n' + // 0-3
	"# 高亮划线\n## 第1章\n- 📌 一 ^2009-1-10-20\n    - ⏱ 2021-09-01 10:00:00\n" + // 4-7
	"# 读书笔记\n## 第1章\n### 划线评论\n" + // 8-10
	"- 📌 另一句  ^2009-7sZnwadFm\n    - 💭 想法\n    - ⏱ 2021-09-01 12:58:28\n\n" + // 11-14: a list item: its id counts
	"# 本书评论\n\n" + // 15-16
	"## 书评 No.1\n一把青入坑。  ^2009-7t19air2e\n⏱ 2021-09-02 16:52:40\n\n" + // 17-20: id mid-paragraph
	"## 书评 No.2\n⏱ 2021-09-03 16:52:40\n第二篇。 ^2009-8aaaaaaaa\n"; // 21-23: id at the end of its paragraph

test("review ids: resolvable where the id ends its block (list item, paragraph end), not mid-paragraph", () => {
	const index = new HighlightIndex();
	index.upsertNote("b.md", NOTE);
	const book = index.book("b.md");
	assert.ok(book);
	const byId = new Map(book.entries.map((e) => [e.blockId, e.blockIdResolvable]));
	assert.equal(byId.get("2009-1-10-20"), true, "highlight in a list item");
	assert.equal(byId.get("2009-7sZnwadFm"), true, "划线评论 list item with nested 💭 / ⏱ items");
	assert.equal(byId.get("2009-7t19air2e"), false, "book review: the ⏱ line continues the paragraph after the id");
	assert.equal(byId.get("2009-8aaaaaaaa"), true, "book review whose id ends the paragraph");
});

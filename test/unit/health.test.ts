// Block-reference health counts (issue 13 item 5, first slice), one rule per test, on notes written here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bookHealth, totalHealth } from "../../src/core/health/block-health.ts";
import type { ParsedNote, Reference } from "../../src/core/model.ts";
import { parseNote } from "../../src/core/parse/parse-note.ts";

function note(body: string[]): ParsedNote {
	const parsed = parseNote("weread/书.md", ["---", "doc_type: weread-highlights-reviews", 'bookId: "3300071752"', "title: 书", "---", "# 高亮划线", "## 第一章", ...body, ""].join("\n"));
	assert.equal(parsed.kind, "weread");
	return parsed;
}

const ref = (to: string, blockId: string, resolved: boolean): Reference => ({ from: "日记.md", line: 3, embed: true, to, blockId, resolved });

test("an id with `_` (the June-2022 sync bug) and an id that does not end its blockquote are unresolvable; one that ends its block is not", () => {
	const n = note([
		"- 📌 下划线的编号 ^3300071752-7_100-120",
		"    - ⏱ 2024-01-01 10:00:00 ",
		"",
		"> 📌 同一个引用块里的第一条",
		"> ⏱ 2024-01-02 10:00:00 ^3300071752-7-200-210",
		"> 📌 同一个引用块里的第二条",
		"> ⏱ 2024-01-02 10:01:00 ^3300071752-7-300-310",
	]);
	assert.deepEqual(
		n.highlights.map((h) => [h.blockId, h.blockIdResolvable]),
		[
			["3300071752-7_100-120", false],
			["3300071752-7-200-210", false],
			["3300071752-7-300-310", true],
		],
	);
	assert.equal(bookHealth(n, []).unresolvableIds, 2);
});

test("an id two entries carry counts once as a duplicate, whatever its case; dangling counts only this note's broken citations", () => {
	const n = note([
		"- 📌 第一条 ^3300071752-7-100-120",
		"    - ⏱ 2024-01-01 10:00:00 ",
		"",
		"- 📌 又一条同编号 ^3300071752-7-100-120",
		"    - ⏱ 2024-01-01 10:05:00 ",
		"",
		"- 📌 第三条 ^abc-DEF",
		"    - ⏱ 2024-01-01 10:06:00 ",
		"",
		"- 📌 第四条 ^ABC-def",
		"    - ⏱ 2024-01-01 10:07:00 ",
	]);
	const refs = [ref("weread/书.md", "gone-1", false), ref("weread/书.md", "3300071752-7-100-120", true), ref("weread/别的书.md", "gone-2", false)];
	// The second entry with 3300071752-7-100-120 is also unresolvable: Obsidian links to the first (the parser marks
	// it). The two case variants are one id to the index (and to Obsidian's block map), so a duplicate too.
	assert.deepEqual(bookHealth(n, refs), { unresolvableIds: 1, duplicateIds: 2, dangling: 1 });
	assert.deepEqual(totalHealth([bookHealth(n, refs), { unresolvableIds: 3, duplicateIds: 0, dangling: 4 }]), { unresolvableIds: 4, duplicateIds: 2, dangling: 5 });
});

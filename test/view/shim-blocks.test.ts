// The shim's `cache.blocks` registers an id only where Obsidian does: at the end of a block (paragraph, blockquote
// as a whole, list item), after a space, made of letters, digits and dashes (test/shim/metadata-blocks.ts cites
// the help page). The core parser decides the same thing on its own (Highlight.blockIdResolvable); on tricky notes
// of our own the two must agree, id by id.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParsedNote } from "../../src/core/model.ts";
import { parseNote } from "../../src/core/parse/parse-note.ts";
import { scanMarkdown } from "../shim/metadata.ts";

const FM = '---\ndoc_type: weread-highlights-reviews\nbookId: "900"\n---\n';

const NOTES: Record<string, { body: string; registered: string[] }> = {
	"one blockquote holding several highlights (trimBlocks): only its last id": {
		body: "# 高亮划线\n## C\n> 📌 one \n> ⏱ 2024-01-01 10:00:00 ^900-1-1-2\n> 📌 two \n> ⏱ 2024-01-01 10:00:01 ^900-1-3-4\n> 📌 three ^900-1-5-6\n\n> 📌 alone \n> ⏱ 2024-01-01 10:00:02 ^900-1-7-8\n",
		registered: ["900-1-5-6", "900-1-7-8"],
	},
	"an `_` in the id, or no space before `^`: never": {
		body: "# 高亮划线\n- 📌 under ^900-17_1-2\n    - ⏱ 2023-01-01 00:00:00\n\n- 📌 glued。^900-1-1-2\n    - ⏱ 2023-01-01 00:00:00\n\n- 📌 fine ^900-1-3-4\n    - ⏱ 2023-01-01 00:00:00\n",
		registered: ["900-1-3-4"],
	},
	"lazy continuation lines keep a blockquote open until a blank line": {
		body: "# 高亮划线\n> 📌 lazy\n 💭 why \n ⏱ 2026-02-12 17:21:34 ^900-3-1-9\n> 📌 next\n> ⏱ 2026-02-12 17:21:35 ^900-3-10-11\n\n> 📌 last\n⏱ 2026-02-12 17:21:36 ^900-3-12-13\n",
		registered: ["900-3-10-11", "900-3-12-13"],
	},
	"list items end where the next item starts; a heading ends a quote": {
		body: "# 高亮划线\n## 第一章\n- 📌 a ^900-1-10-20\n- 📌 b ^900-1-30-40\n    - 💭 thought ^900-1-30-41\n> 📌 c ^900-1-50-60\n## 第二章\n> 📌 d ^900-2-1-2\n",
		registered: ["900-1-10-20", "900-1-30-40", "900-1-30-41", "900-1-50-60", "900-2-1-2"],
	},
	"reviews: a 划线评论 list item registers; a book review whose ⏱ line follows its id in one paragraph does not": {
		body: "# 读书笔记\n## C\n### 划线评论\n- 📌 abs  ^900-7sZnwadFm\n    - 💭 t\n    - ⏱ 2021-09-01 12:58:28\n\n# 本书评论\n\n## 书评 No.1\n入坑。  ^900-7t19air2e\n⏱ 2021-09-02 16:52:40\n\n## 书评 No.2\n⏱ 2021-09-03 16:52:40\n第二篇。 ^900-8aaaaaaaa\n",
		registered: ["900-7sznwadfm", "900-8aaaaaaaa"],
	},
};

function parse(text: string): ParsedNote {
	const r = parseNote("weread/Book.md", text);
	assert.equal(r.kind, "weread");
	return r as ParsedNote;
}

for (const [name, { body, registered }] of Object.entries(NOTES)) {
	test(`shim blocks: ${name}`, () => {
		const text = FM + body;
		const blocks = Object.keys(scanMarkdown(text).blocks ?? {});
		assert.deepEqual(blocks.sort(), [...registered].sort(), "what the shim registers (checked by hand against the help page)");
		const note = parse(text);
		const entries = [...note.highlights, ...note.reviews];
		const fromCore = entries.filter((e) => e.blockIdResolvable === true).map((e) => (e.blockId ?? "").toLowerCase());
		const coreIds = entries.map((e) => e.blockId).filter((id) => id !== null);
		assert.ok(coreIds.length > 0);
		// Every highlight and review id the core found: resolvable exactly when the shim registers it.
		for (const id of coreIds) assert.equal(fromCore.includes(id.toLowerCase()), blocks.includes(id.toLowerCase()), id);
	});
}

test("shim blocks: a block's position runs from its first line to the end of its last; ids in code (nested fences too) are not blocks", () => {
	const text = "Para one\nstill one ^p-1\n\n```\nnot ^code-id\n```\n# Heading ^h-1\n- item ^Li-1\n\n````\n```\nnot ^inner-id\n```\n````\nafter ^after-1\n";
	const blocks = scanMarkdown(text).blocks ?? {};
	assert.deepEqual(Object.keys(blocks).sort(), ["after-1", "h-1", "li-1", "p-1"], "a ```` fence holds a ``` one: all of it is code");
	assert.deepEqual([blocks["p-1"]?.position.start.line, blocks["p-1"]?.position.end.line, blocks["p-1"]?.position.end.col], [0, 1, 14]);
	assert.equal(blocks["li-1"]?.id, "Li-1", "keyed lower-case, id as written");
});

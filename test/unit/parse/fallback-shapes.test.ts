// Issue 12 item 4: the built-in fallback rules for note shapes that only replaced custom templates produce (the
// template in the sync plugin's settings no longer explains them). Each shape is read exactly; the negative cases
// pin what must not be glued together. Whole-note expectations are in the golden fixtures custom-sleepleeps-callouts,
// custom-quote-time-after and custom-created-at (test/fixtures/notes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";

const FM = '---\ndoc_type: weread-highlights-reviews\nbookId: "3300071752"\ntitle: 运河人家\n---\n';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "notes");

function parse(body: string): ParsedNote {
	const r = parseNote("Book.md", FM + body);
	assert.equal(r.kind, "weread");
	return r as ParsedNote;
}

function fixture(name: string): ParsedNote {
	const r = parseNote(name, readFileSync(join(FIXTURES, name), "utf8"));
	assert.equal(r.kind, "weread");
	return r as ParsedNote;
}

const brief = (n: ParsedNote) => n.highlights.map((h) => ({ id: h.blockId, text: h.text, at: h.createdAt, day: h.createdDate, thought: h.thought, chapter: h.chapterTitle }));

// --- Sleepleeps callouts -------------------------------------------------------------------------------------

test("sleepleeps: `### 0.N` headings are chapters, `###### 0.N.1.1.x 高亮/评论` headings are labels", () => {
	const n = fixture("custom-sleepleeps-callouts.md");
	assert.deepEqual(
		n.chapters.map((c) => [c.title, c.level, c.line]),
		[
			["0.1 第一章 码头", 1, 40],
			["0.2 第二章 茶馆", 1, 66],
			["0.3 第三章 河灯", 1, 81],
		],
	);
	assert.equal(n.highlights.length, 4);
	assert.equal(n.reviews.length, 2);
});

test("sleepleeps: the callout title is the text, ` >- time` its time, minute precision gets :00", () => {
	const n = parse("### 0.3 第三章 河灯\n\n###### 0.3.1.1.1 高亮\n\n>[!weread4] 七月半，河上漂满了灯。\n >- 2024-10-21 21:00\n >---\n");
	assert.deepEqual(brief(n), [{ id: null, text: "七月半，河上漂满了灯。", at: "2024-10-21 21:00:00", day: "2024-10-21", thought: null, chapter: "0.3 第三章 河灯" }]);
	assert.deepEqual(n.chapters.map((c) => c.title), ["0.3 第三章 河灯"]);
});

test("sleepleeps: weread3 is a thought on a highlight: abstract, ` > - thought`, ` > - time`", () => {
	const n = parse("### 0.1 第一章\n\n###### 0.1.1.1.2 评论\n\n >[!weread3] 码头上的人都认得老周的船。 \n > - 老周这个人物\n > 写得真好\n > - 2024-10-20 15:10:45\n >---\n");
	assert.equal(n.highlights.length, 0);
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.abstract, r.content, r.createdAt, r.blockId, r.chapterTitle, r.line]),
		[["highlight-thought", "码头上的人都认得老周的船。", "老周这个人物\n写得真好", "2024-10-20 15:10:45", null, "0.1 第一章", 9]],
	);
});

test("sleepleeps: weread callouts inside a `# 高亮划线` section read the same, labels stay labels there too", () => {
	const n = parse("# 高亮划线\n\n## 第一章\n\n###### 高亮\n\n>[!weread4] 船到码头。 ^3300071752-77-2386-2440\n>- 2024-10-20 15:04:01\n>---\n\n###### 评论\n\n>[!weread3] 船到码头。\n>- 好 ^520330001-7bCdEfGhI\n>- 2024-10-20 15:05:00\n");
	assert.deepEqual(n.chapters.map((c) => c.title), ["第一章"]);
	assert.deepEqual(brief(n), [{ id: "3300071752-77-2386-2440", text: "船到码头。", at: "2024-10-20 15:04:01", day: "2024-10-20", thought: null, chapter: "第一章" }]);
	assert.deepEqual(n.reviews.map((r) => [r.abstract, r.content, r.blockId, r.createdAt]), [["船到码头。", "好", "520330001-7bCdEfGhI", "2024-10-20 15:05:00"]]);
});

test("sleepleeps negatives: metadata callouts are not highlights; a chapter called 高亮 above level 6 stays a chapter", () => {
	const n = parse(">[!weread2|noicon] 封面\n> - 作者： 某人\n\n>[!weread1|noicon] \n> 简介\n\n# 高亮划线\n\n## 高亮\n\n> 📌 一句 ^3300071752-1-1-2\n> ⏱ 2024-01-01 10:00:00\n");
	assert.deepEqual(n.chapters.map((c) => c.title), ["高亮"]);
	assert.deepEqual(brief(n), [{ id: "3300071752-1-1-2", text: "一句", at: "2024-01-01 10:00:00", day: "2024-01-01", thought: null, chapter: "高亮" }]);
	assert.equal(n.reviews.length, 0);
});

// --- A time line right after a quote or callout block ----------------------------------------------------------

test("quote then time: `- ⏱2024-04-10 14:17` after the callout, with one blank line or none", () => {
	const n = fixture("custom-quote-time-after.md");
	assert.deepEqual(n.highlights.map((h) => [h.createdAt, h.endLine]), [
		["2024-04-10 14:17:00", 21],
		["2024-04-10 14:20:00", 25],
		["2024-04-11 08:05:00", 33],
	]);
	assert.ok(!n.diagnostics.some((d) => d.code === "orphan-timestamp"), JSON.stringify(n.diagnostics));
});

test("quote then time negatives: a dated highlight, two blank lines, a list with words, a user's own section", () => {
	const n = parse(
		"# 高亮划线\n## 第一章\n" +
			"> 📌 有时间的划线\n> ⏱ 2024-04-10 14:00:00 ^3300071752-1-1-2\n\n- ⏱ 2024-05-01 09:00\n\n" + // already dated: the list is not its
			"> [!quote|notitle]\n> 两行空行之后 ^3300071752-1-3-4\n\n\n- ⏱2024-04-10 14:17\n\n" + // two blanks: too far
			"> [!quote|notitle]\n> 后面是读者的清单 ^3300071752-1-5-6\n\n- ⏱ 2024-05-01 今天重读了这一段\n\n" + // words after the time
			"# 我的笔记\n> 一句喜欢的话\n\n- ⏱ 2024-05-02 10:00\n",
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.createdAt]),
		[
			["有时间的划线", "2024-04-10 14:00:00"],
			["两行空行之后", null],
			["后面是读者的清单", null],
		],
	);
});

// --- `— 创建于 [[date]] HH:mm ^id` with the thought as the next list item --------------------------------------

test("created-at: the next list item is the thought; without one the highlight has none", () => {
	const n = fixture("custom-created-at.md");
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.thought, h.createdAt, h.endLine]),
		[
			["渡口的船夫认得每一个过河的人。", "他认得人，人却不记得他", "2022-05-20 11:06:00", 27],
			["雨季一来，河面就宽了一倍。", null, "2022-05-20 11:09:00", 30],
			["对岸的灯，一盏一盏亮起来。", "想起小时候\n外婆家门口的那盏灯", "2022-05-21 21:40:00", 36],
			["河水不急，船也不急。", null, "2022-05-21 21:52:00", 39],
		],
	);
});

test("created-at: a plain quote without a callout header, and a date alone (createdAt null, createdDate set)", () => {
	const n = parse("## 高亮划线\n### 第一章\n> 渡口的船夫。  \n— 创建于 [[2022-05-20]] 11:06 ^12-1001-1015\n- 想法\n> 只有日期。  \n— 创建于 [[2022-05-22]] ^12-1300-1305\n- 也有想法\n");
	assert.deepEqual(brief(n), [
		{ id: "12-1001-1015", text: "渡口的船夫。", at: "2022-05-20 11:06:00", day: "2022-05-20", thought: "想法", chapter: "第一章" },
		{ id: "12-1300-1305", text: "只有日期。", at: null, day: "2022-05-22", thought: "也有想法", chapter: "第一章" },
	]);
});

test("created-at negatives: a list after a blank line, a list after an ordinary ⏱ line, a second list item", () => {
	const n = parse(
		"## 高亮划线\n### 第一章\n" +
			"> 第一句。  \n— 创建于 [[2022-05-20]] 11:06 ^12-1-2\n\n- 读者自己的清单\n" + // blank line: the list is the reader's
			"> 📌 第二句。\n> ⏱ 2022-05-20 11:07:00 ^12-3-4\n- 不是想法\n" + // the plugin's ⏱: no list-item thought there
			"> 第三句。  \n— 创建于 [[2022-05-20]] 11:08 ^12-5-6\n- 想法\n- 另一项\n", // only the first item is the thought
	);
	assert.deepEqual(
		n.highlights.map((h) => [h.text, h.thought]),
		[
			["第一句。", null],
			["第二句。", null],
			["第三句。", "想法"],
		],
	);
});

test("sleepleeps: the README's tagged time line ` >- time #高亮` is the time, not text", () => {
	const n = parse("### 第2章 常见语法\n\n###### 高亮\n\n>[!weread4] 推荐使用===。 ^12-530-945\n>- 2024-03-02 13:05:52 #高亮\n>---\n\n>[!weread3] 推荐使用===。\n>- 同意 ^520330001-7bCdEfGhI\n>- 2024-03-02 13:06:00 #评论\n>---\n");
	assert.deepEqual(brief(n), [{ id: "12-530-945", text: "推荐使用===。", at: "2024-03-02 13:05:52", day: "2024-03-02", thought: null, chapter: "第2章 常见语法" }]);
	assert.deepEqual(n.reviews.map((r) => [r.abstract, r.content, r.createdAt]), [["推荐使用===。", "同意", "2024-03-02 13:06:00"]]);
});

test("fallback shapes stay total on hostile input: truncated callouts, labels and created-at lines in any order", () => {
	const parts = [">[!weread4]", ">[!weread3] x", " >- 2024-10-20 15:04:01", " > - y", ">[!WEREAD4|noicon] z", "###### 高亮", "###### 0.1.1.1.1 评论", "### 0.1 章", "— 创建于 [[2022-05-20]] 11:06 ^1-2-3", "— 创建于 [[2022-13-40]] 99:99", "- t", "> q ^1-2-4", "", "- ⏱2024-04-10 14:17", ">[!weread", "[!weread4", "外"];
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
	for (let round = 0; round < 300; round++) {
		const lines: string[] = [];
		for (let k = 0; k < 40; k++) lines.push(parts[next() % parts.length] as string);
		const r = parseNote("f.md", FM + lines.join(next() % 2 ? "\n" : "\r\n"));
		assert.equal(r.kind, "weread");
	}
});

test("sleepleeps: `###### ◰章节评论` / `*写于{time}*` / `- {content} ^id` is a chapter review, not a chapter", () => {
	const n = parse("### 0.2 第二章 茶馆\n\n###### ◰章节评论\n*写于2024-10-21 10:00:00*\n- 这一章写得最好\n  尤其是结尾 ^520330001-8aBcDeFgH\n\n>[!weread4] 茶馆里静了。\n >- 2024-10-21 10:05:00\n >---\n\n###### 高亮\n*写于2024-10-21 10:06:00*\n");
	assert.deepEqual(n.chapters.map((c) => c.title), ["0.2 第二章 茶馆"]);
	assert.deepEqual(
		n.reviews.map((r) => [r.kind, r.content, r.createdAt, r.blockId, r.chapterTitle, r.line]),
		[["chapter-review", "这一章写得最好\n尤其是结尾", "2024-10-21 10:00:00", "520330001-8aBcDeFgH", "0.2 第二章 茶馆", 8]],
	);
	assert.deepEqual(brief(n), [{ id: null, text: "茶馆里静了。", at: "2024-10-21 10:05:00", day: "2024-10-21", thought: null, chapter: "0.2 第二章 茶馆" }]);
});

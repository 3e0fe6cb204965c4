// A template recognizer runs beside the built-in rules (issue 12 item 3): it can complete and add entries, never
// take away or overwrite what the built-in rules read. The recognizer here is a fake that returns fixed entries, so
// each rule of the merge is tested on its own; the real recognizer is tested in its own files.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import { HighlightIndex } from "../../../src/core/index/index.ts";
import { mergeRecognized, parserWithRecognizer, TEMPLATE_SHAPES_CODE, usedTemplateShapes } from "../../../src/core/template/apply-recognizer.ts";
import type { RecognizedEntry } from "../../../src/core/template/recognized.ts";

// Line numbers (0-based) are written next to each line: the fake entries below point at them.
const NOTE = [
	"---", // 0
	"doc_type: weread-highlights-reviews", // 1
	'bookId: "3300071752"', // 2
	"title: 试读之书", // 3
	"---", // 4
	"# 高亮划线", // 5
	"## 第一章 开端", // 6
	"- 📌 没有时间的一条划线 ^3300071752-7-100-120", // 7: the built-in rules find it, undated (no ⏱ line)
	"- 📌 有时间的一条划线 ^3300071752-7-200-230", // 8
	"    - ⏱ 2024-03-01 08:09:10 ", // 9
	"## 第二章 展开", // 10
	"这一段是用户模板写的划线，内置规则读不出来", // 11
	"⌚ 2024-03-05 21:00", // 12
	"# 读书笔记", // 13
	"## 第二章 展开", // 14
	"### 划线评论", // 15
	"- 📌 被评论的原文 ^12345678-7bCdEfGhI", // 16
	"    - 💭 一个想法", // 17
	"    - ⏱ 2024-03-06 10:00:00 ", // 18
	"",
].join("\n");

function entry(over: Partial<RecognizedEntry> & Pick<RecognizedEntry, "line" | "endLine">): RecognizedEntry {
	return { kind: "highlight", text: "x", thought: null, createdAt: null, createdDate: null, blockId: null, chapterTitle: null, ...over };
}

function builtIn(): ParsedNote {
	const parsed = parseNote("试读之书.md", NOTE);
	assert.equal(parsed.kind, "weread");
	return parsed;
}

test("the built-in parse of the fixture is what the merge tests assume", () => {
	const note = builtIn();
	assert.deepEqual(
		note.highlights.map((h) => [h.line, h.createdAt]),
		[
			[7, null],
			[8, "2024-03-01 08:09:10"],
		],
	);
	assert.deepEqual(
		note.reviews.map((r) => [r.kind, r.line]),
		[["highlight-thought", 16]],
	);
});

test("an entry the built-in rules found without a time gains the recognizer's time (matched by block id)", () => {
	const merged = mergeRecognized(builtIn(), [entry({ line: 7, endLine: 8, blockId: "3300071752-7-100-120", createdAt: "2024-02-29 23:59:00", createdDate: "2024-02-29", text: "other text" })]);
	const h = merged.highlights[0]!;
	assert.equal(h.createdAt, "2024-02-29 23:59:00");
	assert.equal(h.createdDate, "2024-02-29");
	assert.equal(h.text, "没有时间的一条划线", "the built-in text is kept");
	assert.equal(merged.highlights.length, 2);
	assert.ok(usedTemplateShapes(merged));
	assert.equal(merged.diagnostics.find((d) => d.code === TEMPLATE_SHAPES_CODE)?.level, "info");
});

test("without a block id on either side, the entry is matched by overlapping lines", () => {
	const merged = mergeRecognized(builtIn(), [entry({ line: 7, endLine: 7, createdAt: "2024-02-29 23:59:00", createdDate: "2024-02-29" })]);
	assert.equal(merged.highlights[0]!.createdAt, "2024-02-29 23:59:00");
});

test("nothing the built-in rules read is overwritten: a different time, thought or id from the recognizer is ignored", () => {
	const before = builtIn();
	const merged = mergeRecognized(before, [
		entry({ line: 8, endLine: 9, blockId: "3300071752-7-200-230", createdAt: "1999-01-01 00:00:00", createdDate: "1999-01-01" }),
		entry({ kind: "highlight-thought", line: 16, endLine: 18, blockId: "12345678-7bCdEfGhI", text: "改过的原文", thought: "另一个想法", createdAt: "1999-01-01 00:00:00", createdDate: "1999-01-01" }),
	]);
	assert.equal(merged, before, "nothing added or completed: the very same parse comes back");
	assert.equal(merged.highlights[1]!.createdAt, "2024-03-01 08:09:10");
	assert.equal(merged.reviews[0]!.createdAt, "2024-03-06 10:00:00");
});

test("an entry the built-in rules missed is added in line order, under the chapter above it, its id decoded", () => {
	const merged = mergeRecognized(builtIn(), [
		entry({ line: 11, endLine: 12, text: "这一段是用户模板写的划线，内置规则读不出来", createdAt: "2024-03-05 21:00:00", createdDate: "2024-03-05", blockId: "3300071752-9-10-40" }),
	]);
	assert.deepEqual(
		merged.highlights.map((h) => h.line),
		[7, 8, 11],
	);
	const added = merged.highlights[2]!;
	assert.equal(added.chapterTitle, "第二章 展开");
	assert.equal(added.chapterIndex, 1);
	assert.equal(added.chapterLevel, 1);
	assert.deepEqual([added.chapterUid, added.rangeStart, added.rangeEnd], [9, 10, 40]);
	assert.equal(added.createdAt, "2024-03-05 21:00:00");
	assert.equal(added.blockIdResolvable, true);
	assert.match(merged.diagnostics.find((d) => d.code === TEMPLATE_SHAPES_CODE)!.message, /read 1 more entry and completed 0/);
});

test("an added id Obsidian cannot register (an underscore) is marked so", () => {
	const merged = mergeRecognized(builtIn(), [entry({ line: 11, endLine: 11, blockId: "12345678_7bCdEfGhI" })]);
	assert.equal(merged.highlights[2]!.blockIdResolvable, false);
});

test("a recognized highlight lying on a built-in review is dropped: the built-in reading wins", () => {
	const before = builtIn();
	const merged = mergeRecognized(before, [entry({ line: 16, endLine: 16, text: "被评论的原文", createdAt: "2024-03-06 10:00:00" })]);
	assert.equal(merged, before);
	assert.equal(merged.highlights.length, 2);
});

test("a chapter or book review the built-in rules missed is added as a review of that kind", () => {
	const merged = mergeRecognized(builtIn(), [
		entry({ kind: "book-review", line: 11, endLine: 12, text: "整本书的评论", createdAt: "2024-03-05 21:00:00", createdDate: "2024-03-05" }),
	]);
	assert.equal(merged.highlights.length, 2);
	assert.deepEqual(
		merged.reviews.map((r) => [r.kind, r.line, r.content, r.abstract]),
		[
			["book-review", 11, "整本书的评论", null],
			["highlight-thought", 16, "一个想法", "被评论的原文"],
		],
	);
});

test("a recognizer that throws leaves the built-in parse as it is", () => {
	const parse = parserWithRecognizer({
		recognize: () => {
			throw new Error("broken recognizer");
		},
	});
	assert.deepEqual(parse("试读之书.md", NOTE), builtIn());
});

test("a note that is not a WeRead note is never handed to the recognizer", () => {
	let calls = 0;
	const parse = parserWithRecognizer({
		recognize: () => {
			calls++;
			return [];
		},
	});
	assert.equal(parse("日记.md", "# 今天\n> 一句引文\n⏱ 2024-01-01 10:00:00\n").kind, "not-weread");
	assert.equal(calls, 0);
});

test("index.setParser: the same text upserted again is parsed by the new parser, and listeners hear it once", () => {
	const index = new HighlightIndex();
	index.upsertNote("试读之书.md", NOTE);
	index.upsertNote("试读之书.md", NOTE); // the second upsert fingerprints the text: a third one is a no-op
	const revision = index.revision;
	index.upsertNote("试读之书.md", NOTE);
	assert.equal(index.revision, revision, "identical text: nothing happens");

	index.setParser(parserWithRecognizer({ recognize: () => [entry({ line: 11, endLine: 12, text: "补上的划线", createdAt: "2024-03-05 21:00:00", createdDate: "2024-03-05" })] }));
	let heard = 0;
	const off = index.subscribe(() => heard++);
	index.upsertNote("试读之书.md", NOTE);
	off();
	assert.equal(heard, 1);
	assert.deepEqual(
		index.book("试读之书.md")!.note.highlights.map((h) => h.text),
		["没有时间的一条划线", "有时间的一条划线", "补上的划线"],
	);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyLine } from "../../../src/core/parse/line-patterns.ts";

// [line, kind, content, quoted]
const ROWS: [string, string, string, boolean][] = [
	["", "blank", "", false],
	["   \t", "blank", "", false],
	[">", "empty", "", true],
	["- ", "empty", "", false],
	["## 第一章 起点", "heading", "第一章 起点", false],
	["#tag not a heading", "text", "#tag not a heading", false],
	["    ## indented code", "text", "## indented code", false],
	["```ad-flex", "fence", "```ad-flex", false],
	["- 📌 text ^1-2-3-4", "pin", "text ^1-2-3-4", false],
	["> 📌  two spaces ", "pin", "two spaces", true],
	["📌 bare", "pin", "bare", false],
	["- [📌] old", "pin", "old", false],
	["> 📌🔥 [t](<weread://x>)", "pin", "[t](<weread://x>)", true],
	["- 📌 🟦 coloured", "pin", "coloured", false],
	["    - ⏱ 2023-05-20 15:12:16 ", "time", "2023-05-20 15:12:16", false],
	["> ⏱ 2024-08-31 14:05:03 ^26713355-60-4243-4278", "time", "2024-08-31 14:05:03 ^26713355-60-4243-4278", true],
	[" ⏱ 2026-02-12 17:21:34 ^a-1", "time", "2026-02-12 17:21:34 ^a-1", false],
	["\t- ⏱[[2022-04-06]]20:35", "time", "[[2022-04-06]]20:35", false],
	["- ⏱2024-04-10 14:17", "time", "2024-04-10 14:17", false],
	["— 创建于 [[2022-05-20]] 11:06", "time", "[[2022-05-20]] 11:06", false],
	[" >- 2024-10-20 15:04:01", "time", "2024-10-20 15:04:01", true],
	["🗓 [[2022-07-13]]", "time", "[[2022-07-13]]", false],
	["⏱️ 2023-01-01 00:00:00", "time", "2023-01-01 00:00:00", false],
	["2022-10-20 09:32:12", "time", "2022-10-20 09:32:12", false],
	["2022-10-20", "text", "2022-10-20", false], // a date alone may be highlighted text
	["- 💭 thought - ⏱ 2024-09-14 13:31:36 ", "thought", "thought - ⏱ 2024-09-14 13:31:36", false],
	["    💭 ", "thought", "", false],
	["> 🔥 12 人共读", "popular-count", "🔥 12 人共读", true],
	["> 🔥 [other](<weread://x>)", "popular", "🔥 [other](<weread://x>)", true],
	["> 📊 30 人共读 ^1-2-3-4", "popular", "📊 30 人共读 ^1-2-3-4", true],
	["> ^66-676-713", "id-only", "66-676-713", true],
	[" ^2009032-7Ap6m6JB4", "id-only", "2009032-7Ap6m6JB4", false],
	["> [!Cite]+ <span>Highlight</span>", "callout", "<span>Highlight</span>", true],
	[">[!abstract] 书名", "callout", "书名", true],
	["---", "rule", "---", false],
	["> ---", "rule", "---", true],
	["- - -", "rule", "- - -", false],
	["   plain continuation", "text", "plain continuation", false],
	["*写于2023*", "text", "*写于2023*", false],
];

test("classifyLine: markers stripped, kind by first characters", () => {
	for (const [line, kind, content, quoted] of ROWS) {
		const info = classifyLine(line);
		assert.equal(info.kind, kind, JSON.stringify(line));
		assert.equal(info.content, content, JSON.stringify(line));
		assert.equal(info.quoted, quoted, JSON.stringify(line));
	}
});

test("classifyLine: heading level, popular flags and counts, list/quote starts", () => {
	assert.equal(classifyLine("#### 小节").headingLevel, 4);
	assert.equal(classifyLine("> 📌🔥 x").popularPin, true);
	assert.equal(classifyLine("> 📌 x").popularPin, false);
	assert.equal(classifyLine("> 🔥 12 人共读").count, 12);
	assert.equal(classifyLine("- x").startsList, true);
	assert.equal(classifyLine("    - x").startsList, false);
	assert.equal(classifyLine("    - x").listMarker, true);
	assert.equal(classifyLine("> x").startsQuote, true);
	assert.equal(classifyLine(" 💭 lazy").startsQuote, false);
});

test("classifyLine: linear on 1 MB lines", () => {
	const started = performance.now();
	for (const l of ["> ".repeat(300_000), "- ".repeat(300_000) + "x", "📌" + "^".repeat(1_000_000), "2".repeat(1_000_000), "#".repeat(1_000_000)]) classifyLine(l);
	assert.ok(performance.now() - started < 2000);
});

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { extractBlockLinks } from "../../../src/core/links/extract.ts";

// [line, embed, linkpath, blockId]
type Row = [number, boolean, string, string];
const rows = (text: string): Row[] => extractBlockLinks(text).map((l) => [l.line, l.embed, l.linkpath, l.blockId]);

const ONE_LINE: [string, string, Row[]][] = [
	["wikilink", "see [[1Q84#^3300035142-5-5637-5655]] here", [[0, false, "1Q84", "3300035142-5-5637-5655"]]],
	["wikilink with alias", "[[浮生六记#^840127-5-120-143|闺房记乐]]", [[0, false, "浮生六记", "840127-5-120-143"]]],
	["embed", "![[1Q84#^3300035142-6-1152-1288]]", [[0, true, "1Q84", "3300035142-6-1152-1288"]]],
	["folder path and .md", "[[weread/1Q84.md#^abc]]", [[0, false, "weread/1Q84.md", "abc"]]],
	["same-note block", "[[#^local-id]]", [[0, false, "", "local-id"]]],
	["alias bar escaped in a table", "| [[Book#^id-1\\|alias]] | x |", [[0, false, "Book", "id-1"]]],
	["spaces around the id", "[[Book#^ id-2 ]]", [[0, false, "Book", "id-2"]]],
	["two links on a line, in order", "![[A#^a1]] and [x](B.md#^b1) and [[C#^c1]]", [[0, true, "A", "a1"], [0, false, "B.md", "b1"], [0, false, "C", "c1"]]],
	["markdown link", "[quote](Book.md#^id-3)", [[0, false, "Book.md", "id-3"]]],
	["markdown embed", "![](Book.md#^id-4)", [[0, true, "Book.md", "id-4"]]],
	["markdown link, URL-encoded", "[q](weread/%E6%B5%AE%E7%94%9F%E5%85%AD%E8%AE%B0.md#%5Eid-5)", [[0, false, "weread/浮生六记.md", "id-5"]]],
	["markdown link, %20 space", "[q](My%20Book.md#^id-6)", [[0, false, "My Book.md", "id-6"]]],
	["markdown link, angle brackets", "[q](<My Book.md#^id-7>)", [[0, false, "My Book.md", "id-7"]]],
	["markdown link with a title", '[q](Book.md#^id-8 "title")', [[0, false, "Book.md", "id-8"]]],
	["link text with nested brackets", "[text [插图] more](Book.md#^id-9)", [[0, false, "Book.md", "id-9"]]],
	["bad percent-encoding kept as written", "[q](100%.md#^id-10)", [[0, false, "100%.md", "id-10"]]],
];

const NOT_LINKS: [string, string][] = [
	["no block subpath", "[[Book]] [[Book#Heading]] [q](Book.md)"],
	["heading then block is not a block link", "[[Book#Heading#^id]]"],
	["empty id", "[[Book#^]]"],
	["external URL", "[q](https://example.com/a.md#^id)"],
	["WeRead deeplink", "> 📌 [text [插图]](<weread://bestbookmark?bookId=1&chapterUid=2#^x>) ^1-2-3-4"],
	["inline code", "use `[[Book#^id]]` to embed"],
	["double-backtick code", "``a ` [[Book#^id]] b``"],
	["%% comment %%", "text %% [[Book#^id]] %% more"],
	["html comment", "<!-- [[Book#^id]] -->"],
	["a block id is not a link", "- 📌 text ^3300048853-17-1567-1782"],
];

describe("extractBlockLinks: one-line cases", () => {
	for (const [name, text, expected] of ONE_LINE) {
		test(name, () => assert.deepEqual(rows(text), expected));
	}
	for (const [name, text] of NOT_LINKS) {
		test(`not a block link: ${name}`, () => assert.deepEqual(rows(text), []));
	}
});

describe("extractBlockLinks: structure", () => {
	test("0-based lines; CRLF; the daily-note embed block", () => {
		const text = ["# 2022-12-09", "<!-- start of weread -->", "", "### 1Q84", "![[1Q84#^3300035142-5-5637-5655]]", "![[1Q84#^3300035142-6-1152-1288]]", "", "<!-- end of weread -->"].join("\r\n");
		assert.deepEqual(rows(text), [
			[4, true, "1Q84", "3300035142-5-5637-5655"],
			[5, true, "1Q84", "3300035142-6-1152-1288"],
		]);
	});

	test("fenced code blocks (``` and ~~~, longer closers, inside a quote) hold no links", () => {
		const text = [
			"[[A#^before]]",
			"```md",
			"[[A#^in-fence]]",
			"```",
			"[[A#^between]]",
			"~~~~",
			"~~~",
			"[[A#^still-in]]",
			"~~~~~",
			"> ```",
			"> [[A#^quoted-fence]]",
			"> ```",
			"[[A#^after]]",
		].join("\n");
		assert.deepEqual(rows(text).map((r) => [r[0], r[3]]), [
			[0, "before"],
			[4, "between"],
			[12, "after"],
		]);
	});

	test("frontmatter holds no links (Obsidian lists those as frontmatterLinks); a lone --- later is not frontmatter", () => {
		const text = ["---", "related: \"[[A#^fm]]\"", "---", "[[A#^body]]", "---", "[[A#^after-rule]]"].join("\n");
		assert.deepEqual(rows(text).map((r) => [r[0], r[3]]), [
			[3, "body"],
			[5, "after-rule"],
		]);
	});

	test("comments may span lines", () => {
		const text = ["a %% start", "[[A#^hidden]]", "end %% [[A#^shown]]", "<!--", "[[A#^hidden2]]", "--> [[A#^shown2]]"].join("\n");
		assert.deepEqual(rows(text).map((r) => [r[0], r[3]]), [
			[2, "shown"],
			[5, "shown2"],
		]);
	});

	test("an unclosed backtick is literal, so the link after it counts", () => {
		assert.deepEqual(rows("a ` b [[A#^x]]"), [[0, false, "A", "x"]]);
	});
});

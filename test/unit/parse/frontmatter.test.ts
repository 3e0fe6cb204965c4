import { test } from "node:test";
import assert from "node:assert/strict";
import { fmString, readFrontmatter } from "../../../src/core/parse/frontmatter.ts";

function read(text: string) {
	return readFrontmatter(text.split("\n"));
}

test("frontmatter: stringifyYaml era (double quotes, numbers, empty values)", () => {
	const fm = read('---\ndoc_type: weread-highlights-reviews\nbookId: "3300048853"\nnoteCount: 100\nisbn:\ncategory: 计算机-人工智能\n---\n# body');
	assert.ok(fm);
	assert.equal(fm.fields.get("bookId"), "3300048853");
	assert.equal(fm.fields.get("noteCount"), "100");
	assert.equal(fm.fields.get("isbn"), null);
	assert.equal(fm.fields.get("category"), "计算机-人工智能");
	assert.equal(fm.bodyStart, 7); // lines 0–6 are the frontmatter
	assert.deepEqual(fm.diagnostics, []);
});

test("frontmatter: gray-matter era (single quotes, folded cover, ISO date)", () => {
	const fm = read("---\nisbn: 978\nlastReadDate: 2022-06-05T00:00:00.000Z\nbookId: '25546236'\ntitle: 'It''s'\ncover: >-\n  https://example.org/a.jpg\nreviewCount: 0\n---");
	assert.ok(fm);
	assert.equal(fm.fields.get("bookId"), "25546236");
	assert.equal(fm.fields.get("title"), "It's");
	assert.equal(fm.fields.get("cover"), "https://example.org/a.jpg");
	assert.equal(fm.fields.get("lastReadDate"), "2022-06-05T00:00:00.000Z");
	assert.equal(fm.fields.get("reviewCount"), "0");
});

test("frontmatter: folded scalar with no indented line is empty; keys with spaces and non-ASCII", () => {
	const fm = read("---\ncover: >-\ndate created: 2022-08-09\n出版社: 某出版社\ntags:\n  - 微信读书笔记\n  - 'b'\nkeywords: [a, \"b c\"]\n---");
	assert.ok(fm);
	assert.equal(fm.fields.get("cover"), null);
	assert.equal(fm.fields.get("date created"), "2022-08-09");
	assert.equal(fm.fields.get("出版社"), "某出版社");
	assert.deepEqual(fm.fields.get("tags"), ["微信读书笔记", "b"]);
	assert.deepEqual(fm.fields.get("keywords"), ["a", "b c"]);
	assert.equal(fmString(fm.fields, "tags"), "微信读书笔记");
});

test("frontmatter: unquoted numbers, null, Invalid date, URLs with colons, comments", () => {
	const fm = read("---\nbookId: 922382\nisbn: null\nreadingDate: Invalid date\ncover: https://a.b/c:d\nx: y # note\n# comment\n---");
	assert.ok(fm);
	assert.equal(fm.fields.get("bookId"), "922382");
	assert.equal(fm.fields.get("isbn"), null);
	assert.equal(fm.fields.get("readingDate"), "Invalid date");
	assert.equal(fm.fields.get("cover"), "https://a.b/c:d");
	assert.equal(fm.fields.get("x"), "y");
});

test("frontmatter: literal block scalar and escapes in double quotes", () => {
	const fm = read('---\nnote: |\n  one\n  two\nq: "a\\"b\\u00e9"\n---');
	assert.ok(fm);
	assert.equal(fm.fields.get("note"), "one\ntwo");
	assert.equal(fm.fields.get("q"), 'a"bé');
});

test("frontmatter: the extra empty ---/--- block right after it is skipped", () => {
	const fm = read("---\na: 1\n---\n---\n---\n# 高亮划线");
	assert.equal(fm?.bodyStart, 5);
	const spaced = read("---\na: 1\n---\n\n---\n\n---\nbody");
	assert.equal(spaced?.bodyStart, 7);
	const hr = read("---\na: 1\n---\ntext\n---\nmore");
	assert.equal(hr?.bodyStart, 3); // a rule later in the body is not the extra block
});

test("frontmatter: none, unclosed, broken lines", () => {
	assert.equal(read("# no frontmatter"), null);
	assert.equal(read("---\ndoc_type: weread-highlights-reviews\n# never closed"), null);
	assert.equal(read(""), null);
	const fm = read("---\njust words\n  stray indent\nbad: 'unterminated\n---");
	assert.ok(fm);
	assert.deepEqual(
		fm.diagnostics.map((d) => [d.line, d.code]),
		[
			[1, "bad-frontmatter-line"],
			[2, "bad-frontmatter-line"],
			[3, "bad-frontmatter-value"],
		],
	);
	assert.equal(fm.fields.get("bad"), "unterminated");
});

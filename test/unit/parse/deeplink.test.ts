import { test } from "node:test";
import assert from "node:assert/strict";
import { unwrapDeeplink } from "../../../src/core/parse/deeplink.ts";

const URL = "weread://bestbookmark?bookId=42&chapterUid=16&rangeStart=958&rangeEnd=998";

test("unwrapDeeplink: strips the wrapper and reads chapterUid / range", () => {
	assert.deepEqual(unwrapDeeplink(`[A sentence.](<${URL}>)`), {
		text: "A sentence.",
		link: { chapterUid: 16, rangeStart: 958, rangeEnd: 998 },
		unclosed: false,
	});
});

test("unwrapDeeplink: link text with [插图] and brackets uses the last `](<weread://`", () => {
	const r = unwrapDeeplink(`[[插图]One [a] two[插图]](<${URL}>)`);
	assert.equal(r.text, "[插图]One [a] two[插图]");
	assert.equal(r.link?.rangeStart, 958);
});

test("unwrapDeeplink: multi-line link text, trailing text, no link, unclosed", () => {
	assert.equal(unwrapDeeplink(`[line one\nline two](<${URL}>)`).text, "line one\nline two");
	assert.equal(unwrapDeeplink(`[x](<${URL}>) tail`).text, "x tail");
	assert.deepEqual(unwrapDeeplink("[not a link] text"), { text: "[not a link] text", link: null, unclosed: false });
	assert.deepEqual(unwrapDeeplink("plain"), { text: "plain", link: null, unclosed: false });
	const u = unwrapDeeplink("[cut](<weread://bestbookmark?bookId=1&chapterUid=2");
	assert.equal(u.unclosed, true);
	assert.equal(u.link, null);
});

test("unwrapDeeplink: missing or odd parameters give null fields, not NaN", () => {
	const r = unwrapDeeplink("[t](<weread://bestbookmark?bookId=1&rangeStart=0&xrangeEnd=5>)");
	assert.deepEqual(r.link, { chapterUid: null, rangeStart: 0, rangeEnd: null });
});

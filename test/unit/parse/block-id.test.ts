import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBlockId, isObsidianIdSyntax, splitTrailingId } from "../../../src/core/parse/block-id.ts";

test("splitTrailingId: spaced, glued, none", () => {
	const rows: [string, { rest: string; id: string; glued: boolean } | null][] = [
		["text ^3300048853-17-1567-1782", { rest: "text", id: "3300048853-17-1567-1782", glued: false }],
		["text  ^2009032-7sZnwadFm  ", { rest: "text", id: "2009032-7sZnwadFm", glued: false }],
		["而已。^10500316-7yjWCUApK", { rest: "而已。", id: "10500316-7yjWCUApK", glued: true }],
		["^66-676-713", { rest: "", id: "66-676-713", glued: false }],
		["E=mc^2", null], // glued without `-`: not an id
		["x ^abc", { rest: "x", id: "abc", glued: false }],
		["[note](<weread://x>) ^33091684-4-1279-1439", { rest: "[note](<weread://x>)", id: "33091684-4-1279-1439", glued: false }],
		["text ^", null],
		["text^ ", null],
		["no id here", null],
		["footnote[^1]", null],
		["", null],
	];
	for (const [input, expected] of rows) assert.deepEqual(splitTrailingId(input), expected, input);
});

test("splitTrailingId: linear on a 1 MB line of carets and id characters", () => {
	const s = "^".repeat(500_000) + "a-".repeat(250_000);
	const started = performance.now();
	splitTrailingId(s);
	splitTrailingId("^-".repeat(500_000));
	assert.ok(performance.now() - started < 1000);
});

test("isObsidianIdSyntax: `_` and `~` are not block id characters", () => {
	assert.equal(isObsidianIdSyntax("3300048853-17-1567-1782"), true);
	assert.equal(isObsidianIdSyntax("3300048853-17_1567-1782"), false);
	assert.equal(isObsidianIdSyntax("MP-WXS-1-a~b-1-2"), false);
});

// [id, frontmatter bookId, kind, chapterUid, rangeStart, rangeEnd]
const DECODE: [string, string | null, string, number | null, number | null, number | null][] = [
	["3300048853-17-1567-1782", "3300048853", "highlight", 17, 1567, 1782],
	["3300048853-17-1567-1782", null, "highlight", 17, 1567, 1782],
	["19704712-152-2579", "19704712", "highlight", 152, 2579, null],
	["843226-7-1253", "843226", "highlight", 7, 1253, null],
	["66-676-713", "31144011", "highlight", 66, 676, 713],
	["5-9671-9710", null, "highlight", 5, 9671, 9710],
	["CB-9c07Lc7NR08i6rk6sx2LU1FF-1-4059-4147", "CB_9c07Lc7NR08i6rk6sx2LU1FF", "highlight", 1, 4059, 4147],
	["CB-7aX0Ob0ObAVa6Ri6Pw-1-683", "CB_7aX0Ob0ObAVa6Ri6Pw", "highlight", 1, 683, null],
	["MP-WXS-3588252075-7VqRDumzGNknMqlqfwSqpw-1530-1594", "MP_WXS_3588252075", "highlight", null, 1530, 1594],
	["MP-WXS-3588252075-7Vq-Rdu~mzG-1530-1594", null, "highlight", null, 1530, 1594],
	["1530-1594", "MP_WXS_1", "highlight", null, 1530, 1594],
	["2009032-7sZnwadFm", "838779", "review", null, null, null],
	["439222474-7PMwT0WP0", null, "review", null, null, null],
	["3300048853-17_1567-1782", "3300048853", "highlight", 17, 1567, 1782],
	["literature-123", null, "unknown", null, null, null],
	["abc", null, "unknown", null, null, null],
	["1-2-3-4-5", null, "unknown", null, null, null],
	["1--2", null, "unknown", null, null, null],
	["12345678901234567890-1-2-3", null, "unknown", null, null, null],
];

test("decodeBlockId: every grammar of weread-format §6", () => {
	for (const [id, bookId, kind, uid, s, e] of DECODE) {
		assert.deepEqual(decodeBlockId(id, bookId), { kind, chapterUid: uid, rangeStart: s, rangeEnd: e }, `${id} / ${bookId}`);
	}
});

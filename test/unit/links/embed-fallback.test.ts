// What "Copy embed" and a drag fall back to when Obsidian cannot embed a highlight (issue 13 item 3): why, whether a
// heading can be named in a link, and the quote shape. Table-driven; expected values by hand.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { embedBlocker, headingLinkable, quoteWithLink } from "../../../src/core/links/embed-fallback.ts";

describe("embedBlocker", () => {
	const cases: [string, { blockId: string | null; blockIdResolvable: boolean }, ReturnType<typeof embedBlocker>][] = [
		["a registered id embeds", { blockId: "9900001-3-120-151", blockIdResolvable: true }, null],
		["no id at all", { blockId: null, blockIdResolvable: false }, "no-id"],
		["an id with `_` (Obsidian takes letters, digits and - only)", { blockId: "abc_def", blockIdResolvable: false }, "id-characters"],
		["an id with `~`", { blockId: "a~b", blockIdResolvable: false }, "id-characters"],
		["a well-formed id Obsidian does not register where it stands", { blockId: "9900003-7-210-238", blockIdResolvable: false }, "not-registered"],
	];
	for (const [name, entry, expected] of cases) test(name, () => assert.equal(embedBlocker(entry), expected));
});

describe("headingLinkable", () => {
	const cases: [string, boolean][] = [
		["第3节 守夜人", true],
		["◆ Chapter One (part 2)", true],
		["Chapter 1 — “quoted”, and so on!", true],
		["Chapter 1: Start", false],
		["C# in depth", false],
		["A | B", false],
		["x^2", false],
		["[插图] title", false],
		["ends]", false],
		["100%% sure", false],
		["100% sure", true],
		["", false],
		["   ", false],
	];
	for (const [heading, expected] of cases) test(`${JSON.stringify(heading)} → ${expected}`, () => assert.equal(headingLinkable(heading), expected));
});

describe("quoteWithLink", () => {
	test("every line quoted, blank lines as a bare >, the link last", () => {
		assert.equal(quoteWithLink("one\n\ntwo", "[[B#C]]"), "> one\n>\n> two\n> — [[B#C]]");
	});
	test("no words: only the link line", () => {
		assert.equal(quoteWithLink("", "[[B]]"), ">\n> — [[B]]");
	});
});

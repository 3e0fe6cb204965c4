// The context of a citing link (issue 13 item 4): the heading above it and the block around it. Table-driven; each
// expected value was worked out by hand from the note written next to it (lines 0-based).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { citingContext, clip, type CitingContext } from "../../../src/core/view-models/citing-context.ts";

/** A context as one readable line per shown line: "> " marks the cited one, links in [brackets]. */
function view(ctx: CitingContext | null): unknown {
	if (ctx === null) return null;
	return {
		heading: ctx.heading === null ? null : `${"#".repeat(ctx.heading.level)} ${ctx.heading.text} @${ctx.heading.line}`,
		range: [ctx.start, ctx.end],
		lines: ctx.lines.map((l) => `${l.cited ? ">" : " "}${l.line}: ${l.segments.map((s) => (s.link ? `[${s.text}]` : s.text)).join("")}`),
		elided: [ctx.elidedBefore, ctx.elidedAfter],
	};
}

interface Case {
	readonly name: string;
	readonly note: readonly string[];
	readonly line: number;
	readonly expected: unknown;
}

const CASES: readonly Case[] = [
	{
		name: "a paragraph under a level-2 heading: every line of the paragraph, the heading above",
		note: ["# Book notes", "", "## Patience", "Tools need time.", "So do people: [[Book#^a-1|sharpening]].", "Said the carpenter.", "", "Next paragraph."],
		line: 4,
		expected: {
			heading: "## Patience @2",
			range: [3, 5],
			lines: [" 3: Tools need time.", ">4: So do people: [sharpening].", " 5: Said the carpenter."],
			elided: [false, false],
		},
	},
	{
		name: "the nearest heading wins whatever its level; closing #s are not words",
		note: ["## Part one", "#### Deep section ##", "text ![[Book#^b-2]]"],
		line: 2,
		expected: { heading: "#### Deep section @1", range: [2, 2], lines: [">2: text [Book]"], elided: [false, false] },
	},
	{
		name: "a link in a list item: the item (bullet and continuation), not the whole list",
		note: ["# Reading", "- first item", "- second [[Book#^c-3]]", "  continued here", "- third item"],
		line: 2,
		expected: { heading: "# Reading @0", range: [2, 3], lines: [">2: second [Book]", " 3: continued here"], elided: [false, false] },
	},
	{
		name: "a link on a list item's continuation line: the item from its bullet",
		note: ["- first item", "- second item", "  see [[Book#^c-3]]", "- third item"],
		line: 2,
		expected: { heading: null, range: [1, 2], lines: [" 1: second item", ">2: see [Book]"], elided: [false, false] },
	},
	{
		name: "a link in a blockquote: the quote's lines, not the paragraph after it",
		note: ["## Quotes", "Before.", "> The gardener says", "> ![[Book#^d-4]]", ">", "> and leaves.", "After."],
		line: 3,
		expected: {
			heading: "## Quotes @0",
			range: [2, 5],
			lines: [" 2: The gardener says", ">3: [Book]", " 5: and leaves."],
			elided: [false, false],
		},
	},
	{
		name: "a link at the top of a note with no heading",
		note: ["See [[Book#^e-5]] first.", "Then the rest.", "", "# Later heading"],
		line: 0,
		expected: { heading: null, range: [0, 1], lines: [">0: See [Book] first.", " 1: Then the rest."], elided: [false, false] },
	},
	{
		name: "frontmatter is skipped: its lines are neither headings nor part of the block",
		note: ["---", "title: x", "# not a heading: a YAML comment", "---", "Cited [[Book#^f-6]]."],
		line: 4,
		expected: { heading: null, range: [4, 4], lines: [">4: Cited [Book]."], elided: [false, false] },
	},
	{
		name: "a link in a frontmatter property is its own context",
		note: ["---", "source: \"[[Book#^f-6]]\"", "---", "# Heading"],
		line: 1,
		expected: { heading: null, range: [1, 1], lines: ['>1: source: "[Book]"'], elided: [false, false] },
	},
	{
		name: "a `#` line inside fenced code is not a heading, and the fence bounds the block",
		note: ["## Real heading", "```bash", "# a shell comment", "```", "Cited [[Book#^g-7]].", "~~~", "# also code", "~~~"],
		line: 4,
		expected: { heading: "## Real heading @0", range: [4, 4], lines: [">4: Cited [Book]."], elided: [false, false] },
	},
	{
		name: "a longer fence holds a shorter one; the heading above the whole fence still counts",
		note: ["# Top", "````", "```", "# inside", "```", "````", "Cited [[Book#^g-7]]."],
		line: 6,
		expected: { heading: "# Top @0", range: [6, 6], lines: [">6: Cited [Book]."], elided: [false, false] },
	},
	{
		name: "a line inside an open fence stands alone",
		note: ["# Top", "```", "[[Book#^g-7]]", "more code"],
		line: 2,
		expected: { heading: "# Top @0", range: [2, 2], lines: [">2: [Book]"], elided: [false, false] },
	},
	{
		name: "a long paragraph: at most five lines, nearest first (before, then after), the rest elided",
		note: ["# H", "l1", "l2", "l3", "l4", "cite [[Book#^h-8]]", "l6", "l7", "l8", "l9"],
		line: 5,
		expected: {
			heading: "# H @0",
			range: [1, 9],
			lines: [" 3: l3", " 4: l4", ">5: cite [Book]", " 6: l6", " 7: l7"],
			elided: [true, true],
		},
	},
	{
		name: "a `^id` line and a lone `>` read as nothing and are left out",
		note: ["> quoted [[Book#^i-9]]", ">", "> ^own-id"],
		line: 0,
		expected: { heading: null, range: [0, 2], lines: [">0: quoted [Book]"], elided: [false, false] },
	},
	{
		name: "a heading line cited itself: the heading above it, the line alone",
		note: ["# Top", "## About [[Book#^j-1|it]]", "text"],
		line: 1,
		expected: { heading: "# Top @0", range: [1, 1], lines: [">1: About [it]"], elided: [false, false] },
	},
];

describe("citingContext", () => {
	for (const c of CASES) {
		test(c.name, () => assert.deepEqual(view(citingContext(c.note, c.line)), c.expected));
	}

	test("a line outside the note has no context", () => {
		assert.equal(citingContext(["a"], 1), null);
		assert.equal(citingContext(["a"], -1), null);
		assert.equal(citingContext([], 0), null);
	});

	test("the character limit stops neighbours that do not fit whole", () => {
		const note = ["x".repeat(30), "cite [[Book#^k-2]]", "y".repeat(5)];
		// The cited line shows as "cite Book" (9 characters): 9 + 5 fits in 20, 9 + 30 does not.
		assert.deepEqual(view(citingContext(note, 1, { maxLines: 5, maxChars: 20 })), {
			heading: null,
			range: [0, 2],
			lines: [">1: cite [Book]", " 2: yyyyy"],
			elided: [true, false],
		});
	});

	test("a very long cited line is cut around its link, with an ellipsis at each cut end", () => {
		const note = [`${"a".repeat(300)} [[Book#^l-3|link]] ${"b".repeat(300)}`];
		const ctx = citingContext(note, 0, { maxLines: 5, maxChars: 24 });
		// 24 − 4 ("link") = 20 spare: 10 before the link, 10 after ("a"×9 + space, space + "b"×9).
		assert.deepEqual(view(ctx), { heading: null, range: [0, 0], lines: [`>0: …${"a".repeat(9)} [link] ${"b".repeat(9)}…`], elided: [false, false] });
	});
});

describe("clip", () => {
	const seg = (text: string, link = false) => ({ text, link });
	test("text that fits is unchanged", () => {
		assert.deepEqual(clip([seg("ab"), seg("c", true)], 3), [seg("ab"), seg("c", true)]);
	});
	test("a link near the end takes the room the end does not need", () => {
		// 10 − 1 = 9 spare; after the link there are 2 characters, so 7 go before it.
		assert.deepEqual(clip([seg("0123456789"), seg("L", true), seg("xy")], 10), [seg("…3456789"), seg("L", true), seg("xy")]);
	});
	test("a line without a link keeps its start", () => {
		assert.deepEqual(clip([seg("abcdefgh")], 4), [seg("abcd…")]);
	});
	test("an emoji is never cut in half", () => {
		// "ab😀c": cutting at 3 would split the pair; the cut moves back to 2.
		assert.deepEqual(clip([seg("ab😀c")], 3), [seg("ab…")]);
	});
});

// styles.css is one flat sheet that several changes append to: a block whose closing brace got lost (a merge keeps
// only one of two identical `}` lines) swallows every rule after it, and nothing else would notice. Checks that the
// braces balance outside comments and strings, and that no rule is opened inside another.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const CSS = readFileSync(new URL("../../styles.css", import.meta.url), "utf8");

/** 1-based lines where a `{` opens while another block is still open (styles.css has no nesting), and the final depth. */
function braces(css: string): { nested: number[]; depth: number } {
	const nested: number[] = [];
	let depth = 0;
	let line = 1;
	for (let i = 0; i < css.length; i++) {
		const c = css[i];
		if (c === "\n") line++;
		else if (c === "/" && css[i + 1] === "*") {
			const end = css.indexOf("*/", i + 2);
			const skipped = css.slice(i, end === -1 ? css.length : end + 2);
			line += skipped.split("\n").length - 1;
			i = end === -1 ? css.length : end + 1;
		} else if (c === '"' || c === "'") {
			const end = css.indexOf(c, i + 1);
			i = end === -1 ? css.length : end;
		} else if (c === "{") {
			// @media / @supports blocks may hold rules; styles.css has none, so any nesting is a lost brace.
			if (depth > 0) nested.push(line);
			depth++;
		} else if (c === "}") depth--;
	}
	return { nested, depth };
}

test("styles.css: every block is closed, and none opens inside another", () => {
	const { nested, depth } = braces(CSS);
	assert.deepEqual(nested, [], "a rule opened inside another (a missing `}` above it)");
	assert.equal(depth, 0);
});

test("the brace check finds a lost closing brace", () => {
	assert.deepEqual(braces(".a {\n\tcolor: red;\n.b {\n\tcolor: blue;\n}\n"), { nested: [3], depth: 1 });
	assert.deepEqual(braces("/* { */ .a { content: \"}\"; }\n"), { nested: [], depth: 0 });
});

// `cache.blocks` the way Obsidian registers block ids, written from the help page and not from src/core (whose
// parser has its own rule; test/view/shim-blocks.test.ts checks that the two agree). help.obsidian.md, Internal
// links › "Link to a block in a note": "A block is a unit of text in your note, such as a paragraph, block quote, or
// even a list item"; an id goes "at the end of the block", after "a blank space followed by a caret (^)"; "Block
// identifiers can only consist of Latin letters, numbers, and dashes"; "For specific lines within a list, the block
// identifier can be placed directly on a bullet point"; "We do not support links to specific parts of quotations,
// callouts, and tables" — so an id on an inner line of a blockquote registers nothing.
//
// Blocks here: a paragraph (runs to a blank line, heading, fence, rule, quote or list item), a blockquote (`>`
// lines and lazy continuation lines; a blank line, heading, fence, rule or list item ends it), a list item (its
// own lines up to the next item, nested or not), a heading (one line). Fenced code holds no ids. The id must end
// the block's last line; the block's position runs from its first line to the end of its last.
import type { BlockCache, Loc } from "obsidian";

type Kind = "paragraph" | "quote" | "item";

/** A code fence (at any indent: list items hold them too): three or more backticks or tildes; it closes with a run
 * of the same character at least as long. */
const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(\s|$)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])(\s|$)/;
/** Four spaces or a tab: too deep to start a list item after a paragraph or quote line, so such a line continues it
 * (CommonMark 0.31 §5.1 "paragraph continuation text" / lazy lines, §4.4 "an indented code block cannot interrupt a
 * paragraph"; Obsidian's editor parses with lezer-markdown, a CommonMark parser). The 2024 template writes
 * `> 📌 text ^id` then `    - 💭 …`: one lazy blockquote, whose id is then not at its end. */
const TOO_DEEP_TO_INTERRUPT = /^( {4}|\t)/;
/** A space (or the line start: an id alone on the block's last line) before `^`, id characters only, then the end. */
const ID_AT_END = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** Lower-cased id → its block, for the note's `lines` from `start` (after the frontmatter). */
export function scanBlocks(lines: readonly string[], start: number, loc: (line: number, col: number) => Loc): Record<string, BlockCache> {
	const blocks: Record<string, BlockCache> = {};
	let kind: Kind | null = null;
	let first = 0;
	let last = 0;
	const close = (): void => {
		if (kind === null) return;
		register(first, last);
		kind = null;
	};
	const register = (from: number, to: number): void => {
		const m = ID_AT_END.exec(lines[to] ?? "");
		if (m === null) return;
		const id = m[1] ?? "";
		// Two blocks with one id: the note's first is the one a link opens (not documented; the core keeps the first).
		blocks[id.toLowerCase()] ??= { id, position: { start: loc(from, 0), end: loc(to, (lines[to] ?? "").length) } };
	};
	const open = (k: Kind, line: number): void => {
		kind = k;
		first = line;
		last = line;
	};
	let fence: string | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const fenceMark = FENCE.exec(line)?.[1] ?? null;
		if (fence !== null) {
			if (fenceMark !== null && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = null;
			continue;
		}
		if (fenceMark !== null) {
			close();
			fence = fenceMark;
		} else if (line.trim() === "" || RULE.test(line)) {
			close();
		} else if (HEADING.test(line)) {
			close();
			register(i, i);
		} else if (QUOTE.test(line)) {
			if (kind === "quote") last = i;
			else {
				close();
				open("quote", i);
			}
		} else if (LIST_ITEM.test(line) && !((kind === "quote" || kind === "paragraph") && TOO_DEEP_TO_INTERRUPT.test(line))) {
			close();
			open("item", i);
		} else if (kind === null) {
			open("paragraph", i);
		} else {
			// Continuation: of the paragraph, of the list item (indented or lazy), or a lazy line of the blockquote.
			last = i;
		}
	}
	close();
	return blocks;
}

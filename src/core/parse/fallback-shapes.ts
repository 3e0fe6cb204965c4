// Built-in fallback rules for note shapes that only replaced custom templates produce (issue 12 item 4,
// weread-format "Shapes from replaced custom templates"): a vault keeps notes rendered by a template its owner has
// since replaced, so the template in the sync plugin's settings does not explain them. Each rule is narrow (a
// marker no standard era writes) and is asked only after a cheap first-character check, so that every note the
// era rules read reads exactly as before.
import type { Draft } from "./draft";
import { findTrailingId, IdSpan } from "./block-id";
import { isBlank, startsWithIn, trimEndAt, trimStartAt } from "./text-range";
import { scanTimestamp, Stamp } from "./timestamp";

/** `[!weread4]`: a highlight whose text is the callout title (Sleepleeps template pack). */
export const WEREAD_HIGHLIGHT_CALLOUT = 4;
/** `[!weread3]`: a thought; the title is the highlighted text, the first list line inside the thought. */
export const WEREAD_THOUGHT_CALLOUT = 3;

const WEREAD = "weread";

/**
 * The Sleepleeps callout kind of the callout type [from, to) (the text between `[!` and `]`): 4, 3, or 0 for any
 * other type (`weread1`/`weread2` are the pack's metadata cards, `rnb`/`nb` its layout). Obsidian matches callout
 * types case-insensitively; `|noicon`-style metadata after the type is allowed.
 */
export function wereadCalloutKind(s: string, from: number, to: number): number {
	if (to - from < WEREAD.length + 1) return 0;
	const c = s.charCodeAt(from);
	if (c !== 119 && c !== 87) return 0; // w W: the first-character check
	if (s.slice(from, from + WEREAD.length).toLowerCase() !== WEREAD) return 0;
	const digit = s.charCodeAt(from + WEREAD.length);
	if (digit !== 51 && digit !== 52) return 0; // 3 4
	const after = from + WEREAD.length + 1;
	if (after < to && s.charCodeAt(after) !== 124 /* | */) return 0;
	return digit === 52 ? WEREAD_HIGHLIGHT_CALLOUT : WEREAD_THOUGHT_CALLOUT;
}

/**
 * `###### 高亮`, `###### 0.2.1.1.2 评论`, `###### ◰章节评论`: the Sleepleeps pack's level-6 labels of the blocks
 * under a chapter (numbered by a heading-numbering plugin in some vaults), not chapters. Asked for level-6
 * headings only (the WeRead templates write chapters at levels 2–4).
 */
export function isBlockLabelHeading(title: string): boolean {
	return /^(?:\d+(?:\.\d+)*\s+)?(?:◰\s*)?(?:高亮|评论|章节评论)$/.test(title);
}

const CREATED_AT = "创建于";

/**
 * Whether the time text starting at `from` follows a `创建于` label (`— 创建于 [[2022-05-20]] 11:06 ^id`): that
 * template writes the highlight's thought as the list item right below.
 */
export function followsCreatedAtLabel(s: string, from: number): boolean {
	let k = from;
	while (k > 0 && isBlank(s.charCodeAt(k - 1))) k--;
	return k >= CREATED_AT.length && s.charCodeAt(k - 1) === 0x4e8e /* 于 */ && startsWithIn(s, CREATED_AT, k - CREATED_AT.length, k);
}

/**
 * A quote or callout highlight that has its id but no time yet (`> [!quote|notitle]` / `> text #金句卡 ^id`): its
 * time may come as the item after the block, one blank line below (`- ⏱2024-04-10 14:17`). Asked on the blank
 * line that would otherwise close the entry; only the first blank line (pending is still empty).
 */
export function awaitsQuoteTime(d: Draft): boolean {
	return d.plain && d.kind === "highlight" && !d.hasTime && d.blockId !== null && d.pending.length === 0 && !d.hasThought;
}

const STAMP = new Stamp();
const ID = new IdSpan();

/**
 * Whether the time line after the blank line of awaitsQuoteTime is that entry's: an unquoted item that holds a
 * date and time and nothing else (a reader's own `- ⏱ 2024-05-01 今天重读` list item is not a stamp). The
 * pending blank line is the one blank awaitsQuoteTime allowed.
 */
export function takesQuoteTime(d: Draft, quoted: boolean, s: string, from: number, to: number): boolean {
	if (quoted || !d.plain || d.kind !== "highlight" || d.hasTime || d.hasThought || d.pending.length !== 1) return false;
	const kind = scanTimestamp(s, from, to, STAMP);
	if (kind !== "datetime" && kind !== "date") return false;
	const a = trimStartAt(s, STAMP.end, to);
	if (a === to) return true;
	const b = trimEndAt(s, a, to);
	return s.charCodeAt(a) === 94 && findTrailingId(s, a, b, ID) && ID.restEnd === a;
}

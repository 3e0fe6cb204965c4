import { contextSegments, type ContextSegment } from "./references";

// The context of one citing link in the references pane (issue 13 item 4): the heading it sits under and the block
// around it, as the reader of the citing note sees them — not only the embed's own text. Pure: the lines come from
// the adapter (context-lines.ts), the result is plain data the pane renders as text.
//
// "The block" follows Markdown's own boundaries, which are also Obsidian's block boundaries: a paragraph is the run
// of non-blank lines around the link; a list item starts at its bullet and ends before the next bullet; a quote is
// the run of `>` lines. Headings, fence lines and blank lines end every block. The frontmatter and fenced code are
// never read as headings (Obsidian lists neither in a note's headings).

/** How much of a block the pane shows: a few lines, a few sentences. */
export interface ContextLimits {
	readonly maxLines: number;
	/** Characters of display text (after links are shown as their labels), all shown lines together. */
	readonly maxChars: number;
}

/** Three lines of a narrow sidebar hold about this much Chinese text; five short lines of a list, too. */
export const CONTEXT_LIMITS: ContextLimits = { maxLines: 5, maxChars: 240 };

export interface ContextHeading {
	/** The heading's words, links shown as their labels. */
	readonly text: string;
	readonly level: number;
	/** 0-based line of the heading. */
	readonly line: number;
}

export interface ContextLine {
	/** 0-based line in the citing note. */
	readonly line: number;
	/** Display text of the line (links as labels, block markers and a trailing `^id` removed); "…" where cut. */
	readonly segments: readonly ContextSegment[];
	/** The citing line itself. */
	readonly cited: boolean;
}

export interface CitingContext {
	/** The nearest heading above the citing line, or null (top of the note, or only frontmatter above). */
	readonly heading: ContextHeading | null;
	/** The whole block, 0-based and inclusive, whether or not every line of it is shown. */
	readonly start: number;
	readonly end: number;
	/** The shown lines of the block, in note order; lines that read as nothing (a lone `>`, a `^id`) left out. */
	readonly lines: readonly ContextLine[];
	/** Lines of the block with words in them that are not shown, before and after the shown ones. */
	readonly elidedBefore: boolean;
	readonly elidedAfter: boolean;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const ELLIPSIS = "…";

/** The heading and block around the 0-based `line` of a note; null when the line is not in the note. */
export function citingContext(lines: readonly string[], line: number, limits: ContextLimits = CONTEXT_LIMITS): CitingContext | null {
	if (!Number.isInteger(line) || line < 0 || line >= lines.length) return null;
	const bodyStart = frontmatterEnd(lines);
	if (line < bodyStart) {
		// A link in a frontmatter property: the property is its own context, under no heading.
		return shown(lines, line, line, line, null, limits);
	}
	const { heading, fenceOpen } = scanTo(lines, bodyStart, line);
	if (fenceOpen || isBoundary(lines[line] ?? "")) return shown(lines, line, line, line, heading, limits);
	const quote = QUOTE.test(lines[line] ?? "");
	const sameBlock = (text: string): boolean => !isBoundary(text) && QUOTE.test(text) === quote;
	let start = line;
	// Up to the block's first line; a bullet is where a list item starts, so it is the last line taken going up.
	while (start > bodyStart && !BULLET.test(unquoted(lines[start] ?? "", quote)) && sameBlock(lines[start - 1] ?? "")) start--;
	let end = line;
	while (end + 1 < lines.length && sameBlock(lines[end + 1] ?? "") && !BULLET.test(unquoted(lines[end + 1] ?? "", quote))) end++;
	return shown(lines, line, start, end, heading, limits);
}

/** The first line after the frontmatter (0 when there is none): `---` on line 0 closed by `---` or `...`. */
function frontmatterEnd(lines: readonly string[]): number {
	if ((lines[0] ?? "").trimEnd() !== "---") return 0;
	for (let i = 1; i < lines.length; i++) {
		const t = (lines[i] ?? "").trimEnd();
		if (t === "---" || t === "...") return i + 1;
	}
	// Never closed: Obsidian reads no frontmatter, so neither do we.
	return 0;
}

/** The last heading before `line` outside fenced code, and whether `line` is inside a fence. */
function scanTo(lines: readonly string[], from: number, line: number): { heading: ContextHeading | null; fenceOpen: boolean } {
	let heading: ContextHeading | null = null;
	let fence: string | null = null;
	for (let i = from; i < line; i++) {
		const text = lines[i] ?? "";
		const mark = FENCE.exec(text)?.[1] ?? null;
		if (fence !== null) {
			// A fence closes with a run of its own character at least as long, and nothing else on the line.
			if (mark !== null && mark[0] === fence[0] && mark.length >= fence.length && text.trim() === mark) fence = null;
			continue;
		}
		if (mark !== null) {
			fence = mark;
			continue;
		}
		const h = HEADING.exec(text);
		if (h !== null) heading = { text: headingText(h[2] ?? ""), level: (h[1] ?? "").length, line: i };
	}
	return { heading, fenceOpen: fence !== null };
}

/** A heading's words without its closing `#`s, links shown as their labels. */
function headingText(raw: string): string {
	const closed = raw.replace(/(?:^|[ \t]+)#+[ \t]*$/, "");
	return contextSegments(closed)
		.map((s) => s.text)
		.join("");
}

/** Lines no block crosses: blank lines, headings, fence lines. */
function isBoundary(text: string): boolean {
	return text.trim() === "" || HEADING.test(text) || FENCE.test(text);
}

/** A quote line without its `>` markers, to see whether it starts a list item inside the quote. */
function unquoted(text: string, quote: boolean): string {
	return quote ? text.replace(/^(?:\s*>)+\s?/, "") : text;
}

/** Picks the lines to show: the cited line first, then its neighbours, nearest first, within the limits. */
function shown(lines: readonly string[], cited: number, start: number, end: number, heading: ContextHeading | null, limits: ContextLimits): CitingContext {
	// Only lines that read as something are candidates; the cited line always is (it holds the link).
	const candidates: { line: number; segments: ContextSegment[]; length: number }[] = [];
	for (let i = start; i <= end; i++) {
		const segments = contextSegments(lines[i] ?? "");
		if (segments.length === 0 && i !== cited) continue;
		candidates.push({ line: i, segments, length: displayLength(segments) });
	}
	const at = candidates.findIndex((c) => c.line === cited);
	const first = candidates[at] as (typeof candidates)[number];
	const clipped = clip(first.segments, Math.max(1, limits.maxChars));
	let used = displayLength(clipped);
	let lo = at;
	let hi = at;
	// Before, then after, alternating: a sentence usually needs what leads to it more than what follows.
	for (let turn = 0, blockedBefore = false, blockedAfter = false; hi - lo + 1 < limits.maxLines && !(blockedBefore && blockedAfter); turn++) {
		const before = turn % 2 === 0;
		if (before ? blockedBefore : blockedAfter) continue;
		const next = candidates[before ? lo - 1 : hi + 1];
		if (next === undefined || used + next.length > limits.maxChars) {
			if (before) blockedBefore = true;
			else blockedAfter = true;
			continue;
		}
		used += next.length;
		if (before) lo--;
		else hi++;
	}
	const out: ContextLine[] = candidates.slice(lo, hi + 1).map((c) => ({ line: c.line, segments: c.line === cited ? clipped : c.segments, cited: c.line === cited }));
	return { heading, start, end, lines: out, elidedBefore: lo > 0, elidedAfter: hi < candidates.length - 1 };
}

function displayLength(segments: readonly ContextSegment[]): number {
	let n = 0;
	for (const s of segments) n += s.text.length;
	return n;
}

/**
 * Cuts a line's display text to `max` characters around its first link (the reader wants to see what the link
 * says and the words next to it), marking each cut end with "…". A line without a link keeps its start.
 */
export function clip(segments: readonly ContextSegment[], max: number): ContextSegment[] {
	if (displayLength(segments) <= max) return [...segments];
	const texts = segments.map((s) => s.text);
	const linkAt = segments.findIndex((s) => s.link);
	// Character offsets of the window [from, to) over the joined text.
	let linkStart = 0;
	for (let i = 0; i < Math.max(0, linkAt); i++) linkStart += (texts[i] ?? "").length;
	const total = displayLength(segments);
	let from: number;
	if (linkAt === -1) {
		from = 0;
	} else {
		const linkLength = (texts[linkAt] ?? "").length;
		const spare = Math.max(0, max - linkLength);
		// Half the spare room before the link, the rest after; room one side does not need goes to the other.
		const after = total - linkStart - linkLength;
		from = linkStart - Math.min(linkStart, Math.max(Math.floor(spare / 2), spare - after));
	}
	let to = Math.min(total, from + max);
	from = codePointBoundary(segments, from);
	to = codePointBoundary(segments, to);
	const out: ContextSegment[] = [];
	let offset = 0;
	for (const s of segments) {
		const a = Math.max(from, offset);
		const b = Math.min(to, offset + s.text.length);
		if (a < b) out.push({ text: s.text.slice(a - offset, b - offset), link: s.link });
		offset += s.text.length;
	}
	if (from > 0) out.unshift({ text: ELLIPSIS, link: false });
	if (to < total) out.push({ text: ELLIPSIS, link: false });
	return merge(out);
}

/** Moves an offset off the middle of a surrogate pair (an emoji is never cut in half). */
function codePointBoundary(segments: readonly ContextSegment[], offset: number): number {
	let base = 0;
	for (const s of segments) {
		if (offset > base && offset < base + s.text.length) {
			const c = s.text.charCodeAt(offset - base);
			return c >= 0xdc00 && c <= 0xdfff ? offset - 1 : offset;
		}
		base += s.text.length;
	}
	return offset;
}

/** Joins neighbouring plain pieces (an ellipsis next to cut text reads as one piece). */
function merge(segments: readonly ContextSegment[]): ContextSegment[] {
	const out: ContextSegment[] = [];
	for (const s of segments) {
		const last = out[out.length - 1];
		if (last !== undefined && !last.link && !s.link) out[out.length - 1] = { text: last.text + s.text, link: false };
		else out.push(s);
	}
	return out;
}

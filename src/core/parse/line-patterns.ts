// One line → what it is, by cheap first-character checks (no regex on the hot path; lines can be 1 MB).
// Markers (`>`, `- `, indentation) are stripped first because every template era puts the same emoji behind a
// different prefix: `- 📌`, `> 📌`, `📌`, `    - ⏱`, `> ⏱`, ` ⏱`, `\t- ⏱`, ` >- 2024-10-20 15:04:01`.
// The scanner classifies a line in place (offsets into the note text, into a reused ScannedLine): no string or
// object per line. Every read stays inside the line: the characters after it belong to the next one.
import { findTrailingId, IdSpan } from "./block-id";
import { wereadCalloutKind } from "./fallback-shapes";
import { quickClassify } from "./quick-lines";
import { isBlank, startsWithIn, trimBlanksEnd, trimEndAt, trimStartAt } from "./text-range";
import { scanTimestamp, Stamp } from "./timestamp";

export type LineKind =
	| "blank" // whitespace only: ends blockquotes and paragraphs
	| "empty" // markers but no content (`>`, `- `): a paragraph break inside a quote or list
	| "heading"
	| "fence"
	| "pin" // 📌 (also `[📌]`, `📌🔥`)
	| "popular" // 🔥/📊 lines of a popular-only highlight (not the reader's own)
	| "popular-count" // `🔥 N 人共读` under a `📌🔥` highlight
	| "thought" // 💭
	| "time" // ⏱ and the custom forms of weread-format §6
	| "id-only" // `^id` alone (`> ^66-676-713`)
	| "callout" // `[!type] title`
	| "rule" // `---` thematic break (also `> ---` separators inside callouts)
	| "text";

export interface LineInfo {
	readonly kind: LineKind;
	/** Content after markers and the kind's own marker (📌, 💭, ⏱ label…), trailing spaces removed. */
	readonly content: string;
	/** The line had a `>` marker. */
	readonly quoted: boolean;
	/** The line opens a blockquote / a list item at indentation ≤ 3 (so it can interrupt a paragraph). */
	readonly startsQuote: boolean;
	readonly startsList: boolean;
	/** A list marker was stripped at any indentation (`    - ⏱` is a nested list item under `- 📌`). */
	readonly listMarker: boolean;
	/** Heading level (1–6) for `heading`; 0 otherwise. */
	readonly headingLevel: number;
	/** `📌🔥`: the reader's highlight that is also popular. */
	readonly popularPin: boolean;
	/** For `popular-count`: N of `🔥 N 人共读`. */
	readonly count: number | null;
}

const PIN = "\u{1F4CC}";
const FIRE = "\u{1F525}";
/** Labels that introduce a timestamp, longest first where one is a prefix of another. */
const TIME_LABELS = ["\u23F1", "\u{1F5D3}", "\u{1F4C5}", "\u{1F570}", "— 创建于", "创建于", "记录于", "time:", "Created at"];
const OPEN_PIN = "[" + PIN + "]";
const PEOPLE_READ = "人共读";

/** A classified line: LineInfo with the content as the range [from, to) of the note text. Mutable and reused. */
export class ScannedLine {
	kind: LineKind = "blank";
	from = 0;
	to = 0;
	quoted = false;
	startsQuote = false;
	startsList = false;
	listMarker = false;
	headingLevel = 0;
	popularPin = false;
	count: number | null = null;
	/** For `callout`: its Sleepleeps kind (wereadCalloutKind: 4, 3, or 0); set only on callout lines. */
	calloutKind = 0;
}

/** Skips an emoji variation selector (U+FE0F) and following spaces, up to `to`. */
function skipAfterMarker(s: string, i: number, to: number): number {
	if (i < to && s.charCodeAt(i) === 0xfe0f) i++;
	while (i < to && isBlank(s.charCodeAt(i))) i++;
	return i;
}

/** `🔥 12 人共读` at `i` → 12, else null. */
function popularCount(s: string, i: number, to: number): number | null {
	i = skipAfterMarker(s, i + FIRE.length, to);
	const from = i;
	let n = 0;
	while (i < to) {
		const d = s.charCodeAt(i) - 48;
		if (d < 0 || d > 9) break;
		n = n * 10 + d;
		i++;
	}
	if (i === from || i - from > 12) return null;
	while (i < to && isBlank(s.charCodeAt(i))) i++;
	return startsWithIn(s, PEOPLE_READ, i, to) ? n : null;
}

/**
 * Past a leading colour square (`🟦 `) of the colorStyle templates: decoration, not highlighted text. The squares
 * are U+1F7E5…U+1F7EB, one high surrogate and a range of low ones: compared by code unit (a native startsWith
 * per square costs more than the whole check).
 */
function skipColourSquare(s: string, i: number, to: number): number {
	if (i + 1 >= to || s.charCodeAt(i) !== 0xd83d) return i;
	const low = s.charCodeAt(i + 1);
	return low >= 0xdfe5 && low <= 0xdfeb ? skipAfterMarker(s, i + 2, to) : i;
}

/** Drops a leading colour square (`🟦 `) of the colorStyle templates: decoration, not highlighted text. */
export function stripColourSquare(s: string): string {
	const i = skipColourSquare(s, 0, s.length);
	return i === 0 ? s : s.slice(i);
}

const SPACE = 32;
const TAB = 9;

function isRuleAt(s: string, from: number, to: number): boolean {
	const c = s.charCodeAt(from);
	if (c !== 45 && c !== 42 && c !== 95) return false; // - * _
	let n = 0;
	for (let k = from; k < to; k++) {
		const x = s.charCodeAt(k);
		if (x === c) n++;
		else if (x !== SPACE && x !== TAB) return false;
	}
	return n >= 3;
}

/** After `[📌]`, `⏱`, `— 创建于`…: the label that starts [i, to), as its length, or 0. */
function timeLabelLength(s: string, i: number, to: number, c0: number): number {
	if (c0 === 0x23f1) return 1; // ⏱ — the plugin's own label, by far the most common
	if (c0 === 0xd83d || c0 === 0x2014 || c0 === 0x521b || c0 === 0x8bb0 || c0 === 116 || c0 === 67) {
		for (const label of TIME_LABELS) if (startsWithIn(s, label, i, to)) return label.length;
	}
	return 0;
}

function set(out: ScannedLine, kind: LineKind, from: number, to: number): void {
	out.kind = kind;
	out.from = from;
	out.to = to;
}

const ID = new IdSpan();
const STAMP = new Stamp();

/** Whether [from, to) (a line's content) is only a date and time, optionally followed by its `^id`. */
function isTimeOnly(s: string, from: number, to: number): boolean {
	const kind = scanTimestamp(s, from, to, STAMP);
	if (kind === null || kind === "date") return false;
	const a = trimStartAt(s, STAMP.end, to);
	if (a === to) return true;
	// `tail.trim()` then a trailing id that is all of it.
	const b = trimEndAt(s, a, to);
	return s.charCodeAt(a) === 94 && findTrailingId(s, a, b, ID) && ID.restEnd === a;
}

/** Classifies the line [start, end) of `s` (no `\n`, no trailing `\r`) into `out`. */
export function classifyRange(s: string, start: number, end: number, out: ScannedLine): void {
	if (!quickClassify(s, start, end, out)) classifyGeneral(s, start, end, out);
}

/** classifyRange without the quick shapes: every line by the general rules (tests check that both agree). */
export function classifyGeneral(s: string, start: number, end: number, out: ScannedLine): void {
	out.quoted = false;
	out.startsQuote = false;
	out.startsList = false;
	out.listMarker = false;
	out.headingLevel = 0;
	out.popularPin = false;
	out.count = null;
	const len = end;
	let i = start;
	let indent = 0;
	// `c` is the character at `i` throughout the prefix: each character is read once (reads are what costs).
	let c = 0;
	for (; i < len; i++) {
		c = s.charCodeAt(i);
		if (c === SPACE) indent++;
		else if (c === TAB) indent += 4;
		else break;
	}
	if (i === len) return set(out, "blank", start, start);
	const first = c;
	const near = indent <= 3;
	if (near && first === 35 /* # */) {
		let h = i;
		while (h < len && s.charCodeAt(h) === 35) h++;
		const level = h - i;
		if (level <= 6 && (h === len || s.charCodeAt(h) === SPACE || s.charCodeAt(h) === TAB)) {
			out.headingLevel = level;
			const a = trimStartAt(s, h, len);
			return set(out, "heading", a, trimEndAt(s, a, len));
		}
	}
	if (near && (first === 96 || first === 126) && i + 2 < len && s.charCodeAt(i + 1) === first && s.charCodeAt(i + 2) === first) {
		return set(out, "fence", i, trimEndAt(s, i, len));
	}
	const e = trimBlanksEnd(s, i, len);
	const startsQuote = near && first === 62; /* > */
	out.startsQuote = startsQuote;
	let quoted = false;
	let listMarker = false;
	while (i < e) {
		if (c === 62) {
			quoted = true;
		} else if ((c === 45 || c === 42 || c === 43) && (i + 1 === len || isBlank(s.charCodeAt(i + 1)))) {
			// `- - -` is a thematic break, not a list item; checked at the first marker only (once per line: linear).
			if (!quoted && !listMarker && isRuleAt(s, i, e)) break;
			if (!quoted && !listMarker && near) out.startsList = true;
			listMarker = true;
		} else break;
		c = s.charCodeAt(++i);
		while (i < e && (c === SPACE || c === TAB)) c = s.charCodeAt(++i);
	}
	out.quoted = quoted;
	out.listMarker = listMarker;
	if (i >= e) return set(out, "empty", start, start);
	const c0 = c;
	if (c0 === 0xd83d && i + 1 < e) {
		const c1 = s.charCodeAt(i + 1);
		if (c1 === 0xdccc /* 📌 */) {
			let j = skipAfterMarker(s, i + 2, e);
			const pop = j + 1 < e && s.charCodeAt(j) === 0xd83d && s.charCodeAt(j + 1) === 0xdd25; // 🔥
			if (pop) j = skipAfterMarker(s, j + FIRE.length, e);
			out.popularPin = pop;
			return set(out, "pin", skipColourSquare(s, j, e), e);
		}
		if (c1 === 0xdcad /* 💭 */) return set(out, "thought", skipAfterMarker(s, i + 2, e), e);
		if (c1 === 0xdd25 /* 🔥 */) {
			const n = popularCount(s, i, e);
			if (n === null) return set(out, "popular", i, e);
			out.count = n;
			return set(out, "popular-count", i, e);
		}
		if (c1 === 0xdcca /* 📊 */) return set(out, "popular", i, e);
	}
	const label = timeLabelLength(s, i, e, c0);
	if (label > 0) return set(out, "time", skipAfterMarker(s, i + label, e), e);
	if (c0 === 94 /* ^ */) {
		if (findTrailingId(s, i, e, ID) && ID.restEnd === i) return set(out, "id-only", ID.idStart, ID.idEnd);
	}
	if (c0 === 91 /* [ */) {
		if (startsWithIn(s, OPEN_PIN, i, e)) {
			return set(out, "pin", skipColourSquare(s, skipAfterMarker(s, i + OPEN_PIN.length, e), e), e);
		}
		if (i + 1 < e && s.charCodeAt(i + 1) === 33 /* ! */) {
			let close = i + 2;
			while (close < e && s.charCodeAt(close) !== 93) close++;
			if (close < e) {
				out.calloutKind = wereadCalloutKind(s, i + 2, close);
				let j = close + 1;
				if (j < e && (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45)) j++;
				const a = trimStartAt(s, j, e);
				return set(out, "callout", a, trimEndAt(s, a, e));
			}
		}
	}
	if (isRuleAt(s, i, e)) return set(out, "rule", i, e);
	// A line that is only a date and time (` >- 2024-10-20 15:04:01`, `2022-10-20 09:32:12`): a timestamp.
	// Date-only lines stay text: a highlight may well be just a date.
	if (((c0 >= 48 && c0 <= 57) || c0 === 91) && isTimeOnly(s, i, e)) return set(out, "time", i, e);
	return set(out, "text", i, e);
}

const LINE = new ScannedLine();

/** One line (a string) → LineInfo: classifyRange, for tests and callers outside the scanner. */
export function classifyLine(raw: string): LineInfo {
	const l = LINE;
	classifyRange(raw, 0, raw.length, l);
	return { kind: l.kind, content: raw.slice(l.from, l.to), quoted: l.quoted, startsQuote: l.startsQuote, startsList: l.startsList, listMarker: l.listMarker, headingLevel: l.headingLevel, popularPin: l.popularPin, count: l.count };
}

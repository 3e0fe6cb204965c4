// One line → what it is, by cheap first-character checks (no regex on the hot path; lines can be 1 MB).
// Markers (`>`, `- `, indentation) are stripped first because every template era puts the same emoji behind a
// different prefix: `- 📌`, `> 📌`, `📌`, `    - ⏱`, `> ⏱`, ` ⏱`, `\t- ⏱`, ` >- 2024-10-20 15:04:01`.
import { splitTrailingId } from "./block-id";
import { parseTimestamp } from "./timestamp";

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
const THOUGHT = "\u{1F4AD}";
const FIRE = "\u{1F525}";
const COLOUR_SQUARES = ["\u{1F7E5}", "\u{1F7E6}", "\u{1F7E7}", "\u{1F7E8}", "\u{1F7E9}", "\u{1F7EA}", "\u{1F7EB}"];
/** Labels that introduce a timestamp, longest first where one is a prefix of another. */
const TIME_LABELS = ["\u23F1", "\u{1F5D3}", "\u{1F4C5}", "\u{1F570}", "— 创建于", "创建于", "记录于", "time:", "Created at"];

function isBlankChar(ch: string | undefined): boolean {
	return ch === " " || ch === "\t";
}

/** Skips an emoji variation selector (U+FE0F) and following spaces. */
function skipAfterMarker(s: string, i: number): number {
	if (s.charCodeAt(i) === 0xfe0f) i++;
	while (isBlankChar(s[i])) i++;
	return i;
}

/** Every LineInfo is built here, with one property order, so the objects share one hidden class (hot path). */
function info(kind: LineKind, content: string, quoted: boolean, startsQuote: boolean, startsList: boolean, listMarker: boolean, headingLevel = 0, popularPin = false, count: number | null = null): LineInfo {
	return { kind, content, quoted, startsQuote, startsList, listMarker, headingLevel, popularPin, count };
}

/** `🔥 12 人共读` → 12. */
function popularCount(s: string): number | null {
	let i = skipAfterMarker(s, FIRE.length);
	const from = i;
	while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
	if (i === from || i - from > 12) return null;
	const n = Number(s.slice(from, i));
	while (isBlankChar(s[i])) i++;
	return s.startsWith("人共读", i) ? n : null;
}

/** Drops a leading colour square (`🟦 `) of the colorStyle templates: decoration, not highlighted text. */
export function stripColourSquare(s: string): string {
	if (s.charCodeAt(0) !== 0xd83d) return s;
	for (const sq of COLOUR_SQUARES) {
		if (s.startsWith(sq)) return s.slice(skipAfterMarker(s, sq.length));
	}
	return s;
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

/** After `[📌]`, `⏱`, `— 创建于`…: the label that starts `s`, as its length, or 0. */
function timeLabelLength(s: string, c0: number): number {
	if (c0 === 0x23f1) return 1; // ⏱ — the plugin's own label, by far the most common
	if (c0 === 0xd83d || c0 === 0x2014 || c0 === 0x521b || c0 === 0x8bb0 || c0 === 116 || c0 === 67) {
		for (const label of TIME_LABELS) if (s.startsWith(label)) return label.length;
	}
	return 0;
}

export function classifyLine(raw: string): LineInfo {
	const len = raw.length;
	let i = 0;
	let indent = 0;
	for (; i < len; i++) {
		const c = raw.charCodeAt(i);
		if (c === SPACE) indent++;
		else if (c === TAB) indent += 4;
		else break;
	}
	if (i === len) return info("blank", "", false, false, false, false);
	const first = raw.charCodeAt(i);
	const near = indent <= 3;
	if (near && first === 35 /* # */) {
		let h = i;
		while (raw.charCodeAt(h) === 35) h++;
		const level = h - i;
		if (level <= 6 && (h === len || raw.charCodeAt(h) === SPACE || raw.charCodeAt(h) === TAB)) {
			return info("heading", raw.slice(h).trim(), false, false, false, false, level);
		}
	}
	if (near && (first === 96 || first === 126) && raw.charCodeAt(i + 1) === first && raw.charCodeAt(i + 2) === first) {
		return info("fence", raw.slice(i).trimEnd(), false, false, false, false);
	}
	let end = len;
	while (end > i && (raw.charCodeAt(end - 1) === SPACE || raw.charCodeAt(end - 1) === TAB)) end--;
	const startsQuote = near && first === 62; /* > */
	let startsList = false;
	let quoted = false;
	let listMarker = false;
	for (;;) {
		const c = raw.charCodeAt(i);
		if (c === 62) {
			quoted = true;
			i++;
		} else if ((c === 45 || c === 42 || c === 43) && (i + 1 === len || raw.charCodeAt(i + 1) === SPACE || raw.charCodeAt(i + 1) === TAB)) {
			// `- - -` is a thematic break, not a list item; checked at the first marker only (once per line: linear).
			if (!quoted && !listMarker && isRuleAt(raw, i, end)) break;
			if (!quoted && !listMarker && near) startsList = true;
			listMarker = true;
			i++;
		} else break;
		while (i < end && (raw.charCodeAt(i) === SPACE || raw.charCodeAt(i) === TAB)) i++;
	}
	if (i >= end) return info("empty", "", quoted, startsQuote, startsList, listMarker);
	const s = i === 0 && end === len ? raw : raw.slice(i, end);
	const c0 = s.charCodeAt(0);
	if (c0 === 0xd83d) {
		const c1 = s.charCodeAt(1);
		if (c1 === 0xdccc /* 📌 */) {
			let j = skipAfterMarker(s, PIN.length);
			const pop = s.startsWith(FIRE, j);
			if (pop) j = skipAfterMarker(s, j + FIRE.length);
			return info("pin", stripColourSquare(s.slice(j)), quoted, startsQuote, startsList, listMarker, 0, pop);
		}
		if (c1 === 0xdcad /* 💭 */) return info("thought", s.slice(skipAfterMarker(s, THOUGHT.length)), quoted, startsQuote, startsList, listMarker);
		if (c1 === 0xdd25 /* 🔥 */) {
			const n = popularCount(s);
			return n === null ? info("popular", s, quoted, startsQuote, startsList, listMarker) : info("popular-count", s, quoted, startsQuote, startsList, listMarker, 0, false, n);
		}
		if (c1 === 0xdcca /* 📊 */) return info("popular", s, quoted, startsQuote, startsList, listMarker);
	}
	const label = timeLabelLength(s, c0);
	if (label > 0) return info("time", s.slice(skipAfterMarker(s, label)), quoted, startsQuote, startsList, listMarker);
	if (c0 === 94 /* ^ */) {
		const t = splitTrailingId(s);
		if (t && t.rest.length === 0) return info("id-only", t.id, quoted, startsQuote, startsList, listMarker);
	}
	if (c0 === 91 /* [ */) {
		if (s.startsWith("[" + PIN + "]")) {
			return info("pin", stripColourSquare(s.slice(skipAfterMarker(s, PIN.length + 2))), quoted, startsQuote, startsList, listMarker);
		}
		if (s.charCodeAt(1) === 33 /* ! */) {
			const close = s.indexOf("]");
			if (close > 0) {
				let j = close + 1;
				if (s[j] === "+" || s[j] === "-") j++;
				return info("callout", s.slice(j).trim(), quoted, startsQuote, startsList, listMarker);
			}
		}
	}
	if (isRuleAt(s, 0, s.length)) return info("rule", s, quoted, startsQuote, startsList, listMarker);
	if ((c0 >= 48 && c0 <= 57) || c0 === 91) {
		// A line that is only a date and time (` >- 2024-10-20 15:04:01`, `2022-10-20 09:32:12`): a timestamp.
		// Date-only lines stay text: a highlight may well be just a date.
		const t = parseTimestamp(s);
		if (t && t.kind !== "date") {
			const tail = s.slice(t.end).trim();
			if (tail.length === 0 || (tail.charCodeAt(0) === 94 && splitTrailingId(tail)?.rest === "")) return info("time", s, quoted, startsQuote, startsList, listMarker);
		}
	}
	return info("text", s, quoted, startsQuote, startsList, listMarker);
}

// The E5+ deeplink wrapper: `[text](<weread://bestbookmark?bookId=…&chapterUid=…&rangeStart=…&rangeEnd=…>)`.
// The link text can itself contain brackets (`[插图]`), so the wrapper is found from its end: the LAST
// `](<weread://` of the entry, never a bracket-matching scan (which `[插图]` would derail).
import { Finder } from "./finder";
import { indexOfIn, lastIndexOfIn, trimEndAt, trimStartAt } from "./text-range";

const OPEN = "](<weread://";

export interface Deeplink {
	readonly chapterUid: number | null;
	readonly rangeStart: number | null;
	readonly rangeEnd: number | null;
}

export interface Unwrapped {
	readonly text: string;
	readonly link: Deeplink | null;
	/** True when a wrapper was opened but never closed with `>)` (a truncated note). */
	readonly unclosed: boolean;
}

/** The result of unwrapRange, reused from highlight to highlight (no object per highlight). */
export class UnwrapResult {
	text = "";
	link = false;
	chapterUid: number | null = null;
	rangeStart: number | null = null;
	rangeEnd: number | null = null;
	unclosed = false;
}

/** `name=` at `at` (a parameter start), fully before `to`. */
function keyAt(src: string, at: number, to: number, name: string): boolean {
	return to - at > name.length && src.startsWith(name, at) && src.charCodeAt(at + name.length) === 61; /* = */
}

/** The 1–15 digits at `from` (before `to`) as a number, or null. */
function digitsAt(src: string, from: number, to: number): number | null {
	let i = from;
	let value = 0;
	while (i < to) {
		const d = src.charCodeAt(i) - 48;
		if (d < 0 || d > 9) break;
		value = value * 10 + d;
		i++;
	}
	return i === from || i - from > 15 ? null : value;
}

/**
 * Reads the query [q, to) of a weread URL (q at its `?`) into `out`: for each of chapterUid / rangeStart /
 * rangeEnd, the first `name=` that starts the query or follows `&` (so `Start=` does not match inside
 * `rangeStart=`); null when absent or not 1–15 digits. One pass over the query for all three.
 */
function readQuery(src: string, q: number, to: number, out: UnwrapResult): void {
	let uid = false;
	let start = false;
	let end = false;
	for (let k = q; k < to; k++) {
		const c = src.charCodeAt(k);
		if (c !== 38 && c !== 63) continue; // & ?
		const at = k + 1;
		const c1 = src.charCodeAt(at);
		if (c1 === 99 /* c */ && !uid && keyAt(src, at, to, "chapterUid")) {
			uid = true;
			out.chapterUid = digitsAt(src, at + 11, to);
		} else if (c1 === 114 /* r */) {
			if (!start && keyAt(src, at, to, "rangeStart")) {
				start = true;
				out.rangeStart = digitsAt(src, at + 11, to);
			} else if (!end && keyAt(src, at, to, "rangeEnd")) {
				end = true;
				out.rangeEnd = digitsAt(src, at + 9, to);
			}
		}
	}
}

/** Finders over one note text for unwrapRange: native searches, linear over the whole note (see Finder). */
export class DeeplinkSearch {
	readonly open: Finder;
	readonly close: Finder;
	readonly query: Finder;
	readonly chapterUid: Finder;
	readonly rangeStart: Finder;
	readonly rangeEnd: Finder;

	constructor(src: string) {
		this.open = new Finder(src, OPEN);
		this.close = new Finder(src, ">)");
		this.query = new Finder(src, "?");
		this.chapterUid = new Finder(src, "chapterUid=");
		this.rangeStart = new Finder(src, "rangeStart=");
		this.rangeEnd = new Finder(src, "rangeEnd=");
	}
}

/** intParam with a Finder: the first `name=` in (q, to) that follows `&` or `?`. */
function findParam(src: string, f: Finder, q: number, to: number, keyLength: number): number | null {
	let p = q + 1;
	for (;;) {
		const at = f.next(p);
		if (at < 0 || at + keyLength > to) return null;
		const c = src.charCodeAt(at - 1);
		if (c === 38 || c === 63) return digitsAt(src, at + keyLength, to);
		p = at + 1;
	}
}

/**
 * Strips the wrapper from [from, to) of `src` (already trimmed) when it starts with `[` and carries a weread link;
 * otherwise `out.text` is the range as written. `search` (for the note text itself) makes the searches native;
 * without it (a string built from several lines) they are loops over the range. Either way linear.
 */
export function unwrapRange(src: string, from: number, to: number, out: UnwrapResult, search: DeeplinkSearch | null): void {
	out.link = false;
	out.unclosed = false;
	out.chapterUid = null;
	out.rangeStart = null;
	out.rangeEnd = null;
	if (to <= from || src.charCodeAt(from) !== 91 /* [ */) {
		out.text = src.slice(from, to);
		return;
	}
	const at = search !== null ? search.open.lastIn(from, to) : lastIndexOfIn(src, OPEN, from, to);
	if (at < 0) {
		out.text = src.slice(from, to);
		return;
	}
	const urlStart = at + 3; // after `](<`
	const close = search !== null ? search.close.firstIn(urlStart, to) : indexOfIn(src, ">)", urlStart, to);
	if (close < 0) {
		out.text = src.slice(from, to);
		out.unclosed = true;
		return;
	}
	const q = search !== null ? search.query.firstIn(urlStart, close) : indexOfIn(src, "?", urlStart, close);
	if (q >= 0) {
		if (search !== null) {
			out.chapterUid = findParam(src, search.chapterUid, q, close, 11);
			out.rangeStart = findParam(src, search.rangeStart, q, close, 11);
			out.rangeEnd = findParam(src, search.rangeEnd, q, close, 9);
		} else readQuery(src, q, close, out);
	}
	out.link = true;
	const inner = src.slice(from + 1, at);
	const a = trimStartAt(src, close + 2, to);
	out.text = a < to ? `${inner} ${src.slice(a, trimEndAt(src, a, to))}` : inner;
}

const RESULT = new UnwrapResult();

/** Strips the wrapper from `text` when it starts with `[` and carries a weread link; else returns it unchanged. */
export function unwrapDeeplink(text: string): Unwrapped {
	unwrapRange(text, 0, text.length, RESULT, null);
	const link = RESULT.link ? { chapterUid: RESULT.chapterUid, rangeStart: RESULT.rangeStart, rangeEnd: RESULT.rangeEnd } : null;
	return { text: RESULT.text, link, unclosed: RESULT.unclosed };
}

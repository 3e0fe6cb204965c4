// String helpers on a range [from, to) of the note text, so the scanner can look at a line's parts without slicing
// them into new strings (one slice per output field is the budget: parsing runs at a few times the speed of a bare
// line split). Every search here stays inside its range: an unbounded indexOf from each line would be quadratic
// on a hostile note with many lines that never contain the needle.

/** A range [from, to) of a string, for helpers that find one. */
export class Span {
	from = 0;
	to = 0;
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
export function isTrimSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Start of `text.slice(from, to).trimStart()`, as an offset. */
export function trimStartAt(text: string, from: number, to: number): number {
	while (from < to && isTrimSpace(text.charCodeAt(from))) from++;
	return from;
}

/** End of `text.slice(from, to).trimEnd()`, as an offset. */
export function trimEndAt(text: string, from: number, to: number): number {
	while (to > from && isTrimSpace(text.charCodeAt(to - 1))) to--;
	return to;
}

/** Space or tab: the only blanks Markdown markers care about. */
export function isBlank(c: number): boolean {
	return c === 32 || c === 9;
}

/** End of [from, to) with trailing spaces and tabs removed (Markdown's blanks; `trimEndAt` drops all whitespace). */
export function trimBlanksEnd(text: string, from: number, to: number): number {
	let end = to;
	while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
	return end;
}

/** `text.startsWith(s, at)` with `s` wholly inside [at, to). */
export function startsWithIn(text: string, s: string, at: number, to: number): boolean {
	return to - at >= s.length && text.startsWith(s, at);
}

/** First index of `s` that lies wholly inside [from, to), or -1. */
export function indexOfIn(text: string, s: string, from: number, to: number): number {
	const c0 = s.charCodeAt(0);
	for (let k = from, last = to - s.length; k <= last; k++) {
		if (text.charCodeAt(k) === c0 && text.startsWith(s, k)) return k;
	}
	return -1;
}

/** Last index of `s` that lies wholly inside [from, to), or -1. */
export function lastIndexOfIn(text: string, s: string, from: number, to: number): number {
	const c0 = s.charCodeAt(0);
	for (let k = to - s.length; k >= from; k--) {
		if (text.charCodeAt(k) === c0 && text.startsWith(s, k)) return k;
	}
	return -1;
}

/** Whether [from, to) is exactly `s`. */
export function equalsIn(text: string, s: string, from: number, to: number): boolean {
	return to - from === s.length && text.startsWith(s, from);
}

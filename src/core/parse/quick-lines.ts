// The line shapes that make up nearly every generated and exported note, recognised by a few fixed-position
// character reads before the general classifier runs: `> 📌 text`, `- 📌 text`, `> ⏱ time`, `    - ⏱ time`.
// Each read costs (a charCodeAt is several ns on the bench machine) and these four prefixes are most of a note's
// non-blank lines: on the generated notes this takes classification from ≈280 to ≈170 ns a line. A shape is
// accepted only when classifyRange would reach the very same result (kind, content range and flags); anything else —
// popular `📌🔥`, colour squares, a variation selector, extra spaces — returns false and the general classifier
// decides. An empty line is answered here too.
import type { ScannedLine } from "./line-patterns";
import { isBlank, trimBlanksEnd } from "./text-range";

const SPACE = 32;
const GT = 62;
const DASH = 45;
const HIGH = 0xd83d;
const PIN_LOW = 0xdccc;
const CLOCK = 0x23f1;

/**
 * Classifies the line [start, end) into `out` when it is one of the quick shapes; false (out untouched) otherwise.
 * The content must start right after the marker's one space with a character no marker rule would skip or read
 * (not a blank, not U+FE0F, not a surrogate that could be 🔥 or a colour square).
 */
export function quickClassify(s: string, start: number, end: number, out: ScannedLine): boolean {
	// An empty line (a quarter of a note's lines): blank, nothing to read.
	if (start === end) return fill(out, "blank", start, start, false, false, false);
	if (end - start < 6) return false;
	const c0 = s.charCodeAt(start);
	if (c0 === GT || c0 === DASH) {
		if (s.charCodeAt(start + 1) !== SPACE) return false;
		const c2 = s.charCodeAt(start + 2);
		if (c2 === HIGH) {
			if (s.charCodeAt(start + 3) !== PIN_LOW || s.charCodeAt(start + 4) !== SPACE) return false;
			const c = s.charCodeAt(start + 5);
			if (isBlank(c) || c === 0xfe0f || c === HIGH) return false;
			return fill(out, "pin", start + 5, trimBlanksEnd(s, start + 5, end), c0 === GT, c0 !== GT, c0 !== GT);
		}
		if (c2 === CLOCK && c0 === GT) {
			if (s.charCodeAt(start + 3) !== SPACE) return false;
			const c = s.charCodeAt(start + 4);
			if (c < 48 || c > 57) return false;
			return fill(out, "time", start + 4, trimBlanksEnd(s, start + 4, end), true, false, false);
		}
		return false;
	}
	// `    - ⏱ time`: the dash era's nested time item (indent 4: not near, so no list start).
	if (c0 !== SPACE || end - start < 10) return false;
	if (s.charCodeAt(start + 1) !== SPACE || s.charCodeAt(start + 2) !== SPACE || s.charCodeAt(start + 3) !== SPACE) return false;
	if (s.charCodeAt(start + 4) !== DASH || s.charCodeAt(start + 5) !== SPACE || s.charCodeAt(start + 6) !== CLOCK || s.charCodeAt(start + 7) !== SPACE) return false;
	const c = s.charCodeAt(start + 8);
	if (c < 48 || c > 57) return false;
	return fill(out, "time", start + 8, trimBlanksEnd(s, start + 8, end), false, false, true);
}

/**
 * Writes a quick shape's answer. `quoted`: a `>` line at indentation 0, which also opens a quote; `startsList`: a `-`
 * item at indentation 0; `listMarker`: a list marker at any indentation (`    - ⏱` is a nested item, no list start).
 */
function fill(out: ScannedLine, kind: "blank" | "pin" | "time", from: number, to: number, quoted: boolean, startsList: boolean, listMarker: boolean): boolean {
	out.kind = kind;
	out.from = from;
	out.to = to;
	out.quoted = quoted;
	out.startsQuote = quoted;
	out.startsList = startsList;
	out.listMarker = listMarker;
	out.headingLevel = 0;
	out.popularPin = false;
	out.count = null;
	return true;
}

// Timestamps as the WeRead templates write them (weread-format §6): `2023-05-20 15:12:16`, minute precision
// `2024-04-10 14:17`, date links `[[2022-04-06]]20:35`, date-only `[[2022-07-13]]`, ISO `2022-06-05T00:00:00.000Z`.
// Hand-written digit scanning instead of a regex or date-fns: this runs once per highlight on notes of 800+
// highlights, must be linear on hostile input, and only has to check a calendar, not do arithmetic.

export type TimestampParse =
	/** Date and wall time: `value` is `yyyy-MM-dd HH:mm:ss` (minute precision gets `:00`). */
	| { readonly kind: "datetime"; readonly value: string; readonly date: string; readonly end: number }
	/** A valid date without a time of day: `date` is `yyyy-MM-dd`. */
	| { readonly kind: "date"; readonly date: string; readonly end: number }
	/** Looked like a date but is not one (`2023-13-01`, `2023-02-30 25:00`). */
	| { readonly kind: "invalid"; readonly end: number };

/** What scanTimestamp found; `null` when the text does not start with something date-shaped. */
export type StampKind = "datetime" | "date" | "invalid" | null;

/**
 * A timestamp read from a range of the note text, as numbers and offsets (filled by scanTimestamp): the strings
 * are built only for the stamps that end up in a highlight.
 */
export class Stamp {
	end = 0;
	/** Offset of a canonical `yyyy-MM-dd HH:mm:ss` in the scanned text (its value is a plain slice), else -1. */
	canonicalAt = -1;
	year = 0;
	month = 0;
	day = 0;
	hour = 0;
	minute = 0;
	second = 0;
	/**
	 * The date of the last canonical stamp read with this object, and whether the current one has that same date:
	 * a highlight's stamp mostly repeats the previous one's date, whose string is then reused (lastDate: the string
	 * of the last canonical date that stampDate made, for that date).
	 */
	lastYear = -1;
	lastMonth = -1;
	lastDay = -1;
	sameDate = false;
	lastDate: string | null = null;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitAt(s: string, k: number): number {
	const c = s.charCodeAt(k) - 48;
	return c >= 0 && c <= 9 ? c : -100; // -100 poisons any sum below, so one range check per field suffices
}

/** The plugin's own `yyyy-MM-dd HH:mm:ss` at `f`, checked by position: the fast path for ~all stamps. */
function canonical(s: string, f: number, to: number, out: Stamp): StampKind | undefined {
	if (to < f + 19) return undefined;
	if (s.charCodeAt(f + 4) !== 45 || s.charCodeAt(f + 7) !== 45 || s.charCodeAt(f + 10) !== 32 || s.charCodeAt(f + 13) !== 58 || s.charCodeAt(f + 16) !== 58) return undefined;
	const year = digitAt(s, f) * 1000 + digitAt(s, f + 1) * 100 + digitAt(s, f + 2) * 10 + digitAt(s, f + 3);
	const month = digitAt(s, f + 5) * 10 + digitAt(s, f + 6);
	const day = digitAt(s, f + 8) * 10 + digitAt(s, f + 9);
	const hour = digitAt(s, f + 11) * 10 + digitAt(s, f + 12);
	const minute = digitAt(s, f + 14) * 10 + digitAt(s, f + 15);
	const second = digitAt(s, f + 17) * 10 + digitAt(s, f + 18);
	if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || (f + 19 < to && digitAt(s, f + 19) >= 0)) return undefined;
	out.end = f + 19;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return "invalid";
	out.canonicalAt = f;
	// Compared as numbers (a string comparison is a native call that costs more than the digits).
	out.sameDate = year === out.lastYear && month === out.lastMonth && day === out.lastDay;
	out.lastYear = year;
	out.lastMonth = month;
	out.lastDay = day;
	return "datetime";
}

/** Reads min..max digits at `pos` (before `to`) into `num`; returns the next position, or -1. */
let num = 0;
function readNumber(s: string, pos: number, to: number, min: number, max: number): number {
	let i = pos;
	let value = 0;
	while (i < to && i - pos < max && isDigit(s.charCodeAt(i))) {
		value = value * 10 + (s.charCodeAt(i) - 48);
		i++;
	}
	if (i - pos < min) return -1;
	num = value;
	return i;
}

function isBlankAt(s: string, i: number, to: number): boolean {
	if (i >= to) return false;
	const c = s.charCodeAt(i);
	return c === 32 || c === 9;
}

/**
 * Reads a timestamp at the start of [from, to) of `s` (leading spaces skipped) into `out`. Returns null when the
 * range does not start with something date-shaped at all (`YYYY-M-D`, optionally inside `[[…]]`); otherwise
 * "datetime", "date", or "invalid". `out.end` is the offset just after what was consumed.
 */
export function scanTimestamp(s: string, from: number, to: number, out: Stamp): StampKind {
	out.canonicalAt = -1;
	const fast = canonical(s, from, to, out);
	if (fast !== undefined) return fast;
	let i = from;
	while (isBlankAt(s, i, to)) i++;
	let link = false;
	if (to - i >= 2 && s.charCodeAt(i) === 91 && s.charCodeAt(i + 1) === 91) {
		link = true;
		i += 2;
	}
	let p = readNumber(s, i, to, 4, 4);
	if (p < 0 || p >= to || s.charCodeAt(p) !== 45) return null;
	const year = num;
	p = readNumber(s, p + 1, to, 1, 2);
	if (p < 0 || p >= to || s.charCodeAt(p) !== 45) return null;
	const month = num;
	p = readNumber(s, p + 1, to, 1, 2);
	if (p < 0) return null;
	const day = num;
	i = p;
	if (link) {
		if (to - i < 2 || s.charCodeAt(i) !== 93 || s.charCodeAt(i + 1) !== 93) return null;
		i += 2;
	}
	const dateValid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
	out.year = year;
	out.month = month;
	out.day = day;
	out.end = i;

	// Optional time: separated by spaces, a `T` (ISO) or nothing (`[[2022-04-06]]20:35`).
	let j = i;
	while (isBlankAt(s, j, to)) j++;
	if (j < to && s.charCodeAt(j) === 84 /* T */ && !link) j++;
	p = readNumber(s, j, to, 1, 2);
	if (p < 0 || p >= to || s.charCodeAt(p) !== 58) return dateValid ? "date" : "invalid";
	const hour = num;
	p = readNumber(s, p + 1, to, 2, 2);
	if (p < 0) return dateValid ? "date" : "invalid";
	const minute = num;
	let end = p;
	let second = 0;
	if (end < to && s.charCodeAt(end) === 58) {
		const q = readNumber(s, end + 1, to, 2, 2);
		if (q >= 0) {
			second = num;
			end = q;
		}
	}
	out.end = end;
	if (!dateValid || hour > 23 || minute > 59 || second > 59) return "invalid";
	out.hour = hour;
	out.minute = minute;
	out.second = second;
	return "datetime";
}

/** `yyyy-MM-dd HH:mm:ss` of a "datetime" stamp (minute precision gets `:00`). */
export function stampValue(s: string, t: Stamp): string {
	if (t.canonicalAt >= 0) return s.slice(t.canonicalAt, t.canonicalAt + 19);
	return `${stampDateOf(t)} ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** `yyyy-MM-dd` of a "datetime" or "date" stamp; `value` is stampValue's result for a datetime. */
export function stampDate(t: Stamp, value: string | null): string {
	if (t.canonicalAt >= 0 && value !== null) {
		if (t.sameDate && t.lastDate !== null) return t.lastDate;
		const date = value.slice(0, 10);
		t.lastDate = date;
		return date;
	}
	return stampDateOf(t);
}

function stampDateOf(t: Stamp): string {
	return `${t.year}-${pad2(t.month)}-${pad2(t.day)}`;
}

const STAMP = new Stamp();

/**
 * Parses a timestamp at the start of `s` (leading spaces skipped). Returns null when `s` does not start with
 * something date-shaped at all (`YYYY-M-D`, optionally inside `[[…]]`); otherwise a datetime, a date, or invalid.
 * `end` is the index just after what was consumed, so callers can check what follows.
 */
export function parseTimestamp(s: string, from = 0): TimestampParse | null {
	const kind = scanTimestamp(s, from, s.length, STAMP);
	const end = STAMP.end;
	if (kind === null) return null;
	if (kind === "invalid") return { kind, end };
	if (kind === "date") return { kind, date: stampDate(STAMP, null), end };
	const value = stampValue(s, STAMP);
	return { kind, value, date: stampDate(STAMP, value), end };
}

/** `yyyy-MM-dd` from a frontmatter date (`2023-05-30`, `2022-06-05T00:00:00.000Z`), or null. */
export function parseDateOnly(s: string): string | null {
	const t = parseTimestamp(s);
	if (!t || t.kind === "invalid") return null;
	return t.date;
}

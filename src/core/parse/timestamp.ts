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

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Reads 1..max digits at `pos`; returns [value, next position] or null. */
function readNumber(s: string, pos: number, min: number, max: number): [number, number] | null {
	let i = pos;
	let value = 0;
	while (i < s.length && i - pos < max && isDigit(s.charCodeAt(i))) {
		value = value * 10 + (s.charCodeAt(i) - 48);
		i++;
	}
	if (i - pos < min) return null;
	return [value, i];
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

/** The plugin's own `yyyy-MM-dd HH:mm:ss` at `from`, checked by position: the fast path for ~all stamps. */
function canonical(s: string, f: number): TimestampParse | null {
	if (s.length < f + 19) return null;
	if (s.charCodeAt(f + 4) !== 45 || s.charCodeAt(f + 7) !== 45 || s.charCodeAt(f + 10) !== 32 || s.charCodeAt(f + 13) !== 58 || s.charCodeAt(f + 16) !== 58) return null;
	const year = digitAt(s, f) * 1000 + digitAt(s, f + 1) * 100 + digitAt(s, f + 2) * 10 + digitAt(s, f + 3);
	const month = digitAt(s, f + 5) * 10 + digitAt(s, f + 6);
	const day = digitAt(s, f + 8) * 10 + digitAt(s, f + 9);
	const hour = digitAt(s, f + 11) * 10 + digitAt(s, f + 12);
	const minute = digitAt(s, f + 14) * 10 + digitAt(s, f + 15);
	const second = digitAt(s, f + 17) * 10 + digitAt(s, f + 18);
	if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || digitAt(s, f + 19) >= 0) return null;
	const end = f + 19;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
		return { kind: "invalid", end };
	}
	const value = s.slice(f, end);
	return { kind: "datetime", value, date: value.slice(0, 10), end };
}

/**
 * Parses a timestamp at the start of `s` (leading spaces skipped). Returns null when `s` does not start with
 * something date-shaped at all (`YYYY-M-D`, optionally inside `[[…]]`); otherwise a datetime, a date, or invalid.
 * `end` is the index just after what was consumed, so callers can check what follows.
 */
export function parseTimestamp(s: string, from = 0): TimestampParse | null {
	const fast = canonical(s, from);
	if (fast !== null) return fast;
	let i = from;
	while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
	let link = false;
	if (s.startsWith("[[", i)) {
		link = true;
		i += 2;
	}
	const y = readNumber(s, i, 4, 4);
	if (!y || s[y[1]] !== "-") return null;
	const mo = readNumber(s, y[1] + 1, 1, 2);
	if (!mo || s[mo[1]] !== "-") return null;
	const d = readNumber(s, mo[1] + 1, 1, 2);
	if (!d) return null;
	i = d[1];
	if (link) {
		if (!s.startsWith("]]", i)) return null;
		i += 2;
	}
	const [year] = y;
	const [month] = mo;
	const [day] = d;
	const dateValid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
	const date = `${year}-${pad2(month)}-${pad2(day)}`;

	// Optional time: separated by spaces, a `T` (ISO) or nothing (`[[2022-04-06]]20:35`).
	let j = i;
	while (j < s.length && (s[j] === " " || s[j] === "\t")) j++;
	if (s[j] === "T" && !link) j++;
	const h = readNumber(s, j, 1, 2);
	if (!h || s[h[1]] !== ":") {
		return dateValid ? { kind: "date", date, end: i } : { kind: "invalid", end: i };
	}
	const mi = readNumber(s, h[1] + 1, 2, 2);
	if (!mi) return dateValid ? { kind: "date", date, end: i } : { kind: "invalid", end: i };
	let end = mi[1];
	let second = 0;
	if (s[end] === ":") {
		const se = readNumber(s, end + 1, 2, 2);
		if (se) {
			second = se[0];
			end = se[1];
		}
	}
	const [hour] = h;
	const [minute] = mi;
	if (!dateValid || hour > 23 || minute > 59 || second > 59) return { kind: "invalid", end };
	return { kind: "datetime", value: `${date} ${pad2(hour)}:${pad2(minute)}:${pad2(second)}`, date, end };
}

/** `yyyy-MM-dd` from a frontmatter date (`2023-05-30`, `2022-06-05T00:00:00.000Z`), or null. */
export function parseDateOnly(s: string): string | null {
	const t = parseTimestamp(s);
	if (!t || t.kind === "invalid") return null;
	return t.date;
}

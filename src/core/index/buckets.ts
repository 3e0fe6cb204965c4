import type { Grouping, WeekStart } from "./types";

// Date bucket keys from the wall time as written.
//
// `createdAt` is `yyyy-MM-dd HH:mm:ss` in the zone of the machine that synced the note; the note does not say which
// zone. So the written calendar date IS the day: a highlight written at 23:59:59 belongs to that day whatever zone
// Obsidian runs in. Keys are therefore computed from the digits alone. Week keys need a weekday and day arithmetic;
// that is done with `Date.UTC` / `getUTC*`, which read no time zone. date-fns is not used here on purpose: every
// date-fns calendar helper reads the local getters, so near a DST change or in a zone that skipped a whole day
// (Pacific/Apia, 2011-12-30) a local Date built from the digits can land on another date. With UTC arithmetic the
// process TZ cannot affect any key (tests run the same cases under TZ=UTC and TZ=Asia/Shanghai).

/** Key of the bucket of entries without a date. Sorts after every dated key in newest-first order. */
export const UNDATED = "undated";

const DAY_MS = 86_400_000;
/** `yyyy-MM-dd` of a `yyyy-MM-dd[ HH:mm[:ss]]` wall time, or null when absent or not a real calendar date. */
export function dayKey(createdAt: string | null): string | null {
	if (createdAt === null) return null;
	const t = createdAt.trim();
	// By position, not a regex: this runs once per entry of every book built (a cold scan at 100k highlights spent
	// ≈ 100 ms in the regex version).
	if (t.length !== 10 && t.length !== 16 && t.length !== 19) return null;
	if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
	if (t.length > 10) {
		const sep = t.charCodeAt(10);
		if ((sep !== 32 && sep !== 84) || t.charCodeAt(13) !== 58 || !digits(t, 11, 2) || !digits(t, 14, 2)) return null;
		if (t.length === 19 && (t.charCodeAt(16) !== 58 || !digits(t, 17, 2))) return null;
	}
	if (!digits(t, 0, 4) || !digits(t, 5, 2) || !digits(t, 8, 2)) return null;
	const year = number(t, 0, 4);
	const month = number(t, 5, 2);
	const day = number(t, 8, 2);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	// One flat 10-character string (V8 copies short slices), not a rope of five pieces: every entry keeps its day.
	return t.slice(0, 10);
}

function digits(t: string, from: number, count: number): boolean {
	for (let i = from; i < from + count; i++) {
		const c = t.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

function number(t: string, from: number, count: number): number {
	let n = 0;
	for (let i = from; i < from + count; i++) n = n * 10 + (t.charCodeAt(i) - 48);
	return n;
}

/** `yyyy-MM` of a day key. */
export function monthKey(day: string): string {
	return day.slice(0, 7);
}

/** The first day (`yyyy-MM-dd`) of the week holding `day`, weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekKey(day: string, weekStartsOn: WeekStart): string {
	const ms = dayToUtcMs(day);
	const weekday = new Date(ms).getUTCDay();
	const back = (weekday - weekStartsOn + 7) % 7;
	return utcMsToDay(ms - back * DAY_MS);
}

/** The bucket key of a day key (or of no day) for a grouping. */
export function bucketKey(day: string | null, grouping: Grouping, weekStartsOn: WeekStart): string {
	if (day === null) return UNDATED;
	if (grouping === "month") return monthKey(day);
	if (grouping === "week") return weekKey(day, weekStartsOn);
	return day;
}

/**
 * The first day of the first bucket that starts after `day` (a day, a week or a month later): every bucket from it on
 * holds only days after `day`. "" (before every day) gives "0000-01-01".
 */
export function nextBucketStart(day: string, grouping: Grouping, weekStartsOn: WeekStart): string {
	if (day === "") return "0000-01-01";
	if (grouping === "day") return addDaysToKey(day, 1);
	if (grouping === "week") return addDaysToKey(weekKey(day, weekStartsOn), 7);
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	return month === 12 ? `${String(year + 1).padStart(4, "0")}-01-01` : `${day.slice(0, 4)}-${String(month + 1).padStart(2, "0")}-01`;
}

/** `day` shifted by `days` calendar days. */
export function addDaysToKey(day: string, days: number): string {
	return utcMsToDay(dayToUtcMs(day) + days * DAY_MS);
}

/** Walks consecutive day keys: `current` is the day, `next()` moves one calendar day on. */
export interface DayWalker {
	readonly current: string;
	next(): void;
}

/**
 * Consecutive day keys from `day` (a valid `yyyy-MM-dd`) on, with the calendar done on the digits: the same days as
 * `addDaysToKey(day, n)` for n = 0, 1, 2, … without two Dates and five strings per day (a year's heatmap walks
 * 371 days on every draw).
 */
export function walkDays(day: string): DayWalker {
	let y = number(day, 0, 4);
	let m = number(day, 5, 2);
	let d = number(day, 8, 2);
	let yearText = day.slice(0, 5);
	let monthText = day.slice(0, 8);
	const walker = {
		current: day,
		next(): void {
			if (d < daysInMonth(y, m)) d++;
			else {
				d = 1;
				if (m < 12) m++;
				else {
					m = 1;
					y++;
					yearText = `${String(y).padStart(4, "0")}-`;
				}
				monthText = `${yearText}${TWO_DIGITS[m]}-`;
			}
			walker.current = `${monthText}${TWO_DIGITS[d]}`;
		},
	};
	return walker;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));

function dayToUtcMs(day: string): number {
	// setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
	const d = new Date(0);
	d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
	return d.getTime();
}

function utcMsToDay(ms: number): string {
	const d = new Date(ms);
	const y = String(d.getUTCFullYear()).padStart(4, "0");
	const m = String(d.getUTCMonth() + 1).padStart(2, "0");
	const dd = String(d.getUTCDate()).padStart(2, "0");
	return `${y}-${m}-${dd}`;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

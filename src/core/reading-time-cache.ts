// The sync plugin's reading-time cache (issue 14 item 3): `.weread-cache/daily-stats.json`, read into seconds per
// local day keyed `yyyy-MM-dd`. Pure: the adapter (src/obsidian/reading-time.ts) hands in the text.
//
// What the file is, from the sync plugin's source (zhaohongxuan/obsidian-weread-plugin at 3fc718b,
// src/components/wereadReadingStats.ts: `CACHE_FILE = '.weread-cache/daily-stats.json'`, `loadDailyCache` /
// `saveDailyCache` through `vault.adapter`):
//   { "version": 1, "data": { "<key>": <seconds>, … }, "fetchedMonths": ["2019-7", …] }
// written as `cache.data[`${dd.getFullYear()}-${dd.getMonth()}-${dd.getDate()}`] = secs` where `dd` is
// `new Date(dayTs * 1000)` of the API's day timestamp: the month is JavaScript's 0-based `getMonth()` (its own
// comment says "YYYY-M-D", but its heatmap reads the keys back as `${year}-${m}-${d}` with `m` from 0 to 11), no
// zero padding, and the date is the device's local one (the Date methods, not the UTC ones). "2019-7-16" is therefore
// 16 August 2019. Values are the seconds read that day.
//
// Never throws. A file that cannot be a cache (not JSON, not the shape, another version, too large) is refused as a
// whole with a reason; inside a good file, an entry that cannot be a day's reading is dropped and reported.

/** Larger than this is refused before parsing. A day is one short entry (~20 bytes): 2 MB holds ~250 years of days;
 * past that the file is not what the sync plugin writes, and JSON.parse of it would stall the app's thread. */
export const MAX_READING_TIME_BYTES = 2 * 1024 * 1024;

/** The only version the sync plugin has written (its `loadDailyCache` default and every save). */
export const READING_TIME_CACHE_VERSION = 1;

/** Most seconds one day can hold: a value above is not a day's reading. */
const SECONDS_PER_DAY = 24 * 60 * 60;

export type ReadingTimeRefusal = "too-large" | "not-json" | "not-an-object" | "no-data" | "unknown-version";

export type ReadingTimeEntryProblemCode = "bad-key" | "impossible-date" | "bad-seconds" | "duplicate-day";

/** One entry of `data` that was dropped, and why. */
export interface ReadingTimeEntryProblem {
	/** The key as written in the file. */
	readonly key: string;
	readonly code: ReadingTimeEntryProblemCode;
}

export type ReadingTimeParse =
	| { readonly ok: true; readonly days: ReadonlyMap<string, number>; readonly problems: readonly ReadingTimeEntryProblem[] }
	| { readonly ok: false; readonly reason: ReadingTimeRefusal };

/** The key the sync plugin writes: year, 0-based month, day, unpadded (a padded form is read the same way). */
const KEY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Seconds read per day from the cache's text. `byteSize` (the file's stat) refuses a huge file before its text is
 * even read; without it the text's length decides (a UTF-16 length never exceeds the UTF-8 size, so this can only
 * under-count, and the stat check is the one that guards memory).
 */
export function parseReadingTimeCache(text: string, byteSize: number = text.length): ReadingTimeParse {
	if (byteSize > MAX_READING_TIME_BYTES || text.length > MAX_READING_TIME_BYTES) return { ok: false, reason: "too-large" };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: "not-json" };
	}
	if (!isRecord(raw)) return { ok: false, reason: "not-an-object" };
	if (raw.version !== READING_TIME_CACHE_VERSION) return { ok: false, reason: "unknown-version" };
	const data = raw.data;
	if (!isRecord(data)) return { ok: false, reason: "no-data" };
	const days = new Map<string, number>();
	const problems: ReadingTimeEntryProblem[] = [];
	const seen = new Set<string>();
	for (const key of Object.keys(data)) {
		const value = data[key];
		const parsedKey = dayOfKey(key);
		if (typeof parsedKey === "string") {
			problems.push({ key, code: parsedKey });
			continue;
		}
		const day = parsedKey.day;
		if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > SECONDS_PER_DAY) {
			problems.push({ key, code: "bad-seconds" });
			continue;
		}
		// "2019-7-16" and "2019-07-16" are one day: the first written is kept (the sync plugin never pads, so a
		// second spelling is a hand edit, and which of two claims is right cannot be known).
		if (seen.has(day)) {
			problems.push({ key, code: "duplicate-day" });
			continue;
		}
		seen.add(day);
		// A day with no reading is no reading day: it is left out, as the index leaves out days without entries.
		if (value > 0) days.set(day, value);
	}
	return { ok: true, days, problems };
}

/** `yyyy-MM-dd` of a cache key (0-based month), or why it is not a day. */
export function dayOfKey(key: string): { readonly day: string } | "bad-key" | "impossible-date" {
	const m = KEY.exec(key);
	if (m === null) return "bad-key";
	const year = Number(m[1]);
	const month0 = Number(m[2]);
	const date = Number(m[3]);
	if (month0 > 11 || date < 1 || date > daysInMonth(year, month0)) return "impossible-date";
	return { day: `${m[1]}-${String(month0 + 1).padStart(2, "0")}-${String(date).padStart(2, "0")}` };
}

/** Days in a month of the proleptic Gregorian calendar (what JavaScript's Date uses), month 0-based. */
function daysInMonth(year: number, month0: number): number {
	if (month0 === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month0] ?? 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

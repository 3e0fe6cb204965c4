import type { DayRange, TimelineEntry } from "./types";

// Day key → the entries of that day, per book, so one note's upsert touches only the days that note has entries on.
//
// Each day keeps its entries sorted (newest first), built on first read. After that, a change does not throw the
// order away: the day records which books left and which sorted runs arrived, and the next read filters and merges
// them in — linear in the day's size, not a re-sort (at the scale target a busy day holds thousands of entries and
// one upsert touches up to hundreds of days). A cold build has no order yet, so it pays one sort per day on first
// read, over runs that are already sorted per book (TimSort merges those cheaply).

interface Day {
	readonly byBook: Map<string, readonly TimelineEntry[]>;
	sorted: readonly TimelineEntry[] | null;
	readonly left: Set<string>;
	arrived: (readonly TimelineEntry[])[];
}

export class DayStore {
	private readonly days = new Map<string, Day>();
	private readonly undated = new Map<string, readonly TimelineEntry[]>();
	private sortedDays: string[] | null = null;
	private sortedUndated: readonly TimelineEntry[] | null = null;

	add(book: string, entries: readonly TimelineEntry[]): void {
		for (const [key, list] of groupByDay(entries)) {
			list.sort(newestFirst);
			if (key === null) {
				this.undated.set(book, list);
				this.sortedUndated = null;
				continue;
			}
			let day = this.days.get(key);
			if (day === undefined) {
				day = { byBook: new Map<string, readonly TimelineEntry[]>(), sorted: null, left: new Set(), arrived: [] };
				this.days.set(key, day);
				this.sortedDays = null;
			}
			day.byBook.set(book, list);
			if (day.sorted !== null) day.arrived.push(list);
		}
	}

	remove(book: string, entries: readonly TimelineEntry[]): void {
		for (const key of new Set(entries.map((e) => e.day))) {
			if (key === null) {
				if (this.undated.delete(book)) this.sortedUndated = null;
				continue;
			}
			const day = this.days.get(key);
			if (day === undefined || !day.byBook.delete(book)) continue;
			if (day.byBook.size === 0) {
				this.days.delete(key);
				this.sortedDays = null;
			} else if (day.sorted !== null) {
				day.left.add(book);
				day.arrived = day.arrived.filter((run) => run[0]?.bookPath !== book);
			}
		}
	}

	/** Days with at least one entry, ascending, within `range` (inclusive). */
	dayKeys(range?: DayRange): readonly string[] {
		if (this.sortedDays === null) this.sortedDays = [...this.days.keys()].sort();
		const all = this.sortedDays;
		if (range === undefined || (range.from === undefined && range.to === undefined)) return all;
		const lo = range.from === undefined ? 0 : lowerBound(all, range.from);
		const hi = range.to === undefined ? all.length : upperBound(all, range.to);
		return all.slice(lo, hi);
	}

	/** A day's entries, newest first; ties by book path, then line. */
	entriesOn(key: string): readonly TimelineEntry[] {
		const day = this.days.get(key);
		if (day === undefined) return [];
		if (day.sorted === null) day.sorted = sortDay(day.byBook);
		else if (day.left.size > 0 || day.arrived.length > 0) {
			const left = day.left;
			let merged = left.size > 0 ? day.sorted.filter((e) => !left.has(e.bookPath)) : day.sorted;
			for (const run of day.arrived) merged = mergeSorted(merged, run);
			day.sorted = merged;
			left.clear();
			day.arrived = [];
		}
		return day.sorted;
	}

	countOn(key: string): number {
		let n = 0;
		for (const list of this.days.get(key)?.byBook.values() ?? []) n += list.length;
		return n;
	}

	/** Entries without a date, by book path, then line. */
	undatedEntries(): readonly TimelineEntry[] {
		if (this.sortedUndated === null) this.sortedUndated = [...this.undated.values()].flat().sort(byPlace);
		return this.sortedUndated;
	}
}

function groupByDay(entries: readonly TimelineEntry[]): Map<string | null, TimelineEntry[]> {
	const out = new Map<string | null, TimelineEntry[]>();
	for (const e of entries) {
		const list = out.get(e.day);
		if (list === undefined) out.set(e.day, [e]);
		else list.push(e);
	}
	return out;
}

function mergeSorted(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
	const out: TimelineEntry[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] as TimelineEntry;
		const y = b[j] as TimelineEntry;
		if (newestFirst(y, x) < 0) {
			out.push(y);
			j++;
		} else {
			out.push(x);
			i++;
		}
	}
	while (i < a.length) out.push(a[i++] as TimelineEntry);
	while (j < b.length) out.push(b[j++] as TimelineEntry);
	return out;
}

function byPlace(a: TimelineEntry, b: TimelineEntry): number {
	return a.bookPath < b.bookPath ? -1 : a.bookPath > b.bookPath ? 1 : a.line - b.line;
}

/** Within one day: newest first by time of day; ties by place (book path, then line). */
export function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
	return secondOfDay(b) - secondOfDay(a) || byPlace(a, b);
}

/** Seconds since midnight of the wall time as written (`yyyy-MM-dd HH:mm[:ss]`); 0 when unreadable. */
function secondOfDay(e: TimelineEntry): number {
	// charCodeAt arithmetic, not slice + Number: this runs once per entry per sort, and allocation-free matters here.
	const t = e.createdAt ?? "";
	return twoDigits(t, 11) * 3600 + twoDigits(t, 14) * 60 + twoDigits(t, 17);
}

function twoDigits(t: string, at: number): number {
	const hi = t.charCodeAt(at) - 48;
	const lo = t.charCodeAt(at + 1) - 48;
	return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : 0;
}

// Room for the place index below the time of day in one float: 86,400 · 2^26 < 2^53.
const PLACE_BITS = 2 ** 26;

/**
 * The first sort of a day, the one big sort a cold index pays. A comparator sort spends its time in the
 * comparator (string compares of paths); instead pack (time of day descending, position) into one number per entry,
 * sort those natively, then order only the runs of equal time by place — in real notes such ties are rare.
 */
function sortDay(byBook: ReadonlyMap<string, readonly TimelineEntry[]>): TimelineEntry[] {
	const all: TimelineEntry[] = [];
	for (const list of byBook.values()) for (const e of list) all.push(e);
	if (all.length >= PLACE_BITS) return all.sort(newestFirst);
	const keys = new Float64Array(all.length);
	for (let i = 0; i < all.length; i++) keys[i] = (86_399 - secondOfDay(all[i] as TimelineEntry)) * PLACE_BITS + i;
	keys.sort();
	const out = new Array<TimelineEntry>(all.length);
	for (let i = 0; i < keys.length; i++) out[i] = all[(keys[i] as number) % PLACE_BITS] as TimelineEntry;
	for (let start = 0; start < keys.length; ) {
		const time = Math.floor((keys[start] as number) / PLACE_BITS);
		let end = start + 1;
		while (end < keys.length && Math.floor((keys[end] as number) / PLACE_BITS) === time) end++;
		if (end - start > 1) out.splice(start, end - start, ...out.slice(start, end).sort(byPlace));
		start = end;
	}
	return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] ?? "") < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function upperBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] ?? "") <= key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

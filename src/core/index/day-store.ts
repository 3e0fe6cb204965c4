import type { DayRange, DayTally, TimelineEntry } from "./types";

// Day key → the entries of that day, per book, so one note's upsert touches only the days that note has entries on.
//
// Each day keeps its entries sorted (newest first). Every book's entries of a day are sorted once, with each entry's
// second of day, when the book is added (a run). Until the day's first read, arriving runs are merged in as they
// come (integer compares), so a cold build pays the order a book at a time inside the scan's slices and the first
// read after the scan (the timeline opening on a 100k-row vault) finds every day ready instead of ordering all days
// in one task. After that first read, a change does not throw the order away: the day records which books left and
// which sorted runs arrived, and the next read filters and merges them in — linear in the day's size, not a re-sort
// (at the scale target a busy day holds thousands of entries and one upsert touches up to hundreds of days).

/** Entries newest first, with each entry's second of day (computed once per entry, not once per comparison). */
interface Run {
	readonly entries: readonly TimelineEntry[];
	readonly secs: Int32Array;
}

interface Day {
	/** Each book's entries of this day, newest first. */
	readonly byBook: Map<string, readonly TimelineEntry[]>;
	/** Each book's counts of this day, by kind: sums over many days read these, not the entries. */
	readonly tallies: Map<string, DayTally>;
	/** Entries of every book on this day: counts answer without touching the lists (the timeline's row count). */
	count: number;
	sorted: readonly TimelineEntry[] | null;
	/**
	 * Before the first read: every book's run merged so far, kept up as books arrive, so a cold build pays the
	 * merge a book at a time inside the scan's slices rather than all days at once on the first read. Null when not
	 * kept (a book left before the first read); the first read then merges the books' lists itself.
	 */
	merged: Run | null;
	readonly left: Set<string>;
	arrived: (readonly TimelineEntry[])[];
}

export class DayStore {
	private readonly days = new Map<string, Day>();
	private readonly undated = new Map<string, readonly TimelineEntry[]>();
	private sortedDays: string[] | null = null;
	/** The distinct years of `sortedDays`, for that array (recomputed when it is). */
	private sortedYears: { days: readonly string[]; years: readonly number[] } | null = null;
	private sortedUndated: readonly TimelineEntry[] | null = null;

	add(book: string, entries: readonly TimelineEntry[]): void {
		for (const [key, list] of groupByDay(entries)) {
			if (key === null) {
				list.sort(byPlace);
				this.undated.set(book, list);
				this.sortedUndated = null;
				continue;
			}
			let day = this.days.get(key);
			if (day === undefined) {
				day = { byBook: new Map<string, readonly TimelineEntry[]>(), tallies: new Map<string, DayTally>(), count: 0, sorted: null, merged: null, left: new Set(), arrived: [] };
				this.days.set(key, day);
				this.sortedDays = null;
			}
			const run = sortRun(list);
			const previous = day.byBook.get(book);
			const replaced = previous !== undefined;
			day.count += list.length - (previous?.length ?? 0);
			// Only the entries are kept per book: the seconds live on in `merged` alone (heap: one array per day, not
			// one per book and day), and go with it at the first read.
			day.byBook.set(book, run.entries);
			day.tallies.set(book, tally(list));
			if (day.sorted !== null) day.arrived.push(run.entries);
			else if (replaced) day.merged = null;
			else if (day.merged !== null) day.merged = mergeRuns(day.merged, run);
			else if (day.byBook.size === 1) day.merged = run;
		}
	}

	remove(book: string, entries: readonly TimelineEntry[]): void {
		for (const key of new Set(entries.map((e) => e.day))) {
			if (key === null) {
				if (this.undated.delete(book)) this.sortedUndated = null;
				continue;
			}
			const day = this.days.get(key);
			const list = day?.byBook.get(book);
			if (day === undefined || list === undefined) continue;
			day.byBook.delete(book);
			day.tallies.delete(book);
			day.count -= list.length;
			day.merged = null;
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

	/** Years with at least one dated entry, ascending. */
	years(): readonly number[] {
		const days = this.dayKeys();
		if (this.sortedYears?.days === days) return this.sortedYears.years;
		const years: number[] = [];
		let last = "";
		for (const day of days) {
			// Sorted days: a year's days are adjacent, so comparing with the previous day's year is enough.
			if (!day.startsWith(last) || last === "") {
				last = day.slice(0, 4);
				years.push(Number(last));
			}
		}
		this.sortedYears = { days, years };
		return years;
	}

	/** A day's entries, newest first; ties by book path, then line. */
	entriesOn(key: string): readonly TimelineEntry[] {
		const day = this.days.get(key);
		if (day === undefined) return [];
		if (day.sorted === null) {
			day.sorted = day.merged?.entries ?? sortDay(day.byBook);
			day.merged = null;
		}
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

	/**
	 * Each book's counts of each day in `range` (inclusive), days ascending: for sums over many days (a year in
	 * reading). Counted when the book was added, while its entries were at hand: walking a year's entries again
	 * (≈ 100k at the scale target, scattered over the heap) cost 20–40 ms where this costs one visit per book and day.
	 */
	forEachBookDay(range: DayRange, visit: (day: string, book: string, tally: DayTally) => void): void {
		for (const key of this.dayKeys(range)) {
			const day = this.days.get(key);
			if (day !== undefined) for (const [book, counts] of day.tallies) visit(key, book, counts);
		}
	}

	countOn(key: string): number {
		return this.days.get(key)?.count ?? 0;
	}

	undatedCount(): number {
		let n = 0;
		for (const list of this.undated.values()) n += list.length;
		return n;
	}

	/** Entries without a date, by book path, then line. */
	undatedEntries(): readonly TimelineEntry[] {
		if (this.sortedUndated === null) this.sortedUndated = [...this.undated.values()].flat().sort(byPlace);
		return this.sortedUndated;
	}
}

function tally(list: readonly TimelineEntry[]): DayTally {
	let highlights = 0;
	let thoughts = 0;
	for (const e of list) {
		if (e.kind === "highlight") highlights++;
		if (e.thought !== null) thoughts++;
	}
	return { entries: list.length, highlights, thoughts };
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

/** A book's entries of one day, newest first, with their seconds of day: one `secondOfDay` per entry. */
function sortRun(list: TimelineEntry[]): Run {
	const n = list.length;
	const keyed = new Array<{ e: TimelineEntry; s: number }>(n);
	for (let i = 0; i < n; i++) {
		const e = list[i] as TimelineEntry;
		keyed[i] = { e, s: secondOfDay(e) };
	}
	keyed.sort((a, b) => b.s - a.s || byPlace(a.e, b.e));
	const entries = new Array<TimelineEntry>(n);
	const secs = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const k = keyed[i] as { e: TimelineEntry; s: number };
		entries[i] = k.e;
		secs[i] = k.s;
	}
	return { entries, secs };
}

/** A sorted list with its seconds of day. */
function withSeconds(entries: readonly TimelineEntry[]): Run {
	const secs = new Int32Array(entries.length);
	for (let i = 0; i < entries.length; i++) secs[i] = secondOfDay(entries[i] as TimelineEntry);
	return { entries, secs };
}

/** Two runs merged, newest first; ties by place; equal entries keep `a` first (stable). */
function mergeRuns(a: Run, b: Run): Run {
	const n = a.entries.length + b.entries.length;
	const entries = new Array<TimelineEntry>(n);
	const secs = new Int32Array(n);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.entries.length && j < b.entries.length) {
		const si = a.secs[i] as number;
		const sj = b.secs[j] as number;
		const x = a.entries[i] as TimelineEntry;
		const y = b.entries[j] as TimelineEntry;
		if (sj > si || (sj === si && byPlace(y, x) < 0)) {
			entries[k] = y;
			secs[k++] = sj;
			j++;
		} else {
			entries[k] = x;
			secs[k++] = si;
			i++;
		}
	}
	while (i < a.entries.length) {
		entries[k] = a.entries[i] as TimelineEntry;
		secs[k++] = a.secs[i++] as number;
	}
	while (j < b.entries.length) {
		entries[k] = b.entries[j] as TimelineEntry;
		secs[k++] = b.secs[j++] as number;
	}
	return { entries, secs };
}

/**
 * A day's first read when `merged` was not kept (a book left before it): each book's list is already sorted, so
 * this merges k sorted lists pairwise and balanced — O(n log k) integer comparisons, nothing for a day of one book.
 */
function sortDay(byBook: ReadonlyMap<string, readonly TimelineEntry[]>): readonly TimelineEntry[] {
	let runs: Run[] = [...byBook.values()].map(withSeconds);
	if (runs.length === 0) return [];
	while (runs.length > 1) {
		const next: Run[] = [];
		for (let i = 0; i < runs.length; i += 2) {
			const a = runs[i] as Run;
			const b = runs[i + 1];
			next.push(b === undefined ? a : mergeRuns(a, b));
		}
		runs = next;
	}
	// A run's entries are never mutated (a change replaces a book's run), so one book's run is the day's order as is.
	return (runs[0] as Run).entries;
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

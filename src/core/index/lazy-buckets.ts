import { bucketKey, UNDATED } from "./buckets";
import type { DayStore } from "./day-store";
import type { DayRange, Grouping, LazyBucket, TimelineEntry, WeekStart } from "./types";

// Buckets whose size is known at once and whose entries are put in order only when read. A change to one
// 866-highlight note touches hundreds of days; ordering all of them again (≈ 23 ms at 500k highlights) just to
// learn how many rows each group has is what made an update with the timeline open slow. A windowed timeline reads
// the entries of the few groups on screen.

class DaysBucket implements LazyBucket {
	private list: readonly TimelineEntry[] | null = null;

	constructor(
		readonly key: string,
		readonly count: number,
		private readonly read: () => readonly TimelineEntry[],
	) {}

	entries(): readonly TimelineEntry[] {
		return (this.list ??= this.read());
	}
}

/** One day's bucket: the day's own sorted array (never mutated: a change replaces it). A class of its own, not a
 * DaysBucket with a closure: the timeline makes one per day (thousands) on every change. */
class DayBucket implements LazyBucket {
	private list: readonly TimelineEntry[] | null = null;

	constructor(
		private readonly store: DayStore,
		readonly key: string,
		readonly count: number,
	) {}

	/** Kept once read: a pane may still read the rows it shows after a change (to find them in the new ones). */
	entries(): readonly TimelineEntry[] {
		return (this.list ??= this.store.entriesOn(this.key));
	}
}

/** Several days' arrays joined, newest first. */
function daysBucket(store: DayStore, key: string, days: readonly string[], count: number): LazyBucket {
	return new DaysBucket(key, count, () => {
		const out: TimelineEntry[] = [];
		for (const day of days) for (const e of store.entriesOn(day)) out.push(e);
		return out;
	});
}

/** Day, week or month buckets of `store`, newest first; undated last when there is no range. */
export function lazyBuckets(store: DayStore, grouping: Grouping, weekStartsOn: WeekStart, range?: DayRange): LazyBucket[] {
	const out: LazyBucket[] = [];
	const days = store.dayKeys(range);
	if (grouping === "day") {
		for (let i = days.length - 1; i >= 0; i--) {
			const day = days[i] as string;
			out.push(new DayBucket(store, day, store.countOn(day)));
		}
	} else {
		weekOrMonthBuckets(store, days, grouping, weekStartsOn, out);
	}
	if (range === undefined) {
		const undated = store.undatedCount();
		if (undated > 0) out.push(new DaysBucket(UNDATED, undated, () => store.undatedEntries()));
	}
	return out;
}

function weekOrMonthBuckets(store: DayStore, days: readonly string[], grouping: "week" | "month", weekStartsOn: WeekStart, out: LazyBucket[]): void {
	let key: string | null = null;
	let run: string[] = [];
	let count = 0;
	// Newest day first: week and month keys are then non-increasing too, so a bucket is a run of days.
	for (let i = days.length - 1; i >= 0; i--) {
		const day = days[i] as string;
		const k = bucketKey(day, grouping, weekStartsOn);
		if (k !== key) {
			if (key !== null) out.push(daysBucket(store, key, run, count));
			key = k;
			run = [];
			count = 0;
		}
		run.push(day);
		count += store.countOn(day);
	}
	if (key !== null) out.push(daysBucket(store, key, run, count));
}

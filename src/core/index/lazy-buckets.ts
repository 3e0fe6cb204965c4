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

/** One day's own sorted array (never mutated: a change replaces it); several days' arrays joined, newest first. */
function daysBucket(store: DayStore, key: string, days: readonly string[], count: number): LazyBucket {
	if (days.length === 1) {
		const day = days[0] as string;
		return new DaysBucket(key, count, () => store.entriesOn(day));
	}
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
	let key: string | null = null;
	let run: string[] = [];
	let count = 0;
	// Newest day first: week and month keys are then non-increasing too, so a bucket is a run of days.
	for (let i = days.length - 1; i >= 0; i--) {
		const day = days[i] as string;
		const k = grouping === "day" ? day : bucketKey(day, grouping, weekStartsOn);
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
	if (range === undefined) {
		const undated = store.undatedCount();
		if (undated > 0) out.push(new DaysBucket(UNDATED, undated, () => store.undatedEntries()));
	}
	return out;
}

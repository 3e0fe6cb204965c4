import { walkDays, weekKey } from "../index/buckets";
import type { DayRange, WeekStart } from "../index/types";

// The year heatmap above the timeline: highlights per day as a weeks × weekdays grid (columns are weeks, rows the
// seven weekdays starting at the user's week start), with an intensity level per day and the years to navigate to.

export interface HeatmapCell {
	/** `yyyy-MM-dd`. */
	readonly day: string;
	readonly count: number;
	/** 0 = no entries; 1–4 = ceil(4 · share of the year's active days with at most this count): the busiest day is 4. */
	readonly level: 0 | 1 | 2 | 3 | 4;
	/** 0 = Sunday … 6 = Saturday. */
	readonly weekday: number;
	/** Seconds read that day, when the reading-time cache is known (withReadingTime); else absent. */
	readonly seconds?: number;
}

export interface HeatmapModel {
	readonly year: number;
	/** Columns (weeks), each with 7 slots in weekday order from the week start; null = a day outside the year, or
	 * after today in today's year (see `heatmapModel`). */
	readonly weeks: readonly (readonly (HeatmapCell | null)[])[];
	/** Weekdays of the 7 rows, from the week start. */
	readonly weekdays: readonly number[];
	/** Column where each month's first day falls (1 = January). */
	readonly months: readonly { readonly month: number; readonly column: number }[];
	/** The newest day of the year with entries, or null: what the pane scrolls into view. */
	readonly latest: string | null;
	/** Highest count on one day of the year (0 when none). */
	readonly max: number;
	/** Entries on dated days of the year. */
	readonly total: number;
	readonly activeDays: number;
	/** Years holding at least one dated entry, ascending. */
	readonly years: readonly number[];
	/** The nearest year with data before / after `year`, or null: what the prev / next buttons go to. */
	readonly prevYear: number | null;
	readonly nextYear: number | null;
	/** Set by withReadingTime: what the levels measure, and the year's seconds read. Absent: entries, no cache. */
	readonly colourBy?: HeatmapColourBy;
	readonly totalSeconds?: number;
	readonly readingDays?: number;
}

/** What a heatmap's levels measure: entries per day, or time read per day (issue 14 item 3). */
export type HeatmapColourBy = "entries" | "time";

export interface DayCountSource {
	dayCounts(range?: DayRange): ReadonlyMap<string, number>;
	/** Optional: the years of `dayCounts()`'s days, ascending, when the source knows them without building that map
	 * (the index: one pass over its sorted days instead of a map of every day's count). */
	years?(): readonly number[];
}

/**
 * Day counts of a few entries (a search's or a book's, what the list shows under those filters), answering ranges
 * like the index's `dayCounts`: the heatmap counts what the list shows. Undated entries are not counted.
 */
export function countDays(entries: readonly { readonly day: string | null }[]): DayCountSource {
	const all = new Map<string, number>();
	for (const e of entries) if (e.day !== null) all.set(e.day, (all.get(e.day) ?? 0) + 1);
	return {
		dayCounts(range?: DayRange): ReadonlyMap<string, number> {
			if (range === undefined) return all;
			const from = range.from ?? "";
			const to = range.to ?? "\uffff";
			const out = new Map<string, number>();
			for (const [day, n] of all) if (day >= from && day <= to) out.set(day, n);
			return out;
		},
	};
}

/** The year a heatmap opens on: this year when it has entries, else the latest year that has some. */
export function defaultHeatmapYear(years: readonly number[], thisYear: number): number {
	if (years.includes(thisYear) || years.length === 0) return thisYear;
	return years[years.length - 1] ?? thisYear;
}

/** Years with data, from the full day-count map (one entry per day, so cheap even at 500k highlights). */
export function yearsWithData(source: DayCountSource): number[] {
	if (source.years !== undefined) return [...source.years()];
	const years = new Set<number>();
	for (const day of source.dayCounts().keys()) years.add(Number(day.slice(0, 4)));
	return [...years].sort((a, b) => a - b);
}

/**
 * The year's grid. With `today` (`yyyy-MM-dd`), the grid of today's year stops at today: no column after today's
 * week, no cell after today (a day that has not come cannot hold reading, and a half-year of grey cells hides the
 * weeks that can). An entry dated after today (a device clock set wrong) still gets its cell: the grid then runs to
 * that day.
 */
export function heatmapModel(
	source: DayCountSource,
	year: number,
	weekStartsOn: WeekStart,
	years: readonly number[] = yearsWithData(source),
	today: string | null = null,
): HeatmapModel {
	const y = String(year).padStart(4, "0");
	const first = `${y}-01-01`;
	const yearEnd = `${y}-12-31`;
	const counts = source.dayCounts({ from: first, to: yearEnd });
	let latest: string | null = null;
	for (const [day, n] of counts) if (n > 0 && (latest === null || day > latest)) latest = day;
	let last = yearEnd;
	if (today !== null && today < last) last = latest !== null && latest > today ? latest : today;
	const sorted = [...counts.values()].filter((c) => c > 0).sort((a, b) => a - b);
	const weeks: (HeatmapCell | null)[][] = [];
	const months: { month: number; column: number }[] = [];
	let total = 0;
	// (`last` before `first`: a year after today's with no entries, which the year buttons never offer; no columns.)
	const walk = walkDays(weekKey(first, weekStartsOn));
	while (last >= first && walk.current <= last) {
		const column: (HeatmapCell | null)[] = [];
		for (let i = 0; i < 7; i++, walk.next()) {
			const day = walk.current;
			if (day < first || day > last) {
				column.push(null);
				continue;
			}
			if (day.endsWith("-01")) months.push({ month: Number(day.slice(5, 7)), column: weeks.length });
			const count = counts.get(day) ?? 0;
			total += count;
			column.push({ day, count, level: levelOf(count, sorted), weekday: (weekStartsOn + i) % 7 });
		}
		weeks.push(column);
	}
	const before = years.filter((x) => x < year);
	const after = years.filter((x) => x > year);
	return {
		year,
		weeks,
		weekdays: Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7),
		months,
		max: sorted[sorted.length - 1] ?? 0,
		latest,
		total,
		activeDays: counts.size,
		years,
		prevYear: before[before.length - 1] ?? null,
		nextYear: after[0] ?? null,
	};
}

/**
 * Intensity of a day: its place in the distribution of the year's active days (empirical CDF, in quarters). Relative,
 * so a light reader's busiest day is as dark as a heavy reader's; ties share a level; the busiest day is always 4.
 */
export function levelOf(count: number, sortedActive: readonly number[]): 0 | 1 | 2 | 3 | 4 {
	if (count <= 0 || sortedActive.length === 0) return 0;
	let lo = 0;
	let hi = sortedActive.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sortedActive[mid] ?? 0) <= count) lo = mid + 1;
		else hi = mid;
	}
	return Math.min(4, Math.max(1, Math.ceil((4 * lo) / sortedActive.length))) as 1 | 2 | 3 | 4;
}

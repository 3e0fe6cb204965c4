import type { HighlightIndex } from "../index/highlight-index";
import type { TimelineEntry } from "../index/types";

// "This day, and years ago" (issue 14 item 2): a day's highlights and thoughts, and those of the same date 1, 2, 3…
// years back — only the years that have some. Bounded: each section carries at most `limit` entries and its full
// count; "show all" is the timeline filtered to that day. A year without the date (29 February) has no section.

export type ThisDaySource = Pick<HighlightIndex, "byDay" | "dayCounts">;

export interface DaySection {
	/** `yyyy-MM-dd`. */
	readonly day: string;
	/** 0 for the day itself, 1 for a year before it, … */
	readonly yearsAgo: number;
	/** Every entry of the day. */
	readonly count: number;
	/** The first `limit` of them, newest first (the timeline's order). */
	readonly entries: readonly TimelineEntry[];
}

export interface ThisDayModel {
	readonly day: string;
	/** The day's own section; count 0 when it has no entries. */
	readonly thisDay: DaySection;
	/** Earlier years with entries on the same date, the nearest first. */
	readonly past: readonly DaySection[];
}

/** Rows per section before "show all": a glance, not a second timeline (a sidebar shows about three rows of one year). */
export const THIS_DAY_LIMIT = 3;

const DAY_RE = /^(\d{4})-(\d{2}-\d{2})$/;

/** The model for `day` (`yyyy-MM-dd`), or null for anything else. One lookup per year back to the first dated entry. */
export function thisDayModel(index: ThisDaySource, day: string, limit = THIS_DAY_LIMIT): ThisDayModel | null {
	const m = DAY_RE.exec(day);
	if (m === null) return null;
	const year = Number(m[1]);
	const monthDay = m[2] ?? "";
	const section = (d: string, yearsAgo: number, count: number): DaySection => ({
		day: d,
		yearsAgo,
		count,
		entries: count === 0 ? [] : (index.byDay({ from: d, to: d })[0]?.entries ?? []).slice(0, limit),
	});
	const ownCount = index.dayCounts({ from: day, to: day }).get(day) ?? 0;
	// Every dated day before this one, as counts (the index keeps them sorted; a few thousand keys at most).
	const earlier = index.dayCounts({ to: `${year - 1}-12-31` });
	const past: DaySection[] = [];
	const first = earlier.keys().next();
	if (first.done !== true) {
		const firstYear = Number(first.value.slice(0, 4));
		for (let y = year - 1; y >= firstYear; y--) {
			const d = `${String(y).padStart(4, "0")}-${monthDay}`;
			const count = earlier.get(d) ?? 0;
			if (count > 0) past.push(section(d, year - y, count));
		}
	}
	return { day, thisDay: section(day, 0, ownCount), past };
}

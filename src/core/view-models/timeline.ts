import type { Translate } from "../i18n";
import { bucketKey, UNDATED } from "../index/buckets";
import { newestFirst } from "../index/day-store";
import type { HighlightIndex } from "../index/highlight-index";
import { queryTerms } from "../index/search";
import type { DayRange, Grouping, LazyBucket, TimelineEntry, WeekStart } from "../index/types";
import { countDays, type DayCountSource } from "./timeline-heatmap";

export { countDays, defaultHeatmapYear, heatmapModel, yearsWithData, type DayCountSource, type HeatmapCell, type HeatmapModel } from "./timeline-heatmap";

// The reading timeline as a flat row model for a windowed list (issue 4): group header rows and entry rows, newest
// first, the undated group last.
//
// Cost model (design §4 "views never walk the whole index per keystroke"): the model does NOT materialise a row
// object per entry. It keeps the groups (one per day / week / month) with their entry arrays and an Int32Array of
// the row index of each group's header; `row(i)` finds the group by binary search and builds the one row asked for.
// The unfiltered groups come from the index's lazy buckets: their sizes are known at once, their entries are put in
// order only when a row of the group is asked for. So a 500k-row model after a change is one pass over the day
// counts (≈ 2,000 days), and the windowed list asks for the ~30 rows on screen, from the few groups they sit in. Filters start from the narrowest source the index answers
// cheaply — one day (`byDay`), one book (`book`), or `search` (capped at SEARCH_LIMIT) — and apply the remaining
// filters to that small set only.

/** Most search matches the timeline shows. A broad term over 500k highlights would otherwise mean 500k rows to sort
 * per keystroke; the index stops scanning at the limit, so a search stays well under the 100 ms goal. */
export const SEARCH_LIMIT = 5000;

/** What the index offers the timeline (read side only). */
export type TimelineSource = Pick<HighlightIndex, "revision" | "lazyBuckets" | "byDay" | "book" | "books" | "bookCount" | "search" | "dayCounts" | "years" | "byBlockId">;

export interface TimelineState {
	readonly grouping: Grouping;
	readonly weekStartsOn: WeekStart;
	/** Search box text; blank = no search. */
	readonly query: string;
	/** Book path, or null for every book. */
	readonly book: string | null;
	/** `yyyy-MM-dd`, or null for every day. */
	readonly day: string | null;
	/**
	 * Inclusive `yyyy-MM-dd` bounds (a month, a streak, a year: issue 14's year in reading), or null / absent for
	 * every day. `day`, when set, wins; the pane sets one or the other.
	 */
	readonly range?: { readonly from: string; readonly to: string } | null;
}

export interface HeaderRow {
	readonly kind: "header";
	/** `group:` + the bucket key: unique among rows. */
	readonly key: string;
	readonly groupKey: string;
	readonly label: string;
	readonly count: number;
}

export interface EntryRow {
	readonly kind: "entry";
	/** The entry's key: unique among rows, stable across revisions while the note is unchanged. */
	readonly key: string;
	readonly groupKey: string;
	readonly entry: TimelineEntry;
}

export type TimelineRow = HeaderRow | EntryRow;

export interface TimelineGroup {
	readonly key: string;
	readonly count: number;
	/** The group's entries, newest first: ordered on the first call (only groups on screen are ever asked). */
	entries(): readonly TimelineEntry[];
	/** Row index of the group's header. */
	readonly start: number;
}

export class TimelineRows {
	/** Rows in all: one header per group plus its entries. */
	readonly length: number;
	readonly entryCount: number;
	private readonly starts: Int32Array;
	/** The group of the last `groupIndexAt` answer. */
	private hint = 0;

	constructor(
		readonly state: TimelineState,
		readonly groups: readonly TimelineGroup[],
		/** True when the search hit SEARCH_LIMIT: more entries match than are shown. */
		readonly truncated: boolean,
		private readonly label: (groupKey: string) => string,
	) {
		this.starts = new Int32Array(groups.length);
		for (let g = 0; g < groups.length; g++) this.starts[g] = (groups[g] as TimelineGroup).start;
		const last = groups[groups.length - 1];
		this.length = last === undefined ? 0 : last.start + 1 + last.count;
		this.entryCount = this.length - groups.length;
	}

	/** The row at `i`, built on demand; undefined out of range. */
	row(i: number): TimelineRow | undefined {
		const g = this.groupIndexAt(i);
		const group = this.groups[g];
		if (group === undefined) return undefined;
		if (i === group.start) return { kind: "header", key: `group:${group.key}`, groupKey: group.key, label: this.label(group.key), count: group.count };
		const entry = group.entries()[i - group.start - 1];
		return entry === undefined ? undefined : { kind: "entry", key: entry.key, groupKey: group.key, entry };
	}

	isHeader(i: number): boolean {
		const group = this.groups[this.groupIndexAt(i)];
		return group !== undefined && group.start === i;
	}

	/** Every row's kind as runs: a header, then its group's entries (a windowed list fills its heights per run). */
	runs(visit: (kind: "header" | "entry", from: number, count: number) => void): void {
		for (const group of this.groups) {
			visit("header", group.start, 1);
			if (group.count > 0) visit("entry", group.start + 1, group.count);
		}
	}

	/** Whether `other` has a header at the same rows as this and as many rows: every row is of the same kind. */
	sameKinds(other: TimelineRows): boolean {
		if (other === this) return true;
		if (other.length !== this.length || other.starts.length !== this.starts.length) return false;
		for (let g = 0; g < this.starts.length; g++) if (other.starts[g] !== this.starts[g]) return false;
		return true;
	}

	/** Row index of an entry, or -1. Looks only in the group its day belongs to. */
	indexOfEntry(entry: Pick<TimelineEntry, "key" | "day">): number {
		const groupKey = bucketKey(entry.day, this.state.grouping, this.state.weekStartsOn);
		for (const group of this.groups) {
			if (group.key !== groupKey) continue;
			const at = group.entries().findIndex((e) => e.key === entry.key);
			return at === -1 ? -1 : group.start + 1 + at;
		}
		return -1;
	}

	/** Index of the group holding row `i` (the last group whose header is at or before `i`). */
	private groupIndexAt(i: number): number {
		if (i < 0 || i >= this.length) return -1;
		// Callers mostly walk rows in order (the list builds its height tree over every row, then renders a window):
		// the group of the last answer, or the one after it, is checked before a binary search.
		const hint = this.hint;
		const at = this.starts[hint] ?? 0;
		if (at <= i) {
			const next = this.starts[hint + 1];
			if (next === undefined || i < next) return hint;
			const after = this.starts[hint + 2];
			if (after === undefined || i < after) return (this.hint = hint + 1);
		}
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= i) lo = mid;
			else hi = mid - 1;
		}
		this.hint = lo;
		return lo;
	}
}

/**
 * Rows for a state, cached: the same index revision and state give the same object, and the unfiltered groups are
 * kept per (revision, grouping, week start) so clearing a filter costs nothing.
 */
export class TimelineModel {
	private last: { revision: number; state: TimelineState; rows: TimelineRows } | null = null;
	private all: { revision: number; grouping: Grouping; weekStartsOn: WeekStart; groups: TimelineGroup[] } | null = null;
	/** The entries of the last search / book filter (no day filter), newest first: shared by the list and the
	 * heatmap, and kept while only the day changes, so picking days never searches again. */
	private filtered: { revision: number; terms: string; book: string | null; entries: readonly TimelineEntry[]; truncated: boolean; counts: DayCountSource | null } | null = null;

	constructor(
		private readonly index: TimelineSource,
		private readonly t: () => Translate,
	) {}

	rows(state: TimelineState): TimelineRows {
		const revision = this.index.revision;
		const last = this.last;
		if (last !== null && last.revision === revision && sameState(last.state, state)) return last.rows;
		const { groups, truncated } = this.build(state, revision);
		const rows = new TimelineRows(state, groups, truncated, (key) => groupLabel(this.t(), key, state.grouping));
		this.last = { revision, state, rows };
		return rows;
	}

	/**
	 * Day counts of what the list shows under the state's search and book filters, leaving the day filter out (the
	 * heatmap is where another day is picked, so a day filter must not empty it). Without those filters, the
	 * index's own counts. With them, the entries the list found (or would find) for them, counted once per revision
	 * and filter.
	 */
	heatmapSource(state: TimelineState): DayCountSource {
		const terms = queryTerms(state.query);
		if (state.book === null && terms.length === 0) return this.index;
		const filtered = this.filter(state, terms, this.index.revision);
		filtered.counts ??= countDays(filtered.entries);
		return filtered.counts;
	}

	private build(state: TimelineState, revision: number): { groups: TimelineGroup[]; truncated: boolean } {
		const terms = queryTerms(state.query);
		const range = state.day === null ? (state.range ?? null) : null;
		if (state.day === null && range === null && state.book === null && terms.length === 0) return { groups: this.allGroups(state, revision), truncated: false };
		// A range alone: the index's lazy buckets of those days (sizes at once, entries ordered when on screen).
		if (range !== null && state.book === null && terms.length === 0) return { groups: lazyGroups(this.index.lazyBuckets(state.grouping, state.weekStartsOn, range)), truncated: false };
		if (state.day === null) {
			const { entries, truncated } = this.filter(state, terms, revision);
			const picked = range === null ? entries : entries.filter((e) => inRange(e.day, range));
			return { groups: groupRuns(picked, state.grouping, state.weekStartsOn), truncated };
		}
		const source = this.index.byDay({ from: state.day, to: state.day })[0]?.entries ?? [];
		const matches = terms.length > 0 ? termMatcher(this.index, terms) : null;
		const picked = source.filter((e) => (state.book === null || e.bookPath === state.book) && (matches === null || matches(e)));
		return { groups: groupRuns(picked, state.grouping, state.weekStartsOn), truncated: false };
	}

	/** The entries matching the search and book filters (the day filter aside), newest first; cached (see `filtered`). */
	private filter(state: TimelineState, terms: readonly string[], revision: number): NonNullable<TimelineModel["filtered"]> {
		const key = terms.join("\u0000");
		const cached = this.filtered;
		if (cached !== null && cached.revision === revision && cached.terms === key && cached.book === state.book) return cached;
		let entries: readonly TimelineEntry[];
		let truncated = false;
		if (state.book !== null) {
			const matches = terms.length > 0 ? termMatcher(this.index, terms) : null;
			const own = this.index.book(state.book)?.entries ?? [];
			entries = sortNewestFirst(matches === null ? own : own.filter(matches));
		} else {
			const found = this.index.search(state.query, SEARCH_LIMIT);
			truncated = found.length >= SEARCH_LIMIT;
			entries = sortNewestFirst(found);
		}
		const next = { revision, terms: key, book: state.book, entries, truncated, counts: null };
		this.filtered = next;
		return next;
	}

	private allGroups(state: TimelineState, revision: number): TimelineGroup[] {
		const all = this.all;
		if (all !== null && all.revision === revision && all.grouping === state.grouping && all.weekStartsOn === state.weekStartsOn) return all.groups;
		const groups = lazyGroups(this.index.lazyBuckets(state.grouping, state.weekStartsOn));
		this.all = { revision, grouping: state.grouping, weekStartsOn: state.weekStartsOn, groups };
		return groups;
	}
}

/** The index's lazy buckets as groups, each header's row index after the previous group's rows. */
function lazyGroups(buckets: ReturnType<TimelineSource["lazyBuckets"]>): TimelineGroup[] {
	const groups: TimelineGroup[] = [];
	let start = 0;
	for (const bucket of buckets) {
		groups.push(new BucketGroup(bucket, start));
		start += bucket.count + 1;
	}
	return groups;
}

/** A lazy bucket at its place in the rows (one object per group, no closure: thousands are made per change). */
class BucketGroup implements TimelineGroup {
	readonly key: string;
	readonly count: number;

	constructor(
		private readonly bucket: LazyBucket,
		readonly start: number,
	) {
		this.key = bucket.key;
		this.count = bucket.count;
	}

	entries(): readonly TimelineEntry[] {
		return this.bucket.entries();
	}
}

function inRange(day: string | null, range: Required<DayRange>): boolean {
	return day !== null && day >= range.from && day <= range.to;
}

/** What the heatmap's counts depend on in a state (search terms and book, not the day): equal keys, equal counts. */
export function heatmapFilterKey(state: TimelineState): string {
	return `${state.book ?? ""}\u0000${queryTerms(state.query).join("\u0000")}`;
}

/** Header text of a group: the day with its weekday, "Week of …", the month, or "Undated". */
export function groupLabel(t: Translate, key: string, grouping: Grouping): string {
	if (key === UNDATED) return t("timelineUndated");
	if (grouping === "month") return t("timelineMonthLabel", { year: key.slice(0, 4), mm: key.slice(5, 7), month: String(Number(key.slice(5, 7))) });
	if (grouping === "week") return t("timelineWeekLabel", { date: key });
	return t("timelineDayLabel", { date: key, weekday: t(WEEKDAY_KEYS[weekdayOf(key)] ?? "sunday") });
}

const WEEKDAY_KEYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** 0 = Sunday of a `yyyy-MM-dd` key, from the digits (no time zone involved). */
export function weekdayOf(day: string): number {
	const d = new Date(0);
	d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
	return d.getUTCDay();
}

/** Newest first as the index orders days: by day descending, within a day by time, undated last by place. */
export function sortNewestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
	return [...entries].sort(compareNewestFirst);
}

function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
	if (a.day !== b.day) {
		if (a.day === null) return 1;
		if (b.day === null) return -1;
		return a.day < b.day ? 1 : -1;
	}
	return newestFirst(a, b);
}

/** Consecutive entries (already newest first) with the same bucket key become one group. */
function groupRuns(entries: readonly TimelineEntry[], grouping: Grouping, weekStartsOn: WeekStart): TimelineGroup[] {
	const runs: { key: string; list: TimelineEntry[]; start: number }[] = [];
	let current: { key: string; list: TimelineEntry[]; start: number } | null = null;
	let start = 0;
	for (const e of entries) {
		const key = bucketKey(e.day, grouping, weekStartsOn);
		if (current === null || current.key !== key) {
			if (current !== null) start += current.list.length + 1;
			current = { key, list: [], start };
			runs.push(current);
		}
		current.list.push(e);
	}
	return runs.map(({ key, list, start: at }) => ({ key, count: list.length, entries: () => list, start: at }));
}

/**
 * The index's search rule (search.ts) applied to a few entries: every term is a substring of the text, thought,
 * chapter title, or the book's title or author, case-insensitively, zero-width characters ignored. Used only on a
 * day's or a book's entries; the unfiltered search goes through `index.search`. A unit test holds the two equal.
 */
function termMatcher(index: TimelineSource, terms: readonly string[]): (e: TimelineEntry) => boolean {
	const bookFields = new Map<string, string>();
	const bookHay = (path: string): string => {
		let hay = bookFields.get(path);
		if (hay === undefined) {
			const meta = index.book(path)?.note.meta;
			hay = fold(`${meta?.title ?? ""}\u0002${meta?.author ?? ""}`);
			bookFields.set(path, hay);
		}
		return hay;
	};
	return (e) => {
		const fields = [fold(e.text), fold(e.thought ?? ""), fold(e.chapterTitle ?? ""), bookHay(e.bookPath)];
		return terms.every((term) => fields.some((f) => f.includes(term)));
	};
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

function fold(text: string): string {
	return text.replace(ZERO_WIDTH, "").toLowerCase();
}

function sameState(a: TimelineState, b: TimelineState): boolean {
	const ra = a.range ?? null;
	const rb = b.range ?? null;
	const sameRange = ra === rb || (ra !== null && rb !== null && ra.from === rb.from && ra.to === rb.to);
	return a.grouping === b.grouping && a.weekStartsOn === b.weekStartsOn && a.query === b.query && a.book === b.book && a.day === b.day && sameRange;
}

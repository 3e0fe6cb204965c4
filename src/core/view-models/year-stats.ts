import { addDaysToKey } from "../index/buckets";
import type { BookEntry, DayRange, DayTally } from "../index/types";
import { yearsWithData } from "./timeline-heatmap";

// A year in reading (issue 14 item 4): the figures of one calendar year from the index's day keys (`yyyy-MM-dd`,
// the wall dates as written), plus seconds read per day when the reading-time cache is known.
//
// Cost: the day counts of the year (one number per day) give reading days, the streak and the busiest day; the
// index's per-book, per-day counts by kind (`forEachBookDay`, counted when a book is added) give the kinds, months,
// books and categories without touching an entry: one visit per book and day of the year. A model caches the
// answer per (index revision, year, seconds map) so a re-render costs nothing. Bench: scripts/bench/year-bench.ts.

/** Books and categories listed under "top": enough to recognise a year, short enough for a phone's screen. */
export const TOP_BOOKS = 8;
export const TOP_CATEGORIES = 6;

/** What the year needs from the index (read side only). */
export interface YearSource {
	readonly revision: number;
	dayCounts(range?: DayRange): ReadonlyMap<string, number>;
	forEachBookDay(range: DayRange, visit: (day: string, book: string, tally: DayTally) => void): void;
	book(path: string): BookEntry | undefined;
}

export interface DaySpan {
	/** Inclusive `yyyy-MM-dd` bounds. */
	readonly from: string;
	readonly to: string;
}

export interface MonthStat extends DaySpan {
	/** 1 = January. */
	readonly month: number;
	readonly highlights: number;
	/** Every dated entry of the month (highlights, thoughts, reviews): what the timeline shows for it. */
	readonly entries: number;
}

export interface TopBook {
	readonly path: string;
	readonly title: string;
	readonly author: string | null;
	/** Entries of this book dated in the year. */
	readonly entries: number;
	readonly highlights: number;
}

export interface TopCategory {
	/** The top level of the frontmatter `category` (WeRead writes `大类-小类`, e.g. `文学-外国文学` → `文学`). */
	readonly category: string;
	readonly entries: number;
	/** The year's books in it, most entries first. */
	readonly books: readonly TopBook[];
}

export interface YearStats {
	readonly year: number;
	/** The whole year, `yyyy-01-01` … `yyyy-12-31`. */
	readonly span: DaySpan;
	/** Books with at least one entry dated in the year. */
	readonly booksTouched: number;
	/** Every dated entry of the year. */
	readonly entries: number;
	/** Entries that are highlights (with or without a thought). */
	readonly highlights: number;
	/** Entries carrying the reader's words: highlights with a thought, thoughts, chapter and book reviews. */
	readonly thoughts: number;
	/** Days of the year with at least one entry. */
	readonly readingDays: number;
	/**
	 * The longest run of consecutive reading days inside the year (ties: the earliest). A run across New Year is cut
	 * at the boundary: each year counts only its own days of it. Null for a year without entries.
	 */
	readonly longestStreak: (DaySpan & { readonly days: number }) | null;
	/** The day with the most entries (ties: the earliest), or null. */
	readonly busiestDay: { readonly day: string; readonly count: number } | null;
	/** Time read from the reading-time cache, or null when no cache is known (the figure is then not shown). */
	readonly time: { readonly seconds: number; readonly days: number } | null;
	/** Always 12, January first. */
	readonly months: readonly MonthStat[];
	readonly topBooks: readonly TopBook[];
	readonly topCategories: readonly TopCategory[];
	/** Years holding at least one dated entry, ascending; the nearest before / after `year` or null. */
	readonly years: readonly number[];
	readonly prevYear: number | null;
	readonly nextYear: number | null;
}

/** The figures of `year`. `seconds`: seconds read per day (the ReadingTimeSource's map), or null when unknown. */
export function yearStats(source: YearSource, year: number, seconds: ReadonlyMap<string, number> | null, years: readonly number[] = yearsWithData(source)): YearStats {
	const y = String(year).padStart(4, "0");
	const span = { from: `${y}-01-01`, to: `${y}-12-31` };
	const counts = source.dayCounts(span);
	const days = [...counts.keys()].sort();

	const monthHighlights = new Array<number>(12).fill(0);
	const monthEntries = new Array<number>(12).fill(0);
	const perBook = new Map<string, { entries: number; highlights: number }>();
	let entries = 0;
	let highlights = 0;
	let thoughts = 0;
	source.forEachBookDay(span, (day, path, tally) => {
		const m = Number(day.slice(5, 7)) - 1;
		entries += tally.entries;
		highlights += tally.highlights;
		thoughts += tally.thoughts;
		monthEntries[m] = (monthEntries[m] ?? 0) + tally.entries;
		monthHighlights[m] = (monthHighlights[m] ?? 0) + tally.highlights;
		let b = perBook.get(path);
		if (b === undefined) perBook.set(path, (b = { entries: 0, highlights: 0 }));
		b.entries += tally.entries;
		b.highlights += tally.highlights;
	});

	const books: TopBook[] = [];
	const categories = new Map<TopBook, string | null>();
	for (const [path, n] of perBook) {
		const meta = source.book(path)?.note.meta;
		const book = { path, title: meta?.title ?? path, author: meta?.author ?? null, entries: n.entries, highlights: n.highlights };
		books.push(book);
		categories.set(book, meta?.category ?? null);
	}
	books.sort(byEntries);

	const before = years.filter((x) => x < year);
	const after = years.filter((x) => x > year);
	return {
		year,
		span,
		booksTouched: perBook.size,
		entries,
		highlights,
		thoughts,
		readingDays: days.length,
		longestStreak: longestStreak(days),
		busiestDay: busiestDay(days, counts),
		time: seconds === null ? null : timeRead(seconds, `${y}-`),
		months: monthHighlights.map((h, i) => ({ month: i + 1, highlights: h, entries: monthEntries[i] ?? 0, ...monthSpan(year, i + 1) })),
		topBooks: books.slice(0, TOP_BOOKS),
		topCategories: topCategories(books, categories),
		years,
		prevYear: before[before.length - 1] ?? null,
		nextYear: after[0] ?? null,
	};
}

/** The first and last day of a month (1 = January). */
export function monthSpan(year: number, month: number): DaySpan {
	const y = String(year).padStart(4, "0");
	const from = `${y}-${String(month).padStart(2, "0")}-01`;
	const next = month === 12 ? `${String(year + 1).padStart(4, "0")}-01-01` : `${y}-${String(month + 1).padStart(2, "0")}-01`;
	return { from, to: addDaysToKey(next, -1) };
}

/** Longest run of consecutive days in ascending `days`; ties keep the earliest run. */
export function longestStreak(days: readonly string[]): (DaySpan & { days: number }) | null {
	let best: (DaySpan & { days: number }) | null = null;
	let start = 0;
	for (let i = 0; i < days.length; i++) {
		const endsRun = i === days.length - 1 || addDaysToKey(days[i] as string, 1) !== days[i + 1];
		if (!endsRun) continue;
		const length = i - start + 1;
		if (best === null || length > best.days) best = { from: days[start] as string, to: days[i] as string, days: length };
		start = i + 1;
	}
	return best;
}

/** The day with the highest count; ties keep the earliest (days ascending, strictly greater replaces). */
function busiestDay(days: readonly string[], counts: ReadonlyMap<string, number>): { day: string; count: number } | null {
	let best: { day: string; count: number } | null = null;
	for (const day of days) {
		const count = counts.get(day) ?? 0;
		if (count > 0 && (best === null || count > best.count)) best = { day, count };
	}
	return best;
}

/** Seconds of the days starting with `prefix` (`yyyy-`); a value that is not a positive finite number counts as none. */
function timeRead(seconds: ReadonlyMap<string, number>, prefix: string): { seconds: number; days: number } {
	let total = 0;
	let days = 0;
	for (const [day, s] of seconds) {
		if (!day.startsWith(prefix) || !Number.isFinite(s) || s <= 0) continue;
		total += s;
		days++;
	}
	return { seconds: total, days };
}

/** Books without a category are left out: "uncategorised" says nothing about what was read. */
function topCategories(books: readonly TopBook[], categories: ReadonlyMap<TopBook, string | null>): TopCategory[] {
	const byCategory = new Map<string, { entries: number; books: TopBook[] }>();
	for (const b of books) {
		const raw = categories.get(b) ?? null;
		const category = raw === null ? "" : (raw.split("-")[0] ?? "").trim();
		if (category === "") continue;
		let c = byCategory.get(category);
		if (c === undefined) byCategory.set(category, (c = { entries: 0, books: [] }));
		c.entries += b.entries;
		// `books` is already most entries first, so each category's books are too.
		c.books.push(b);
	}
	return [...byCategory]
		.map(([category, c]) => ({ category, entries: c.entries, books: c.books }))
		.sort((a, b) => b.entries - a.entries || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
		.slice(0, TOP_CATEGORIES);
}

function byEntries(a: TopBook, b: TopBook): number {
	return b.entries - a.entries || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** `yearStats` cached per (index revision, year, seconds map): the pane re-renders without recounting. */
export class YearStatsModel {
	private last: { revision: number; year: number; seconds: ReadonlyMap<string, number> | null; stats: YearStats } | null = null;
	private years: { revision: number; years: number[] } | null = null;

	constructor(private readonly source: YearSource) {}

	/** Years with data (cached per revision). */
	yearsWithData(): readonly number[] {
		const revision = this.source.revision;
		if (this.years === null || this.years.revision !== revision) this.years = { revision, years: yearsWithData(this.source) };
		return this.years.years;
	}

	stats(year: number, seconds: ReadonlyMap<string, number> | null): YearStats {
		const revision = this.source.revision;
		const last = this.last;
		if (last !== null && last.revision === revision && last.year === year && last.seconds === seconds) return last.stats;
		const stats = yearStats(this.source, year, seconds, this.yearsWithData());
		this.last = { revision, year, seconds, stats };
		return stats;
	}
}

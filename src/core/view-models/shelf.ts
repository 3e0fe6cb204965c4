import type { BookEntry, BookSummary } from "../index";
import type { ReadingStatus } from "../model";

// The bookshelf's view-model (issue 14 item 5): every book with its figures and reading state, filtered, sorted and
// grouped as the pane's controls say. Pure. Per book it reads the index's cached summary (counts, days, cited
// highlights: the reference store's per-book map, kept until that book's citations change) and the parsed
// frontmatter: O(books), never O(highlights) or O(references). 5,000 books build and sort in a few milliseconds
// (scripts/bench/shelf-bench.ts).

export type ShelfSort = "last-read" | "highlights" | "title" | "finished";
export type ShelfGrouping = "none" | "status" | "category" | "year";

export const SHELF_SORTS: readonly ShelfSort[] = ["last-read", "highlights", "title", "finished"];
export const SHELF_GROUPINGS: readonly ShelfGrouping[] = ["none", "status", "category", "year"];

/** One book as the shelf shows it. */
export interface ShelfBook {
	readonly path: string;
	readonly title: string;
	readonly author: string | null;
	readonly highlightCount: number;
	readonly thoughtCount: number;
	/** First and last day of the book's dated entries (`yyyy-MM-dd`), or null. */
	readonly firstDay: string | null;
	readonly lastDay: string | null;
	/** The later of the last entry's day and the frontmatter's `lastReadDate`: when the book was last read. */
	readonly lastRead: string | null;
	/** Highlights cited at least once / highlights, 0…1; null for a book without highlights. */
	readonly citedShare: number | null;
	readonly status: ReadingStatus | null;
	readonly finishedDate: string | null;
	readonly category: string | null;
	/** The frontmatter `cover` when it is an http(s) URL (WeRead's CDN), else null. Shown only when covers are on. */
	readonly cover: string | null;
}

export interface ShelfQuery {
	readonly sort: ShelfSort;
	readonly grouping: ShelfGrouping;
	/** Whitespace-separated terms; a book shows when its title or author holds every one (case-insensitive). */
	readonly filter: string;
}

export interface ShelfGroup {
	/** Stable across renders: `status:reading`, `category:文学-小说`, `year:2024`, `none`; `…:` for "unknown". */
	readonly key: string;
	/** The status, category or year; null for the "no status / no category / undated" group (and for `none`). */
	readonly value: string | null;
	readonly books: readonly ShelfBook[];
}

export interface ShelfViewModel {
	/** Only groups with books; a single group keyed `none` when not grouped. */
	readonly groups: readonly ShelfGroup[];
	readonly shownCount: number;
	readonly totalCount: number;
}

/** What the shelf reads from the index (HighlightIndex has it). */
export interface ShelfSource {
	books(): readonly BookSummary[];
	book(path: string): BookEntry | undefined;
}

/** Every book of the index as a shelf row, by path. */
export function shelfBooks(index: ShelfSource): ShelfBook[] {
	const out: ShelfBook[] = [];
	for (const summary of index.books()) {
		const meta = index.book(summary.path)?.note.meta;
		if (meta === undefined) continue;
		out.push({
			path: summary.path,
			title: summary.title,
			author: summary.author,
			highlightCount: summary.highlightCount,
			thoughtCount: summary.thoughtCount,
			firstDay: summary.firstDay,
			lastDay: summary.lastDay,
			lastRead: later(summary.lastDay, meta.lastReadDate),
			citedShare: summary.highlightCount === 0 ? null : Math.min(1, summary.citedHighlights / summary.highlightCount),
			// The sync plugin writes 读完 exactly when WeRead has a finish time: a finished date alone means finished.
			status: meta.readingStatus ?? (meta.finishedDate !== null ? "finished" : null),
			finishedDate: meta.finishedDate,
			category: meta.category,
			cover: meta.cover !== null && /^https?:\/\//i.test(meta.cover) ? meta.cover : null,
		});
	}
	return out;
}

/**
 * Filter, sort and group. `books` is not changed. `collator` orders titles and categories: the UI language's
 * (`new Intl.Collator("zh")` sorts Chinese by pinyin); the caller keeps one, as building one costs far more than a sort.
 */
export function buildShelf(books: readonly ShelfBook[], query: ShelfQuery, collator: Intl.Collator): ShelfViewModel {
	const terms = filterTerms(query.filter);
	const shown = terms.length === 0 ? [...books] : books.filter((b) => matches(b, terms));
	shown.sort(comparator(query.sort, collator));
	return { groups: group(shown, query.grouping, collator), shownCount: shown.length, totalCount: books.length };
}

/** The order of status groups: what is being read first, then what is done, then the rest. */
export const STATUS_ORDER: readonly ReadingStatus[] = ["reading", "finished", "read", "unmarked"];

function group(sorted: readonly ShelfBook[], grouping: ShelfGrouping, collator: Intl.Collator): ShelfGroup[] {
	if (grouping === "none") return sorted.length === 0 ? [] : [{ key: "none", value: null, books: sorted }];
	const byValue = new Map<string | null, ShelfBook[]>();
	for (const b of sorted) {
		const value = groupValue(b, grouping);
		const list = byValue.get(value);
		if (list === undefined) byValue.set(value, [b]);
		else list.push(b);
	}
	const values = [...byValue.keys()].sort((a, b) => {
		// "Unknown" (no status, no category, undated) last in every grouping.
		if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
		if (grouping === "status") return STATUS_ORDER.indexOf(a as ReadingStatus) - STATUS_ORDER.indexOf(b as ReadingStatus);
		if (grouping === "year") return a < b ? 1 : a > b ? -1 : 0;
		return collator.compare(a, b);
	});
	return values.map((value) => ({ key: `${grouping}:${value ?? ""}`, value, books: byValue.get(value) ?? [] }));
}

function groupValue(b: ShelfBook, grouping: Exclude<ShelfGrouping, "none">): string | null {
	switch (grouping) {
		case "status":
			return b.status;
		case "category":
			return b.category;
		case "year":
			return b.lastRead === null ? null : b.lastRead.slice(0, 4);
	}
}

type Compare = (a: ShelfBook, b: ShelfBook) => number;

function comparator(sort: ShelfSort, collator: Intl.Collator): Compare {
	const byTitle: Compare = (a, b) => collator.compare(a.title, b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	switch (sort) {
		case "last-read":
			return (a, b) => newestFirst(a.lastRead, b.lastRead) || byTitle(a, b);
		case "highlights":
			return (a, b) => b.highlightCount - a.highlightCount || byTitle(a, b);
		case "title":
			return byTitle;
		case "finished":
			return (a, b) => newestFirst(a.finishedDate, b.finishedDate) || newestFirst(a.lastRead, b.lastRead) || byTitle(a, b);
	}
}

/** Later days first; null (unknown) after every day. */
function newestFirst(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}

function later(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return a > b ? a : b;
}

function filterTerms(filter: string): string[] {
	return filter
		.toLowerCase()
		.split(/\s+/)
		.filter((t) => t !== "");
}

function matches(b: ShelfBook, terms: readonly string[]): boolean {
	const hay = b.author === null ? b.title.toLowerCase() : `${b.title}\n${b.author}`.toLowerCase();
	return terms.every((t) => hay.includes(t));
}

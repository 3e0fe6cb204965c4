import type { HighlightIndex, TimelineEntry } from "../index";
import { queryTerms } from "../index/search";
import { DEFAULT_HIGHLIGHT_LIMIT, MAX_HIGHLIGHT_LIMIT, type WeReadApiHighlightQuery } from "./types";

// `highlights({ book, from, to, query, limit })`: which index entries, in which order, how many. Arguments come from
// user scripts, so each one is checked and a wrong one fails with a message that names it (a silent empty result
// for `from: "2024/01/01"` would look like "no highlights that year").

/** What the query reads of the index. */
export type QueryableIndex = Pick<HighlightIndex, "books" | "book" | "lazyBuckets" | "search">;

interface CheckedQuery {
	readonly bookPaths: ReadonlySet<string> | null;
	readonly from: string | undefined;
	readonly to: string | undefined;
	readonly query: string | undefined;
	readonly limit: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function selectHighlights(index: QueryableIndex, raw: WeReadApiHighlightQuery | undefined): readonly TimelineEntry[] {
	const q = checkQuery(index, raw);
	if (q.bookPaths !== null && q.bookPaths.size === 0) return [];
	const inRange = (e: TimelineEntry): boolean =>
		(q.from === undefined && q.to === undefined) || (e.day !== null && (q.from === undefined || e.day >= q.from) && (q.to === undefined || e.day <= q.to));
	const inBooks = (e: TimelineEntry): boolean => q.bookPaths === null || q.bookPaths.has(e.bookPath);

	if (q.query !== undefined) {
		// The index's search (books by path, book order) with no cap of its own: the filters apply after it.
		return newestOf(index.search(q.query, Number.POSITIVE_INFINITY).filter((e) => inBooks(e) && inRange(e)), q.limit);
	}
	if (q.bookPaths !== null) {
		const entries: TimelineEntry[] = [];
		for (const path of q.bookPaths) for (const e of index.book(path)?.entries ?? []) if (inRange(e)) entries.push(e);
		return newestOf(entries, q.limit);
	}
	// The whole vault: the timeline's day buckets come newest first and each orders its entries only when read, so
	// a call stops after the days it needs (never sorting 500k entries for the newest 1000).
	const out: TimelineEntry[] = [];
	// No range at all (not an empty one) is what brings the undated bucket, last.
	const range = q.from === undefined && q.to === undefined ? undefined : { from: q.from, to: q.to };
	for (const bucket of index.lazyBuckets("day", 1, range)) {
		for (const e of bucket.entries()) {
			if (out.length >= q.limit) return out;
			out.push(e);
		}
	}
	return out;
}

/** The timeline's order: newest first, undated last; ties by book path, then line. Stable. */
export function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
	if (a.createdAt !== b.createdAt) {
		if (a.createdAt === null) return 1;
		if (b.createdAt === null) return -1;
		return a.createdAt > b.createdAt ? -1 : 1;
	}
	if (a.bookPath !== b.bookPath) return a.bookPath < b.bookPath ? -1 : 1;
	return a.line - b.line;
}

/**
 * The newest `limit` of `entries` in compareNewestFirst order. A common word matches 100k entries of a 500k vault:
 * sorting them all to keep 1,000 cost ~200 ms (bench), so they are grouped by day (the prefix of `createdAt`, so
 * the groups come in the same order) and only the newest days' groups are sorted, until `limit` is reached.
 */
function newestOf(entries: readonly TimelineEntry[], limit: number): TimelineEntry[] {
	if (entries.length <= limit) return [...entries].sort(compareNewestFirst);
	const byDay = new Map<string | null, TimelineEntry[]>();
	for (const e of entries) {
		const group = byDay.get(e.day);
		if (group === undefined) byDay.set(e.day, [e]);
		else group.push(e);
	}
	const days: (string | null)[] = [...byDay.keys()].filter((d): d is string => d !== null).sort().reverse();
	if (byDay.has(null)) days.push(null);
	const out: TimelineEntry[] = [];
	for (const day of days) {
		for (const e of (byDay.get(day) ?? []).sort(compareNewestFirst)) {
			if (out.length >= limit) return out;
			out.push(e);
		}
	}
	return out;
}

function checkQuery(index: QueryableIndex, raw: WeReadApiHighlightQuery | undefined): CheckedQuery {
	if (raw !== undefined && (raw === null || typeof raw !== "object")) throw new TypeError("highlights(query): query must be an object or omitted");
	const r = raw ?? {};
	return {
		bookPaths: r.book === undefined ? null : booksNamed(index, optionalString(r.book, "book")),
		from: optionalDay(r.from, "from"),
		to: optionalDay(r.to, "to"),
		query: searchText(optionalString(r.query, "query")),
		limit: checkLimit(r.limit),
	};
}

/** A path, else every book with exactly that title. */
function booksNamed(index: QueryableIndex, book: string | undefined): ReadonlySet<string> | null {
	if (book === undefined) return null;
	if (index.book(book) !== undefined) return new Set([book]);
	return new Set(index.books().filter((b) => b.title === book).map((b) => b.path));
}

function optionalString(value: unknown, name: string): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== "string") throw new TypeError(`highlights(query): ${name} must be a string`);
	return value;
}

/** A query of no terms (blank, only spaces) filters nothing, as an empty filter box shows everything. */
function searchText(query: string | undefined): string | undefined {
	return query !== undefined && queryTerms(query).length > 0 ? query : undefined;
}

function optionalDay(value: unknown, name: string): string | undefined {
	const day = optionalString(value, name);
	if (day !== undefined && !DAY.test(day)) throw new TypeError(`highlights(query): ${name} must be a yyyy-MM-dd day, not ${JSON.stringify(day)}`);
	return day;
}

function checkLimit(value: unknown): number {
	if (value === undefined) return DEFAULT_HIGHLIGHT_LIMIT;
	if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new TypeError(`highlights(query): limit must be a positive integer, not ${typeof value === "number" ? String(value) : typeof value}`);
	return Math.min(value, MAX_HIGHLIGHT_LIMIT);
}

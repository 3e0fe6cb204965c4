import { listedChapters, rollUpToHeadings, type BookEntry, type BookSummary, type ChapterOutline, type TimelineEntry } from "../index";

// The book pane's view-model (issue 4 "Book highlights"): one BookEntry + the pane's controls → what the pane shows.
// Pure and per book: building it walks this book's entries only (≤ a few thousand), never the whole index.

export type BookOrder = "book" | "time";

export interface BookQuery {
	readonly order: BookOrder;
	/** Whitespace-separated terms; an entry shows when its text, thought or chapter holds every term. */
	readonly filter: string;
	/** Only entries no note cites yet. */
	readonly onlyUncited: boolean;
	/** How often notes cite an entry (EntryActions.citedCount). */
	readonly citedCount: (entry: TimelineEntry) => number;
}

/** The book's summary figures as the pane's header shows them. */
export interface BookHeader
	extends Pick<BookSummary, "title" | "author" | "highlightCount" | "thoughtCount" | "firstDay" | "lastDay" | "citedHighlightCount"> {
	/** citedHighlightCount / highlightCount, 0…1; null when the book has no highlights. */
	readonly citedShare: number | null;
	/** Highlights whose id Obsidian will not register (`blockIdResolvable: false`): a link to them finds nothing. */
	readonly unlinkableCount: number;
}

export interface ChapterItem {
	/** Stable across renders: the heading line, or the title for a group with no heading of its own. */
	readonly key: string;
	readonly title: string | null;
	/** 1 = top chapter level; null for a group with no heading. */
	readonly level: number | null;
	/** 0-based heading line, or -1 when the group has no heading to jump to. */
	readonly line: number;
	readonly highlightCount: number;
	readonly thoughtCount: number;
	/** Rows here relative to the chapter with the most, 0…1 (the outline's density bar, beside the row count). */
	readonly density: number;
	/** Rows of this chapter: highlights, thoughts not merged into one, chapter reviews. 0 for a heading listed only
	 * as the parent of chapters with rows. */
	readonly entryCount: number;
	/** Entries of this chapter that pass the filter. */
	readonly shownCount: number;
	/** Whether this chapter or a chapter under it shows a row; false only while narrowed (the outline dims it). */
	readonly hasMatch: boolean;
}

export interface BookSection {
	/** The chapter these rows belong to (book order); null for the single section of time order and for book reviews. */
	readonly chapter: ChapterItem | null;
	readonly entries: readonly TimelineEntry[];
}

export interface BookViewModel {
	readonly path: string;
	readonly header: BookHeader;
	readonly chapters: readonly ChapterItem[];
	/** Only sections with rows to show. */
	readonly sections: readonly BookSection[];
	readonly shownCount: number;
	readonly totalCount: number;
	/** Whether the filter or the uncited toggle hides anything. */
	readonly narrowed: boolean;
}

export function buildBookViewModel(book: BookEntry, query: BookQuery): BookViewModel {
	const terms = filterTerms(query.filter);
	const narrowed = terms.length > 0 || query.onlyUncited;
	const shows = (e: TimelineEntry): boolean => matches(e, terms) && (!query.onlyUncited || query.citedCount(e) === 0);
	// Unnarrowed, every entry shows: the chapters' own arrays serve as they are, not copies made by running every
	// entry through the filter; narrowed, each chapter is filtered once, for its count and its section alike.
	const shownOf = (entries: readonly TimelineEntry[]): readonly TimelineEntry[] => (narrowed ? entries.filter(shows) : entries);
	const listed = listedChapters(book.chapters);
	const maxEntries = Math.max(1, ...listed.map((c) => c.entries.length));
	const shownEntries = listed.map((c) => shownOf(c.entries));
	const hasMatch = rollUpToHeadings(listed, shownEntries.map((entries) => entries.length > 0));
	const chapters = listed.map((c, i) => chapterItem(c, maxEntries, shownEntries[i]?.length ?? 0, hasMatch[i] === true));

	let sections: BookSection[];
	if (query.order === "time") {
		const entries = (narrowed ? book.entries.filter(shows) : [...book.entries]).sort(byTime);
		sections = entries.length > 0 ? [{ chapter: null, entries }] : [];
	} else {
		sections = [];
		listed.forEach((_, i) => {
			const entries = shownEntries[i];
			const item = chapters[i];
			if (entries !== undefined && entries.length > 0 && item !== undefined) sections.push({ chapter: item, entries });
		});
		const reviews = shownOf(book.bookReviews);
		if (reviews.length > 0) sections.push({ chapter: null, entries: reviews });
	}
	const shownCount = sections.reduce((n, s) => n + s.entries.length, 0);
	return {
		path: book.path,
		header: bookHeader(book, query.citedCount),
		chapters,
		sections,
		shownCount,
		totalCount: book.entries.length,
		narrowed,
	};
}

export function bookHeader(book: BookEntry, citedCount: (entry: TimelineEntry) => number): BookHeader {
	const { title, author } = book.note.meta;
	let thoughtCount = 0;
	let cited = 0;
	let firstDay: string | null = null;
	let lastDay: string | null = null;
	for (const e of book.entries) {
		if (e.thought !== null) thoughtCount++;
		if (e.kind === "highlight" && citedCount(e) > 0) cited++;
		if (e.day !== null) {
			if (firstDay === null || e.day < firstDay) firstDay = e.day;
			if (lastDay === null || e.day > lastDay) lastDay = e.day;
		}
	}
	const highlightCount = book.note.highlights.length;
	return {
		title,
		author,
		highlightCount,
		thoughtCount,
		firstDay,
		lastDay,
		citedHighlightCount: cited,
		citedShare: highlightCount === 0 ? null : cited / highlightCount,
		unlinkableCount: book.note.highlights.reduce((n, h) => (h.blockId !== null && !h.blockIdResolvable ? n + 1 : n), 0),
	};
}

function chapterItem(c: ChapterOutline, maxEntries: number, shownCount: number, hasMatch: boolean): ChapterItem {
	return {
		key: c.line >= 0 ? `line:${c.line}` : `title:${c.title ?? ""}`,
		title: c.title,
		level: c.level,
		line: c.line,
		highlightCount: c.highlightCount,
		thoughtCount: c.thoughtCount,
		density: c.entries.length / maxEntries,
		entryCount: c.entries.length,
		shownCount,
		hasMatch,
	};
}

function filterTerms(filter: string): string[] {
	return filter
		.toLowerCase()
		.split(/\s+/)
		.filter((t) => t !== "");
}

function matches(e: TimelineEntry, terms: readonly string[]): boolean {
	if (terms.length === 0) return true;
	const hay = `${e.text}\n${e.thought ?? ""}\n${e.chapterTitle ?? ""}`.toLowerCase();
	return terms.every((t) => hay.includes(t));
}

/** The order the reader made them: oldest first; undated entries last, in book order (sort is stable). */
function byTime(a: TimelineEntry, b: TimelineEntry): number {
	const ta = a.createdAt ?? a.day;
	const tb = b.createdAt ?? b.day;
	if (ta === tb) return 0;
	if (ta === null) return 1;
	if (tb === null) return -1;
	return ta < tb ? -1 : 1;
}

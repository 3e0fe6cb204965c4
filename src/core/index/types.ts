import type { Highlight, ParsedNote, Review } from "../model";

// What the index hands to view-models. Plain readonly data; the index never mutates an object it has handed out
// (a change replaces it), so views may keep references between revisions and compare them by identity.

/** `thought` = a `highlight-thought` review that matched no highlight of the note. */
export type EntryKind = "highlight" | "thought" | "chapter-review" | "book-review";

/** One row of the timeline and of the book pane: a highlight (with its merged thought), a thought, or a review. */
export interface TimelineEntry {
	/** Unique in the index while the note is unchanged: book path + first line of the entry. */
	readonly key: string;
	readonly kind: EntryKind;
	readonly bookPath: string;
	readonly bookTitle: string;
	readonly chapterTitle: string | null;
	/** The id to open and to cite: the highlight's id when there is a highlight, else the review's. */
	readonly blockId: string | null;
	/** False when Obsidian will not register `blockId` as a block: navigation falls back to `line`. */
	readonly blockIdResolvable: boolean;
	/** 0-based first line of the entry (the highlight's line when merged). */
	readonly line: number;
	/** The book's words: highlight text, or the abstract a thought annotates; "" for chapter and book reviews. */
	readonly text: string;
	/** The reader's words: the inline thought, the merged review's content, or the review's content; else null. */
	readonly thought: string | null;
	/** `yyyy-MM-dd HH:mm:ss` wall time as written, or null (highlight's time first, then the review's). */
	readonly createdAt: string | null;
	/** `yyyy-MM-dd` from `createdAt`, or null: undated entries are never given an invented day. */
	readonly day: string | null;
	readonly highlight: Highlight | null;
	/** The review this entry is, or the `highlight-thought` review merged into this highlight. */
	readonly review: Review | null;
}

export interface ChapterOutline {
	/** Heading text; null for the group of entries under no chapter heading. */
	readonly title: string | null;
	readonly level: number | null;
	/** 0-based heading line, or -1 for a group with no heading of its own (no chapter, or a thought's chapter). */
	readonly line: number;
	/** The smallest chapterUid among its highlights, or null. */
	readonly chapterUid: number | null;
	/** Highlights in book order, then unmerged thoughts and chapter reviews in file order. */
	readonly entries: readonly TimelineEntry[];
	readonly highlightCount: number;
	readonly thoughtCount: number;
}

export interface BookEntry {
	readonly path: string;
	readonly note: ParsedNote;
	/** Book order: chapters in the note's heading order (highlights under no heading first, chapters known only
	 * from 读书笔记 last); within a chapter by (chapterUid, rangeStart), file order where those are unknown. */
	readonly chapters: readonly ChapterOutline[];
	readonly bookReviews: readonly TimelineEntry[];
	/** Every entry in book order: the chapters' entries, then the book reviews. */
	readonly entries: readonly TimelineEntry[];
}

export interface BookSummary {
	readonly path: string;
	readonly bookId: string | null;
	readonly title: string;
	readonly author: string | null;
	readonly highlightCount: number;
	/** Entries carrying the reader's words: highlights with a thought, thoughts, chapter and book reviews. */
	readonly thoughtCount: number;
	/** Earliest and latest `day` of the book's entries, or null when none is dated. */
	readonly firstDay: string | null;
	readonly lastDay: string | null;
	/** Entries of this book cited at least once (by either of a merged entry's ids). */
	readonly citedHighlightCount: number;
	/** Highlights (entries of kind `highlight`) cited at least once: ≤ highlightCount, the share the book pane and
	 * the bookshelf show as "cited %". */
	readonly citedHighlights: number;
}

/** Inclusive `yyyy-MM-dd` bounds; a missing bound is open. */
export interface DayRange {
	readonly from?: string;
	readonly to?: string;
}

export type Grouping = "day" | "week" | "month";

/** 0 = Sunday … 6 = Saturday, as date-fns and `Date#getDay` count. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Bucket {
	/** Day `yyyy-MM-dd`, week (its first day) `yyyy-MM-dd`, month `yyyy-MM`, or `UNDATED`. */
	readonly key: string;
	/** Newest first; ties by book path, then line. */
	readonly entries: readonly TimelineEntry[];
}

/**
 * A bucket whose size is known without its entries: they are put in order on the first `entries()` call. Read it in
 * the revision it was handed out in; after a change, ask the index again.
 */
export interface LazyBucket {
	readonly key: string;
	readonly count: number;
	/** Newest first, as `Bucket.entries`; the same array on every call. */
	entries(): readonly TimelineEntry[];
}

/** One book's entries of one day, counted when the book was added (a year in reading sums these, issue 14). */
export interface DayTally {
	readonly entries: number;
	/** Entries that are highlights (kind `highlight`). */
	readonly highlights: number;
	/** Entries carrying the reader's words (`thought` not null), as BookSummary.thoughtCount counts them. */
	readonly thoughts: number;
}

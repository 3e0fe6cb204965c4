// Types of the WeRead Highlights scripting API, version 1 — for dataviewjs, Templater and other plugins.
// Copy this file into your project (it has no imports). At run time:
//
//   const api = app.plugins.getPlugin("weread-highlights")?.api;   // undefined/null when the plugin is off
//   if (api && api.version === 1) { … }
//
// (`app.plugins` exists at run time but is not in Obsidian's public obsidian.d.ts; declare it yourself if you type-check.)
// Every object returned is plain JSON data and deep-frozen: changing it throws in strict mode and does nothing
// otherwise. Lists are bounded: `highlights()` returns at most `limit` entries (default 1,000, never more than 10,000).
// After the plugin is disabled or reloaded, every method of an old API object throws: get the API again.

export interface WeReadApiBook {
	/** Vault path of the book's note, e.g. `weread/Book.md`. */
	readonly path: string;
	/** WeRead's book id from the frontmatter, or null. */
	readonly bookId: string | null;
	readonly title: string;
	readonly author: string | null;
	/** The reader's highlights in the note (高亮划线). */
	readonly highlightCount: number;
	/** Entries carrying the reader's own words: highlights with a thought, thoughts, chapter and book reviews. */
	readonly thoughtCount: number;
	/** Entries of the book cited (linked or embedded) at least once anywhere in the vault. */
	readonly citedHighlightCount: number;
	/** `yyyy-MM-dd` of the book's earliest and latest dated entry, or null when none is dated. */
	readonly firstDay: string | null;
	readonly lastDay: string | null;
}

/** `thought`: a review of a passage that matched no highlight; `chapter-review`, `book-review`: 读书笔记 entries. */
export type WeReadApiEntryKind = "highlight" | "thought" | "chapter-review" | "book-review";

export interface WeReadApiHighlight {
	readonly kind: WeReadApiEntryKind;
	readonly bookPath: string;
	readonly bookTitle: string;
	/** The block id (without `^`) to open and to cite, or null. */
	readonly blockId: string | null;
	/** True when `[[bookPath#^blockId]]` resolves in Obsidian; false: link to `line` instead. */
	readonly linkable: boolean;
	/** Heading text without `#`, or null. */
	readonly chapterTitle: string | null;
	/** The book's words (highlight text, or the passage a thought is about); "" for chapter and book reviews. */
	readonly text: string;
	/** The reader's words (inline thought, merged review, review content), or null. */
	readonly thought: string | null;
	/** `yyyy-MM-dd HH:mm:ss` local time as the note writes it, or null (never invented). */
	readonly createdAt: string | null;
	/** `yyyy-MM-dd` of `createdAt`, or null. */
	readonly day: string | null;
	/** 0-based line of the entry in the book's note. */
	readonly line: number;
}

export interface WeReadApiReference {
	/** Vault path of the citing note. */
	readonly from: string;
	/** 0-based line of the link in the citing note. */
	readonly line: number;
	/** `![[…]]` (true) or `[[…]]` (false). */
	readonly embed: boolean;
	/** Whether the block id exists in the book's note. */
	readonly resolved: boolean;
}

export interface WeReadApiHighlightQuery {
	/** A book note's path; when no book has that path, every book whose title is exactly this. */
	readonly book?: string;
	/** Inclusive `yyyy-MM-dd` bounds; with either one, undated entries are left out. A malformed day throws. */
	readonly from?: string;
	readonly to?: string;
	/** Every whitespace-separated term in text, thought, chapter, book title or author (case-insensitive substring). */
	readonly query?: string;
	/** At most this many (a positive integer; default 1,000, clamped to 10,000). */
	readonly limit?: number;
}

export interface WeReadApiChange {
	/** The index's revision after the change (grows; equal values mean nothing changed in between). */
	readonly revision: number;
	/** Whether the first scan of the vault has finished. */
	readonly ready: boolean;
}

export interface WeReadHighlightsApi {
	/** API version: 1. Bumped only on incompatible changes. */
	readonly version: number;
	/** Whether the first scan of the vault has finished (before that, lists hold what was read so far). */
	isReady(): boolean;
	/** Every book, by path. */
	books(): readonly WeReadApiBook[];
	/** Entries matching every given filter, newest first (undated last; ties by book path, then line); bounded by `limit`. */
	highlights(query?: WeReadApiHighlightQuery): readonly WeReadApiHighlight[];
	/** Links and embeds of a block (`blockId` with or without `^`), by citing path then line. */
	referencesTo(bookPath: string, blockId: string): readonly WeReadApiReference[];
	/**
	 * Hear index changes, at most one call per 500 ms, and once when the first scan ends; returns the function that
	 * stops it. Ends by itself when the plugin unloads. A listener that throws is reported in the console and does
	 * not stop the others.
	 */
	onChange(listener: (change: WeReadApiChange) => void): () => void;
}

/** What `app.plugins.getPlugin("weread-highlights")` returns while the plugin is enabled. */
export interface WeReadHighlightsPlugin {
	/** Undefined only while the plugin is still loading. */
	readonly api: WeReadHighlightsApi | undefined;
}

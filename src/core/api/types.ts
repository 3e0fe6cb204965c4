// The shapes the public scripting API hands to dataviewjs / Templater scripts (issue 14, item 6). Version 1.
//
// A copy of these types for users lives in api/weread-highlights-api.d.ts; test/unit/api/declaration-sync.test.ts
// makes `tsc` fail when the two drift. Every object is plain JSON data (strings, numbers, booleans, null), built fresh
// from the index and deep-frozen: no index object leaks, and a script cannot change what other scripts or the
// plugin's panes see.

/** Bumped when a shape or a method changes incompatibly; additions keep it. */
export const API_VERSION = 1;

/** Highlights returned when a call gives no `limit`. */
export const DEFAULT_HIGHLIGHT_LIMIT = 1000;
/**
 * The most highlights one call returns, whatever `limit` says: 10,000 frozen objects are a few MB and tens of ms;
 * the largest vaults hold 500k, and building them all would freeze the app for seconds.
 */
export const MAX_HIGHLIGHT_LIMIT = 10_000;

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
	/**
	 * True when `[[bookPath#^blockId]]` resolves in Obsidian: there is an id and Obsidian registers it as a block
	 * (not so for several ids in one quote, or an id that does not end its block). False: link to `line` instead.
	 */
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
	/** Inclusive `yyyy-MM-dd` bounds; with either one, undated entries are left out. */
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
	/** API version; see API_VERSION. */
	readonly version: number;
	/** Whether the first scan of the vault has finished (before that, lists hold what was read so far). */
	isReady(): boolean;
	/** Every book, by path. */
	books(): readonly WeReadApiBook[];
	/** Entries matching every given filter, newest first (undated last; ties by book path, then line); bounded by `limit`. */
	highlights(query?: WeReadApiHighlightQuery): readonly WeReadApiHighlight[];
	/** Links and embeds of a block (`blockId` with or without `^`), by citing path then line. */
	referencesTo(bookPath: string, blockId: string): readonly WeReadApiReference[];
	/** Hear index changes (coalesced); returns the function that stops it. Ends by itself when the plugin unloads. */
	onChange(listener: (change: WeReadApiChange) => void): () => void;
}

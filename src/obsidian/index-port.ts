import type { ParsedNote, ParseResult, ResolvedLink } from "../core/model";

/**
 * The part of the core index the adapter writes to (core/index HighlightIndex implements it). IndexSync depends on
 * this port, not on the index class: the adapter only turns vault events into these calls.
 */
export interface IndexWriter {
	upsertNote(path: string, text: string): void;
	/** Store a result parsed earlier (the persistent cache's): no text, no parse. */
	upsertParsed(result: ParseResult): void;
	/** What the index holds for a path (to write back to the persistent cache), or undefined for no book. */
	book(path: string): { readonly note: ParsedNote } | undefined;
	removeNote(path: string): void;
	renameNote(oldPath: string, newPath: string): void;
	upsertLinks(fromPath: string, links: readonly ResolvedLink[]): void;
	/** Listeners hear once at the end of `fn`. */
	batch(fn: () => void): void;
	/**
	 * Prepare search for books that are not ready yet, stopping when `yieldNow()` says so; true when all are ready.
	 * Optional: the adapter calls it in idle slices after the first scan so the reader's first query is not the slow one.
	 */
	warmSearch?(yieldNow: () => boolean): boolean;
}

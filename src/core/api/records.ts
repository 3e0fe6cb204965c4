import type { BookSummary, TimelineEntry } from "../index";
import type { Reference } from "../model";
import type { WeReadApiBook, WeReadApiHighlight, WeReadApiReference } from "./types";

// Index objects → the API's plain records. Each field is copied by name (never a spread), so a field added to an
// index type never leaks into the public shape, and nothing a script receives is an index object.

export function bookRecord(s: BookSummary): WeReadApiBook {
	return Object.freeze({
		path: s.path,
		bookId: s.bookId,
		title: s.title,
		author: s.author,
		highlightCount: s.highlightCount,
		thoughtCount: s.thoughtCount,
		citedHighlightCount: s.citedHighlightCount,
		firstDay: s.firstDay,
		lastDay: s.lastDay,
	});
}

export function highlightRecord(e: TimelineEntry): WeReadApiHighlight {
	return Object.freeze({
		kind: e.kind,
		bookPath: e.bookPath,
		bookTitle: e.bookTitle,
		blockId: e.blockId,
		linkable: e.blockId !== null && e.blockIdResolvable,
		chapterTitle: e.chapterTitle,
		text: e.text,
		thought: e.thought,
		createdAt: e.createdAt,
		day: e.day,
		line: e.line,
	});
}

export function referenceRecord(r: Reference): WeReadApiReference {
	return Object.freeze({ from: r.from, line: r.line, embed: r.embed, resolved: r.resolved });
}

/** A frozen array of records (themselves frozen, with only primitive fields): deep-frozen as a whole. */
export function frozenList<T, R>(items: readonly T[], toRecord: (item: T) => R): readonly R[] {
	return Object.freeze(items.map(toRecord));
}

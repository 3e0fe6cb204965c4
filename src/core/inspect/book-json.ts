import { buildBook } from "../index/book-entry";
import { listedChapters } from "../index/outline";
import type { ChapterOutline } from "../index/types";
import type { ParsedNote } from "../model";

// The per-book shape of the `inspect` contract (design §3). Tests and external checks rely on its exact fields.

export interface InspectHighlight {
	blockId: string | null;
	chapterTitle: string | null;
	chapterUid: number | null;
	rangeStart: number | null;
	rangeEnd: number | null;
	text: string;
	thought: string | null;
	createdAt: string | null;
	line: number;
}

export interface InspectReview {
	kind: string;
	blockId: string | null;
	chapterTitle: string | null;
	abstract: string | null;
	content: string;
	createdAt: string | null;
	line: number;
}

/**
 * A chapter as the book pane's outline lists it. A group without a heading of its own has `level` null and `line`
 * -1: the entries under no heading (`title` null, listed first) and a chapter known only from 读书笔记 (its title).
 */
export interface InspectChapter {
	title: string | null;
	level: number | null;
	line: number;
	highlightCount: number;
}

export interface InspectBook {
	path: string;
	bookId: string | null;
	title: string;
	highlightCount: number;
	reviewCount: number;
	/** The chapters the book pane's outline lists, in its order (listedChapters). */
	chapters: InspectChapter[];
	highlights: InspectHighlight[];
	reviews: InspectReview[];
	diagnostics: { line: number; code: string; message: string }[];
}

/** `chapters`: the book's outline as the index built it (built here from the note when not given). */
export function toInspectBook(note: ParsedNote, chapters: readonly ChapterOutline[] = buildBook(note).entry.chapters): InspectBook {
	return {
		path: note.path,
		bookId: note.meta.bookId,
		title: note.meta.title,
		highlightCount: note.highlights.length,
		reviewCount: note.reviews.length,
		chapters: listedChapters(chapters).map((c) => ({ title: c.title, level: c.level, line: c.line, highlightCount: c.highlightCount })),
		highlights: note.highlights.map((h) => ({
			blockId: h.blockId,
			chapterTitle: h.chapterTitle,
			chapterUid: h.chapterUid,
			rangeStart: h.rangeStart,
			rangeEnd: h.rangeEnd,
			text: h.text,
			thought: h.thought,
			createdAt: h.createdAt,
			line: h.line,
		})),
		reviews: note.reviews.map((r) => ({
			kind: r.kind,
			blockId: r.blockId,
			chapterTitle: r.chapterTitle,
			abstract: r.abstract,
			content: r.content,
			createdAt: r.createdAt,
			line: r.line,
		})),
		diagnostics: note.diagnostics.map((d) => ({ line: d.line, code: d.code, message: d.message })),
	};
}

import type { ChapterOutline } from "./types";

// Which chapters a book's outline lists. The index keeps every heading of the note (the sync writes headings for
// chapters without highlights: 封面, 版权信息…, and every chapter with showEmptyChapterTitleToggle); a reader's
// outline lists only chapters that hold something to read. The `inspect` contract lists the same chapters
// (design §3), so the book pane and external checks agree.

/** Whether the outline lists the chapter: it holds at least one entry (a highlight, thought or chapter review). */
export function chapterListed(chapter: ChapterOutline): boolean {
	return chapter.entries.length > 0;
}

/** The chapters an outline lists, in book order. */
export function outlineChapters(chapters: readonly ChapterOutline[]): ChapterOutline[] {
	return chapters.filter(chapterListed);
}

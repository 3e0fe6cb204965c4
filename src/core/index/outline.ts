import type { ChapterOutline } from "./types";

// Which chapters a book's outline lists. The index keeps every heading of the note (the sync writes headings for
// chapters without highlights: 封面, 版权信息…, and every chapter with showEmptyChapterTitleToggle); a reader's
// outline lists only chapters that hold something to read, and the part headings above them. The book pane and the
// `inspect` contract (design §3) both call `listedChapters`, so the pane and external checks agree.

/**
 * The chapters the outline lists (and `inspect` reports), in the order given: a chapter with at least one entry (a
 * highlight, a thought or a chapter review), and a heading with none of its own when a chapter under it has one
 * (readers navigate a book by its parts). "Under" follows the heading levels in the list's order: the chapters after
 * a heading of level L with a deeper level, up to the next chapter of level L or above, or one without a level (a
 * group with no heading of its own ends every open heading and is never a parent). The quote-era template with "show
 * empty chapter titles" writes every heading of the book (封面, 版权信息…): those with nothing under them go.
 */
export function listedChapters<C extends Pick<ChapterOutline, "level" | "entries">>(chapters: readonly C[]): C[] {
	const keep = rollUpToHeadings(chapters, chapters.map((c) => c.entries.length > 0));
	return chapters.filter((_, i) => keep[i] === true);
}

/** `own` per chapter, or-ed into every heading above it (see listedChapters for what "above" means). */
export function rollUpToHeadings(chapters: readonly Pick<ChapterOutline, "level">[], own: readonly boolean[]): boolean[] {
	const parent: number[] = [];
	const open: number[] = [];
	chapters.forEach((c, i) => {
		const level = c.level;
		if (level === null) {
			open.length = 0;
			parent.push(-1);
			return;
		}
		while (open.length > 0 && (chapters[open[open.length - 1] ?? -1]?.level ?? 0) >= level) open.pop();
		parent.push(open[open.length - 1] ?? -1);
		open.push(i);
	});
	const out = own.slice();
	// A parent comes before its children: walking backwards settles every child before its parent.
	for (let i = out.length - 1; i >= 0; i--) {
		const p = parent[i] ?? -1;
		if (out[i] === true && p >= 0) out[p] = true;
	}
	return out;
}

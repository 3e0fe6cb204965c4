import { splitTrailingId } from "../parse/block-id";

// Where citation badges go (issue 13 item 1), from the text alone: a badge sits at the end of a line that ends with
// a `^id` the book knows. Reading the id off the line, not the index's stored line number, keeps badges on the right
// line while the reader edits (the index re-parses a note only after Obsidian's metadata cache has caught up), and
// lets the editor look only at the lines on screen (item 2: no full-document scan per keystroke).

/** What the book knows of a block id: how often it is cited, and whether Obsidian registers it as a block. */
export interface BlockCitations {
	readonly count: number;
	/** False when Obsidian will not register the id: links to it do not resolve ("Unable to find section"). */
	readonly linkable: boolean;
}

/** The book's answer for an id; null when the book has no highlight or thought with this id (no badge at all). */
export type CitationLookup = (id: string) => BlockCitations | null;

export interface LineBadge extends BlockCitations {
	/** The block id without `^`, as written. */
	readonly id: string;
}

/** The badge for one line, or null: no trailing id, an id the book does not know, or uncited and zeros hidden. */
export function badgeForLine(text: string, lookup: CitationLookup, showZero: boolean): LineBadge | null {
	if (text.indexOf("^") === -1) return null;
	const trailing = splitTrailingId(text);
	if (trailing === null) return null;
	const found = lookup(trailing.id);
	if (found === null || (found.count === 0 && !showZero)) return null;
	return { id: trailing.id, count: found.count, linkable: found.linkable };
}

/** A trailing id in a section of a note rendered in Reading view, with the list item that holds it. */
export interface SectionId {
	readonly id: string;
	/** 0-based line in the note. */
	readonly line: number;
	/**
	 * When the section is a list: which of its top-level items (0-based, in order) the line belongs to, since Reading
	 * view renders each as an `li` and the badge belongs beside that item. Null when the section is not a list.
	 */
	readonly listItem: number | null;
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/**
 * The trailing ids of lines `lineStart`…`lineEnd` (inclusive, 0-based; what Obsidian's `getSectionInfo` gives) of
 * a note's lines. A section whose first line is a list item is a list: items at its first item's indentation are
 * the top-level ones.
 */
export function sectionIds(lines: readonly string[], lineStart: number, lineEnd: number): SectionId[] {
	const out: SectionId[] = [];
	const first = LIST_ITEM.exec(lines[lineStart] ?? "");
	const baseIndent = first ? (first[1] ?? "").length : -1;
	let item = -1;
	for (let line = lineStart; line <= lineEnd && line < lines.length; line++) {
		const text = lines[line] ?? "";
		if (baseIndent >= 0) {
			const m = LIST_ITEM.exec(text);
			if (m && (m[1] ?? "").length === baseIndent) item++;
		}
		if (text.indexOf("^") === -1) continue;
		const trailing = splitTrailingId(text);
		if (trailing !== null) out.push({ id: trailing.id, line, listItem: baseIndent >= 0 ? Math.max(item, 0) : null });
	}
	return out;
}

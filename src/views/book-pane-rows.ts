import type { TimelineEntry } from "../core/index";
import type { ChapterItem } from "../core/view-models/book";
import type { BookListRow, BookRowIndex } from "../core/view-models/book-rows";
import type { VirtualListSource } from "./render/virtual-list";

// The book pane's rows as the windowed list's source: a few head rows (the header, the outline, a message), then
// the book's chapter titles and entries, looked up as the list asks for them (core/view-models/book-rows.ts) —
// never built as one array of thousands of rows and closures.

/** One head row: its stable key, kind, whether focus rests on it, and how to build it. */
export interface PaneRow {
	readonly key: string;
	readonly kind: string;
	readonly focusable: boolean;
	readonly render: (parent: DocumentFragment) => HTMLElement;
}

/** The book's own rows below the head rows: their index and how to build a title or an entry. */
export interface BodyRows {
	readonly index: BookRowIndex;
	readonly renderSection: (parent: DocumentFragment, chapter: ChapterItem) => HTMLElement;
	readonly renderEntry: (parent: DocumentFragment, entry: TimelineEntry) => HTMLElement;
}

/** What the list shows: the head rows, then the book's rows from row `head.length` on. */
export class PaneRows {
	constructor(
		readonly head: readonly PaneRow[],
		readonly body?: BodyRows,
	) {}

	/** The list row of a chapter's title (by ChapterItem.key), or -1. */
	indexOfChapter(key: string): number {
		const i = this.body?.index.indexOfChapter(key) ?? -1;
		return i === -1 ? -1 : this.head.length + i;
	}

	source(): VirtualListSource {
		const { head, body } = this;
		const at = head.length;
		const row = (i: number): BookListRow | undefined => body?.index.at(i - at);
		return {
			length: at + (body?.index.length ?? 0),
			key: (i) => (i < at ? (head[i]?.key ?? "") : listRowKey(row(i))),
			kind: (i) => (i < at ? (head[i]?.kind ?? "entry") : listRowKind(row(i)?.kind ?? "entry")),
			focusable: (i) => (i < at ? head[i]?.focusable === true : row(i)?.kind === "entry"),
			render: (parent, i) => {
				if (i < at) return head[i]?.render(parent) ?? parent.createDiv();
				const r = row(i);
				if (r === undefined || body === undefined) return parent.createDiv();
				return r.kind === "section" ? body.renderSection(parent, r.chapter) : body.renderEntry(parent, r.entry);
			},
			runs: (visit) => {
				head.forEach((h, i) => visit(h.kind, i, 1));
				body?.index.runs((kind, from, count) => visit(listRowKind(kind), at + from, count));
			},
		};
	}
}

/** The list key of a book row: a chapter title's, or the entry's own. */
function listRowKey(row: BookListRow | undefined): string {
	if (row === undefined) return "";
	return row.kind === "section" ? `chapter:${row.chapter.key}` : row.entry.key;
}

/** The list's row kind (its height estimates): "header" for a chapter title. */
function listRowKind(kind: BookListRow["kind"]): string {
	return kind === "section" ? "header" : "entry";
}

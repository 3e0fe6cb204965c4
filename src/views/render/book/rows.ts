import type { Translate } from "../../../core/i18n";
import type { TimelineEntry } from "../../../core/index";
import type { BookSection, ChapterItem } from "../../../core/view-models/book";
import type { EntryActions } from "../../entry-actions";
import { renderEntryRow } from "../entry-row";
import type { RowOwner } from "../row-lifetimes";
import { appendMarked } from "../search-marks";

// The book's rows as the windowed list shows them (issue 15 item 4): one flat run of chapter titles and entries,
// so only the rows in view exist in the DOM, whatever the book's size.

export interface BookRowsOptions {
	readonly t: Translate;
	readonly actions: EntryActions;
	readonly showPopular: boolean;
	/** Time order mixes chapters: each row then names its chapter. */
	readonly showChapter: boolean;
	/** Keys of rows whose long text the reader expanded (kept across re-renders). */
	readonly expanded: Set<string>;
	/** The pane's filter: its terms are marked in the rows. */
	readonly search?: string;
	/** The pane: owns the rendering of reviews' markdown (entry-row.ts). */
	readonly owner?: RowOwner;
	/** A row's text was expanded or collapsed: its height changed. */
	readonly onResize?: () => void;
}

/** One row of the list: a chapter's title (book order) or an entry. */
export type BookListRow = { readonly kind: "section"; readonly chapter: ChapterItem } | { readonly kind: "entry"; readonly entry: TimelineEntry };

/** Sections as one run of rows: each chapter's title, then its entries (time order and book reviews: no title). */
export function flattenSections(sections: readonly BookSection[]): BookListRow[] {
	const out: BookListRow[] = [];
	for (const section of sections) {
		if (section.chapter !== null) out.push({ kind: "section", chapter: section.chapter });
		for (const entry of section.entries) out.push({ kind: "entry", entry });
	}
	return out;
}

/** A chapter's title above its rows; the filter's terms marked (the filter matches chapter titles too). */
export function renderSectionTitle(parent: HTMLElement | DocumentFragment, chapter: ChapterItem, t: Translate, terms: readonly string[]): HTMLElement {
	const title = parent.createDiv({
		cls: ["wrh-book-section-title", `wrh-level-${Math.min(chapter.level ?? 1, 4)}`],
		attr: { "data-chapter-key": chapter.key, "data-key": `chapter:${chapter.key}` },
	});
	if (chapter.title === null) title.setText(t("bookNoChapter"));
	else appendMarked(title, chapter.title, terms);
	return title;
}

/** One entry row of the book. */
export function renderBookEntry(parent: HTMLElement | DocumentFragment, entry: TimelineEntry, options: BookRowsOptions): HTMLElement {
	// entry-row takes an HTMLElement parent; a detached div stands in for the list's fragment.
	const holder = createDiv();
	const el = renderEntryRow(holder, entry, {
		actions: options.actions,
		t: options.t,
		showChapter: options.showChapter,
		showPopular: options.showPopular,
		search: options.search,
		owner: options.owner,
		expanded: options.expanded.has(entry.key),
		onExpandedChange: (open) => {
			if (open) options.expanded.add(entry.key);
			else options.expanded.delete(entry.key);
			options.onResize?.();
		},
	});
	parent.appendChild(el);
	return el;
}

/** A one-line message in place of the book: indexing, nothing chosen, gone, no matches. */
export function renderBookMessage(parent: HTMLElement | DocumentFragment, cls: string, text: string): HTMLElement {
	return parent.createDiv({ cls: ["wrh-book-message", cls], text });
}

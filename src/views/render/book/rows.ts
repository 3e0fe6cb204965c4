import type { Translate } from "../../../core/i18n";
import type { TimelineEntry } from "../../../core/index";
import type { ChapterItem } from "../../../core/view-models/book";
import type { EntryActions } from "../../entry-actions";
import { renderEntryRow } from "../entry-row";
import type { RowOwner } from "../row-lifetimes";
import { appendMarked } from "../search-marks";

// The book's rows as the windowed list shows them (issue 15 item 4): chapter titles and entries, one run of rows
// (core/view-models/book-rows.ts), so only the rows in view exist in the DOM, whatever the book's size.

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
	/** Times cited, as the pane counted them for this render (else each row asks `actions.citedCount`). */
	readonly citedCount?: (entry: TimelineEntry) => number;
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
		citedCount: options.citedCount?.(entry),
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

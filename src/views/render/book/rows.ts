import type { Translate } from "../../../core/i18n";
import type { BookSection } from "../../../core/view-models/book";
import type { EntryActions } from "../../entry-actions";
import { queryTerms } from "../../../core/index/search";
import { renderEntryRow } from "../entry-row";
import type { RowOwner } from "../row-lifetimes";
import { appendMarked } from "../search-marks";

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
}

/** The rows, under a heading per chapter (book order) or in one run (time order). */
export function renderBookSections(parent: HTMLElement, sections: readonly BookSection[], options: BookRowsOptions): void {
	const { t } = options;
	const terms = options.search === undefined ? [] : queryTerms(options.search);
	for (const section of sections) {
		const el = parent.createDiv("wrh-book-section");
		const chapter = section.chapter;
		if (chapter !== null) {
			el.setAttr("data-chapter-key", chapter.key);
			const title = el.createDiv({ cls: ["wrh-book-section-title", `wrh-level-${Math.min(chapter.level ?? 1, 4)}`] });
			// The filter matches chapter titles too: mark the match where the rows show their chapter.
			if (chapter.title === null) title.setText(t("bookNoChapter"));
			else appendMarked(title, chapter.title, terms);
		}
		const list = el.createDiv({ cls: "wrh-book-section-rows", attr: { role: "list" } });
		for (const entry of section.entries) {
			renderEntryRow(list, entry, {
				actions: options.actions,
				t,
				showChapter: options.showChapter,
				showPopular: options.showPopular,
				search: options.search,
				owner: options.owner,
				expanded: options.expanded.has(entry.key),
				onExpandedChange: (open) => {
					if (open) options.expanded.add(entry.key);
					else options.expanded.delete(entry.key);
				},
			});
		}
	}
}

/** A one-line message in place of the book: indexing, nothing chosen, gone, no matches. */
export function renderBookMessage(parent: HTMLElement, cls: string, text: string): HTMLElement {
	return parent.createDiv({ cls: ["wrh-book-message", cls], text });
}

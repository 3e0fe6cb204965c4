import type { Translate } from "../../../core/i18n";
import type { BookHeader } from "../../../core/view-models/book";

/** Title, author, and one line of figures: highlights · thoughts · first – last day · share cited. */
export function renderBookHeader(parent: HTMLElement, header: BookHeader, t: Translate): HTMLElement {
	const el = parent.createDiv("wrh-book-header");
	el.createDiv({ cls: "wrh-book-title", text: header.title, attr: { role: "heading", "aria-level": 2 } });
	if (header.author !== null) el.createDiv({ cls: "wrh-book-author", text: t("bookByAuthor", { author: header.author }) });
	const stats = el.createDiv("wrh-book-stats");
	stats.createSpan({ cls: "wrh-book-stat wrh-book-stat-highlights", text: t("bookStatHighlights", { count: header.highlightCount }) });
	stats.createSpan({ cls: "wrh-book-stat wrh-book-stat-thoughts", text: t("bookStatThoughts", { count: header.thoughtCount }) });
	if (header.firstDay !== null && header.lastDay !== null) {
		const days = header.firstDay === header.lastDay ? header.firstDay : t("bookStatDays", { first: header.firstDay, last: header.lastDay });
		stats.createSpan({ cls: "wrh-book-stat wrh-book-stat-days", text: days });
	}
	if (header.citedShare !== null) {
		stats.createSpan({ cls: "wrh-book-stat wrh-book-stat-cited", text: t("bookStatCited", { percent: Math.round(header.citedShare * 100) }) });
	}
	// Issue 13: say so where a reader decides what to cite; the ids are the sync template's, not the reader's doing.
	if (header.unlinkableCount > 0) el.createDiv({ cls: "wrh-book-unlinkable", text: t("bookUnlinkable", { count: header.unlinkableCount }) });
	return el;
}

import type { MessageKey, Translate } from "../../../core/i18n";
import type { ReadingStatus } from "../../../core/model";
import type { ShelfBook, ShelfGroup, ShelfGrouping } from "../../../core/view-models/shelf";
import { LIST_ROW_CLASS } from "../list-keyboard";

// The bookshelf's rows: a group header (status, category or year, with its count) and a book row (cover when covers
// are on, title, author, the book's figures). Pure render functions; the row hands a click or Enter to `onOpen`.

export const STATUS_KEYS: Readonly<Record<ReadingStatus, MessageKey>> = {
	reading: "shelfStatusReading",
	finished: "shelfStatusFinished",
	read: "shelfStatusRead",
	unmarked: "shelfStatusUnmarked",
};

export function groupLabel(group: ShelfGroup, grouping: ShelfGrouping, t: Translate): string {
	if (group.value === null) return grouping === "status" ? t("shelfNoStatus") : grouping === "category" ? t("shelfNoCategory") : t("shelfUndated");
	return grouping === "status" ? t(STATUS_KEYS[group.value as ReadingStatus]) : group.value;
}

export function renderShelfGroupHeader(parent: DocumentFragment, group: ShelfGroup, grouping: ShelfGrouping, t: Translate): HTMLElement {
	const el = parent.createDiv({ cls: "wrh-shelf-group", attr: { role: "heading", "aria-level": 3, "data-key": group.key } });
	el.createSpan({ cls: "wrh-shelf-group-title", text: groupLabel(group, grouping, t) });
	el.createSpan({ cls: "wrh-shelf-group-count", text: t(group.books.length === 1 ? "shelfGroupCountOne" : "shelfGroupCount", { count: group.books.length }) });
	return el;
}

export interface ShelfRowOptions {
	readonly t: Translate;
	/** Draw the cover image (the setting; off by default: covers load from WeRead's servers). */
	readonly covers: boolean;
	readonly onOpen: (book: ShelfBook) => void;
}

export function renderShelfRow(parent: DocumentFragment, book: ShelfBook, options: ShelfRowOptions): HTMLElement {
	const { t } = options;
	const row = parent.createDiv({
		cls: ["wrh-shelf-book", LIST_ROW_CLASS],
		attr: { role: "listitem", tabindex: -1, "data-key": book.path, "aria-label": t("shelfRowLabel", { title: book.title }) },
	});
	if (options.covers && book.cover !== null) {
		// Lazy: only rows scrolled into view fetch theirs. No referrer: WeRead's CDN learns nothing of the vault.
		row.createEl("img", { cls: "wrh-shelf-cover", attr: { src: book.cover, alt: "", loading: "lazy", referrerpolicy: "no-referrer", decoding: "async" } });
	}
	const main = row.createDiv({ cls: "wrh-shelf-main" });
	const head = main.createDiv({ cls: "wrh-shelf-head" });
	head.createSpan({ cls: "wrh-shelf-title", text: book.title });
	if (book.status !== null) head.createSpan({ cls: ["wrh-shelf-status", `wrh-shelf-status-${book.status}`], text: t(STATUS_KEYS[book.status]) });
	if (book.author !== null) main.createDiv({ cls: "wrh-shelf-author", text: book.author });
	const meta = main.createDiv({ cls: "wrh-shelf-meta" });
	const stat = (cls: string, text: string): void => void meta.createSpan({ cls: ["wrh-shelf-stat", cls], text });
	stat("wrh-shelf-highlights", t(book.highlightCount === 1 ? "shelfHighlightOne" : "shelfHighlights", { count: book.highlightCount }));
	if (book.thoughtCount > 0) stat("wrh-shelf-thoughts", t(book.thoughtCount === 1 ? "shelfThoughtOne" : "shelfThoughts", { count: book.thoughtCount }));
	if (book.firstDay !== null && book.lastDay !== null) stat("wrh-shelf-days", book.firstDay === book.lastDay ? book.firstDay : `${book.firstDay} – ${book.lastDay}`);
	if (book.citedShare !== null) stat("wrh-shelf-cited", t("shelfCited", { percent: Math.round(book.citedShare * 100) }));
	if (book.finishedDate !== null) stat("wrh-shelf-finished", t("shelfFinishedOn", { date: book.finishedDate }));

	row.addEventListener("click", () => options.onOpen(book));
	row.addEventListener("keydown", (evt) => {
		if (evt.target !== row || (evt.key !== "Enter" && evt.key !== " ")) return;
		evt.preventDefault();
		options.onOpen(book);
	});
	return row;
}

import type { Translate } from "../../../core/i18n";
import type { TopBook, YearStats } from "../../../core/view-models/year-stats";

// The year's top books and top categories (issue 14 item 4). A book is a button that opens its book pane; a
// category is a disclosure (<details>: Tab, Enter and a tap open it natively) listing its books, each a button too.

export interface ListActions {
	showBook(path: string): void;
}

export function renderTopBooks(parent: HTMLElement, stats: YearStats, t: Translate, actions: ListActions): HTMLElement {
	const section = parent.createDiv({ cls: "wrh-year-section wrh-year-books-section" });
	section.createEl("h3", { cls: "wrh-year-heading", text: t("yearTopBooks") });
	const list = section.createEl("ol", { cls: "wrh-year-books" });
	for (const book of stats.topBooks) bookButton(list.createEl("li"), book, t, actions);
	return section;
}

export function renderTopCategories(parent: HTMLElement, stats: YearStats, t: Translate, actions: ListActions): HTMLElement {
	const section = parent.createDiv({ cls: "wrh-year-section wrh-year-categories-section" });
	section.createEl("h3", { cls: "wrh-year-heading", text: t("yearTopCategories") });
	if (stats.topCategories.length === 0) {
		section.createDiv({ cls: "wrh-year-note", text: t("yearNoCategories") });
		return section;
	}
	const list = section.createEl("ol", { cls: "wrh-year-categories" });
	for (const c of stats.topCategories) {
		const details = list.createEl("li").createEl("details", { cls: "wrh-year-category", attr: { "data-category": c.category } });
		const summary = details.createEl("summary", { cls: "wrh-year-category-summary" });
		summary.createSpan({ cls: "wrh-year-category-name", text: c.category });
		summary.createSpan({ cls: "wrh-year-count", text: `${t("yearEntries", { count: c.entries })} · ${t("yearCategoryBooks", { count: c.books.length })}` });
		const books = details.createEl("ul", { cls: "wrh-year-category-books" });
		for (const b of c.books) bookButton(books.createEl("li"), b, t, actions);
	}
	return section;
}

function bookButton(parent: HTMLElement, book: TopBook, t: Translate, actions: ListActions): void {
	const el = parent.createEl("button", { cls: "wrh-year-book", attr: { "data-path": book.path } });
	const names = el.createSpan({ cls: "wrh-year-book-names" });
	names.createSpan({ cls: "wrh-year-book-title", text: book.title });
	if (book.author !== null) names.createSpan({ cls: "wrh-year-book-author", text: book.author });
	el.createSpan({ cls: "wrh-year-count", text: t("yearEntries", { count: book.entries }) });
	el.addEventListener("click", () => actions.showBook(book.path));
}

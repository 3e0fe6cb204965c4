import { ItemView, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_BOOK } from "../constants";
import type { Translate } from "../core/i18n";
import type { BookEntry, HighlightIndex, TimelineEntry } from "../core/index";
import type { Settings } from "../core/settings";
import { buildBookViewModel, type BookOrder, type ChapterItem } from "../core/view-models/book";
import { BookRowIndex } from "../core/view-models/book-rows";
import { CitationCounts } from "./book-pane-citations";
import { PaneRows, type BodyRows, type PaneRow } from "./book-pane-rows";
import type { EntryActions } from "./entry-actions";
import { renderBookHeader } from "./render/book/header";
import { renderChapterOutline } from "./render/book/outline";
import { renderBookEntry, renderBookMessage, renderSectionTitle, type BookRowsOptions } from "./render/book/rows";
import { queryTerms } from "../core/index/search";
import { VirtualList, type VirtualListOptions } from "./render/virtual-list";

// The Book highlights pane (issue 4): one book's header, chapter outline and rows. Thin: state (which book, pinned,
// order, filter) lives here; what to show comes from the view-model; the DOM from render/book/*.
//
// Everything below the toolbar is one windowed list (issue 15 item 4, the timeline's VirtualList): the header, the
// outline, chapter titles and entries are its rows, so they scroll together as before while only the rows in view
// exist in the DOM — a book of thousands of highlights renders and scrolls as fast as a short one.

/** Height guesses of the pane's own row kinds (px), until the list has measured one of each. */
const BOOK_ESTIMATES: Readonly<Record<string, number>> = { "book-header": 96, "outline-open": 320, "outline-closed": 48, message: 56, header: 40, entry: 76 };

/** "cold" / "initializing" / "warm", as IndexSync reports it. */
export interface IndexStatusSource {
	getStatus(): { readonly state: "cold" | "initializing" | "warm" };
	onStatus(listener: (status: { readonly state: "cold" | "initializing" | "warm" }) => void): () => void;
}

/** The note open in the main area, and moves of notes (src/obsidian implements it over the workspace and vault). */
export interface ActiveFileSource {
	path(): string | null;
	onChange(listener: (path: string | null) => void): () => void;
	onRename(listener: (oldPath: string, newPath: string) => void): () => void;
}

export interface BookViewDeps {
	readonly index: HighlightIndex;
	readonly settings: () => Settings;
	readonly actions: EntryActions;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	readonly activeFile: ActiveFileSource;
	/** The windowed list's layout (tests inject it: happy-dom has none). */
	readonly list?: VirtualListOptions;
}

interface BookViewState {
	file?: unknown;
	pinned?: unknown;
	order?: unknown;
}

export class BookView extends ItemView {
	private bookPath: string | null = null;
	private pinned = false;
	private order: BookOrder | null = null;
	private filter = "";
	private onlyUncited = false;
	private outlineOpen = true;
	private readonly expanded = new Set<string>();
	/** What the body shows now: re-render only when one of these changes. */
	private shown: { book: BookEntry | undefined; cited: string; state: string; query: string } | null = null;
	/** The book whose rows the list shows (a new book starts at the top; the same one keeps its scroll position). */
	private listedPath: string | null = null;
	private rows = new PaneRows([]);
	private readonly citations: CitationCounts;
	private bodyEl!: HTMLElement;
	private listView: VirtualList | null = null;
	private orderButton!: HTMLButtonElement;
	private pinButton!: HTMLElement;
	/** "3 of 12 shown" while narrowed. Built once with the toolbar, not with the body: a live region announces a
	 * change of its text only when the element itself stays in the document. */
	private matchCountEl!: HTMLElement;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: BookViewDeps,
	) {
		super(leaf);
		this.icon = "book-open";
		this.citations = new CitationCounts((e) => deps.actions.citedCount(e), () => deps.index.revision);
	}

	getViewType(): string {
		return VIEW_TYPE_BOOK;
	}

	getDisplayText(): string {
		const book = this.bookPath === null ? undefined : this.deps.index.book(this.bookPath);
		return book?.note.meta.title ?? this.deps.t()("bookViewTitle");
	}

	/** The book shown (vault path), or null. */
	get currentPath(): string | null {
		return this.bookPath;
	}

	/** The windowed list (tests and the bench drive it). */
	get list(): VirtualList | null {
		return this.listView;
	}

	get isPinned(): boolean {
		return this.pinned;
	}

	/** Show this book (the command, the picker). A pinned pane stays pinned, now to this book. */
	showBook(path: string): void {
		if (this.bookPath !== path) {
			this.bookPath = path;
			this.expanded.clear();
		}
		this.render(true);
	}

	override getState(): Record<string, unknown> {
		return { file: this.bookPath, pinned: this.pinned, order: this.order };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (typeof state === "object" && state !== null ? state : {}) as BookViewState;
		if (typeof s.file === "string") this.bookPath = s.file;
		if (typeof s.pinned === "boolean") this.pinned = s.pinned;
		if (s.order === "book" || s.order === "time") this.order = s.order;
		await super.setState(state, result);
		this.updatePin();
		this.render(true);
	}

	protected override onOpen(): Promise<void> {
		const t = this.deps.t();
		const root = this.contentEl;
		root.empty();
		root.addClass("wrh-book-view");
		this.buildToolbar(root, t);
		this.bodyEl = root.createDiv("wrh-book-body");
		this.listView = this.addChild(new VirtualList(this.bodyEl, { label: t("bookViewTitle"), estimates: BOOK_ESTIMATES, ...this.deps.list }));
		this.listView.scrollerEl.addClass("wrh-book-list");
		this.pinButton = this.addAction("pin", t("bookPin"), () => {
			this.pinned = !this.pinned;
			// Unpinning: catch up with the note the reader has open now.
			if (!this.pinned) this.follow(this.deps.activeFile.path());
			this.updatePin();
			this.render(true);
		});
		this.updatePin();

		this.register(this.deps.index.subscribe(() => this.onIndexChange()));
		this.register(this.deps.status.onStatus(() => this.onIndexChange()));
		this.register(
			this.deps.activeFile.onChange((path) => {
				if (!this.pinned && this.follow(path)) this.render(false);
			}),
		);
		this.register(
			this.deps.activeFile.onRename((oldPath, newPath) => {
				if (this.bookPath === oldPath) {
					this.bookPath = newPath;
					this.render(true);
				}
			}),
		);
		if (this.bookPath === null) this.follow(this.deps.activeFile.path());
		this.render(true);
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		if (this.listView !== null) this.removeChild(this.listView);
		this.listView = null;
		this.contentEl.empty();
		return Promise.resolve();
	}

	/** Take `path` when it is a book the index knows; returns whether the shown book changed. */
	private follow(path: string | null): boolean {
		if (path === null || path === this.bookPath || this.deps.index.book(path) === undefined) return false;
		this.bookPath = path;
		this.expanded.clear();
		return true;
	}

	private onIndexChange(): void {
		// Nothing chosen yet (the pane opened during the first scan): the active note may have become a known book.
		if (this.bookPath === null && !this.pinned) this.follow(this.deps.activeFile.path());
		this.render(false);
	}

	private buildToolbar(root: HTMLElement, t: Translate): void {
		const bar = root.createDiv("wrh-book-toolbar");
		const filter = bar.createEl("input", {
			cls: "wrh-book-filter",
			type: "search",
			placeholder: t("bookFilterPlaceholder"),
			attr: { "aria-label": t("bookFilterPlaceholder"), spellcheck: "false" },
		});
		filter.value = this.filter;
		filter.addEventListener("input", () => {
			this.filter = filter.value;
			this.render(true);
		});
		this.orderButton = bar.createEl("button", { cls: "wrh-book-order" });
		this.orderButton.addEventListener("click", () => {
			this.order = this.currentOrder() === "book" ? "time" : "book";
			this.render(true);
		});
		const label = bar.createEl("label", { cls: "wrh-book-uncited" });
		const box = label.createEl("input", { type: "checkbox", cls: "wrh-book-uncited-toggle" });
		box.checked = this.onlyUncited;
		label.appendText(t("bookOnlyUncited"));
		box.addEventListener("change", () => {
			this.onlyUncited = box.checked;
			this.render(true);
		});
		// role=status is polite already; aria-live is spelled out for readers that know only the attribute.
		this.matchCountEl = bar.createSpan({ cls: "wrh-book-match-count", attr: { role: "status", "aria-live": "polite" } });
	}

	private currentOrder(): BookOrder {
		return this.order ?? this.deps.settings().bookOrder;
	}

	private updatePin(): void {
		if (this.pinButton === undefined) return;
		const t = this.deps.t();
		setIcon(this.pinButton, this.pinned ? "pin-off" : "pin");
		this.pinButton.setAttr("aria-label", this.pinned ? t("bookUnpin") : t("bookPin"));
		this.pinButton.setAttr("aria-pressed", this.pinned ? "true" : "false");
		this.pinButton.toggleClass("is-active", this.pinned);
	}

	/** Re-render the body; unless `force`, only when the book, its citations or the index state changed. */
	private render(force: boolean): void {
		if (this.bodyEl === undefined) return;
		const { index, actions } = this.deps;
		const t = this.deps.t();
		const book = this.bookPath === null ? undefined : index.book(this.bookPath);
		const state = this.deps.status.getStatus().state;
		const citations = book === undefined ? null : this.citations.of(book);
		const cited = citations?.key ?? "";
		const order = this.currentOrder();
		// Everything the rows are built from: opening the pane asks for a render several times over (onOpen,
		// setState, showBook) and a book of thousands of rows should be built once.
		const query = [this.bookPath, order, this.filter, this.onlyUncited, this.outlineOpen, this.deps.settings().showPopularCounts].join("\u0000");
		const next = { book, cited, state: state === "warm" ? "warm" : "loading", query };
		const same = this.shown !== null && this.shown.book === next.book && this.shown.cited === next.cited && this.shown.state === next.state;
		if (same && (!force || this.shown?.query === next.query)) return;
		this.shown = next;

		this.orderButton.setText(t(order === "book" ? "bookOrderBook" : "bookOrderTime"));
		this.orderButton.setAttr("data-order", order);
		const keepPosition = this.listedPath !== null && this.listedPath === this.bookPath;
		this.listedPath = this.bookPath;
		if (book === undefined) {
			this.setMatchCount("");
			if (next.state !== "warm") this.show(new PaneRows([message("wrh-book-loading", t("bookIndexing"))]), false);
			else if (this.bookPath === null) this.show(new PaneRows([message("wrh-book-empty", t("bookEmptyNoBook"))]), false);
			else this.show(new PaneRows([message("wrh-book-gone", t("bookGone"))]), false);
			return;
		}

		const citedCount = (e: TimelineEntry): number => citations?.count(e) ?? 0;
		const vm = buildBookViewModel(book, { order, filter: this.filter, onlyUncited: this.onlyUncited, citedCount });
		this.setMatchCount(vm.narrowed ? t("bookMatchCount", { shown: vm.shownCount, total: vm.totalCount }) : "");
		const head: PaneRow[] = [{ key: "book-header", kind: "book-header", focusable: false, render: (p) => renderPart(p, (el) => renderBookHeader(el, vm.header, t)) }];
		if (vm.chapters.length > 0) {
			const open = this.outlineOpen;
			head.push({
				key: "outline",
				kind: open ? "outline-open" : "outline-closed",
				focusable: false,
				render: (p) =>
					renderPart(p, (el) =>
						renderChapterOutline(el, vm.chapters, {
							t,
							open,
							narrowed: vm.narrowed,
							onToggle: (now) => {
								this.outlineOpen = now;
								this.render(true);
							},
							onChapter: (chapter, evt) => this.openChapter(book.path, chapter, evt),
						}),
					),
			});
		}
		if (vm.totalCount === 0) head.push(message("wrh-book-empty", t("bookNoHighlights")));
		else if (vm.shownCount === 0) head.push(message("wrh-book-no-match", t("bookNoMatches")));
		if (vm.shownCount === 0) {
			this.show(new PaneRows(head), keepPosition);
			return;
		}
		const options: BookRowsOptions = {
			t,
			actions,
			showPopular: this.deps.settings().showPopularCounts,
			showChapter: order === "time",
			expanded: this.expanded,
			search: this.filter,
			owner: this,
			onResize: () => this.listView?.remeasure(),
			citedCount,
		};
		const terms = queryTerms(this.filter);
		const body: BodyRows = {
			index: new BookRowIndex(vm.sections),
			renderSection: (p, chapter) => renderSectionTitle(p, chapter, t, terms),
			renderEntry: (p, entry) => renderBookEntry(p, entry, options),
		};
		this.show(new PaneRows(head, body), keepPosition);
	}

	/** Hand the rows to the list; `keepPosition`: the row at the top of the view stays there (a live update). */
	private show(rows: PaneRows, keepPosition: boolean): void {
		this.rows = rows;
		this.listView?.setSource(rows.source(), keepPosition);
	}

	/** Touch the live region only when its words change: a screen reader may announce every write. */
	private setMatchCount(text: string): void {
		if (this.matchCountEl.textContent !== text) this.matchCountEl.setText(text);
	}

	/** A chapter with a heading opens the note there; a group without one scrolls the pane to its rows. */
	private openChapter(path: string, chapter: ChapterItem, evt: MouseEvent | KeyboardEvent): void {
		if (chapter.line >= 0) {
			this.deps.actions.openLine(path, chapter.line, evt);
			return;
		}
		const i = this.rows.indexOfChapter(chapter.key);
		if (i !== -1) this.listView?.scrollToIndex(i, "start");
	}
}

function message(cls: string, text: string): PaneRow {
	return { key: `message:${cls}`, kind: "message", focusable: false, render: (p) => renderBookMessage(p, cls, text) };
}

/** A row holding one part of the pane (the header, the outline): the row's padding stands in for their margins,
 * which a list that measures rows' boxes would not see. */
function renderPart(parent: DocumentFragment, build: (el: HTMLElement) => void): HTMLElement {
	const el = parent.createDiv("wrh-book-part");
	build(el);
	return el;
}

import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { SHELF_REFRESH_MS, VIEW_TYPE_SHELF } from "../constants";
import type { Translate } from "../core/i18n";
import type { Settings } from "../core/settings";
import {
	buildShelf,
	SHELF_GROUPINGS,
	SHELF_SORTS,
	shelfBooks,
	type ShelfBook,
	type ShelfGroup,
	type ShelfQuery,
	type ShelfSource,
	type ShelfViewModel,
} from "../core/view-models/shelf";
import { renderShelfGroupHeader, renderShelfRow } from "./render/shelf/rows";
import { renderShelfToolbar, type ShelfToolbar } from "./render/shelf/toolbar";
import { renderEmptyVault, renderIndexing } from "./render/timeline/states";
import type { IndexStatusSource } from "./timeline-view";
import { VirtualList, type VirtualListOptions, type VirtualListSource } from "./render/virtual-list";

// The bookshelf pane (issue 14 item 5): every book with its figures, in a windowed list (5,000 books), filtered,
// sorted and grouped from the toolbar; a row opens that book's pane. Thin: the rows come from the shelf view-model,
// the DOM from render/shelf; this class holds the controls' state and decides when to rebuild.

export interface ShelfViewDeps {
	readonly index: ShelfSource & { readonly revision: number; subscribe(listener: (revision: number) => void): () => void; bookCount(): number };
	readonly settings: () => Pick<Settings, "shelfCovers">;
	/** Heard when a setting changes (the covers toggle redraws the rows). */
	readonly onSettingsChange: (listener: () => void) => () => void;
	/** Show a book in its Book highlights pane (book-pane.ts revealBook). */
	readonly openBook: (path: string) => void;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	/** Layout injection for tests (happy-dom has no layout). */
	readonly list?: VirtualListOptions;
}

type ShelfRow = { readonly kind: "header"; readonly group: ShelfGroup } | { readonly kind: "book"; readonly book: ShelfBook };

/** Row heights before measuring: a header line; a book's title, author and figures (a cover adds little). */
const ESTIMATES = { header: 34, book: 68 };

export class ShelfView extends ItemView {
	override icon = "library";
	private query: ShelfQuery = { sort: "last-read", grouping: "none", filter: "" };
	/** The index's rows, rebuilt only when its revision moves. */
	private books: { readonly revision: number; readonly rows: readonly ShelfBook[] } | null = null;
	private collator: { readonly locale: string; readonly collator: Intl.Collator } | null = null;
	private model: ShelfViewModel | null = null;
	private ui: { toolbar: ShelfToolbar; summary: HTMLElement; message: HTMLElement; list: VirtualList } | null = null;
	private readonly requestRefresh = debounce(() => this.refresh(true), SHELF_REFRESH_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: ShelfViewDeps,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_SHELF;
	}

	getDisplayText(): string {
		return this.deps.t()("shelfViewTitle");
	}

	override getState(): Record<string, unknown> {
		return { sort: this.query.sort, grouping: this.query.grouping };
	}

	override async setState(state: unknown, result: { history: boolean }): Promise<void> {
		const s = (state ?? {}) as { sort?: unknown; grouping?: unknown };
		const sort = SHELF_SORTS.find((x) => x === s.sort);
		const grouping = SHELF_GROUPINGS.find((x) => x === s.grouping);
		this.change({ ...(sort !== undefined ? { sort } : {}), ...(grouping !== undefined ? { grouping } : {}) });
		await super.setState(state, result);
	}

	/** The controls' state (tests read it). */
	get shelfQuery(): ShelfQuery {
		return this.query;
	}

	/** What the shelf shows now, or null before the first build (tests read it). */
	get shelf(): ShelfViewModel | null {
		return this.model;
	}

	/** The windowed list (tests and the bench drive it). */
	get list(): VirtualList | null {
		return this.ui?.list ?? null;
	}

	protected override async onOpen(): Promise<void> {
		const t = this.deps.t();
		const root = this.contentEl;
		root.empty();
		root.addClass("wrh-shelf");
		const toolbar = renderShelfToolbar(root, t, {
			onFilter: (filter) => this.change({ filter }),
			onSort: (sort) => this.change({ sort }),
			onGrouping: (grouping) => this.change({ grouping }),
		});
		const summary = root.createDiv({ cls: "wrh-shelf-summary", attr: { "aria-live": "polite" } });
		const message = root.createDiv({ cls: "wrh-shelf-message-host" });
		const list = this.addChild(new VirtualList(root, { label: t("shelfViewTitle"), estimates: ESTIMATES, ...this.deps.list }));
		this.ui = { toolbar, summary, message, list };
		this.syncControls();

		this.register(this.deps.index.subscribe(() => this.requestRefresh()));
		this.register(this.deps.status.onStatus(() => this.requestRefresh()));
		let covers = this.deps.settings().shelfCovers;
		this.register(
			this.deps.onSettingsChange(() => {
				if (this.deps.settings().shelfCovers === covers) return;
				covers = this.deps.settings().shelfCovers;
				this.refresh(true);
			}),
		);
		this.register(() => this.requestRefresh.cancel());
		this.refresh(false);
		await super.onOpen();
	}

	protected override async onClose(): Promise<void> {
		this.requestRefresh.cancel();
		this.ui = null;
		this.contentEl.empty();
		await super.onClose();
	}

	/** Change sort, grouping or filter and show the result from the top. */
	change(change: Partial<ShelfQuery>): void {
		this.query = { ...this.query, ...change };
		this.syncControls();
		this.refresh(false);
	}

	private syncControls(): void {
		const ui = this.ui;
		if (ui === null) return;
		ui.toolbar.sort.value = this.query.sort;
		ui.toolbar.grouping.value = this.query.grouping;
		if (ui.toolbar.filter.value !== this.query.filter) ui.toolbar.filter.value = this.query.filter;
	}

	private refresh(keepPosition: boolean): void {
		this.requestRefresh.cancel();
		const ui = this.ui;
		if (ui === null) return;
		const t = this.deps.t();
		const status = this.deps.status.getStatus();
		ui.message.empty();
		if (status.state !== "warm") {
			this.show(false);
			renderIndexing(ui.message, t, status.done, status.total);
			return;
		}
		if (this.deps.index.bookCount() === 0) {
			this.show(false);
			renderEmptyVault(ui.message, t);
			return;
		}
		const model = buildShelf(this.rows(), this.query, this.collatorFor(t("collationLocale")));
		this.model = model;
		ui.summary.setText(model.shownCount === model.totalCount ? t("shelfShowing", { count: model.totalCount }) : t("shelfShowingOf", { shown: model.shownCount, total: model.totalCount }));
		if (model.shownCount === 0) {
			this.show(true, false);
			const el = ui.message.createDiv({ cls: "wrh-shelf-message wrh-shelf-no-matches" });
			el.createDiv({ text: t("shelfNoMatches") });
			el.createEl("button", { cls: "wrh-shelf-clear", text: t("shelfClearFilter") }).addEventListener("click", () => this.change({ filter: "" }));
		} else this.show(true, true);
		ui.list.setSource(this.source(model, t), keepPosition);
	}

	private rows(): readonly ShelfBook[] {
		const { index } = this.deps;
		if (this.books?.revision !== index.revision) this.books = { revision: index.revision, rows: shelfBooks(index) };
		return this.books.rows;
	}

	private collatorFor(locale: string): Intl.Collator {
		if (this.collator?.locale !== locale) this.collator = { locale, collator: new Intl.Collator(locale) };
		return this.collator.collator;
	}

	private show(summary: boolean, list = false): void {
		if (this.ui === null) return;
		this.ui.summary.toggleClass("wrh-hidden", !summary);
		this.ui.list.scrollerEl.toggleClass("wrh-hidden", !list);
	}

	private source(model: ShelfViewModel, t: Translate): VirtualListSource {
		const grouping = this.query.grouping;
		const rows: ShelfRow[] = [];
		for (const group of model.groups) {
			if (grouping !== "none") rows.push({ kind: "header", group });
			for (const book of group.books) rows.push({ kind: "book", book });
		}
		const covers = this.deps.settings().shelfCovers;
		const onOpen = (book: ShelfBook): void => this.deps.openBook(book.path);
		return {
			length: rows.length,
			key: (i) => {
				const row = rows[i];
				return row === undefined ? "" : row.kind === "header" ? `group:${row.group.key}` : row.book.path;
			},
			kind: (i) => rows[i]?.kind ?? "book",
			focusable: (i) => rows[i]?.kind === "book",
			render: (parent, i) => {
				const row = rows[i];
				if (row === undefined) return parent.createDiv();
				if (row.kind === "header") return renderShelfGroupHeader(parent, row.group, grouping, t);
				return renderShelfRow(parent, row.book, { t, covers, onOpen });
			},
		};
	}
}

import { FuzzySuggestModal, TFile, type App, type Plugin } from "obsidian";
import { VIEW_TYPE_BOOK } from "../constants";
import type { Translate } from "../core/i18n";
import type { BookSummary, HighlightIndex } from "../core/index";
import type { Settings } from "../core/settings";
import { BookView, type ActiveFileSource, type IndexStatusSource } from "../views/book-view";
import type { EntryActions } from "../views/entry-actions";
import { revealLoaded } from "./reveal-leaf";

// Wiring of the Book highlights pane (issue 4): its view type, the "Show book highlights" command with its book
// picker, and the active-file port the pane follows. main.ts calls `registerBookPane` once.

export interface BookPaneDeps {
	readonly index: HighlightIndex;
	readonly settings: () => Settings;
	readonly actions: EntryActions;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
}

export function registerBookPane(plugin: Plugin, deps: BookPaneDeps): void {
	const { app } = plugin;
	const activeFile = activeFileSource(app);
	plugin.registerView(VIEW_TYPE_BOOK, (leaf) => new BookView(leaf, { ...deps, activeFile }));
	plugin.addCommand({
		id: "show-book-highlights",
		name: deps.t()("commandShowBook"),
		callback: () => showBookHighlights(app, deps),
	});
}

/** In a WeRead note: that book's pane. Anywhere else: pick a book first. */
export function showBookHighlights(app: App, deps: Pick<BookPaneDeps, "index" | "t">): void {
	const active = app.workspace.getActiveFile();
	if (active !== null && deps.index.book(active.path) !== undefined) {
		void revealBook(app, active.path);
		return;
	}
	new BookPicker(app, deps.index.books(), deps.t(), (book) => void revealBook(app, book.path)).open();
}

/**
 * Shows `path` in a Book highlights pane and reveals it: the first unpinned pane (or, when every one is pinned, the
 * first one), else a new pane in the right sidebar. Views are found through the workspace, never kept on the plugin.
 * A pane restored in a background tab or a collapsed sidebar is still a DeferredView (Obsidian ≥ 1.7.2), so the
 * pane is chosen by its saved view state, which a deferred leaf keeps, and its view is used only once revealed.
 */
export async function revealBook(app: App, path: string): Promise<void> {
	const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_BOOK);
	const target = leaves.find((leaf) => !isPinnedState(leaf.getViewState().state)) ?? leaves[0];
	if (target !== undefined) {
		await revealLoaded(app, target, true);
		if (target.view instanceof BookView) {
			target.view.showBook(path);
			return;
		}
	}
	const leaf = app.workspace.getRightLeaf(false) ?? app.workspace.getLeaf(true);
	await leaf.setViewState({ type: VIEW_TYPE_BOOK, active: true, state: { file: path } });
	await revealLoaded(app, leaf, true);
}

/** The `pinned` flag of a Book pane's view state (BookView.getState). */
function isPinnedState(state: unknown): boolean {
	return typeof state === "object" && state !== null && (state as { pinned?: unknown }).pinned === true;
}

/** Books by the day last read, newest first (undated last, then by title); fuzzy over title and author. */
export class BookPicker extends FuzzySuggestModal<BookSummary> {
	private readonly items: BookSummary[];

	constructor(
		app: App,
		books: readonly BookSummary[],
		t: Translate,
		private readonly onChoose: (book: BookSummary) => void,
	) {
		super(app);
		// Titles in the UI language's order (pinyin for Chinese), as the timeline's book menu sorts them.
		const collator = new Intl.Collator(t("collationLocale"));
		this.items = [...books].sort((a, b) => byRecentlyRead(a, b, collator));
		this.setPlaceholder(t("bookPickerPlaceholder"));
		this.emptyStateText = books.length === 0 ? t("bookPickerNoBooks") : this.emptyStateText;
		this.modalEl.addClass("wrh-book-picker");
	}

	getItems(): BookSummary[] {
		return this.items;
	}

	getItemText(book: BookSummary): string {
		return book.author === null ? book.title : `${book.title} ${book.author}`;
	}

	override renderSuggestion(match: { item: BookSummary }, el: HTMLElement): void {
		const book = match.item;
		el.addClass("wrh-book-suggestion");
		el.createDiv({ cls: "wrh-book-suggestion-title", text: book.title });
		const meta = [book.author, book.lastDay].filter((x): x is string => x !== null).join(" · ");
		if (meta !== "") el.createEl("small", { cls: "wrh-book-suggestion-meta", text: meta });
	}

	onChooseItem(book: BookSummary): void {
		this.onChoose(book);
	}
}

function byRecentlyRead(a: BookSummary, b: BookSummary, collator: Intl.Collator): number {
	if (a.lastDay !== b.lastDay) {
		if (a.lastDay === null) return 1;
		if (b.lastDay === null) return -1;
		return a.lastDay < b.lastDay ? 1 : -1;
	}
	return collator.compare(a.title, b.title);
}

/** The note open in the main area and note moves, as the book pane needs them. */
export function activeFileSource(app: App): ActiveFileSource {
	const { workspace, vault } = app;
	return {
		path: () => workspace.getActiveFile()?.path ?? null,
		onChange: (listener) => {
			const ref = workspace.on("file-open", (file) => listener(file?.path ?? null));
			return () => workspace.offref(ref);
		},
		onRename: (listener) => {
			const ref = vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile) listener(oldPath, file.path);
			});
			return () => vault.offref(ref);
		},
	};
}

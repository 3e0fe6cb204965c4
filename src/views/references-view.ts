import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { REFERENCES_REFRESH_MS, VIEW_TYPE_REFERENCES } from "../constants";
import type { Translate } from "../core/i18n";
import type { HighlightIndex, TimelineEntry } from "../core/index";
import {
	contextPaths,
	paneKey,
	ReferencesPaneModel,
	type ActiveNote,
	type EntrySelection,
	type ReferencesIndex,
} from "../core/view-models/references";
import type { EntryActions } from "./entry-actions";
import { attachListKeyboard, type ListKeyboard } from "./render/list-keyboard";
import { renderReferencesPane } from "./render/references/pane";

// The block references pane (issue 4): for the highlight under the cursor, or one chosen in another pane, the notes
// citing it with their line of context; for an ordinary note, the highlights it cites. The view only wires: the
// view-model decides what to show, render/references draws it, the adapter says where the reader is and reads
// context lines.

/** Where the reader is (src/obsidian/active-note.ts). `onChange` means "may have moved": the pane debounces. */
export interface ActiveNoteSource {
	current(): ActiveNote | null;
	onChange(listener: () => void): () => void;
}

/** Lines of citing notes (src/obsidian/context-lines.ts); `onChange` names a note whose text changed. */
export interface ContextLineReader {
	lines(path: string): Promise<readonly string[] | null>;
	onChange(listener: (path: string) => void): () => void;
}

/** The first scan's state (IndexSync): before it ends the index is incomplete, so the pane says "Indexing…". */
export interface IndexStatusSource {
	getStatus(): { readonly state: "cold" | "initializing" | "warm" };
	onStatus(listener: () => void): () => void;
}

export interface ReferencesViewDeps {
	readonly index: ReferencesIndex & Pick<HighlightIndex, "subscribe">;
	readonly actions: EntryActions;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	readonly activeNote: ActiveNoteSource;
	readonly contextLines: ContextLineReader;
}

export class ReferencesView extends ItemView {
	override icon = "links-coming-in";
	private readonly model: ReferencesPaneModel;
	private readonly bodyEl: HTMLElement;
	private keyboard: ListKeyboard | null = null;
	/** An entry chosen in another pane, and where the reader was then: moving elsewhere returns to following. */
	private selection: { readonly entry: EntrySelection; readonly where: string } | null = null;
	/** What is on screen (paneKey), and a counter that makes a newer refresh win over one still reading. */
	private shownKey: string | null = null;
	private generation = 0;
	/** Paths shown as context; a change to one of them re-renders even when the index did not change. */
	private contextShown = new Set<string>();
	/** The one debouncer: cursor moves, index and status changes all ask for the same refresh. */
	private readonly requestRefresh = debounce(() => void this.refresh(), REFERENCES_REFRESH_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: ReferencesViewDeps,
	) {
		super(leaf);
		this.model = new ReferencesPaneModel(deps.index);
		this.bodyEl = this.contentEl.createDiv({ cls: "wrh-refs", attr: { role: "list" } });
	}

	getViewType(): string {
		return VIEW_TYPE_REFERENCES;
	}

	getDisplayText(): string {
		return this.deps.t()("referencesViewTitle");
	}

	protected override async onOpen(): Promise<void> {
		const { index, status, activeNote, contextLines } = this.deps;
		this.contentEl.addClass("wrh-refs-view");
		this.keyboard = attachListKeyboard(this.bodyEl);
		this.register(() => this.keyboard?.detach());
		this.register(() => this.requestRefresh.cancel());
		this.register(index.subscribe(() => this.requestRefresh()));
		this.register(status.onStatus(() => this.requestRefresh()));
		this.register(activeNote.onChange(() => this.requestRefresh()));
		this.register(
			contextLines.onChange((path) => {
				if (!this.contextShown.has(path)) return;
				this.shownKey = null;
				this.requestRefresh();
			}),
		);
		await this.refresh();
	}

	/** "Show references" from another pane: this entry until the reader moves to another note or line. */
	showEntry(entry: TimelineEntry): Promise<void> {
		this.selection = { entry: { bookPath: entry.bookPath, blockId: entry.blockId, line: entry.line }, where: whereKey(this.deps.activeNote.current()) };
		return this.refresh();
	}

	/** Drop a selection from another pane and show what is under the cursor again. */
	followCursor(): Promise<void> {
		this.selection = null;
		return this.refresh();
	}

	private async refresh(): Promise<void> {
		this.requestRefresh.cancel();
		const generation = ++this.generation;
		const { index, status, activeNote, contextLines } = this.deps;
		const active = activeNote.current();
		if (this.selection !== null && this.selection.where !== whereKey(active)) this.selection = null;
		const pane = this.model.compute(status.getStatus().state === "warm", active, this.selection?.entry ?? null);
		const key = paneKey(pane, index.revision);
		if (key === this.shownKey) return;

		const paths = contextPaths(pane);
		const lines = new Map<string, readonly string[] | null>();
		await Promise.all(paths.map(async (p) => lines.set(p, await contextLines.lines(p))));
		if (generation !== this.generation) return;

		// Keep keyboard focus on the same row across a re-render.
		const hadFocus = this.bodyEl.contains(this.bodyEl.ownerDocument.activeElement);
		this.shownKey = key;
		this.contextShown = new Set(paths);
		renderReferencesPane(this.bodyEl, pane, {
			t: this.deps.t(),
			actions: this.deps.actions,
			linesOf: (p) => lines.get(p) ?? null,
			onFollowCursor: () => void this.followCursor(),
			owner: this,
		});
		const activeKey = this.keyboard?.activeKey ?? null;
		if (!(hadFocus && activeKey !== null && this.keyboard?.focusKey(activeKey) === true)) this.keyboard?.refresh();
	}
}

/** The reader's place as a comparable string. */
function whereKey(active: ActiveNote | null): string {
	return active === null ? "" : `${active.path}\n${active.cursorLine ?? ""}`;
}

import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { HEALTH_REFRESH_MS, VIEW_TYPE_HEALTH } from "../constants";
import type { Translate } from "../core/i18n";
import type { HighlightIndex } from "../core/index";
import { vaultFindings, type HealthFinding } from "../core/health/findings";
import { entryIdLinkable } from "../core/index/id-linkable";
import type { ParsedNote, Reference } from "../core/model";
import { buildHealthPane, healthPaneKey, noteName, ROWS_PER_GROUP, SHOW_MORE_STEP } from "../core/view-models/health";
import type { EntryActions } from "./entry-actions";
import { attachListKeyboard, type ListKeyboard } from "./render/list-keyboard";
import { renderHealthPane } from "./render/health/pane";
import type { IndexStatusSource } from "./references-view";

// The block-reference health pane (issue 13 item 3): vault-wide counts and the rows to fix, each opening its note
// at the line. Thin: findings come from core/health, rows from the view-model, the DOM from render/health; which
// citing lines are the sync plugin's daily embeds is read by the adapter (it needs those notes' text).

/** Lines of a note that are embeds the sync plugin wrote into a daily note (src/obsidian/sync-daily-reader.ts). */
export interface SyncDailyLineReader {
	embedLines(path: string): Promise<ReadonlySet<number> | null>;
}

export interface HealthViewDeps {
	readonly index: Pick<HighlightIndex, "books" | "book" | "byBlockId" | "references" | "subscribe" | "revision">;
	readonly actions: Pick<EntryActions, "openLine">;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	readonly syncDaily: SyncDailyLineReader;
}

export class HealthView extends ItemView {
	override icon = "shield-check";
	private readonly bodyEl: HTMLElement;
	private keyboard: ListKeyboard | null = null;
	private readonly toggled = new Set<string>();
	private readonly shown = new Map<string, number>();
	/** The findings of an index revision: opening a group or "Show more" re-renders without recomputing them. */
	private computed: { readonly revision: number; readonly findings: readonly HealthFinding[]; readonly books: number } | null = null;
	private shownKey: string | null = null;
	/** Makes a newer refresh win over one still reading daily notes. */
	private generation = 0;
	private readonly requestRefresh = debounce(() => void this.refresh(), HEALTH_REFRESH_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: HealthViewDeps,
	) {
		super(leaf);
		this.bodyEl = this.contentEl.createDiv({ cls: "wrh-health" });
	}

	getViewType(): string {
		return VIEW_TYPE_HEALTH;
	}

	getDisplayText(): string {
		return this.deps.t()("healthViewTitle");
	}

	protected override async onOpen(): Promise<void> {
		const { index, status } = this.deps;
		this.contentEl.addClass("wrh-health-view");
		this.keyboard = attachListKeyboard(this.bodyEl);
		this.register(() => this.keyboard?.detach());
		this.register(() => this.requestRefresh.cancel());
		this.register(index.subscribe(() => this.requestRefresh()));
		this.register(status.onStatus(() => this.requestRefresh()));
		await this.refresh();
	}

	/** Recompute now (the command runs this when the pane is already open). */
	async refresh(): Promise<void> {
		this.requestRefresh.cancel();
		const generation = ++this.generation;
		const { index, status } = this.deps;
		if (status.getStatus().state !== "warm") {
			this.computed = null;
			this.render({ warm: false, findings: [], books: 0 });
			return;
		}
		const revision = index.revision;
		if (this.computed?.revision !== revision) {
			const findings = await this.findings();
			if (generation !== this.generation) return;
			this.computed = { revision, findings, books: index.books().length };
		}
		this.render({ warm: true, findings: this.computed.findings, books: this.computed.books });
	}

	private async findings(): Promise<readonly HealthFinding[]> {
		const { index, syncDaily } = this.deps;
		const references = index.references();
		// Only embeds that do not resolve in Obsidian (the id gone, or not registered) can be the sync plugin's broken
		// daily embeds: read just the notes holding one.
		const broken = (r: Reference): boolean => {
			if (!r.embed) return false;
			if (!r.resolved) return true;
			const entry = index.byBlockId(r.to, r.blockId);
			return entry !== undefined && !entryIdLinkable(entry, r.blockId);
		};
		const candidates = [...new Set(references.filter(broken).map((r) => r.from))];
		const embedLines = new Map<string, ReadonlySet<number> | null>();
		await Promise.all(candidates.map(async (p) => embedLines.set(p, await syncDaily.embedLines(p))));
		const notes: ParsedNote[] = [];
		for (const summary of index.books()) {
			const book = index.book(summary.path);
			if (book !== undefined) notes.push(book.note);
		}
		return vaultFindings(notes, references, (r: Reference) => r.embed && embedLines.get(r.from)?.has(r.line) === true);
	}

	private render(input: { warm: boolean; findings: readonly HealthFinding[]; books: number }): void {
		const titles = new Map(this.deps.index.books().map((b) => [b.path, b.title]));
		const pane = buildHealthPane(
			{ warm: input.warm, bookCount: input.books, findings: input.findings, titleOf: (p) => titles.get(p) ?? noteName(p) },
			{ toggled: this.toggled, shown: this.shown },
		);
		const key = healthPaneKey(pane);
		if (key === this.shownKey) return;
		this.shownKey = key;
		// Keep keyboard focus on the same row across a re-render.
		const hadFocus = this.bodyEl.contains(this.bodyEl.ownerDocument.activeElement);
		renderHealthPane(this.bodyEl, pane, {
			t: this.deps.t(),
			openLine: (path, line, evt) => this.deps.actions.openLine(path, line, evt),
			onToggle: (groupKey) => {
				if (!this.toggled.delete(groupKey)) this.toggled.add(groupKey);
				void this.refresh();
			},
			onShowMore: (groupKey) => {
				this.shown.set(groupKey, (this.shown.get(groupKey) ?? ROWS_PER_GROUP) + SHOW_MORE_STEP);
				void this.refresh();
			},
		});
		const activeKey = this.keyboard?.activeKey ?? null;
		if (!(hadFocus && activeKey !== null && this.keyboard?.focusKey(activeKey) === true)) this.keyboard?.refresh();
	}
}

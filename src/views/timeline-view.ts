import { ItemView, debounce, type WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_TIMELINE } from "../constants";
import type { Translate } from "../core/i18n";
import { NO_READING_TIME, type ReadingTimeSource } from "../core/reading-time";
import type { HeatmapColourBy } from "../core/view-models/timeline-heatmap";
import { nextBucketStart, type Grouping, type TimelineEntry } from "../core/index";
import type { Settings } from "../core/settings";
import { TimelineModel, type TimelineRows, type TimelineSource, type TimelineState } from "../core/view-models/timeline";
import type { DailyNotesPort } from "./daily-notes-port";
import type { EntryActions } from "./entry-actions";
import { renderEntryRow } from "./render/entry-row";
import { HeatmapPanel } from "./render/timeline/heatmap-panel";
import { renderGroupHeader, type DayHeaderActions } from "./render/timeline/rows";
import { renderEmptyVault, renderIndexing, renderNoMatches } from "./render/timeline/states";
import { renderFilterChips, renderToolbar, type FilterChip, type Toolbar } from "./render/timeline/toolbar";
import { VirtualList, type VirtualListOptions, type VirtualListSource } from "./render/virtual-list";
import { ThisDayPart, showDayMenu } from "./timeline-this-day";

// The reading timeline pane (issue 4): toolbar, year heatmap, filter chips, and every entry in a windowed list.
// Thin: the rows come from the timeline view-model, the DOM from render functions; this class holds the UI state
// (grouping, search, book, day, heatmap year, expanded rows) and decides what to re-render when.

export interface IndexStatus {
	readonly state: "cold" | "initializing" | "warm";
	readonly done: number;
	readonly total: number;
	/** While a start from the persistent cache runs: every dated entry after this day is in (IndexSync). */
	readonly exactAfter?: string | null;
}

export interface IndexStatusSource {
	getStatus(): IndexStatus;
	onStatus(listener: (status: IndexStatus) => void): () => void;
}

/**
 * Entries the complete days must hold before the pane draws them ahead of the rest of a start (a screenful and
 * more); fewer would show a list that grows under the reader's eyes.
 */
const PARTIAL_MIN_ENTRIES = 40;
const LAST_DAY = "9999-12-31";

export interface TimelineViewDeps {
	readonly index: TimelineSource & { subscribe(listener: (revision: number) => void): () => void };
	readonly settings: () => Pick<Settings, "timelineGrouping" | "weekStartsOn">;
	readonly actions: EntryActions;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	/** Today as `yyyy-MM-dd`: the heatmap opens on its year and draws no day after it. Default: the local date
	 * (`new Date()`, which the e2e tier fixes with playwright's page clock). */
	readonly today?: () => string;
	/** Seconds read per day (issue 14 item 3): the heatmap's "Time read" toggle and the day headers. Default: none. */
	readonly readingTime?: ReadingTimeSource;
	/** Opens a year in reading (issue 14): the heatmap's year label does. Absent: the label is plain text. */
	readonly openYear?: (year: number) => void;
	/** Layout injection for tests (happy-dom has no layout). */
	readonly list?: VirtualListOptions;
	/** The reader's daily notes (issue 14): day → daily note, and "This day, and years ago". None: neither is offered. */
	readonly days?: DailyNotesPort;
}

/** Quiet time after typing before the search runs: one search per pause, not per key, at 500k highlights. */
const SEARCH_DEBOUNCE_MS = 150;

export class TimelineView extends ItemView {
	private readonly model: TimelineModel;
	private state: TimelineState;
	private readonly expanded = new Set<string>();
	private revealedKey: string | null = null;
	private pendingReveal: TimelineEntry | null = null;
	private booksRevision = -1;
	private rows: TimelineRows | null = null;
	/** The rows each list source was made from: a new source compares its rows' shape with the one it replaces. */
	private readonly sourceRows = new WeakMap<VirtualListSource, TimelineRows>();
	private frame: number | null = null;
	/** The first draw of the heatmap and of the book menu (a thousand options) waits for the frame after the list's:
	 * the list is what the reader waits for. */
	private heatmapFrame: number | null = null;
	private heatmapDrawn = false;
	/** The list was drawn before the first scan ended (its newest, complete days); it stays until the scan ends. */
	private partialDrawn = false;
	private ui: { toolbar: Toolbar; heatmap: HeatmapPanel; heatmapHost: HTMLElement; chips: HTMLElement; summary: HTMLElement; message: HTMLElement; list: VirtualList } | null = null;
	/** What the heatmap colours by; kept in the view state (workspace.json), like the grouping. */
	private colourBy: HeatmapColourBy = "entries";
	private thisDay: ThisDayPart | null = null;
	private readonly runSearch = debounce((query: string) => this.change({ query }), SEARCH_DEBOUNCE_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: TimelineViewDeps,
	) {
		super(leaf);
		this.model = new TimelineModel(deps.index, deps.t);
		const s = deps.settings();
		this.state = { grouping: s.timelineGrouping, weekStartsOn: s.weekStartsOn, query: "", book: null, day: null, range: null };
		this.icon = "calendar-clock";
	}

	getViewType(): string {
		return VIEW_TYPE_TIMELINE;
	}

	getDisplayText(): string {
		return this.deps.t()("timelineViewTitle");
	}

	override getState(): Record<string, unknown> {
		// The default is left out: a layout saved before reading time existed reads the same.
		return { grouping: this.state.grouping, ...(this.colourBy === "time" ? { heatmapColourBy: this.colourBy } : {}) };
	}

	override async setState(state: unknown, result: { history: boolean }): Promise<void> {
		const grouping = (state as { grouping?: unknown } | null)?.grouping;
		const colourBy = (state as { heatmapColourBy?: unknown } | null)?.heatmapColourBy;
		if (colourBy === "entries" || colourBy === "time") this.colourBy = colourBy;
		if (grouping === "day" || grouping === "week" || grouping === "month") this.change({ grouping });
		else if (colourBy !== undefined) this.refresh(true);
		await super.setState(state, result);
	}

	/** The current filters and grouping (tests and reveal read it). */
	get timelineState(): TimelineState {
		return this.state;
	}

	/** The windowed list (tests and the bench drive it). */
	get list(): VirtualList | null {
		return this.ui?.list ?? null;
	}

	protected override async onOpen(): Promise<void> {
		const t = this.deps.t();
		const root = this.contentEl;
		root.empty();
		root.addClass("wrh-timeline");
		const toolbar = renderToolbar(root, t, {
			onGrouping: (grouping) => this.change({ grouping }),
			onQuery: (query) => this.runSearch(query),
			onBook: (book) => this.change({ book }),
		});
		const heatmap = root.createDiv({ cls: "wrh-timeline-heatmap-host" });
		const thisDayHost = root.createDiv({ cls: "wrh-this-day-host wrh-hidden" });
		const chips = root.createDiv({ cls: "wrh-timeline-filters" });
		const summary = root.createDiv({ cls: "wrh-timeline-summary", attr: { "aria-live": "polite" } });
		const message = root.createDiv({ cls: "wrh-timeline-message-host" });
		const list = this.addChild(new VirtualList(root, { label: t("timelineViewTitle"), ...this.deps.list }));
		const days = this.deps.days;
		const heatmapPanel = new HeatmapPanel(heatmap, (day) => this.change({ day }), this.deps.openYear, days === undefined ? undefined : (day, evt) => this.dayMenu(days, day, evt));
		if (days !== undefined) {
			this.thisDay = new ThisDayPart(thisDayHost, {
				days,
				index: this.deps.index,
				t: this.deps.t,
				renderRow: (parent, entry) => void this.renderRow(parent, entry, "datetime", ""),
				filterDay: (day) => this.change({ day, query: "", book: null }),
			});
			this.register(
				days.onChange(() => {
					this.thisDay?.heard();
					this.scheduleRefresh();
				}),
			);
		}
		this.ui = { toolbar, heatmap: heatmapPanel, heatmapHost: heatmap, chips, summary, message, list };
		this.heatmapDrawn = false;
		toolbar.setGrouping(this.state.grouping);

		// While the first scan runs the pane shows its progress, which the status listener below redraws; a redraw per
		// index change as well cost ≈ 4 ms a frame of a 100k-highlight start.
		this.register(this.deps.index.subscribe(() => this.deps.status.getStatus().state === "warm" && this.scheduleRefresh()));
		// The cache was read again (changed, appeared, went away): the heatmap and the day headers follow.
		this.register(this.readingTime().onChange(() => this.scheduleRefresh()));
		let lastState = this.deps.status.getStatus().state;
		this.register(
			this.deps.status.onStatus((status) => {
				if (status.state !== lastState || status.state !== "warm") this.refresh(true);
				lastState = status.state;
			}),
		);
		this.register(() => {
			this.runSearch.cancel();
			if (this.frame !== null) window.cancelAnimationFrame(this.frame);
			this.cancelHeatmapFrame();
		});
		this.refresh(false);
		await super.onOpen();
	}

	protected override async onClose(): Promise<void> {
		this.cancelHeatmapFrame();
		this.ui = null;
		this.thisDay = null;
		this.contentEl.empty();
		await super.onClose();
	}

	/** Scroll to an entry and mark it; filters that hide it are cleared. Waits for the first scan if it runs. */
	reveal(entry: TimelineEntry): void {
		this.revealedKey = entry.key;
		this.pendingReveal = entry;
		this.refresh(true);
	}

	/** "This day, and years ago" for `day` (`yyyy-MM-dd`) above the list; false when the pane has no daily notes. */
	showThisDay(day: string): boolean {
		if (this.thisDay === null) return false;
		this.thisDay.show(day);
		this.refresh(true);
		return true;
	}

	/** The day "This day" shows, or null (tests read it). */
	get thisDayShown(): string | null {
		return this.thisDay?.shownDay ?? null;
	}

	/** Change grouping or filters and show the result from the top. A day and a range replace each other. */
	change(change: Partial<TimelineState>): void {
		const picksDay = change.day !== undefined && change.day !== null;
		const picksRange = change.range !== undefined && change.range !== null;
		const replaced: Partial<TimelineState> = picksDay && change.range === undefined ? { range: null } : picksRange && change.day === undefined ? { day: null } : {};
		const next = { ...this.state, ...replaced, ...change };
		if (change.day !== undefined && change.day !== null) this.ui?.heatmap.showYearOf(change.day);
		else if (change.range !== undefined && change.range !== null) this.ui?.heatmap.showYearOf(change.range.from);
		this.state = next;
		if (this.ui !== null) {
			this.ui.toolbar.setGrouping(next.grouping);
			if (change.query !== undefined && this.ui.toolbar.search.value !== change.query) this.ui.toolbar.search.value = change.query;
			if (change.book !== undefined) this.ui.toolbar.book.value = change.book ?? "";
		}
		this.refresh(false);
	}

	/** Live updates come in bursts (the sync rewrites many notes): one re-render per frame at most. */
	private scheduleRefresh(): void {
		if (this.frame !== null) return;
		this.frame = window.requestAnimationFrame(() => {
			this.frame = null;
			this.refresh(true);
		});
	}

	private refresh(keepPosition: boolean): void {
		const ui = this.ui;
		if (ui === null) return;
		const t = this.deps.t();
		const status = this.deps.status.getStatus();
		ui.message.empty();
		if (status.state !== "warm") {
			this.refreshWhileIndexing(status, t);
			return;
		}
		this.partialDrawn = false;
		const index = this.deps.index;
		// The book summaries (cited counts of every book) are only read for the book menu: the first render leaves
		// them to the next frame, where the menu is drawn.
		const bookCount = index.bookCount();
		if (this.booksRevision !== index.revision) {
			this.booksRevision = index.revision;
			if (this.state.book !== null && index.book(this.state.book) === undefined) this.state = { ...this.state, book: null };
			if (this.heatmapDrawn || bookCount === 0) ui.toolbar.setBooks(index.books(), this.state.book);
		}
		if (bookCount === 0) {
			this.showParts(false, false);
			renderEmptyVault(ui.message, t);
			return;
		}
		const pending = this.pendingReveal;
		if (pending !== null && this.model.rows(this.state).indexOfEntry(pending) === -1) {
			// The entry is filtered out: show everything (keeping the grouping) so it can be found.
			this.state = { ...this.state, query: "", book: null, day: null, range: null };
			ui.toolbar.search.value = "";
			ui.toolbar.book.value = "";
		}
		const rows = this.model.rows(this.state);
		this.rows = rows;
		// The list first: keeping its scroll position reads the layout, and the parts above it change the layout (a
		// heatmap or a count drawn first would make that read lay out the whole pane once more).
		if (rows.length === 0) {
			this.showParts(true, false);
			renderNoMatches(ui.message, t, () => this.change({ query: "", book: null, day: null, range: null }));
			ui.list.setSource(this.source(rows, t), false);
		} else {
			this.showParts(true, true);
			ui.list.setSource(this.source(rows, t), keepPosition);
		}
		ui.summary.setText(rows.truncated ? t("timelineTruncated", { count: rows.entryCount }) : t("timelineShowing", { count: rows.entryCount }));
		renderFilterChips(ui.chips, this.chips(t), t, (id) => this.change(id === "query" ? { query: "" } : id === "book" ? { book: null } : id === "range" ? { range: null } : { day: null }), () => this.change({ query: "", book: null, day: null, range: null }));
		this.drawHeatmap(t);
		this.thisDay?.render(true);
		if (rows.length > 0 && pending !== null) {
			this.pendingReveal = null;
			const i = rows.indexOfEntry(pending);
			if (i !== -1) ui.list.focusIndex(i, "start");
		}
	}

	/**
	 * While the first scan runs: its progress; or, on a start from the persistent cache, the newest days as soon as
	 * they are complete (IndexSync's `exactAfter`), with the progress above them. Drawn once: the books still coming
	 * are all older, and the scan's end redraws the pane whole (keeping the rows on screen). Only the unfiltered
	 * timeline is drawn early: a search, a book or a day needs every book.
	 */
	private refreshWhileIndexing(status: IndexStatus, t: Translate): void {
		const ui = this.ui;
		if (ui === null) return;
		if (!this.partialDrawn) {
			const from = this.completeFrom(status);
			if (from === null) {
				this.showParts(false, false);
				renderIndexing(ui.message, t, status.done, status.total);
				return;
			}
			this.partialDrawn = true;
			const rows = this.model.rows({ ...this.state, range: { from, to: LAST_DAY } });
			this.rows = rows;
			this.showParts(false, true);
			ui.list.setSource(this.source(rows, t), false);
		}
		ui.summary.removeClass("wrh-hidden");
		ui.summary.setText(t("timelineIndexing", { done: status.done, total: status.total }));
	}

	/** The first day of the buckets known complete, when they hold enough to draw; else null. */
	private completeFrom(status: IndexStatus): string | null {
		const after = status.exactAfter;
		const s = this.state;
		if (after === undefined || after === null || this.pendingReveal !== null) return null;
		if (s.query.trim() !== "" || s.book !== null || s.day !== null || (s.range ?? null) !== null) return null;
		const from = nextBucketStart(after, s.grouping, s.weekStartsOn);
		let count = 0;
		for (const bucket of this.deps.index.lazyBuckets(s.grouping, s.weekStartsOn, { from, to: LAST_DAY })) count += bucket.count;
		return count >= PARTIAL_MIN_ENTRIES ? from : null;
	}

	private showParts(filters: boolean, list: boolean): void {
		const ui = this.ui;
		if (ui === null) return;
		ui.heatmapHost.toggleClass("wrh-hidden", !filters);
		if (!filters) this.thisDay?.render(false);
		ui.summary.toggleClass("wrh-hidden", !filters);
		if (!filters) ui.chips.addClass("wrh-hidden");
		ui.list.scrollerEl.toggleClass("wrh-hidden", !list);
	}

	/** The heatmap now, or, the first time, in the next frame with the book menu (drawn from the state then). */
	private drawHeatmap(t: Translate): void {
		if (this.heatmapDrawn) {
			this.renderHeatmap(t);
			return;
		}
		this.heatmapFrame ??= window.requestAnimationFrame(() => {
			this.heatmapFrame = null;
			if (this.ui === null || this.heatmapDrawn) return;
			this.heatmapDrawn = true;
			this.ui.toolbar.setBooks(this.deps.index.books(), this.state.book);
			this.renderHeatmap(this.deps.t());
		});
	}

	private cancelHeatmapFrame(): void {
		if (this.heatmapFrame !== null) window.cancelAnimationFrame(this.heatmapFrame);
		this.heatmapFrame = null;
	}

	private renderHeatmap(t: Translate): void {
		this.ui?.heatmap.render({
			state: this.state,
			source: this.model.heatmapSource(this.state),
			revision: this.deps.index.revision,
			today: this.today(),
			t,
			seconds: this.readingTime().secondsByDay(),
			colourBy: this.colourBy,
			onColourBy: (colourBy) => {
				this.colourBy = colourBy;
				// The choice is view state: Obsidian saves the layout when it is asked to.
				this.app.workspace.requestSaveLayout();
				this.renderHeatmap(this.deps.t());
			},
		});
	}

	/** "Called when the size of this view is changed" (obsidian.d.ts, View.onResize): a heatmap drawn while the
	 * pane had no size gets its scroll now. */
	override onResize(): void {
		this.ui?.heatmap.scrollIfPending();
	}

	private chips(t: Translate): FilterChip[] {
		const out: FilterChip[] = [];
		const { day, book, query } = this.state;
		if (day !== null) out.push({ id: "day", text: t("timelineFilterDay", { day }) });
		const range = day === null ? (this.state.range ?? null) : null;
		if (range !== null) out.push({ id: "range", text: t("timelineFilterRange", { from: range.from, to: range.to }) });
		if (book !== null) out.push({ id: "book", text: t("timelineFilterBook", { title: this.deps.index.book(book)?.note.meta.title ?? book }) });
		if (query.trim() !== "") out.push({ id: "query", text: t("timelineFilterSearch", { query: query.trim() }) });
		return out;
	}

	private readingTime(): ReadingTimeSource {
		return this.deps.readingTime ?? NO_READING_TIME;
	}

	private source(rows: TimelineRows, t: Translate): VirtualListSource {
		const grouping: Grouping = rows.state.grouping;
		// Time read shows on day headers only: a day is what the cache counts (weeks and months would be sums of it).
		const seconds = grouping === "day" ? this.readingTime().secondsByDay() : null;
		const time = grouping === "day" ? "time" : "datetime";
		// The language the rows were written in: `t` is a new function on every call, its words are not.
		const language = t("timelineViewTitle");
		const source: VirtualListSource = {
			length: rows.length,
			key: (i) => rows.row(i)?.key ?? "",
			kind: (i) => (rows.isHeader(i) ? "header" : "entry"),
			focusable: (i) => !rows.isHeader(i),
			runs: (visit) => rows.runs(visit),
			render: (parent, i) => {
				const row = rows.row(i);
				if (row === undefined) return parent.createDiv();
				if (row.kind === "header") return renderGroupHeader(parent, row, t, seconds?.get(row.groupKey) ?? null, this.dayHeader(grouping, row.groupKey));
				const key = row.entry.key;
				const el = this.renderRow(parent, row.entry, time, rows.state.query);
				if (key === this.revealedKey) el.addClass("is-revealed");
				return el;
			},
			// What render() reads. An entry is a new object whenever its note changed (the index replaces, never
			// mutates), so a row of an unchanged note in a live update is kept on screen as it is.
			version: (i) => {
				const row = rows.row(i);
				if (row === undefined) return null;
				if (row.kind === "header") {
					const day = this.dayHeader(grouping, row.groupKey);
					return [row.kind, row.label, row.count, seconds?.get(row.groupKey) ?? null, day === undefined ? null : day.hasNote, language];
				}
				const { entry } = row;
				return [entry, time, rows.state.query, this.expanded.has(entry.key), entry.key === this.revealedKey, this.deps.actions.citedCount(entry), language];
			},
			sameKinds: (previous) => {
				const before = this.sourceRows.get(previous);
				return before !== undefined && rows.sameKinds(before);
			},
		};
		this.sourceRows.set(source, rows);
		return source;
	}

	/** One entry row, as the list and the "This day" block show them (the same actions, menus and keyboard). */
	private renderRow(parent: HTMLElement | DocumentFragment, entry: TimelineEntry, time: "time" | "datetime", search: string): HTMLElement {
		const key = entry.key;
		// entry-row takes an HTMLElement parent; a detached div stands in for the fragment.
		const holder = createDiv();
		const el = renderEntryRow(holder, entry, {
			actions: this.deps.actions,
			t: this.deps.t(),
			showBook: true,
			showChapter: true,
			time,
			search,
			owner: this,
			expanded: this.expanded.has(key),
			onExpandedChange: (expanded) => {
				if (expanded) this.expanded.add(key);
				else this.expanded.delete(key);
				this.ui?.list.remeasure();
			},
			cls: "wrh-timeline-entry",
		});
		parent.appendChild(el);
		return el;
	}

	/** A day header's daily note and menu (issue 14 item 1); none for weeks, months, undated, or without daily notes. */
	private dayHeader(grouping: Grouping, day: string): DayHeaderActions | undefined {
		const days = this.deps.days;
		if (days === undefined || grouping !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
		return {
			hasNote: days.has(day),
			openNote: (evt) => days.open(day, evt),
			showMenu: (evt) => this.dayMenu(days, day, evt),
		};
	}

	private dayMenu(days: DailyNotesPort, day: string, evt: MouseEvent): void {
		showDayMenu(days, day, this.deps.t(), evt, (d) => this.showThisDay(d));
	}

	private today(): string {
		if (this.deps.today !== undefined) return this.deps.today();
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
	}
}

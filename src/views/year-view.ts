import { ItemView, type WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_YEAR } from "../constants";
import type { Translate } from "../core/i18n";
import type { ReadingTimeSource } from "../core/reading-time";
import { defaultHeatmapYear } from "../core/view-models/timeline-heatmap";
import { YearStatsModel, type YearSource, type YearStats } from "../core/view-models/year-stats";
import { renderFigures, renderMonths, type DaysTarget } from "./render/year/figures";
import { renderTopBooks, renderTopCategories } from "./render/year/lists";
import { renderIndexing } from "./render/timeline/states";
import type { IndexStatusSource } from "./timeline-view";

// A year in reading (issue 14 item 4): the year's figures, its months and its top books and categories, with a year
// switcher. Thin: the figures come from the year-stats view-model, the DOM from render/year; this class holds the
// year shown and decides when to draw again (an index change, a reading-time change, the end of the first scan).
// Where a figure leads (the timeline, a book pane) is injected.

export interface YearViewDeps {
	readonly index: YearSource & { subscribe(listener: (revision: number) => void): () => void };
	/** Seconds read per day (issue 14 item 3); its figures show only while `secondsByDay()` is not null. */
	readonly readingTime: ReadingTimeSource;
	readonly t: () => Translate;
	readonly status: IndexStatusSource;
	/** The timeline on a day or a span of days (a month bar, the busiest day, the streak, the year). */
	readonly showDays: (target: DaysTarget) => void;
	/** A book's pane. */
	readonly showBook: (path: string) => void;
	/** Today as `yyyy-MM-dd`: the pane opens on its year when it has entries. Default: the local date. */
	readonly today?: () => string;
}

export class YearView extends ItemView {
	override icon = "calendar-range";
	private readonly model: YearStatsModel;
	/** The year asked for (view state, the heatmap's label, the switcher); null: this year or the latest with data. */
	private year: number | null = null;
	private frame: number | null = null;
	private bodyEl: HTMLElement | null = null;
	private titleEl: HTMLElement | null = null;
	private prevEl: HTMLButtonElement | null = null;
	private nextEl: HTMLButtonElement | null = null;
	private shown: YearStats | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: YearViewDeps,
	) {
		super(leaf);
		this.model = new YearStatsModel(deps.index);
	}

	getViewType(): string {
		return VIEW_TYPE_YEAR;
	}

	getDisplayText(): string {
		return this.deps.t()("yearViewTitle");
	}

	override getState(): Record<string, unknown> {
		return this.year === null ? {} : { year: this.year };
	}

	override async setState(state: unknown, result: { history: boolean }): Promise<void> {
		const year = (state as { year?: unknown } | null)?.year;
		if (typeof year === "number" && Number.isInteger(year) && year > 0 && year < 10000) this.showYear(year);
		await super.setState(state, result);
	}

	/** The year on screen (the one asked for, or the default once drawn); null before the first draw. */
	get shownYear(): number | null {
		return this.shown?.year ?? this.year;
	}

	showYear(year: number): void {
		this.year = year;
		this.refresh();
	}

	protected override async onOpen(): Promise<void> {
		const t = this.deps.t();
		const root = this.contentEl;
		root.empty();
		root.addClass("wrh-year");
		const head = root.createDiv({ cls: "wrh-year-head", attr: { role: "group", "aria-label": t("yearSwitcherLabel") } });
		this.prevEl = head.createEl("button", { cls: "wrh-year-nav clickable-icon", text: "‹", attr: { "aria-label": t("yearPrev") } });
		this.titleEl = head.createEl("h2", { cls: "wrh-year-title", attr: { "aria-live": "polite" } });
		this.nextEl = head.createEl("button", { cls: "wrh-year-nav clickable-icon", text: "›", attr: { "aria-label": t("yearNext") } });
		this.prevEl.addEventListener("click", () => this.step(-1));
		this.nextEl.addEventListener("click", () => this.step(1));
		// Arrow keys anywhere in the switcher, as in the heatmap's grid: left is the year before.
		head.addEventListener("keydown", (evt) => {
			if (evt.key !== "ArrowLeft" && evt.key !== "ArrowRight") return;
			evt.preventDefault();
			this.step(evt.key === "ArrowLeft" ? -1 : 1);
		});
		this.bodyEl = root.createDiv({ cls: "wrh-year-body" });
		this.register(this.deps.index.subscribe(() => this.scheduleRefresh()));
		this.register(this.deps.readingTime.onChange(() => this.scheduleRefresh()));
		this.register(this.deps.status.onStatus(() => this.refresh()));
		this.register(() => {
			if (this.frame !== null) window.cancelAnimationFrame(this.frame);
			this.frame = null;
		});
		this.refresh();
		await super.onOpen();
	}

	protected override async onClose(): Promise<void> {
		this.bodyEl = null;
		this.titleEl = this.prevEl = this.nextEl = null;
		this.shown = null;
		this.contentEl.empty();
		await super.onClose();
	}

	/** To the nearest year with data before (-1) or after (+1) the one shown; nothing when there is none. */
	private step(direction: -1 | 1): void {
		const target = direction < 0 ? this.shown?.prevYear : this.shown?.nextYear;
		if (target === null || target === undefined) return;
		this.showYear(target);
	}

	/** Live updates come in bursts (the sync rewrites many notes): one redraw per frame at most. */
	private scheduleRefresh(): void {
		if (this.frame !== null) return;
		this.frame = window.requestAnimationFrame(() => {
			this.frame = null;
			this.refresh();
		});
	}

	private refresh(): void {
		const body = this.bodyEl;
		if (body === null || this.titleEl === null || this.prevEl === null || this.nextEl === null) return;
		const t = this.deps.t();
		const status = this.deps.status.getStatus();
		if (status.state !== "warm") {
			body.empty();
			this.shown = null;
			this.titleEl.setText(t("yearViewTitle"));
			this.prevEl.disabled = this.nextEl.disabled = true;
			renderIndexing(body, t, status.done, status.total);
			return;
		}
		const year = this.year ?? defaultHeatmapYear(this.model.yearsWithData(), Number(this.today().slice(0, 4)));
		const stats = this.model.stats(year, this.deps.readingTime.secondsByDay());
		if (stats === this.shown && body.firstChild !== null) return;
		// The reader may be on a card or a bar when the figures are drawn again (a sync, a year switch by keyboard):
		// focus returns to the same figure, or stays on the switcher, rather than falling to the document.
		const focused = body.contains(activeDocument.activeElement) ? focusKey(activeDocument.activeElement) : null;
		this.shown = stats;
		this.titleEl.setText(t("yearTitle", { year }));
		this.prevEl.disabled = stats.prevYear === null;
		this.nextEl.disabled = stats.nextYear === null;
		body.empty();
		if (stats.entries === 0) {
			body.createDiv({ cls: "wrh-year-empty", text: t("yearEmpty", { year }) });
			return;
		}
		const actions = { showDays: this.deps.showDays, showBook: this.deps.showBook };
		renderFigures(body, stats, t, actions);
		renderMonths(body, stats, t, actions);
		const lists = body.createDiv({ cls: "wrh-year-lists" });
		renderTopBooks(lists, stats, t, actions);
		renderTopCategories(lists, stats, t, actions);
		if (focused !== null) body.querySelector<HTMLElement>(focused)?.focus();
	}

	private today(): string {
		if (this.deps.today !== undefined) return this.deps.today();
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
	}
}

/** A selector for the same figure after a redraw: a card by its figure, a bar by its month, a book by its path. */
function focusKey(el: Element | null): string | null {
	const figure = el?.getAttribute("data-figure");
	if (figure) return `.wrh-year-card[data-figure="${figure}"]`;
	const month = el?.getAttribute("data-month");
	if (month) return `.wrh-year-month[data-month="${month}"]`;
	return null;
}

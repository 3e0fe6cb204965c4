import type { Translate } from "../../../core/i18n";
import { defaultHeatmapYear, heatmapFilterKey, heatmapModel, type DayCountSource, type TimelineState, yearsWithData } from "../../../core/view-models/timeline";
import { withReadingTime } from "../../../core/view-models/reading-time";
import type { HeatmapColourBy } from "../../../core/view-models/timeline-heatmap";
import { heatmapScroller, renderHeatmap, scrollDayIntoView, HEATMAP_CELL_CLASS, HEATMAP_COLOUR_CLASS } from "./heatmap";

// The timeline's year heatmap as a part of the pane (issue 11 items 1 and 7): which year it shows, the day the
// keyboard is on, where its scroller sits, and when it is drawn again. The pane hands it the counts of what the
// list shows (search and book filters, not the day filter) and hears the reader pick a day.

export interface HeatmapPanelInput {
	readonly state: TimelineState;
	/** Day counts under the search and book filters (TimelineModel.heatmapSource). */
	readonly source: DayCountSource;
	/** The index revision: the years with entries are worked out again only when it or the source changes. */
	readonly revision: number;
	/** Today, `yyyy-MM-dd`: the grid draws no day after it. */
	readonly today: string;
	readonly t: Translate;
	/** Seconds read per day (the ReadingTimeSource), or null when no cache is usable: then no toggle (issue 14). */
	readonly seconds?: ReadonlyMap<string, number> | null;
	/** What the levels measure when `seconds` is known. */
	readonly colourBy?: HeatmapColourBy;
	/** The reader pressed the toggle. */
	onColourBy?(colourBy: HeatmapColourBy): void;
}

export class HeatmapPanel {
	private year: number | null = null;
	private focusDay: string | null = null;
	private years: { source: DayCountSource; revision: number; years: number[] } | null = null;
	/** The year and filters drawn last: a change of either opens on the newest week with entries. */
	private drawnYear: number | null = null;
	private drawnFilter: string | null = null;
	/** What the cells were drawn from last, to skip redrawing 365 buttons that would come out the same. */
	private drawnKey: string | null = null;
	/** The newest day to scroll into view once the heatmap has a layout (a pane drawn while hidden has none). */
	private scrollPending: string | null = null;
	private last: HeatmapPanelInput | null = null;

	constructor(
		private readonly host: HTMLElement,
		private readonly onPickDay: (day: string | null) => void,
		/** The year label opens that year in reading; absent, the label is plain text. */
		private readonly onOpenYear?: (year: number) => void,
		/** The day's menu (issue 14: its daily note); none when the pane has no daily notes to offer. */
		private readonly onDayMenu?: (day: string, evt: MouseEvent) => void,
	) {}

	/** The reader chose a day elsewhere (a chip, a reveal): show its year. */
	showYearOf(day: string): void {
		if (day.slice(0, 4) !== String(this.year)) this.year = Number(day.slice(0, 4));
	}

	render(input: HeatmapPanelInput): void {
		this.last = input;
		const { state, source, revision, today, t } = input;
		if (this.years === null || this.years.source !== source || this.years.revision !== revision) this.years = { source, revision, years: yearsWithData(source) };
		const years = this.years.years;
		const filter = heatmapFilterKey(state);
		// The opening year, and after a filter change that leaves the year without entries, the filter's newest year.
		if (this.year === null || (filter !== this.drawnFilter && years.length > 0 && !years.includes(this.year))) this.year = defaultHeatmapYear(years, Number(today.slice(0, 4)));
		const counted = heatmapModel(source, this.year, state.weekStartsOn, years, today);
		const model = input.seconds ? withReadingTime(counted, input.seconds, input.colourBy ?? "entries") : counted;
		const moved = model.year !== this.drawnYear || filter !== this.drawnFilter;
		this.drawnYear = model.year;
		this.drawnFilter = filter;
		// A change elsewhere in the vault mostly leaves this year's cells as they were: keep the 365 buttons then.
		const key = JSON.stringify([model, state.day, this.focusDay]);
		if (key === this.drawnKey && this.host.firstChild !== null) return;
		this.drawnKey = key;
		const hadFocus = this.host.contains(activeDocument.activeElement);
		// A keyboard press of the "Time read" toggle redraws it: the focus stays on it, not on a cell.
		const onToggle = activeDocument.activeElement?.classList.contains(HEATMAP_COLOUR_CLASS) === true;
		const oldScroller = heatmapScroller(this.host);
		const scrolled = oldScroller?.scrollLeft ?? 0;
		this.host.empty();
		renderHeatmap(this.host, {
			model,
			selectedDay: state.day,
			focusDay: this.focusDay,
			t,
			onSelect: (day) => {
				this.focusDay = day;
				this.onPickDay(state.day === day ? null : day);
			},
			onYear: (year) => {
				this.year = year;
				this.focusDay = null;
				if (this.last !== null) this.render(this.last);
			},
			onFocusDay: (day) => (this.focusDay = day),
			onColourBy: (colourBy) => input.onColourBy?.(colourBy),
			...(this.onOpenYear === undefined ? {} : { onOpenYear: this.onOpenYear }),
			...(this.onDayMenu === undefined ? {} : { onDayMenu: this.onDayMenu }),
		});
		if (moved || oldScroller === null) {
			// A new year or new filters: open on the newest week with entries (the grid's scroll otherwise starts at
			// its right edge: today's week, or December of an earlier year).
			this.scrollPending = model.latest;
		} else {
			const scroller = heatmapScroller(this.host);
			if (scroller !== null) scroller.scrollLeft = scrolled;
		}
		this.scrollIfPending();
		if (hadFocus) this.host.querySelector<HTMLElement>(onToggle ? `.${HEATMAP_COLOUR_CLASS}` : `.${HEATMAP_CELL_CLASS}[tabindex="0"]`)?.focus();
	}

	/** Scroll the pending newest day into view, if the heatmap has a layout now (the pane calls it on resize too). */
	scrollIfPending(): void {
		const day = this.scrollPending;
		if (day === null) return;
		if (scrollDayIntoView(this.host, day)) this.scrollPending = null;
	}
}

import type { Translate } from "../../../core/i18n";
import type { DaySpan, MonthStat, YearStats } from "../../../core/view-models/year-stats";

// The year's figures as stat cards and its highlights per month as twelve bars (issue 14 item 4). Every card and
// bar is a button: Tab reaches it, Enter or Space presses it, a tap clicks it; nothing depends on hover. Bar heights
// are a CSS custom property (a share of the busiest month), drawn by styles.css with Obsidian's colours.

/** Where a figure leads: the timeline on one day or on a span of days. */
export type DaysTarget = { readonly day: string } | { readonly range: DaySpan };

export interface FigureActions {
	showDays(target: DaysTarget): void;
}

/** `data-figure` of each card, for styles and tests. */
export type FigureKey = "books" | "highlights" | "thoughts" | "days" | "streak" | "busiest" | "time";

export function renderFigures(parent: HTMLElement, stats: YearStats, t: Translate, actions: FigureActions): HTMLElement {
	const grid = parent.createDiv({ cls: "wrh-year-cards" });
	const year: DaysTarget = { range: stats.span };
	card(grid, "books", t("yearCardBooks"), String(stats.booksTouched), null, year, t, actions);
	card(grid, "highlights", t("yearCardHighlights"), String(stats.highlights), null, year, t, actions);
	card(grid, "thoughts", t("yearCardThoughts"), String(stats.thoughts), null, year, t, actions);
	card(grid, "days", t("yearCardDays"), String(stats.readingDays), null, year, t, actions);
	const streak = stats.longestStreak;
	if (streak !== null) {
		// A one-day streak is a day: the timeline then shows it as a day (its header, the heatmap's marked cell).
		const target: DaysTarget = streak.from === streak.to ? { day: streak.from } : { range: { from: streak.from, to: streak.to } };
		const detail = streak.from === streak.to ? streak.from : t("yearSpan", { from: streak.from, to: streak.to });
		card(grid, "streak", t("yearCardStreak"), t("yearDays", { count: streak.days }), detail, target, t, actions);
	}
	const busiest = stats.busiestDay;
	if (busiest !== null) card(grid, "busiest", t("yearCardBusiest"), busiest.day, t("yearEntries", { count: busiest.count }), { day: busiest.day }, t, actions);
	if (stats.time !== null) card(grid, "time", t("yearCardTime"), formatDuration(stats.time.seconds, t), t("yearTimeDays", { days: stats.time.days }), year, t, actions);
	return grid;
}

function card(parent: HTMLElement, key: FigureKey, label: string, value: string, detail: string | null, target: DaysTarget, t: Translate, actions: FigureActions): void {
	// Spans, not divs: a button holds phrasing content only.
	const el = parent.createEl("button", { cls: "wrh-year-card", attr: { "data-figure": key, "aria-label": `${label}: ${value}${detail === null ? "" : ` (${detail})`}. ${t("yearShowInTimeline")}` } });
	el.createSpan({ cls: "wrh-year-card-label", text: label });
	el.createSpan({ cls: "wrh-year-card-value", text: value });
	if (detail !== null) el.createSpan({ cls: "wrh-year-card-detail", text: detail });
	el.addEventListener("click", () => actions.showDays(target));
}

/** Whole minutes, as hours and minutes (the cache counts seconds; nobody reads "12,345 seconds"). */
export function formatDuration(seconds: number, t: Translate): string {
	const minutes = Math.floor(seconds / 60);
	return t("yearTimeValue", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export function renderMonths(parent: HTMLElement, stats: YearStats, t: Translate, actions: FigureActions): HTMLElement {
	const section = parent.createDiv({ cls: "wrh-year-section wrh-year-months-section" });
	const heading = section.createEl("h3", { cls: "wrh-year-heading", text: t("yearMonthsHeading") });
	heading.id = `wrh-year-months-${stats.year}`;
	const bars = section.createDiv({ cls: "wrh-year-months", attr: { role: "group", "aria-labelledby": heading.id } });
	const max = Math.max(0, ...stats.months.map((m) => m.highlights));
	for (const m of stats.months) bar(bars, m, max, t, actions);
	return section;
}

function bar(parent: HTMLElement, m: MonthStat, max: number, t: Translate, actions: FigureActions): void {
	const name = t(`monthShort${m.month}` as "monthShort1");
	const el = parent.createEl("button", { cls: "wrh-year-month", attr: { "data-month": m.month, "aria-label": t("yearMonthBar", { month: name, count: m.highlights }) } });
	// A month without entries leads nowhere: the bar stays for the shape of the year, but cannot be pressed.
	el.disabled = m.entries === 0;
	el.createSpan({ cls: "wrh-year-month-count", text: m.highlights > 0 ? String(m.highlights) : "" });
	const track = el.createSpan({ cls: "wrh-year-month-track" });
	const fill = track.createSpan({ cls: "wrh-year-month-bar" });
	fill.setCssProps({ "--wrh-year-bar": String(max === 0 ? 0 : m.highlights / max) });
	el.createSpan({ cls: "wrh-year-month-name", text: name });
	el.addEventListener("click", () => actions.showDays({ range: { from: m.from, to: m.to } }));
}

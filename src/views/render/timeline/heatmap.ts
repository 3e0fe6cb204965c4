import type { Translate } from "../../../core/i18n";
import { formatDuration } from "../../../core/view-models/reading-time";
import type { HeatmapCell, HeatmapModel } from "../../../core/view-models/timeline";

// The year heatmap: a grid of day cells (columns are weeks) with month and weekday labels, prev / next year and a
// legend. Cells are buttons in all but name: focusable with one roving tab stop, arrow keys move by a day (up/down)
// or a week (left/right), Enter or Space picks the day, a click or a tap too. Nothing depends on hover.

export interface HeatmapProps {
	readonly model: HeatmapModel;
	readonly selectedDay: string | null;
	readonly t: Translate;
	/** The day with the keyboard tab stop (kept across re-renders), or null: the selected or the latest active day. */
	readonly focusDay: string | null;
	onSelect(day: string): void;
	onYear(year: number): void;
	/** The tab stop moved (arrow keys), so a re-render can keep it. */
	onFocusDay(day: string): void;
	/** The "Time read" toggle was pressed (shown only when the model carries reading time: `model.colourBy`). */
	onColourBy?(colourBy: "entries" | "time"): void;
	/** The year label was chosen (click, tap, Enter): open that year in reading (issue 14). Absent: a plain label. */
	readonly onOpenYear?: (year: number) => void;
	/** Right-click, or the Menu key / Shift+F10 on a cell: the day's menu (its daily note; issue 14). */
	onDayMenu?(day: string, evt: MouseEvent): void;
}

export const HEATMAP_CELL_CLASS = "wrh-heatmap-cell";
/** The "Time read" toggle in the heatmap's header (issue 14 item 3). */
export const HEATMAP_COLOUR_CLASS = "wrh-heatmap-colour";

export function renderHeatmap(parent: HTMLElement, props: HeatmapProps): HTMLElement {
	const { model, t } = props;
	const root = parent.createDiv({ cls: ["wrh-heatmap", ...(model.colourBy === "time" ? ["is-by-time"] : [])] });
	const head = root.createDiv({ cls: "wrh-heatmap-head" });
	const prev = head.createEl("button", { cls: "wrh-heatmap-nav clickable-icon", text: "‹", attr: { "aria-label": t("heatmapPrevYear"), "data-year": model.prevYear ?? "" } });
	if (props.onOpenYear === undefined) head.createSpan({ cls: "wrh-heatmap-year", text: String(model.year) });
	else {
		const open = props.onOpenYear;
		// A button: Tab reaches it, Enter and Space press it, a tap clicks it.
		const label = head.createEl("button", { cls: "wrh-heatmap-year wrh-heatmap-year-link", text: String(model.year), attr: { "aria-label": t("heatmapOpenYear", { year: model.year }) } });
		label.addEventListener("click", () => open(model.year));
	}
	const next = head.createEl("button", { cls: "wrh-heatmap-nav clickable-icon", text: "›", attr: { "aria-label": t("heatmapNextYear"), "data-year": model.nextYear ?? "" } });
	prev.disabled = model.prevYear === null;
	next.disabled = model.nextYear === null;
	prev.addEventListener("click", () => model.prevYear !== null && props.onYear(model.prevYear));
	next.addEventListener("click", () => model.nextYear !== null && props.onYear(model.nextYear));
	const byTime = model.colourBy === "time";
	const summary = byTime ? t("heatmapTimeSummary", { time: formatDuration(model.totalSeconds ?? 0, t), days: model.readingDays ?? 0 }) : t("heatmapSummary", { total: model.total, days: model.activeDays });
	head.createSpan({ cls: "wrh-heatmap-summary", text: summary });
	// Issue 14 item 3: only with a reading-time cache (absent, malformed or huge: no toggle; parse problems say why).
	if (model.colourBy !== undefined) {
		const toggle = head.createEl("button", {
			cls: [HEATMAP_COLOUR_CLASS, ...(byTime ? ["is-active"] : [])],
			text: t("heatmapColourByTime"),
			attr: { "aria-pressed": byTime ? "true" : "false", "aria-label": t("heatmapColourByTimeLabel") },
		});
		toggle.addEventListener("click", () => props.onColourBy?.(byTime ? "entries" : "time"));
	}

	const scroll = root.createDiv({ cls: "wrh-heatmap-scroll" });
	const frame = scroll.createDiv({ cls: "wrh-heatmap-frame" });
	const months = frame.createDiv({ cls: "wrh-heatmap-months", attr: { "aria-hidden": "true" } });
	months.setCssProps({ "--wrh-heatmap-weeks": String(model.weeks.length) });
	for (const m of model.months) {
		const label = months.createSpan({ cls: "wrh-heatmap-month", text: t(`monthShort${m.month}` as "monthShort1") });
		label.setCssProps({ "--wrh-heatmap-col": String(m.column + 1) });
	}
	const body = frame.createDiv({ cls: "wrh-heatmap-body" });
	const weekdays = body.createDiv({ cls: "wrh-heatmap-weekdays", attr: { "aria-hidden": "true" } });
	model.weekdays.forEach((wd, i) => weekdays.createSpan({ cls: "wrh-heatmap-weekday", text: i % 2 === 1 ? t(`weekdayShort${wd}` as "weekdayShort0") : "" }));
	const grid = body.createDiv({ cls: "wrh-heatmap-grid", attr: { role: "group", "aria-label": t("heatmapLabel", { year: model.year }) } });
	grid.setCssProps({ "--wrh-heatmap-weeks": String(model.weeks.length) });

	const cells: HeatmapCell[] = [];
	const tabStop = pickTabStop(model, props.focusDay ?? props.selectedDay);
	for (const week of model.weeks) {
		for (const cell of week) {
			if (cell === null) {
				grid.createSpan({ cls: "wrh-heatmap-pad" });
				continue;
			}
			cells.push(cell);
			const selected = cell.day === props.selectedDay;
			grid.createSpan({
				cls: [HEATMAP_CELL_CLASS, `wrh-heat-${cell.level}`, ...(selected ? ["is-selected"] : [])],
				attr: {
					role: "button",
					tabindex: cell.day === tabStop ? 0 : -1,
					"data-day": cell.day,
					"data-count": cell.count,
					"aria-pressed": selected ? "true" : "false",
					"aria-label": cellLabel(cell, t),
					...(cell.seconds === undefined ? {} : { "data-seconds": cell.seconds }),
				},
			});
		}
	}
	const index = new Map(cells.map((c, i) => [c.day, i] as const));
	const cellEl = (day: string): HTMLElement | null => grid.querySelector<HTMLElement>(`[data-day="${day}"]`);
	grid.addEventListener("click", (evt) => {
		const day = dayOf(evt.target);
		if (day !== null) props.onSelect(day);
	});
	grid.addEventListener("contextmenu", (evt) => {
		const day = dayOf(evt.target);
		if (day === null || props.onDayMenu === undefined) return;
		evt.preventDefault();
		props.onDayMenu(day, evt);
	});
	grid.addEventListener("keydown", (evt) => {
		const day = dayOf(evt.target);
		if (day === null) return;
		if (evt.key === "Enter" || evt.key === " ") {
			evt.preventDefault();
			props.onSelect(day);
			return;
		}
		if (props.onDayMenu !== undefined && (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey))) {
			evt.preventDefault();
			const rect = (evt.target as HTMLElement).getBoundingClientRect();
			props.onDayMenu(day, new MouseEvent("contextmenu", { clientX: rect.left, clientY: rect.bottom }));
			return;
		}
		const step = STEPS[evt.key];
		if (step === undefined) return;
		evt.preventDefault();
		const target = cells[(index.get(day) ?? 0) + step];
		if (target === undefined) return;
		const from = cellEl(day);
		const to = cellEl(target.day);
		if (from === null || to === null) return;
		from.setAttr("tabindex", -1);
		to.setAttr("tabindex", 0);
		to.focus();
		props.onFocusDay(target.day);
	});

	const legend = root.createDiv({ cls: "wrh-heatmap-legend", attr: { "aria-hidden": "true" } });
	legend.createSpan({ text: t("heatmapLess") });
	for (let level = 0; level <= 4; level++) legend.createSpan({ cls: ["wrh-heatmap-swatch", `wrh-heat-${level}`] });
	legend.createSpan({ text: t("heatmapMore") });
	return root;
}

/** The grid's horizontal scroller inside a rendered heatmap. */
export function heatmapScroller(root: HTMLElement): HTMLElement | null {
	return root.querySelector<HTMLElement>(".wrh-heatmap-scroll");
}

/**
 * Scroll the grid sideways so `day`'s week is in view: left as it is when the cell is already fully visible, else
 * brought to the right edge with about two weeks to spare (the weeks after it, up to today, are the ones that follow).
 * Works in either scroll direction: it moves by the difference of two layout boxes, never by an absolute offset
 * (`direction: rtl` makes `scrollLeft` run from 0 down to negative values). False when the grid has no layout yet (a
 * pane in a hidden tab or a collapsed sidebar): the caller tries again once it has a size.
 */
export function scrollDayIntoView(root: HTMLElement, day: string): boolean {
	const scroller = heatmapScroller(root);
	const cell = root.querySelector<HTMLElement>(`.${HEATMAP_CELL_CLASS}[data-day="${day}"]`);
	if (scroller === null || cell === null) return true;
	const box = scroller.getBoundingClientRect();
	if (box.width === 0) return false;
	const c = cell.getBoundingClientRect();
	if (c.left >= box.left && c.right <= box.right) return true;
	scroller.scrollLeft += c.right + 2 * c.width - box.right;
	return true;
}

/** What a cell says (Obsidian shows an aria-label as the tooltip): the entries, and the time read when known. */
function cellLabel(cell: HeatmapCell, t: Translate): string {
	if (cell.seconds === undefined || cell.seconds <= 0) return t("heatmapCell", { day: cell.day, count: cell.count });
	return t("heatmapCellTime", { day: cell.day, count: cell.count, time: formatDuration(cell.seconds, t) });
}

/** Cells are in day order, so a day is ±1 and a week ±7. */
const STEPS: Readonly<Record<string, number>> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };

function dayOf(target: EventTarget | null): string | null {
	const el = target as HTMLElement | null;
	return el?.getAttribute?.("data-day") ?? null;
}

/** The tab stop: the asked day when it is in this year, else the latest day with entries, else the first day. */
function pickTabStop(model: HeatmapModel, wanted: string | null): string | null {
	let latest: string | null = null;
	let first: string | null = null;
	for (const week of model.weeks) {
		for (const cell of week) {
			if (cell === null) continue;
			if (cell.day === wanted) return wanted;
			first ??= cell.day;
			if (cell.count > 0) latest = cell.day;
		}
	}
	return latest ?? first;
}

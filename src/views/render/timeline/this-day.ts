import { setIcon } from "obsidian";
import type { Translate } from "../../../core/i18n";
import type { TimelineEntry } from "../../../core/index";
import type { DaySection, ThisDayModel } from "../../../core/view-models/this-day";
import { attachListKeyboard } from "../list-keyboard";

// "This day, and years ago" above the timeline list (issue 14 item 2): a collapsible block with the day's entries
// and, under "On this day", the same date in each earlier year that has entries. Rows are the timeline's own entry
// rows (the caller renders them), so click, Mod-click, hover, drag, the menu and the keyboard work as in the list.
// Each section shows a few rows; "Show all" filters the timeline to that day.

export interface ThisDayProps {
	readonly model: ThisDayModel;
	readonly t: Translate;
	readonly open: boolean;
	/** Whether a day has a daily note to open (the block's header offers it for its own day). */
	hasNote(day: string): boolean;
	openNote(day: string, evt: MouseEvent | KeyboardEvent): void;
	renderRow(parent: HTMLElement, entry: TimelineEntry): void;
	showAll(day: string): void;
	toggle(open: boolean): void;
	close(): void;
}

export function renderThisDay(parent: HTMLElement, props: ThisDayProps): HTMLElement {
	const { model, t } = props;
	const root = parent.createDiv({ cls: "wrh-this-day", attr: { "data-day": model.day } });
	const head = root.createDiv({ cls: "wrh-this-day-head" });
	const toggle = head.createEl("button", {
		cls: "wrh-this-day-toggle",
		text: t("thisDayTitle", { day: model.day }),
		attr: { "aria-expanded": props.open ? "true" : "false", "aria-label": t("thisDayToggle") },
	});
	toggle.addEventListener("click", () => props.toggle(!props.open));
	if (props.hasNote(model.day)) {
		const note = head.createEl("button", { cls: "wrh-this-day-note clickable-icon", attr: { "aria-label": t("dailyNoteOpenFor", { day: model.day }) } });
		setIcon(note, "calendar-days");
		note.addEventListener("click", (evt) => props.openNote(model.day, evt));
	}
	const close = head.createEl("button", { cls: "wrh-this-day-close clickable-icon", attr: { "aria-label": t("thisDayClose") } });
	setIcon(close, "x");
	close.addEventListener("click", () => props.close());
	if (!props.open) return root;

	const body = root.createDiv({ cls: "wrh-this-day-body", attr: { role: "list" } });
	const own = body.createDiv({ cls: "wrh-this-day-section", attr: { "data-section": "this-day" } });
	own.createDiv({ cls: "wrh-this-day-heading", text: t("thisDaySection") });
	renderSection(own, model.thisDay, props, t("thisDayEmpty"));

	const past = body.createDiv({ cls: "wrh-this-day-section", attr: { "data-section": "on-this-day" } });
	past.createDiv({ cls: "wrh-this-day-heading", text: t("onThisDaySection") });
	if (model.past.length === 0) past.createDiv({ cls: "wrh-this-day-empty", text: t("onThisDayEmpty") });
	for (const section of model.past) {
		const year = past.createDiv({ cls: "wrh-this-day-year", attr: { "data-day": section.day } });
		year.createDiv({
			cls: "wrh-this-day-subheading",
			text: section.yearsAgo === 1 ? t("onThisDayOneYear", { day: section.day }) : t("onThisDayYears", { years: section.yearsAgo, day: section.day }),
		});
		renderSection(year, section, props, "");
	}
	// One tab stop for all the block's rows; arrows move between them.
	attachListKeyboard(body).refresh();
	return root;
}

function renderSection(parent: HTMLElement, section: DaySection, props: ThisDayProps, empty: string): void {
	if (section.count === 0) {
		if (empty !== "") parent.createDiv({ cls: "wrh-this-day-empty", text: empty });
		return;
	}
	const rows = parent.createDiv({ cls: "wrh-this-day-rows", attr: { "data-day": section.day } });
	for (const entry of section.entries) props.renderRow(rows, entry);
	if (section.count > section.entries.length) {
		const more = parent.createEl("button", { cls: "wrh-this-day-more", text: props.t("thisDayShowAll", { count: section.count }), attr: { "data-day": section.day } });
		more.addEventListener("click", () => props.showAll(section.day));
	}
}

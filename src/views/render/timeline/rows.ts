import { setIcon } from "obsidian";
import type { Translate } from "../../../core/i18n";
import { formatDuration } from "../../../core/view-models/reading-time";
import type { HeaderRow } from "../../../core/view-models/timeline";

// A group header of the timeline list: the day / week / month and how many entries it holds. Not a list row for
// the keyboard (arrow keys move between entries); a heading for screen readers.

/** What a day header offers beside its label (issue 14 item 1): its daily note, and a menu of the day's actions. */
export interface DayHeaderActions {
	/** The day has a daily note: the header shows a button that opens it (a tap target; no hover needed). */
	readonly hasNote: boolean;
	openNote(evt: MouseEvent | KeyboardEvent): void;
	/** Right-click (or the Menu key on the header's button): the day's menu. */
	showMenu(evt: MouseEvent): void;
}

/** `seconds`: time read that day (a day header with a reading-time cache, issue 14), shown after the count. */
export function renderGroupHeader(parent: DocumentFragment | HTMLElement, row: HeaderRow, t: Translate, seconds: number | null = null, day?: DayHeaderActions): HTMLElement {
	const el = parent.createDiv({ cls: "wrh-timeline-group", attr: { role: "heading", "aria-level": 3, "data-key": row.key } });
	el.createSpan({ cls: "wrh-timeline-group-label", text: row.label });
	el.createSpan({ cls: "wrh-timeline-group-count", text: String(row.count), attr: { "aria-label": t("timelineGroupCount", { count: row.count }) } });
	if (seconds !== null && seconds > 0) el.createSpan({ cls: "wrh-timeline-group-time", text: t("readingTimeRead", { time: formatDuration(seconds, t) }) });
	if (day !== undefined) {
		el.addEventListener("contextmenu", (evt) => {
			evt.preventDefault();
			day.showMenu(evt);
		});
		if (day.hasNote) {
			const button = el.createEl("button", { cls: "wrh-timeline-group-note clickable-icon", attr: { "aria-label": t("dailyNoteOpenFor", { day: row.groupKey }), "data-day": row.groupKey } });
			setIcon(button, "calendar-days");
			button.addEventListener("click", (evt) => day.openNote(evt));
		}
	}
	return el;
}

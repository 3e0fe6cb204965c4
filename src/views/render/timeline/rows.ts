import type { Translate } from "../../../core/i18n";
import { formatDuration } from "../../../core/view-models/reading-time";
import type { HeaderRow } from "../../../core/view-models/timeline";

// A group header of the timeline list: the day / week / month and how many entries it holds. Not a list row for
// the keyboard (arrow keys move between entries); a heading for screen readers.

/** `seconds`: time read that day (a day header with a reading-time cache, issue 14), shown after the count. */
export function renderGroupHeader(parent: DocumentFragment | HTMLElement, row: HeaderRow, t: Translate, seconds: number | null = null): HTMLElement {
	const el = parent.createDiv({ cls: "wrh-timeline-group", attr: { role: "heading", "aria-level": 3, "data-key": row.key } });
	el.createSpan({ cls: "wrh-timeline-group-label", text: row.label });
	el.createSpan({ cls: "wrh-timeline-group-count", text: String(row.count), attr: { "aria-label": t("timelineGroupCount", { count: row.count }) } });
	if (seconds !== null && seconds > 0) el.createSpan({ cls: "wrh-timeline-group-time", text: t("readingTimeRead", { time: formatDuration(seconds, t) }) });
	return el;
}

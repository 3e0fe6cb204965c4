import type { Translate } from "../../../core/i18n";

// The messages the timeline shows instead of rows: the first scan running, a vault without WeRead notes (and where
// those come from), filters that match nothing.

export function renderIndexing(parent: HTMLElement, t: Translate, done: number, total: number): HTMLElement {
	return parent.createDiv({ cls: "wrh-timeline-message wrh-timeline-indexing", text: t("timelineIndexing", { done, total }), attr: { role: "status" } });
}

export function renderEmptyVault(parent: HTMLElement, t: Translate): HTMLElement {
	const el = parent.createDiv({ cls: "wrh-timeline-message wrh-timeline-empty" });
	el.createDiv({ cls: "wrh-timeline-message-title", text: t("timelineEmptyTitle") });
	el.createDiv({ cls: "wrh-timeline-message-body", text: t("timelineEmptyBody") });
	return el;
}

export function renderNoMatches(parent: HTMLElement, t: Translate, onClear: () => void): HTMLElement {
	const el = parent.createDiv({ cls: "wrh-timeline-message wrh-timeline-no-matches" });
	el.createDiv({ cls: "wrh-timeline-message-title", text: t("timelineNoMatches") });
	const clear = el.createEl("button", { cls: "wrh-timeline-clear", text: t("timelineClearFilters") });
	clear.addEventListener("click", onClear);
	return el;
}

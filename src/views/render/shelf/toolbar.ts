import type { MessageKey, Translate } from "../../../core/i18n";
import { SHELF_GROUPINGS, SHELF_SORTS, type ShelfGrouping, type ShelfSort } from "../../../core/view-models/shelf";

// The bookshelf's toolbar: the filter box and the sort and group dropdowns. Built once per pane.

export interface ShelfToolbarHandlers {
	onFilter(filter: string): void;
	onSort(sort: ShelfSort): void;
	onGrouping(grouping: ShelfGrouping): void;
}

export interface ShelfToolbar {
	readonly filter: HTMLInputElement;
	readonly sort: HTMLSelectElement;
	readonly grouping: HTMLSelectElement;
}

const SORT_KEYS: Readonly<Record<ShelfSort, MessageKey>> = {
	"last-read": "shelfSortLastRead",
	highlights: "shelfSortHighlights",
	title: "shelfSortTitle",
	finished: "shelfSortFinished",
};

const GROUPING_KEYS: Readonly<Record<ShelfGrouping, MessageKey>> = {
	none: "shelfGroupNone",
	status: "shelfGroupStatus",
	category: "shelfGroupCategory",
	year: "shelfGroupYear",
};

export function renderShelfToolbar(parent: HTMLElement, t: Translate, handlers: ShelfToolbarHandlers): ShelfToolbar {
	const el = parent.createDiv({ cls: "wrh-shelf-toolbar" });
	const filter = el.createEl("input", {
		cls: "wrh-shelf-filter",
		type: "search",
		placeholder: t("shelfFilterPlaceholder"),
		attr: { "aria-label": t("shelfFilterPlaceholder"), spellcheck: "false" },
	});
	filter.addEventListener("input", () => handlers.onFilter(filter.value));
	const sort = dropdown(el, "wrh-shelf-sort", t("shelfSortLabel"), SHELF_SORTS.map((s) => [s, t(SORT_KEYS[s])]));
	sort.addEventListener("change", () => {
		const value = SHELF_SORTS.find((s) => s === sort.value);
		if (value !== undefined) handlers.onSort(value);
	});
	const grouping = dropdown(el, "wrh-shelf-grouping", t("shelfGroupLabel"), SHELF_GROUPINGS.map((g) => [g, t(GROUPING_KEYS[g])]));
	grouping.addEventListener("change", () => {
		const value = SHELF_GROUPINGS.find((g) => g === grouping.value);
		if (value !== undefined) handlers.onGrouping(value);
	});
	return { filter, sort, grouping };
}

function dropdown(parent: HTMLElement, cls: string, label: string, options: readonly [string, string][]): HTMLSelectElement {
	const select = parent.createEl("select", { cls: ["dropdown", cls], attr: { "aria-label": label, title: label } });
	for (const [value, text] of options) select.createEl("option", { value, text });
	return select;
}

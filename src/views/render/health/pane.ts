import type { MessageKey, Translate } from "../../../core/i18n";
import type { FindingReason } from "../../../core/health/findings";
import type { HealthGroup, HealthPane, HealthRow, HealthSection, HealthSectionKind } from "../../../core/view-models/health";
import { LIST_ROW_CLASS } from "../list-keyboard";

// The block-reference health pane's content for each state of its view-model (core/view-models/health.ts): counts,
// then sections of groups of rows. Pure render functions over a container the view owns; a row's click or Enter
// opens its note at the line, a group's header opens or closes it, "Show more" builds more rows.

export interface HealthRenderOptions {
	readonly t: Translate;
	/** Click / Enter / middle click on a row: open `path` at the 0-based `line` (Mod → new tab, in the caller). */
	readonly openLine: (path: string, line: number, evt: MouseEvent | KeyboardEvent) => void;
	readonly onToggle: (groupKey: string) => void;
	readonly onShowMore: (groupKey: string) => void;
}

const REASON_TEXT: Readonly<Record<FindingReason, MessageKey>> = {
	"id-characters": "healthReasonIdCharacters",
	glued: "healthReasonGlued",
	"quote-continues": "healthReasonQuoteContinues",
	"block-continues": "healthReasonBlockContinues",
	duplicate: "healthReasonDuplicate",
	unregistered: "healthReasonUnregistered",
	"repeated-id": "healthReasonRepeated",
	"missing-id": "healthReasonMissing",
	"sync-daily-missing-id": "healthReasonSyncDaily",
	"sync-daily-unregistered-id": "healthReasonSyncDailyUnregistered",
};

const SECTION_TITLE: Readonly<Record<HealthSectionKind, MessageKey>> = {
	ids: "healthSectionIds",
	dangling: "healthSectionDangling",
	daily: "healthSectionDaily",
};

/** The reason of a finding in words. */
export function reasonText(t: Translate, row: Pick<HealthRow, "reason" | "carriers">): string {
	return t(REASON_TEXT[row.reason], { count: row.carriers ?? 0 });
}

/** Fills `el` (emptied first) with the pane. */
export function renderHealthPane(el: HTMLElement, pane: HealthPane, options: HealthRenderOptions): void {
	el.empty();
	const { t } = options;
	if (pane.state === "indexing") {
		el.createDiv({ cls: ["wrh-health-empty", "wrh-health-loading"], text: t("healthIndexing") });
		return;
	}
	if (pane.state === "healthy") {
		const box = el.createDiv("wrh-health-empty wrh-health-ok");
		box.createDiv({ cls: "wrh-health-ok-title", text: t("healthAllResolve") });
		box.createDiv({ cls: "wrh-health-ok-detail", text: t("healthAllResolveDetail", { books: pane.books }) });
		return;
	}
	const counts = el.createDiv("wrh-health-counts");
	count(counts, pane.counts.unresolvable, t("healthCountUnresolvable"), "unresolvable");
	count(counts, pane.counts.duplicate, t("healthCountDuplicate"), "duplicate");
	count(counts, pane.counts.dangling, t("healthCountDangling"), "dangling");
	count(counts, pane.counts.dailyEmbedsBroken, t("healthCountDaily"), "daily");
	const list = el.createDiv({ cls: "wrh-health-list", attr: { role: "list" } });
	for (const section of pane.sections) {
		renderSection(list, section, options, section.kind === "ids" ? { template: pane.templateFix, resync: pane.resyncFix } : null);
	}
}

function count(parent: HTMLElement, n: number, label: string, kind: string): void {
	const item = parent.createDiv({ cls: ["wrh-health-count", `wrh-health-count-${kind}`, ...(n === 0 ? ["wrh-health-count-zero"] : [])] });
	item.createDiv({ cls: "wrh-health-count-n", text: String(n) });
	item.createDiv({ cls: "wrh-health-count-label", text: label });
}

function renderSection(parent: HTMLElement, section: HealthSection, options: HealthRenderOptions, fixes: { template: boolean; resync: boolean } | null): void {
	const { t } = options;
	const el = parent.createDiv({ cls: ["wrh-health-section", `wrh-health-section-${section.kind}`] });
	const title = el.createDiv("wrh-health-section-title");
	title.createSpan({ text: t(SECTION_TITLE[section.kind]) });
	title.createSpan({ cls: "wrh-health-section-count", text: String(section.count) });
	// The fix is said once, above the rows it fixes.
	if (fixes?.template === true) el.createDiv({ cls: "wrh-health-fix", text: t("healthTemplateFix") });
	if (fixes?.resync === true) el.createDiv({ cls: "wrh-health-fix", text: t("healthResyncFix") });
	// A book is known by its title; a citing note by its name, with its folder when it has one (as the references pane).
	for (const group of section.groups) renderGroup(el, group, options, section.kind !== "ids");
}

function renderGroup(parent: HTMLElement, group: HealthGroup, options: HealthRenderOptions, showPath: boolean): void {
	const el = parent.createDiv({ cls: "wrh-health-group", attr: { role: "group", "aria-label": group.title } });
	const head = el.createDiv({
		cls: ["wrh-health-group-head", LIST_ROW_CLASS, ...(group.open ? ["is-open"] : [])],
		attr: { role: "button", tabindex: -1, "aria-expanded": group.open ? "true" : "false", "data-key": `group:${group.key}`, "data-path": group.path },
	});
	head.createSpan({ cls: "wrh-health-group-title", text: group.title });
	if (showPath && group.path !== `${group.title}.md`) head.createSpan({ cls: "wrh-health-group-path", text: group.path });
	head.createSpan({ cls: "wrh-health-group-count", text: String(group.count) });
	activate(head, () => options.onToggle(group.key));
	for (const row of group.rows) renderRow(el, row, options);
	if (group.more > 0) {
		const more = el.createDiv({
			cls: ["wrh-health-more", LIST_ROW_CLASS],
			attr: { role: "button", tabindex: -1, "data-key": `more:${group.key}` },
			text: options.t("healthShowMore", { count: group.more }),
		});
		activate(more, () => options.onShowMore(group.key));
	}
}

function renderRow(parent: HTMLElement, row: HealthRow, options: HealthRenderOptions): void {
	const { t } = options;
	const el = parent.createDiv({
		cls: ["wrh-health-row", `wrh-health-row-${row.kind}`, LIST_ROW_CLASS],
		attr: { role: "listitem", tabindex: -1, "data-key": row.key, "data-path": row.path, "data-line": row.line },
	});
	const meta = el.createDiv("wrh-health-row-meta");
	meta.createSpan({ cls: "wrh-health-line-no", text: t("healthLine", { line: row.line + 1 }) });
	meta.createSpan({ cls: "wrh-health-block-id", text: `^${row.blockId}` });
	if (row.bookTitle !== null) meta.createSpan({ cls: "wrh-health-cites", text: t("healthCites", { book: row.bookTitle }) });
	el.createDiv({ cls: "wrh-health-reason", text: reasonText(t, row) });
	el.addEventListener("click", (evt) => options.openLine(row.path, row.line, evt));
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) options.openLine(row.path, row.line, evt);
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.target !== el || evt.key !== "Enter") return;
		evt.preventDefault();
		options.openLine(row.path, row.line, evt);
	});
}

/** Click, Enter or Space runs `run` (a div with role=button, as a button behaves). */
function activate(el: HTMLElement, run: () => void): void {
	el.addEventListener("click", () => run());
	el.addEventListener("keydown", (evt) => {
		if (evt.target !== el || (evt.key !== "Enter" && evt.key !== " ")) return;
		evt.preventDefault();
		run();
	});
}

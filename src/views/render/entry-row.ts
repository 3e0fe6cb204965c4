import { Platform, setIcon } from "obsidian";
import type { Translate } from "../../core/i18n";
import type { TimelineEntry } from "../../core/index";
import type { EntryActions } from "../entry-actions";
import { queryTerms } from "../../core/index/search";
import { LIST_ROW_CLASS } from "./list-keyboard";
import { appendMarked } from "./search-marks";

// One highlight / thought / review row, the same in every pane (issue 4 "Everywhere a highlight is shown"). A pure
// render function: it builds DOM with createEl/createDiv, puts the reader's and the book's words in as text only,
// and hands every interaction to `EntryActions`, so the panes stay thin and every row behaves the same.

/** Text longer than this (or with more lines than CLAMP_LINES) starts clamped, with a "Show more" toggle. */
export const CLAMP_CHARS = 280;
export const CLAMP_LINES = 5;

export interface EntryRowOptions {
	readonly actions: EntryActions;
	readonly t: Translate;
	/** Show the book title (timeline, references); the book pane leaves it out. */
	readonly showBook?: boolean;
	/** Show the chapter title; the book pane leaves it out when rows sit under their chapter. */
	readonly showChapter?: boolean;
	/** `datetime`: `2024-05-03 08:02`; `time`: `08:02` (rows already grouped by day); `none`. Default `datetime`. */
	readonly time?: "datetime" | "time" | "none";
	/** Show `🔥 N` where the note records how many readers share the highlight. */
	readonly showPopular?: boolean;
	/** Times cited, when the caller has it already; else `actions.citedCount(entry)`. */
	readonly citedCount?: number;
	/** Long text starts expanded (a windowed list re-creating a row keeps the reader's choice). */
	readonly expanded?: boolean;
	/** Heard when the reader expands or collapses long text (row height changes). */
	readonly onExpandedChange?: (expanded: boolean) => void;
	/** Extra classes on the row element. */
	readonly cls?: string;
	/** The pane's search or filter query: its terms are marked in the row's words (search-marks.ts). */
	readonly search?: string;
}

/** Whether `text` is long enough to be clamped. */
export function isLongText(text: string): boolean {
	return text.length > CLAMP_CHARS || text.split("\n").length > CLAMP_LINES;
}

/** `2024-05-03 08:02` or `08:02` from `yyyy-MM-dd HH:mm:ss`; the day alone for a date-only entry; "" when undated. */
export function formatEntryTime(entry: TimelineEntry, mode: "datetime" | "time"): string {
	if (entry.createdAt !== null) {
		const hm = entry.createdAt.slice(11, 16);
		return mode === "time" ? hm : `${entry.createdAt.slice(0, 10)} ${hm}`;
	}
	return mode === "datetime" ? (entry.day ?? "") : "";
}

/**
 * Appends one entry row to `parent` and returns it. The row is focusable (a list's roving tab stop comes from
 * list-keyboard.ts), draggable, and answers click / Mod-click / middle-click, Enter, hover, context menu (also from
 * the keyboard: the Menu key or Shift+F10).
 */
export function renderEntryRow(parent: HTMLElement, entry: TimelineEntry, options: EntryRowOptions): HTMLElement {
	const { actions, t } = options;
	// The kind goes in a modifier class of its own (`wrh-entry-is-thought`): the row's parts have classes named
	// after what they hold (`wrh-entry-thought` is the thought line), and a row of kind "thought" carrying that class
	// took the thought line's style as a whole (issue 11 item 2).
	const row = parent.createDiv({
		cls: ["wrh-entry", `wrh-entry-is-${entry.kind}`, LIST_ROW_CLASS, ...(options.cls ? [options.cls] : [])],
		attr: { role: "listitem", tabindex: -1, draggable: "true", "data-key": entry.key },
	});
	const terms = options.search === undefined ? [] : queryTerms(options.search);

	const body = row.createDiv("wrh-entry-body");
	if (entry.text !== "") renderText(body, entry.text, options, terms);
	const review = entry.kind === "chapter-review" || entry.kind === "book-review";
	const words = entry.thought ?? "";
	if (words !== "" || review) {
		const thought = body.createDiv("wrh-entry-thought");
		if (review) thought.createSpan({ cls: "wrh-entry-kind", text: t(entry.kind === "book-review" ? "entryBookReview" : "entryChapterReview") });
		if (words !== "") appendMarked(thought.createSpan("wrh-entry-thought-text"), words, terms);
		// WeRead keeps a review that is only a star rating: the note then has the heading and the time, no text.
		else thought.createSpan({ cls: "wrh-entry-empty-review", text: t(entry.kind === "book-review" ? "entryRatingOnly" : "entryNoText") });
	}
	renderMeta(row, entry, options, terms);

	row.addEventListener("click", (evt) => actions.open(entry, evt));
	// Middle click opens in a new tab, like a link (Keymap.isModEvent reads button 1 as "tab").
	row.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) actions.open(entry, evt);
	});
	row.addEventListener("keydown", (evt) => {
		if (evt.target !== row) return;
		if (evt.key === "Enter") {
			evt.preventDefault();
			actions.open(entry, evt);
		} else if (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey)) {
			evt.preventDefault();
			const rect = row.getBoundingClientRect();
			actions.showMenu(entry, new MouseEvent("contextmenu", { clientX: rect.left, clientY: rect.bottom }));
		}
	});
	row.addEventListener("mouseover", (evt) => actions.hover(entry, evt, row));
	row.addEventListener("contextmenu", (evt) => {
		evt.preventDefault();
		actions.showMenu(entry, evt);
	});
	row.addEventListener("dragstart", (evt) => {
		if (evt.dataTransfer === null) return;
		evt.dataTransfer.setData("text/plain", actions.dragText(entry));
		evt.dataTransfer.effectAllowed = "copy";
	});
	return row;
}

function renderText(body: HTMLElement, text: string, options: EntryRowOptions, terms: readonly string[]): void {
	const textEl = body.createDiv("wrh-entry-text");
	appendMarked(textEl, text, terms);
	if (!isLongText(text)) return;
	let expanded = options.expanded === true;
	const toggle = body.createEl("button", { cls: "wrh-entry-more" });
	const apply = (): void => {
		textEl.toggleClass("wrh-entry-text-clamped", !expanded);
		toggle.setText(options.t(expanded ? "entryShowLess" : "entryShowMore"));
		toggle.setAttr("aria-expanded", expanded ? "true" : "false");
	};
	apply();
	toggle.addEventListener("click", (evt) => {
		// The row opens the note on click; this button only folds the text.
		evt.stopPropagation();
		expanded = !expanded;
		apply();
		options.onExpandedChange?.(expanded);
	});
	toggle.addEventListener("keydown", (evt) => evt.stopPropagation());
}

function renderMeta(row: HTMLElement, entry: TimelineEntry, options: EntryRowOptions, terms: readonly string[]): void {
	const { t } = options;
	const meta = row.createDiv("wrh-entry-meta");
	const mode = options.time ?? "datetime";
	if (mode !== "none") {
		const time = formatEntryTime(entry, mode);
		if (time !== "") meta.createEl("time", { cls: "wrh-entry-time", text: time, attr: { datetime: (entry.createdAt ?? entry.day ?? "").replace(" ", "T") } });
	}
	// Search matches the book and the chapter too: mark them where the row shows them.
	if (options.showBook === true) appendMarked(meta.createSpan("wrh-entry-book"), entry.bookTitle, terms);
	if (options.showChapter === true && entry.chapterTitle !== null) appendMarked(meta.createSpan("wrh-entry-chapter"), entry.chapterTitle, terms);
	const popular = entry.highlight?.popularCount ?? null;
	if (options.showPopular === true && popular !== null) meta.createSpan({ cls: "wrh-entry-popular", text: t("entryPopular", { count: popular }) });
	const cited = options.citedCount ?? options.actions.citedCount(entry);
	if (cited > 0) meta.createSpan({ cls: "wrh-entry-cited", text: t("entryCited", { count: cited }) });
	if (Platform.isMobile) renderMenuButton(meta, entry, options);
}

/**
 * The row's menu for touch: iOS and iPadOS (WebKit) never fire `contextmenu` on a long press, so without a visible
 * button copy link / embed / quote, Show references and Reveal in timeline would not exist there. Obsidian shows the
 * same Menu as a sheet on a phone.
 */
function renderMenuButton(meta: HTMLElement, entry: TimelineEntry, options: EntryRowOptions): void {
	const button = meta.createEl("button", { cls: ["clickable-icon", "wrh-entry-menu-button"], attr: { "aria-label": options.t("entryMoreActions") } });
	setIcon(button, "more-horizontal");
	button.addEventListener("click", (evt) => {
		// The row opens the note on a tap; this button only opens the menu.
		evt.stopPropagation();
		evt.preventDefault();
		options.actions.showMenu(entry, evt);
	});
	button.addEventListener("keydown", (evt) => evt.stopPropagation());
}

import type { Translate } from "../../core/i18n";
import type { TimelineEntry } from "../../core/index";
import { queryTerms } from "../../core/index/search";
import type { EntryActions } from "../entry-actions";
import { renderBody, renderMeta } from "./entry-row-parts";
import { LIST_ROW_CLASS } from "./list-keyboard";
import type { RowOwner } from "./row-lifetimes";

export { CLAMP_CHARS, CLAMP_LINES, formatEntryTime, isLongText } from "./entry-row-parts";

// One highlight / thought / review row, the same in every pane (issue 4 "Everywhere a highlight is shown"). A pure
// render function: it builds DOM with createEl/createDiv, puts the reader's and the book's words in as text only
// (a review's content, which is markdown, goes through Obsidian's MarkdownRenderer), and hands every interaction to
// `EntryActions`, so the panes stay thin and every row behaves the same. The row's parts: entry-row-parts.ts.

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
	/**
	 * The pane (an ItemView) the row lives in. With it, a review's content is rendered as the markdown it is
	 * (MarkdownRenderer, through `actions.renderMarkdown`), owned by a component that goes with the row
	 * (row-lifetimes.ts); without it, the content shows as plain text.
	 */
	readonly owner?: RowOwner;
}

/**
 * Appends one entry row to `parent` and returns it. The row is focusable (a list's roving tab stop comes from
 * list-keyboard.ts), draggable, and answers click / Mod-click / middle-click, Enter, hover, context menu (also from
 * the keyboard: the Menu key or Shift+F10).
 */
export function renderEntryRow(parent: HTMLElement, entry: TimelineEntry, options: EntryRowOptions): HTMLElement {
	const { actions } = options;
	// The kind goes in a modifier class of its own (`wrh-entry-is-thought`): the row's parts have classes named
	// after what they hold (`wrh-entry-thought` is the thought line), and a row of kind "thought" carrying that class
	// took the thought line's style as a whole (issue 11 item 2).
	const row = parent.createDiv({
		cls: ["wrh-entry", `wrh-entry-is-${entry.kind}`, LIST_ROW_CLASS, ...(options.cls ? [options.cls] : [])],
		attr: { role: "listitem", tabindex: -1, draggable: "true", "data-key": entry.key },
	});
	const terms = options.search === undefined ? [] : queryTerms(options.search);
	renderBody(row, entry, options, terms);
	renderMeta(row, entry, options, terms);

	row.addEventListener("click", (evt) => {
		// A web link inside a review's markdown opens itself (Obsidian opens external links); not the note as well.
		if (insideWebLink(evt.target)) return;
		actions.open(entry, evt);
	});
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

function insideWebLink(target: EventTarget | null): boolean {
	const closest = (target as Partial<Element> | null)?.closest;
	return typeof closest === "function" && closest.call(target, "a.external-link") !== null;
}

import { Platform, setIcon } from "obsidian";
import type { TimelineEntry } from "../../core/index";
import type { EntryActions } from "../entry-actions";
import type { EntryRowOptions } from "./entry-row";
import { rowComponent, type RowOwner } from "./row-lifetimes";
import { appendMarked, markTextNodes } from "./search-marks";

// The parts of an entry row (entry-row.ts): its body (the book's words, then the reader's) and its meta line.

/** Text longer than this (or with more lines than CLAMP_LINES) starts clamped, with a "Show more" toggle. */
export const CLAMP_CHARS = 280;
export const CLAMP_LINES = 5;

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

/** The book's words, then the reader's: the highlight's text, the thought or the review. */
export function renderBody(row: HTMLElement, entry: TimelineEntry, options: EntryRowOptions, terms: readonly string[]): void {
	const { t } = options;
	const body = row.createDiv("wrh-entry-body");
	if (entry.text !== "") {
		const textEl = body.createDiv("wrh-entry-text");
		appendMarked(textEl, entry.text, terms);
		if (isLongText(entry.text)) addClampToggle(body, textEl, "wrh-entry-text-clamped", options);
	}
	const review = entry.kind === "chapter-review" || entry.kind === "book-review";
	const words = entry.thought ?? "";
	if (words === "" && !review) return;
	const thought = body.createDiv("wrh-entry-thought");
	if (review) thought.createSpan({ cls: "wrh-entry-kind", text: t(entry.kind === "book-review" ? "entryBookReview" : "entryChapterReview") });
	if (words === "") {
		// WeRead keeps a review that is only a star rating: the note then has the heading and the time, no text.
		thought.createSpan({ cls: "wrh-entry-empty-review", text: t(entry.kind === "book-review" ? "entryRatingOnly" : "entryNoText") });
	} else if (review && options.owner !== undefined) {
		const el = thought.createDiv({ cls: ["wrh-entry-thought-text", "wrh-entry-markdown"] });
		renderReviewMarkdown(row, el, entry, words, options.owner, options.actions, terms);
		if (isLongText(words)) addClampToggle(body, el, "wrh-entry-markdown-clamped", options);
	} else {
		// A thought typed in WeRead is plain text (the sync writes it as typed), and so is a review shown without
		// a pane to own its rendering.
		appendMarked(thought.createSpan("wrh-entry-thought-text"), words, terms);
	}
}

/**
 * A review's content is markdown (the sync writes WeRead's `mdContent`: the reader's headings, lists, escapes such
 * as `1\.`), so it is rendered the way Obsidian renders the note, with the note as the source path for its links.
 * Obsidian sanitizes HTML in what it renders (help.obsidian.md/Editing+and+formatting/HTML+content). The
 * component goes with the row; the content may arrive after the row was measured, and the windowed list's
 * ResizeObserver re-measures it then.
 */
function renderReviewMarkdown(row: HTMLElement, el: HTMLElement, entry: TimelineEntry, markdown: string, owner: RowOwner, actions: EntryActions, terms: readonly string[]): void {
	const component = rowComponent(owner, row);
	actions.renderMarkdown(markdown, el, entry.bookPath, component).then(
		() => markTextNodes(el, terms),
		() => {
			// Should the renderer fail, the reader still gets the words.
			el.empty();
			appendMarked(el, markdown, terms);
		},
	);
}

/** A "Show more" / "Show less" button under long text; the row keeps the reader's choice through `options`. */
function addClampToggle(body: HTMLElement, target: HTMLElement, clampedClass: string, options: EntryRowOptions): void {
	let expanded = options.expanded === true;
	const toggle = body.createEl("button", { cls: "wrh-entry-more" });
	const apply = (): void => {
		target.toggleClass(clampedClass, !expanded);
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

export function renderMeta(row: HTMLElement, entry: TimelineEntry, options: EntryRowOptions, terms: readonly string[]): void {
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

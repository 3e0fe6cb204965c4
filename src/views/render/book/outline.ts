import { setIcon } from "obsidian";
import type { Translate } from "../../../core/i18n";
import type { ChapterItem } from "../../../core/view-models/book";

export interface OutlineOptions {
	readonly t: Translate;
	readonly open: boolean;
	/** The filter or the uncited toggle hides rows: each chapter then counts what it shows out of its total. */
	readonly narrowed: boolean;
	readonly onToggle: (open: boolean) => void;
	/** A chapter chosen by click or keyboard (Enter/Space on its button). */
	readonly onChapter: (chapter: ChapterItem, evt: MouseEvent | KeyboardEvent) => void;
}

/** Density steps: the bar's width comes from a class (`wrh-density-0` … `-10`), never an inline style. */
const DENSITY_STEPS = 10;

/**
 * The chapter outline: a fold button ("Chapters"), then one button per chapter with its title (indented by level),
 * a small density bar and its row count as a badge. Buttons, so keyboard and touch work without extra code; each in
 * a list item of its own, so the button keeps its role for screen readers.
 *
 * While narrowed, a chapter shows "shown / total" and a chapter with no match (itself or under it) is dimmed, not
 * hidden: the outline keeps its shape as the reader types, so the matches are seen in the book's structure and
 * chapters do not jump under the pointer or the keyboard focus.
 */
export function renderChapterOutline(parent: HTMLElement, chapters: readonly ChapterItem[], options: OutlineOptions): HTMLElement {
	const { t } = options;
	const el = parent.createDiv({ cls: ["wrh-book-outline", options.open ? "is-open" : "is-collapsed"] });
	const toggle = el.createEl("button", { cls: "wrh-book-outline-toggle", attr: { "aria-expanded": options.open ? "true" : "false" } });
	setIcon(toggle.createSpan("wrh-book-outline-chevron"), options.open ? "chevron-down" : "chevron-right");
	toggle.createSpan({ text: t("bookChapters") });
	toggle.createSpan({ cls: "wrh-book-outline-total", text: String(chapters.length) });
	toggle.addEventListener("click", () => options.onToggle(!options.open));
	if (!options.open) return el;

	const list = el.createDiv({ cls: "wrh-book-outline-list", attr: { role: "list" } });
	for (const chapter of chapters) {
		const li = list.createDiv({ cls: "wrh-book-chapter-item", attr: { role: "listitem" } });
		const item = li.createEl("button", {
			cls: ["wrh-book-chapter", `wrh-level-${Math.min(chapter.level ?? 1, 4)}`, ...(chapter.hasMatch ? [] : ["is-dimmed"])],
			attr: { "data-key": chapter.key, "data-line": chapter.line },
		});
		item.createSpan({ cls: "wrh-book-chapter-title", text: chapter.title ?? t("bookNoChapter") });
		// A heading listed only for the chapters under it has no rows of its own: no bar, no count.
		if (chapter.entryCount > 0) renderCount(item, chapter, options);
		// A button fires click for Enter and Space too; `detail` is 0 then, and the event carries the modifiers.
		item.addEventListener("click", (evt) => options.onChapter(chapter, evt));
	}
	return el;
}

/** The density bar and the count badge: digits for the eye, a sentence with its unit for a screen reader. */
function renderCount(item: HTMLElement, chapter: ChapterItem, options: OutlineOptions): void {
	const { t } = options;
	const bar = item.createSpan({ cls: "wrh-density", attr: { "aria-hidden": "true" } });
	bar.createSpan({ cls: ["wrh-density-fill", `wrh-density-${Math.round(chapter.density * DENSITY_STEPS)}`] });
	const count = item.createSpan({ cls: "wrh-book-chapter-count", attr: { "aria-hidden": "true" } });
	let spoken: string;
	if (options.narrowed) {
		count.createSpan({ cls: "wrh-book-chapter-shown", text: String(chapter.shownCount) });
		count.createSpan({ cls: "wrh-book-chapter-total", text: ` / ${chapter.entryCount}` });
		spoken = t("bookChapterShown", { shown: chapter.shownCount, total: chapter.entryCount });
	} else {
		count.setText(String(chapter.entryCount));
		spoken = t(chapter.entryCount === 1 ? "bookChapterOneEntry" : "bookChapterEntries", { count: chapter.entryCount });
	}
	item.createSpan({ cls: "wrh-book-chapter-count-label", text: spoken });
}

import { setIcon } from "obsidian";
import type { Translate } from "../../../core/i18n";
import type { ChapterItem } from "../../../core/view-models/book";

export interface OutlineOptions {
	readonly t: Translate;
	readonly open: boolean;
	readonly onToggle: (open: boolean) => void;
	/** A chapter chosen by click or keyboard (Enter/Space on its button). */
	readonly onChapter: (chapter: ChapterItem, evt: MouseEvent | KeyboardEvent) => void;
}

/** Density steps: the bar's width comes from a class (`wrh-density-0` … `-10`), never an inline style. */
const DENSITY_STEPS = 10;

/**
 * The chapter outline: a fold button ("Chapters"), then one button per chapter with its title (indented by level),
 * its highlight count and a small density bar. Buttons, so keyboard and touch work without extra code.
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
		const item = list.createEl("button", {
			cls: ["wrh-book-chapter", `wrh-level-${Math.min(chapter.level ?? 1, 4)}`, ...(chapter.shownCount === 0 ? ["is-empty"] : [])],
			attr: { role: "listitem", "data-key": chapter.key, "data-line": chapter.line },
		});
		item.createSpan({ cls: "wrh-book-chapter-title", text: chapter.title ?? t("bookNoChapter") });
		const bar = item.createSpan({ cls: "wrh-density", attr: { "aria-hidden": "true" } });
		bar.createSpan({ cls: ["wrh-density-fill", `wrh-density-${Math.round(chapter.density * DENSITY_STEPS)}`] });
		item.createSpan({ cls: "wrh-book-chapter-count", text: String(chapter.highlightCount) });
		// A button fires click for Enter and Space too; `detail` is 0 then, and the event carries the modifiers.
		item.addEventListener("click", (evt) => options.onChapter(chapter, evt));
	}
	return el;
}

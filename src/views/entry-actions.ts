import type { Component } from "obsidian";
import type { TimelineEntry } from "../core/index";

// What any pane can do with a highlight, thought or review it shows (design §5, issue 4 "Everywhere a highlight is
// shown"). Views depend on this interface only; src/obsidian/navigation.ts implements it against the App, so views
// stay thin and testable, and every pane behaves the same.

export interface EntryActions {
	/** Click / Enter: open the note at the block (`path#^id` when resolvable, else the line). Mod → new tab. */
	open(entry: TimelineEntry, evt: MouseEvent | KeyboardEvent): void;
	/** Open any note at a 0-based line (citing notes in the references pane, chapter headings). Mod → new tab. */
	openLine(path: string, line: number, evt: MouseEvent | KeyboardEvent): void;
	/** Hover over a place in any note (a citing line): the page preview of `path` scrolled to the 0-based `line`. */
	hoverLine(path: string, line: number, evt: MouseEvent, targetEl: HTMLElement): void;
	/** Hover: Obsidian's page preview of the block, through the registered hover link source. */
	hover(entry: TimelineEntry, evt: MouseEvent, targetEl: HTMLElement): void;
	/**
	 * Drag: the text a drop inserts, in the user's link format — an embed when Obsidian resolves the id, else the
	 * quote with a link to its chapter (or note) that does resolve, and a Notice saying why.
	 */
	dragText(entry: TimelineEntry): string;
	/** Context menu: copy link / embed / quote with source link, reveal in timeline, show references. */
	showMenu(entry: TimelineEntry, evt: MouseEvent): void;
	/** How many times notes cite this entry (either id of a merged entry). */
	citedCount(entry: TimelineEntry): number;
	/** Render markdown (a review's content) into `el` as Obsidian renders notes; `component` owns what it creates. */
	renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void>;
}

import type { BlockCitations } from "../core/editor/badge-lines";
import type { Reference } from "../core/model";
import type { TimelineEntry } from "../core/index";

// What the citation badges (issue 13 item 1) read and do, injected by src/obsidian/citation-badges.ts: the editor
// extension and the Reading view post-processor stay thin and never reach into the plugin or the App.

export interface CitationSource {
	/** Whether `path` is an indexed WeRead book (badges go only into book notes). */
	isBook(path: string): boolean;
	/** Citations of block `id` of the book and whether it can be linked, or null when the book has no such entry. */
	lookup(path: string, id: string): BlockCitations | null;
	/** The book's highlight or thought holding `id`. */
	entry(path: string, id: string): TimelineEntry | undefined;
	/** The notes citing block `id`, by path then line. */
	references(path: string, id: string): readonly Reference[];
	/** Badges shown at all (the setting), and whether uncited highlights show a faint 0. */
	enabled(): boolean;
	showZero(): boolean;
	/** Anything above may have changed (the index, a setting): badges re-read. */
	subscribe(listener: () => void): () => void;
	/** The accessible label of a badge ("Cited 3 times"; for an id Obsidian does not register, that its links fail). */
	label(badge: BlockCitations): string;
}

export interface BadgeActions {
	/** Click, tap or Enter on a badge: the references pane for the block (on a phone: the citing notes first). */
	activate(path: string, id: string, evt: MouseEvent | KeyboardEvent, badgeEl: HTMLElement): void;
	/** The pointer rests on a badge (desktop): the citing notes in a popover. */
	preview(path: string, id: string, evt: MouseEvent, badgeEl: HTMLElement): void;
}

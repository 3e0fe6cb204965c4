// Just enough Markdown block structure to tell whether Obsidian registers a `^id`: an id counts only at the end
// of its block (Obsidian help, "Link to blocks"). A blockquote runs on through `>` lines and lazy continuation
// lines, so in a trimBlocks note (several highlights glued into one blockquote) only the last id resolves; a list
// item ends where a nested or sibling list item starts (`- 📌 … ^id` + `    - ⏱ …` is fine).
import type { LineKind } from "./line-patterns";

/** What block structure needs of a classified line (LineInfo and the scanner's ScannedLine both have it). */
export interface LineShape {
	readonly kind: LineKind;
	readonly quoted: boolean;
	readonly startsQuote: boolean;
	readonly startsList: boolean;
	readonly listMarker: boolean;
}

/** Tracks whether the line being scanned sits inside a blockquote (quoted, or a lazy continuation of one). */
export class QuoteTracker {
	private open = false;

	/** Feed every body line in order; returns whether this line is inside a blockquote. */
	update(info: LineShape): boolean {
		if (info.quoted || info.startsQuote) this.open = true;
		else if (info.kind === "blank" || info.kind === "heading" || info.kind === "fence" || info.kind === "rule" || info.startsList) this.open = false;
		return this.open;
	}
}

/** Whether `next` continues the block that the id line (inside a quote or not) belongs to. */
export function continuesBlock(inQuote: boolean, next: LineShape | undefined): boolean {
	if (next === undefined) return false;
	if (next.kind === "blank" || next.kind === "heading" || next.kind === "fence") return false;
	if (next.kind === "rule" && !next.quoted) return false;
	if (inQuote) return !next.startsList; // `>` lines and lazy lines stay in the quote; a list interrupts it
	return !next.listMarker && !next.startsQuote;
}

import type { TimelineEntry } from "./types";

/**
 * Whether Obsidian registers `id` where this entry carries it: a merged entry holds a highlight's id and its
 * thought's, each judged by the parser on its own (`blockIdResolvable`). A link to an id Obsidian does not register
 * shows "Unable to find section", though the id is in the note.
 */
export function entryIdLinkable(entry: TimelineEntry, id: string): boolean {
	const key = id.toLowerCase();
	for (const part of [entry.highlight, entry.review]) {
		if (part?.blockId?.toLowerCase() === key) return part.blockIdResolvable !== false;
	}
	return entry.blockIdResolvable;
}

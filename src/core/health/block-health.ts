import type { ParsedNote, Reference } from "../model";
import { bookFindings, countFindings, type HealthCounts } from "./findings";

// Block-reference health counts (issue 13 item 5: what `inspect` reports, and the book pane's "cannot be linked"
// line). Derived from the findings (findings.ts), the one place the rules live, so the counts equal the rows of the
// health pane: `dangling` is every citation whose id is gone, the sync plugin's daily embeds included (the pane
// shows those apart; inspect has no reason to tell them apart).

export interface BlockHealth {
	/** Entries with an id that Obsidian will not register as a block. */
	readonly unresolvableIds: number;
	/** Distinct ids carried by more than one entry of the note. */
	readonly duplicateIds: number;
	/** Citations of the note whose id is gone. */
	readonly dangling: number;
}

/** The health of one book note, with the references of the whole vault (only those to `note` count). */
export function bookHealth(note: ParsedNote, references: readonly Reference[]): BlockHealth {
	return healthOfCounts(countFindings(bookFindings(note, references)));
}

/** The inspect shape of pane counts. */
export function healthOfCounts(c: HealthCounts): BlockHealth {
	return { unresolvableIds: c.unresolvable, duplicateIds: c.duplicate, dangling: c.dangling + c.dailyEmbedsBroken };
}

/** Sums over books (the vault-wide line). */
export function totalHealth(all: readonly BlockHealth[]): BlockHealth {
	return all.reduce((t, h) => ({ unresolvableIds: t.unresolvableIds + h.unresolvableIds, duplicateIds: t.duplicateIds + h.duplicateIds, dangling: t.dangling + h.dangling }), {
		unresolvableIds: 0,
		duplicateIds: 0,
		dangling: 0,
	});
}

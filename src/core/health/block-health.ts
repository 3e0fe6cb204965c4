import type { ParsedNote, Reference } from "../model";

// Block-reference health (issue 13 item 5, first slice: the counts `inspect` reports). The rules are the parser's
// and the index's own, so the counts agree with what the panes do:
// - an id Obsidian will not register is one whose entry says `blockIdResolvable: false` (the parser's rule: several
//   ids in one blockquote, an id that does not end its block, `_` or `~` in the id, an id an earlier entry of the
//   note already carries; see block-id.ts and model.ts);
// - a duplicate id is an id (compared as the index compares them, case-insensitively) that more than one entry of
//   the note carries: Obsidian's metadata cache keeps one block per id, so a link reaches only one of them;
// - a dangling citation is a link or embed to the note whose id the note no longer has (`resolved: false`).

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
	let unresolvableIds = 0;
	const seen = new Map<string, number>();
	for (const entry of [...note.highlights, ...note.reviews]) {
		if (entry.blockId === null) continue;
		if (entry.blockIdResolvable === false) unresolvableIds++;
		const key = entry.blockId.toLowerCase();
		seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	let duplicateIds = 0;
	for (const count of seen.values()) if (count > 1) duplicateIds++;
	let dangling = 0;
	for (const r of references) if (r.to === note.path && !r.resolved) dangling++;
	return { unresolvableIds, duplicateIds, dangling };
}

/** Sums over books (the vault-wide line). */
export function totalHealth(all: readonly BlockHealth[]): BlockHealth {
	return all.reduce((t, h) => ({ unresolvableIds: t.unresolvableIds + h.unresolvableIds, duplicateIds: t.duplicateIds + h.duplicateIds, dangling: t.dangling + h.dangling }), {
		unresolvableIds: 0,
		duplicateIds: 0,
		dangling: 0,
	});
}

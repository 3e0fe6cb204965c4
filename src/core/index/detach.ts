import type { ParsedNote } from "../model";

// Strings the index keeps must not keep the note's text alive. A JS engine may represent `text.slice(a, b)` as a
// view into `text` (V8 does for 13+ characters), so one kept highlight holds the whole note: 385 bytes per
// highlight at 50k generated highlights, of which the markup (`> 📌`, ids, `⏱` lines, headings) is dead weight.
// The index keeps a note's parse result for as long as the note is unchanged, so it copies the longer strings of a
// fresh parse once, before storing: 1052 → 905 bytes per indexed highlight (bench), for a few % of a cold build.

/** Strings shorter than this are copies already in V8 (its sliced strings start at 13 characters). */
const SLICE_MIN = 13;

/**
 * An equal string that shares no storage with the one it was cut from. Joining two pieces writes a new flat string
 * of exactly the joined length (a plain concatenation would make a rope over the old storage instead).
 */
export function detach(s: string): string {
	return s.length < SLICE_MIN ? s : [s.slice(0, 1), s.slice(1)].join("");
}

type Mutable = Record<string, unknown>;

/** Every string property of `o` (one level) replaced by a detached copy, in place. */
function detachFields(o: Mutable): void {
	for (const key in o) {
		const v = o[key];
		if (typeof v === "string" && v.length >= SLICE_MIN) o[key] = detach(v);
	}
}

/**
 * Detaches, in place, every string of a parse result that the parser cut from the note. Only for results the
 * index made itself (`parseNote` returns fresh objects nobody else holds); generic over the fields, so a field
 * added to the model later is covered too.
 */
export function detachParsed(note: ParsedNote): ParsedNote {
	detachFields(note.meta as unknown as Mutable);
	for (const list of [note.chapters, note.highlights, note.reviews, note.diagnostics] as readonly (readonly object[])[]) {
		for (const item of list) detachFields(item as Mutable);
	}
	return note;
}

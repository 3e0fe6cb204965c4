import type { BookEntry, TimelineEntry } from "./types";

// Substring search over a compact prepared haystack.
//
// Per book, every entry's searchable fields (text, thought, chapter title), lower-cased, are joined into ONE string
// with a separator; `starts[i]` is where entry i begins. A query term is found with `String#indexOf` over that string
// (native and fast on long strings) and mapped back to its entry by binary search, so a search is one linear scan
// per book at worst and stops at `limit`. The book title and author are matched once per book, not stored per
// entry: a term found there holds for all the book's entries. Chinese has no word boundaries, so substring (not
// token) matching is the only sensible rule; Latin is matched case-insensitively through `toLowerCase`.

// Never produced by a query (queries are split on whitespace and stripped of control characters), so a term can
// never match across two entries or two fields.
const ENTRY_SEP = "\u0001";
const FIELD_SEP = "\u0002";
// Invisible in the pane, so they must not make a visible match fail.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export interface PreparedSearch {
	readonly book: string;
	readonly hay: string;
	readonly starts: readonly number[];
	readonly entries: readonly TimelineEntry[];
}

export function prepareSearch(book: BookEntry): PreparedSearch {
	const meta = book.note.meta;
	const entries = book.entries;
	const bookHay = fold(`${meta.title}${FIELD_SEP}${meta.author ?? ""}`);
	// One join and one fold for the whole book (a fold per entry costs a regex and a lower-casing call each, ~2 µs ×
	// 500k entries on the first search). Folding can change lengths (zero-width characters go, some capitals lower to
	// two code units), so entry starts are read back from the separators in the folded string; a separator inside
	// the text itself (never in real notes) makes that ambiguous, and then the book is folded entry by entry.
	const parts: string[] = new Array<string>(entries.length);
	for (let i = 0; i < entries.length; i++) {
		const e = entries[i] as TimelineEntry;
		parts[i] = e.text + FIELD_SEP + (e.thought ?? "") + FIELD_SEP + (e.chapterTitle ?? "");
	}
	const hay = fold(parts.join(ENTRY_SEP));
	const starts: number[] = new Array<number>(entries.length);
	let pos = 0;
	let ok = true;
	for (let i = 0; i < entries.length; i++) {
		if (i > 0) {
			pos = hay.indexOf(ENTRY_SEP, pos);
			if (pos === -1) {
				ok = false;
				break;
			}
			pos += ENTRY_SEP.length;
		}
		starts[i] = pos;
	}
	if (ok && hay.indexOf(ENTRY_SEP, pos) === -1) return { book: bookHay, hay, starts, entries };
	return prepareEntryByEntry(bookHay, entries);
}

function prepareEntryByEntry(bookHay: string, entries: readonly TimelineEntry[]): PreparedSearch {
	const parts: string[] = [];
	const starts: number[] = [];
	let offset = 0;
	for (const e of entries) {
		starts.push(offset);
		const part = fold(`${e.text}${FIELD_SEP}${e.thought ?? ""}${FIELD_SEP}${e.chapterTitle ?? ""}`);
		parts.push(part);
		offset += part.length + ENTRY_SEP.length;
	}
	return { book: bookHay, hay: parts.join(ENTRY_SEP), starts, entries };
}

/** Lower-cased, whitespace-separated, non-empty terms of a query. */
export function queryTerms(query: string): string[] {
	const visible = Array.from(query, (c) => (c.charCodeAt(0) < 0x20 ? " " : c)).join("");
	return fold(visible)
		.split(/\s+/)
		.filter((t) => t.length > 0);
}

/** Entries of one book matching every term (in the book's entry order), at most `limit`. */
export function searchBook(prepared: PreparedSearch, terms: readonly string[], limit: number): TimelineEntry[] {
	const rest = terms.filter((t) => !prepared.book.includes(t));
	if (rest.length === 0) return prepared.entries.slice(0, limit);
	// Scan for the longest term: it has the fewest false starts; check the others only on its hits.
	const scan = rest.reduce((a, b) => (b.length > a.length ? b : a));
	const others = rest.filter((t) => t !== scan);
	const out: TimelineEntry[] = [];
	const { hay, starts, entries } = prepared;
	let pos = hay.indexOf(scan);
	while (pos !== -1 && out.length < limit) {
		const i = entryAt(starts, pos);
		const end = i + 1 < starts.length ? (starts[i + 1] ?? hay.length) - ENTRY_SEP.length : hay.length;
		const entry = entries[i];
		if (entry !== undefined && others.every((t) => indexWithin(hay, t, starts[i] ?? 0, end))) out.push(entry);
		pos = end >= hay.length ? -1 : hay.indexOf(scan, end + ENTRY_SEP.length);
	}
	return out;
}

function indexWithin(hay: string, term: string, start: number, end: number): boolean {
	return hay.slice(start, end).includes(term);
}

/** Index of the entry whose span holds `pos`: the last start ≤ pos. */
function entryAt(starts: readonly number[], pos: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= pos) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function fold(text: string): string {
	return text.replace(ZERO_WIDTH, "").toLowerCase();
}

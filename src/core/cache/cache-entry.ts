import type { ParseResult } from "../model";
import { dayKey } from "../index/buckets";
import { decodeNote, encodeNote } from "./compact-note";
import { PARSER_VERSION } from "./parser-version";

// One cached parse result, as the persistent cache stores it (design §4 "Persistence"): the note's parse result
// (compact-note.ts: one string) with what proves it fresh — the file's mtime and size when it was read, the parser
// version and the template fingerprint it was parsed with. Whatever comes back from storage is untrusted (another
// version of the plugin wrote it, a write stopped half-way, a disk flipped a bit): `validateEntry` checks the
// envelope, cheaply, for every stored record at the start; `noteOf` decodes and checks the note itself, one note at
// a time in the start's slices, when it is used. Neither throws.

export interface CacheEntry {
	/** Vault path of the note; equal to `note.path`. */
	readonly path: string;
	/** `TFile.stat.mtime` / `size` when the text was read. */
	readonly mtime: number;
	readonly size: number;
	readonly parserVersion: number;
	readonly templateFingerprint: string;
	/**
	 * The latest day (`yyyy-MM-dd`) of any highlight's or thought's time in the note, or null when none is dated: no
	 * entry of the book is newer. A warm start indexes the books newest first and knows from these which days are
	 * complete before every book is in (design §4 "Persistence").
	 */
	readonly lastDay: string | null;
	/** The parse result as `parseNote` (with the template's recognizer, if any) returned it, encoded (compact-note.ts). */
	readonly body: string;
}

/** The entry for `note`, parsed from the text the file had at `stamp`, with the shapes of `templateFingerprint`. */
export function entryFor(note: ParseResult, stamp: { readonly mtime: number; readonly size: number }, templateFingerprint: string): CacheEntry {
	return { path: note.path, mtime: stamp.mtime, size: stamp.size, parserVersion: PARSER_VERSION, templateFingerprint, lastDay: latestDay(note), body: encodeNote(note) };
}

/** An entry without its body: the cache's manifest row, which the start reads first (a few hundred bytes a note). */
export type CacheRow = Omit<CacheEntry, "body">;

export function rowOf(entry: CacheEntry): CacheRow {
	const { body: _body, ...row } = entry;
	return row;
}

/** Every field of the two rows is the same (a body's record and the manifest row that led to it agree). */
export function sameRow(a: CacheRow, b: CacheRow): boolean {
	return a.path === b.path && a.mtime === b.mtime && a.size === b.size && a.parserVersion === b.parserVersion && a.templateFingerprint === b.templateFingerprint && a.lastDay === b.lastDay;
}

/**
 * The latest day of any highlight's or review's time, or null. An upper bound of the book's entry days (an entry's day
 * is its highlight's time, else its merged thought's), which is all the warm start needs: nothing of the book is newer.
 */
export function latestDay(note: ParseResult): string | null {
	if (note.kind !== "weread") return null;
	let latest: string | null = null;
	for (const h of note.highlights) {
		const day = dayKey(h.createdAt);
		if (day !== null && (latest === null || day > latest)) latest = day;
	}
	for (const r of note.reviews) {
		const day = dayKey(r.createdAt);
		if (day !== null && (latest === null || day > latest)) latest = day;
	}
	return latest;
}

/**
 * The entry's parse result, or null when its body is not one (corrupt, truncated, another path's) or disagrees with
 * the entry's `lastDay` (which ordered the start). Never throws.
 */
export function noteOf(entry: CacheEntry): ParseResult | null {
	const note = decodeNote(entry.body, entry.path);
	return note !== null && latestDay(note) === entry.lastDay ? note : null;
}

/**
 * Why a stored value is not trusted. `not-an-entry`: not the envelope at all (corrupt, truncated, wrong types);
 * `parser-version`: written by another parser version (its note is not even looked at, its layout may differ);
 * `bad-note`: the envelope is fine but its body is not an encoded parse result of its path (found by `noteOf`, when
 * the note is used); `path-mismatch`: stored under another key than its path.
 */
export type EntryFault = "not-an-entry" | "parser-version" | "bad-note" | "path-mismatch";

export type EntryCheck = { readonly ok: true; readonly entry: CacheEntry } | { readonly ok: false; readonly reason: EntryFault };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The envelope's fields, or null. Checked by hand, not with a zod schema: the start checks every manifest row and
 * every record (≈ 1,850 each at 100k highlights), and the schema's parse was a few ms of that at 1× CPU, four times
 * that on a phone, before the first book could be drawn. The rules are the schema's: finite numbers (no NaN or
 * ±Infinity), a non-negative integer size, an integer version, a non-empty path, a day or null.
 */
function envelopeOf(raw: unknown): Omit<CacheEntry, "body"> & { readonly body: unknown } | null {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	const { path, mtime, size, parserVersion, templateFingerprint, lastDay, body } = r;
	if (typeof path !== "string" || path.length === 0) return null;
	if (typeof mtime !== "number" || !Number.isFinite(mtime)) return null;
	if (typeof size !== "number" || !Number.isInteger(size) || size < 0) return null;
	if (typeof parserVersion !== "number" || !Number.isInteger(parserVersion)) return null;
	if (typeof templateFingerprint !== "string") return null;
	if (lastDay !== null && (typeof lastDay !== "string" || !DAY.test(lastDay))) return null;
	return { path, mtime, size, parserVersion, templateFingerprint, lastDay, body };
}

/**
 * A trusted entry from anything storage returned, or why not. Entries of another parser version are refused before
 * anything else is looked at (an older layout may lack fields). Unknown properties are dropped (only the known fields
 * are copied), so a newer writer's extra fields never reach the index. Never throws.
 */
export function validateEntry(raw: unknown, parserVersion: number = PARSER_VERSION): EntryCheck {
	return check(raw, parserVersion, true);
}

export type RowCheck = { readonly ok: true; readonly row: CacheRow } | { readonly ok: false; readonly reason: EntryFault };

/** The same for a manifest row (no body). */
export function validateRow(raw: unknown, parserVersion: number = PARSER_VERSION): RowCheck {
	const checked = check(raw, parserVersion, false);
	return checked.ok ? { ok: true, row: rowOf(checked.entry) } : checked;
}

function check(raw: unknown, parserVersion: number, withBody: boolean): EntryCheck {
	try {
		const version: unknown = typeof raw === "object" && raw !== null ? (raw as { parserVersion?: unknown }).parserVersion : undefined;
		if (Number.isInteger(version) && version !== parserVersion) return { ok: false, reason: "parser-version" };
		const envelope = envelopeOf(raw);
		if (envelope === null) return { ok: false, reason: "not-an-entry" };
		const { path, mtime, size, templateFingerprint, lastDay, body } = envelope;
		if (withBody && typeof body !== "string") return { ok: false, reason: "bad-note" };
		return { ok: true, entry: { path, mtime, size, parserVersion, templateFingerprint, lastDay, body: typeof body === "string" ? body : "" } };
	} catch {
		// A getter that throws, a Proxy, a revoked object: whatever it is, it is not an entry.
		return { ok: false, reason: "not-an-entry" };
	}
}

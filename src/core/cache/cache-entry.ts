import * as z from "zod";
import type { ParseResult } from "../model";
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
	/** The parse result as `parseNote` (with the template's recognizer, if any) returned it, encoded (compact-note.ts). */
	readonly body: string;
}

/** The entry for `note`, parsed from the text the file had at `stamp`, with the shapes of `templateFingerprint`. */
export function entryFor(note: ParseResult, stamp: { readonly mtime: number; readonly size: number }, templateFingerprint: string): CacheEntry {
	return { path: note.path, mtime: stamp.mtime, size: stamp.size, parserVersion: PARSER_VERSION, templateFingerprint, body: encodeNote(note) };
}

/** The entry's parse result, or null when its body is not one (corrupt, truncated, another path's). Never throws. */
export function noteOf(entry: CacheEntry): ParseResult | null {
	return decodeNote(entry.body, entry.path);
}

/**
 * Why a stored value is not trusted. `not-an-entry`: not the envelope at all (corrupt, truncated, wrong types);
 * `parser-version`: written by another parser version (its note is not even looked at, its layout may differ);
 * `bad-note`: the envelope is fine but its body is not an encoded parse result of its path (found by `noteOf`, when
 * the note is used); `path-mismatch`: stored under another key than its path.
 */
export type EntryFault = "not-an-entry" | "parser-version" | "bad-note" | "path-mismatch";

export type EntryCheck = { readonly ok: true; readonly entry: CacheEntry } | { readonly ok: false; readonly reason: EntryFault };

const envelopeSchema = z.object({
	path: z.string().min(1),
	mtime: z.number(), // zod 4 refuses NaN and ±Infinity by default
	size: z.number().int().nonnegative(),
	parserVersion: z.number().int(),
	templateFingerprint: z.string(),
	body: z.unknown(),
});

/**
 * A trusted entry from anything storage returned, or why not. Entries of another parser version are refused before
 * their note is looked at. Unknown properties are dropped (zod objects strip them), so a newer writer's extra
 * fields never reach the index. Never throws.
 */
export function validateEntry(raw: unknown, parserVersion: number = PARSER_VERSION): EntryCheck {
	try {
		const envelope = envelopeSchema.safeParse(raw);
		if (!envelope.success) return { ok: false, reason: "not-an-entry" };
		const { path, mtime, size, templateFingerprint, body } = envelope.data;
		if (envelope.data.parserVersion !== parserVersion) return { ok: false, reason: "parser-version" };
		if (typeof body !== "string") return { ok: false, reason: "bad-note" };
		return { ok: true, entry: { path, mtime, size, parserVersion, templateFingerprint, body } };
	} catch {
		// A getter that throws, a Proxy, a revoked object: whatever it is, it is not an entry.
		return { ok: false, reason: "not-an-entry" };
	}
}

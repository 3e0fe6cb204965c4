import * as z from "zod";
import type { ParseResult } from "../model";
import { PARSER_VERSION } from "./parser-version";

// One cached parse result, as the persistent cache stores it (design §4 "Persistence"): the note's parse result
// with what proves it fresh — the file's mtime and size when it was read, the parser version and the template
// fingerprint it was parsed with. Whatever comes back from storage is untrusted (another version of the plugin
// wrote it, a write stopped half-way, a disk flipped a bit): `validateEntry` turns anything into a trusted entry or
// a reason, and never throws.

export interface CacheEntry {
	/** Vault path of the note; equal to `note.path`. */
	readonly path: string;
	/** `TFile.stat.mtime` / `size` when the text was read. */
	readonly mtime: number;
	readonly size: number;
	readonly parserVersion: number;
	readonly templateFingerprint: string;
	/** The parse result as `parseNote` (with the template's recognizer, if any) returned it. */
	readonly note: ParseResult;
}

/**
 * Why a stored value is not trusted. `not-an-entry`: not the envelope at all (corrupt, truncated, wrong types);
 * `parser-version`: written by another parser version (its note is not even looked at, its layout may differ);
 * `bad-note`: the envelope is fine but the note is not a parse result; `path-mismatch`: the note is another path's.
 */
export type EntryFault = "not-an-entry" | "parser-version" | "bad-note" | "path-mismatch";

export type EntryCheck = { readonly ok: true; readonly entry: CacheEntry } | { readonly ok: false; readonly reason: EntryFault };

const count = z.number().int().nonnegative();
const line = count;
const nullableString = z.string().nullable();
const nullableInt = z.number().int().nullable();
const blockIdIssue = z.enum(["id-characters", "glued", "quote-continues", "block-continues", "duplicate"]).nullable().optional();

const envelopeSchema = z.object({
	path: z.string().min(1),
	mtime: z.number(), // zod 4 refuses NaN and ±Infinity by default
	size: count,
	parserVersion: z.number().int(),
	templateFingerprint: z.string(),
	note: z.unknown(),
});

const metaSchema = z.object({
	bookId: nullableString,
	title: z.string().min(1),
	author: nullableString,
	cover: nullableString,
	isbn: nullableString,
	category: nullableString,
	lastReadDate: nullableString,
	noteCount: z.number().nullable(),
	reviewCount: z.number().nullable(),
	readingStatus: z.enum(["unmarked", "reading", "read", "finished"]).nullable(),
	finishedDate: nullableString,
});

const chapterSchema = z.object({ title: z.string(), level: z.number().int(), line });

const highlightSchema = z.object({
	blockId: nullableString,
	chapterTitle: nullableString,
	chapterLevel: nullableInt,
	chapterIndex: z.number().int().min(-1),
	chapterUid: nullableInt,
	rangeStart: nullableInt,
	rangeEnd: nullableInt,
	text: z.string(),
	thought: nullableString,
	createdAt: nullableString,
	createdDate: nullableString.optional(),
	line,
	endLine: line,
	popularCount: nullableInt,
	blockIdResolvable: z.boolean(),
	blockIdIssue,
});

const reviewSchema = z.object({
	kind: z.enum(["highlight-thought", "chapter-review", "book-review"]),
	blockId: nullableString,
	chapterTitle: nullableString,
	abstract: nullableString,
	content: z.string(),
	createdAt: nullableString,
	createdDate: nullableString.optional(),
	line,
	endLine: line,
	blockIdResolvable: z.boolean().optional(),
	blockIdIssue,
});

const diagnosticSchema = z.object({
	line,
	code: z.string(),
	message: z.string(),
	level: z.enum(["error", "warning", "info"]),
});

const noteSchema = z.discriminatedUnion("kind", [
	z.object({
		kind: z.literal("weread"),
		path: z.string(),
		meta: metaSchema,
		chapters: z.array(chapterSchema),
		highlights: z.array(highlightSchema),
		reviews: z.array(reviewSchema),
		diagnostics: z.array(diagnosticSchema),
		lineCount: count,
	}),
	z.object({ kind: z.literal("not-weread"), path: z.string() }),
]);

/**
 * A trusted entry from anything storage returned, or why not. Entries of another parser version are refused before
 * their note is looked at. Unknown properties are dropped (zod objects strip them), so a newer writer's extra
 * fields never reach the index. Never throws.
 */
export function validateEntry(raw: unknown, parserVersion: number = PARSER_VERSION): EntryCheck {
	try {
		const envelope = envelopeSchema.safeParse(raw);
		if (!envelope.success) return { ok: false, reason: "not-an-entry" };
		const { path, mtime, size, templateFingerprint } = envelope.data;
		if (envelope.data.parserVersion !== parserVersion) return { ok: false, reason: "parser-version" };
		const note = noteSchema.safeParse(envelope.data.note);
		if (!note.success) return { ok: false, reason: "bad-note" };
		if (note.data.path !== path) return { ok: false, reason: "path-mismatch" };
		const checked: ParseResult = note.data;
		return { ok: true, entry: { path, mtime, size, parserVersion, templateFingerprint, note: checked } };
	} catch {
		// A getter that throws, a Proxy, a revoked object: whatever it is, it is not an entry.
		return { ok: false, reason: "not-an-entry" };
	}
}

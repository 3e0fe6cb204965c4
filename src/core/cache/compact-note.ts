import type { BlockIdIssue, BookMeta, Chapter, Diagnostic, Highlight, ParseResult, ReadingStatus, Review } from "../model";

// A parse result as the persistent cache stores it (design §4 "Persistence"): one JSON string, each highlight,
// thought, chapter and diagnostic an array of its fields in a fixed order. Why a string: IndexedDB hands a string
// back as one copy, where a tree of 100k highlight objects is rebuilt object by object in one task (≈ 360 ms in
// Chromium at 100k highlights, the start's longest task); a string is decoded note by note, in the start's time
// slices. Why arrays: field names repeated per highlight made the JSON 2.3× the notes' own text.
//
// Decoding is the validation: every field's type is checked as it is read, and anything that is not exactly what
// `encodeNote` writes gives null — never a throw, never a half-built result. A change of this layout bumps
// PARSER_VERSION (parser-version.ts).

/** An optional field that was absent (JSON has no `undefined`; 0 is never a value of those fields). */
const ABSENT = 0;

type Check<T> = (value: unknown) => value is T;
const isString = (v: unknown): v is string => typeof v === "string";
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNullableInt = (v: unknown): v is number | null => v === null || Number.isInteger(v);
const isNullableNumber = (v: unknown): v is number | null => v === null || (typeof v === "number" && Number.isFinite(v));
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const oneOf =
	<T extends string>(values: readonly T[]): Check<T> =>
	(v): v is T =>
		typeof v === "string" && (values as readonly string[]).includes(v);
const nullable =
	<T>(check: Check<T>): Check<T | null> =>
	(v): v is T | null =>
		v === null || check(v);

const ISSUES: readonly BlockIdIssue[] = ["id-characters", "glued", "quote-continues", "block-continues", "duplicate"];
const STATUSES: readonly ReadingStatus[] = ["unmarked", "reading", "read", "finished"];

/** A record's fields in stored order; `optional` ones may be absent (stored as ABSENT). */
interface Field {
	readonly name: string;
	readonly check: Check<unknown>;
	readonly optional?: boolean;
}

const HIGHLIGHT: readonly Field[] = [
	{ name: "blockId", check: isNullableString },
	{ name: "chapterTitle", check: isNullableString },
	{ name: "chapterLevel", check: isNullableInt },
	{ name: "chapterIndex", check: (v): v is number => isInt(v) && v >= -1 },
	{ name: "chapterUid", check: isNullableInt },
	{ name: "rangeStart", check: isNullableInt },
	{ name: "rangeEnd", check: isNullableInt },
	{ name: "text", check: isString },
	{ name: "thought", check: isNullableString },
	{ name: "createdAt", check: isNullableString },
	{ name: "createdDate", check: isNullableString, optional: true },
	{ name: "line", check: isCount },
	{ name: "endLine", check: isCount },
	{ name: "popularCount", check: isNullableInt },
	{ name: "blockIdResolvable", check: isBoolean },
	{ name: "blockIdIssue", check: nullable(oneOf(ISSUES)), optional: true },
];

const REVIEW: readonly Field[] = [
	{ name: "kind", check: oneOf(["highlight-thought", "chapter-review", "book-review"]) },
	{ name: "blockId", check: isNullableString },
	{ name: "chapterTitle", check: isNullableString },
	{ name: "abstract", check: isNullableString },
	{ name: "content", check: isString },
	{ name: "createdAt", check: isNullableString },
	{ name: "createdDate", check: isNullableString, optional: true },
	{ name: "line", check: isCount },
	{ name: "endLine", check: isCount },
	{ name: "blockIdResolvable", check: isBoolean, optional: true },
	{ name: "blockIdIssue", check: nullable(oneOf(ISSUES)), optional: true },
];

const CHAPTER: readonly Field[] = [
	{ name: "title", check: isString },
	{ name: "level", check: isInt },
	{ name: "line", check: isCount },
];

const DIAGNOSTIC: readonly Field[] = [
	{ name: "line", check: isCount },
	{ name: "code", check: isString },
	{ name: "message", check: isString },
	{ name: "level", check: oneOf(["error", "warning", "info"]) },
];

const META: readonly Field[] = [
	{ name: "bookId", check: isNullableString },
	{ name: "title", check: (v): v is string => typeof v === "string" && v.length > 0 },
	{ name: "author", check: isNullableString },
	{ name: "cover", check: isNullableString },
	{ name: "isbn", check: isNullableString },
	{ name: "category", check: isNullableString },
	{ name: "lastReadDate", check: isNullableString },
	{ name: "noteCount", check: isNullableNumber },
	{ name: "reviewCount", check: isNullableNumber },
	{ name: "readingStatus", check: nullable(oneOf(STATUSES)) },
	{ name: "finishedDate", check: isNullableString },
];

function pack(record: object, fields: readonly Field[]): unknown[] {
	const source = record as Record<string, unknown>;
	return fields.map((f) => {
		const value = source[f.name];
		return value === undefined && f.optional === true ? ABSENT : value;
	});
}

/** The record of `fields` from `row`, or null when `row` is not exactly such a record. */
function unpack<T>(row: unknown, fields: readonly Field[]): T | null {
	if (!Array.isArray(row) || row.length !== fields.length) return null;
	const out: Record<string, unknown> = {};
	for (let i = 0; i < fields.length; i++) {
		const field = fields[i] as Field;
		const value: unknown = row[i];
		if (field.optional === true && value === ABSENT) continue;
		if (!field.check(value)) return null;
		out[field.name] = value;
	}
	return out as T;
}

function unpackAll<T>(rows: unknown, fields: readonly Field[]): T[] | null {
	if (!Array.isArray(rows)) return null;
	const out: T[] = [];
	for (const row of rows) {
		const record = unpack<T>(row, fields);
		if (record === null) return null;
		out.push(record);
	}
	return out;
}

/** The stored form of a parse result. */
export function encodeNote(note: ParseResult): string {
	if (note.kind === "not-weread") return JSON.stringify([0, note.path]);
	return JSON.stringify([
		1,
		note.path,
		pack(note.meta, META),
		note.chapters.map((c) => pack(c, CHAPTER)),
		note.highlights.map((h) => pack(h, HIGHLIGHT)),
		note.reviews.map((r) => pack(r, REVIEW)),
		note.diagnostics.map((d) => pack(d, DIAGNOSTIC)),
		note.lineCount,
	]);
}

/** The parse result `body` holds, if it is one `encodeNote` wrote for `path`; null otherwise. Never throws. */
export function decodeNote(body: unknown, path: string): ParseResult | null {
	if (typeof body !== "string") return null;
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return null;
	}
	if (!Array.isArray(data) || data[1] !== path) return null;
	if (data[0] === 0 && data.length === 2) return { kind: "not-weread", path };
	if (data[0] !== 1 || data.length !== 8) return null;
	const meta = unpack<BookMeta>(data[2], META);
	const chapters = unpackAll<Chapter>(data[3], CHAPTER);
	const highlights = unpackAll<Highlight>(data[4], HIGHLIGHT);
	const reviews = unpackAll<Review>(data[5], REVIEW);
	const diagnostics = unpackAll<Diagnostic>(data[6], DIAGNOSTIC);
	const lineCount: unknown = data[7];
	if (meta === null || chapters === null || highlights === null || reviews === null || diagnostics === null || !isCount(lineCount)) return null;
	return { kind: "weread", path, meta, chapters, highlights, reviews, diagnostics, lineCount };
}

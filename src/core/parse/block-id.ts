// Block ids (weread-format §6 table): finding `^id` at the end of a line and decoding the WeRead grammars into
// chapterUid / rangeStart / rangeEnd for book order.
import { isBlank, trimBlanksEnd } from "./text-range";

export interface TrailingId {
	/** The line content before the id, trailing spaces removed. */
	readonly rest: string;
	/** The id without `^`. */
	readonly id: string;
	/** True when `^` follows a non-space character (`…而已。^10500316-7yjWCUApK`). */
	readonly glued: boolean;
}

function isIdCharCode(code: number): boolean {
	return (
		(code >= 48 && code <= 57) || // 0-9
		(code >= 65 && code <= 90) || // A-Z
		(code >= 97 && code <= 122) || // a-z
		code === 45 || // -
		code === 95 || // _ (June 2022 bug: only the first `_` was replaced)
		code === 126 // ~ (MP ids before 2024-08)
	);
}

/** isIdCharCode for ASCII as a table: the backward scan over an id runs for most lines of a note. */
const ID_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_CHARS[c] = isIdCharCode(c) ? 1 : 0;

/**
 * Where a trailing `^id` sits in a range of the note text (offsets), and what its characters say, read in the
 * same backward pass that finds it (filled by findTrailingId / readIdSpan): each character read costs, and an id
 * is read once per highlight.
 */
export class IdSpan {
	/** The id without `^`: [idStart, idEnd). */
	idStart = 0;
	idEnd = 0;
	/** End of the content before the id, trailing spaces removed. */
	restEnd = 0;
	/** True when `^` follows a non-space character (`…而已。^10500316-7yjWCUApK`). */
	glued = false;
	/** The id contains `-`. */
	dash = false;
	/** isObsidianIdSyntax of the id. */
	obsidian = true;
	/** 2–4 digit groups (≤ 15 digits each) joined by `-`: `groups` of them, values g0… left to right. */
	numeric = false;
	groups = 0;
	g0 = 0;
	g1 = 0;
	g2 = 0;
	g3 = 0;
	/** Length of the first group. */
	firstLength = 0;
}

/**
 * Reads id characters backwards from `end` (not before `from`) into `out`'s facts; returns where they start.
 * Numeric groups are summed by place value (≤ 15 digits: exact), counted from the right.
 */
function readIdBack(text: string, from: number, end: number, out: IdSpan): number {
	let start = end;
	let numeric = true;
	let obsidian = true;
	let dash = false;
	let groups = 0;
	let digits = 0;
	let value = 0;
	let place = 1;
	let r0 = 0;
	let r1 = 0;
	let r2 = 0;
	let r3 = 0;
	while (start > from) {
		const c = text.charCodeAt(start - 1);
		if (c >= 48 && c <= 57) {
			if (++digits > 15) numeric = false;
			value += (c - 48) * place;
			place *= 10;
		} else if (c === 45) {
			dash = true;
			if (digits === 0 || groups >= 3) numeric = false;
			else if (groups === 0) r0 = value;
			else if (groups === 1) r1 = value;
			else r2 = value;
			groups++;
			digits = 0;
			value = 0;
			place = 1;
		} else if (c < 128 && ID_CHARS[c] === 1) {
			numeric = false;
			if (c === 95 || c === 126) obsidian = false;
		} else break;
		start--;
	}
	if (digits === 0) numeric = false;
	if (numeric) {
		if (groups === 0) r0 = value;
		else if (groups === 1) r1 = value;
		else if (groups === 2) r2 = value;
		else r3 = value;
		groups++;
		// Left to right.
		out.g0 = groups === 4 ? r3 : groups === 3 ? r2 : r1;
		out.g1 = groups === 4 ? r2 : groups === 3 ? r1 : r0;
		out.g2 = groups === 4 ? r1 : r0;
		out.g3 = r0;
		out.firstLength = digits;
	}
	out.numeric = numeric;
	out.groups = groups;
	out.obsidian = obsidian;
	out.dash = dash;
	return start;
}

/**
 * A hash of the id of `span` for the duplicate check: from the numbers when the id is all digit groups (equal
 * ids have equal numbers, so no character needs reading again), else from the characters.
 */
export function idHash(text: string, span: IdSpan): number {
	const length = span.idEnd - span.idStart;
	if (span.numeric) {
		let h = Math.imul(length, 0x9e3779b1) ^ span.groups;
		h = Math.imul(h ^ (span.g0 | 0), 0x85ebca6b);
		h = Math.imul(h ^ (span.g1 | 0), 0xc2b2ae35);
		h = Math.imul(h ^ (span.g2 | 0), 0x27d4eb2f);
		h = Math.imul(h ^ (span.g3 | 0), 0x165667b1);
		return h ^ (h >>> 15);
	}
	let h = length;
	for (let i = span.idStart; i < span.idEnd; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
	return h;
}

/** Fills `out` (idStart, idEnd and the facts) for the id [from, to) of `text`, known to be id characters. */
export function readIdSpan(text: string, from: number, to: number, out: IdSpan): IdSpan {
	out.idStart = readIdBack(text, from, to, out);
	out.idEnd = to;
	return out;
}

/**
 * Finds a trailing `^id` in [from, to) of `text` and fills `out`. Scans backwards over id characters only, so it
 * is O(id length) whatever the line length. A glued id (no space before `^`) is accepted only when it contains
 * `-`: every WeRead grammar does, and this keeps `E=mc^2` at the end of a highlight from being read as an id.
 */
export function findTrailingId(text: string, from: number, to: number, out: IdSpan): boolean {
	const end = trimBlanksEnd(text, from, to);
	const start = readIdBack(text, from, end, out);
	if (start === end || start === from || text.charCodeAt(start - 1) !== 94 /* ^ */) return false;
	const caret = start - 1;
	const glued = caret > from && !isBlank(text.charCodeAt(caret - 1));
	if (glued && !out.dash) return false;
	const restEnd = trimBlanksEnd(text, from, caret);
	out.idStart = start;
	out.idEnd = end;
	out.restEnd = restEnd;
	out.glued = glued;
	return true;
}

/** The decoded id of a span (decodeBlockId), into `out`. */
export function decodeSpan(text: string, span: IdSpan, bookId: string | null, out: DecodedId): DecodedId {
	if (span.numeric) {
		if (span.groups === 4) return out.set("highlight", span.g1, span.g2, span.g3);
		if (span.groups === 3) {
			const bookPrefixed = bookId !== null && bookId.length === span.firstLength && text.startsWith(bookId, span.idStart);
			return bookPrefixed ? out.set("highlight", span.g1, span.g2, null) : out.set("highlight", span.g0, span.g1, span.g2);
		}
		if (span.groups === 2) return out.set("highlight", null, span.g0, span.g1);
	}
	const d = decodeGeneral(text.slice(span.idStart, span.idEnd), bookId);
	return out.set(d.kind, d.chapterUid, d.rangeStart, d.rangeEnd);
}

const SPAN = new IdSpan();

/** Splits a trailing `^id` off `s` (see findTrailingId). */
export function splitTrailingId(s: string): TrailingId | null {
	if (!findTrailingId(s, 0, s.length, SPAN)) return null;
	return { rest: s.slice(0, SPAN.restEnd), id: s.slice(SPAN.idStart, SPAN.idEnd), glued: SPAN.glued };
}

/** Obsidian block ids are letters, digits and `-` only; `_`/`~` ids are never registered. */
export function isObsidianIdSyntax(id: string): boolean {
	return isObsidianIdRange(id, 0, id.length);
}

/** isObsidianIdSyntax on [from, to) of `src`. */
export function isObsidianIdRange(src: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = src.charCodeAt(i);
		if (c === 95 || c === 126) return false;
	}
	return true;
}

export type BlockIdKind = "highlight" | "review" | "unknown";

export interface DecodedBlockId {
	readonly kind: BlockIdKind;
	readonly chapterUid: number | null;
	readonly rangeStart: number | null;
	readonly rangeEnd: number | null;
}

const UNKNOWN: DecodedBlockId = { kind: "unknown", chapterUid: null, rangeStart: null, rangeEnd: null };

/** A decoded id, reused (decodeSpan fills it): no object per highlight. */
export class DecodedId {
	kind: BlockIdKind = "unknown";
	chapterUid: number | null = null;
	rangeStart: number | null = null;
	rangeEnd: number | null = null;

	set(kind: BlockIdKind, chapterUid: number | null, rangeStart: number | null, rangeEnd: number | null): DecodedId {
		this.kind = kind;
		this.chapterUid = chapterUid;
		this.rangeStart = rangeStart;
		this.rangeEnd = rangeEnd;
		return this;
	}
}

/** Digit-only segment → number; null for non-digits or numbers past 2^53 (no id comes close). */
function toInt(part: string | undefined): number | null {
	if (part === undefined || part.length === 0 || part.length > 15) return null;
	for (let i = 0; i < part.length; i++) {
		const c = part.charCodeAt(i);
		if (c < 48 || c > 57) return null;
	}
	return Number(part);
}

function highlight(chapterUid: number | null, rangeStart: number | null, rangeEnd: number | null): DecodedBlockId {
	return { kind: "highlight", chapterUid, rangeStart, rangeEnd };
}

/** How many segments at the end of `parts` are all digits. */
function numericTail(parts: readonly string[]): number {
	let n = 0;
	while (n < parts.length && toInt(parts[parts.length - 1 - n]) !== null) n++;
	return n;
}

/**
 * Decodes an id (without `^`) against the note's frontmatter `bookId`.
 * - `{bookId}-{uid}-{s}-{e}`, `{bookId}-{uid}-{s}` (no end), `{uid}-{s}-{e}` (E2/custom: ambiguous with the
 *   previous form, read as bookId-prefixed iff the first field equals the frontmatter bookId);
 * - `CB-{id}-{uid}-{s}[-{e}]`, `MP-WXS-{mp}-{article}-{s}-{e}` (no chapter), `{s}-{e}` (old MP ids);
 * - `{userVid}-{reviewId}`: a thought or review, no range.
 * `_`/`~` count as `-` here (the June-2022 `3300048853-17_1567-1782` bug); resolvability is decided elsewhere.
 */
export function decodeBlockId(rawId: string, bookId: string | null): DecodedBlockId {
	const span = readIdSpan(rawId, 0, rawId.length, new IdSpan());
	const d = span.idStart === 0 ? decodeSpan(rawId, span, bookId, new DecodedId()) : decodeGeneral(rawId, bookId);
	return { kind: d.kind, chapterUid: d.chapterUid, rangeStart: d.rangeStart, rangeEnd: d.rangeEnd };
}

/** decodeBlockId past the numeric fast path: the prefixed and non-numeric grammars. */
function decodeGeneral(rawId: string, bookId: string | null): DecodedBlockId {
	const id = rawId.includes("_") || rawId.includes("~") ? rawId.replace(/[_~]/g, "-") : rawId;
	const parts = id.split("-");
	if (parts.some((p) => p.length === 0)) return UNKNOWN;
	const normalisedBookId = bookId === null ? null : bookId.replace(/[_~]/g, "-");

	if (parts[0] === "MP" && parts[1] === "WXS") {
		// MP-WXS-{mpId}-{articleId…}-{s}-{e}: the article id may itself contain `-`, so read the range from the end.
		if (parts.length < 6) return UNKNOWN;
		const s = toInt(parts[parts.length - 2]);
		const e = toInt(parts[parts.length - 1]);
		return s !== null && e !== null ? highlight(null, s, e) : UNKNOWN;
	}
	if (parts[0] === "CB") {
		const tail = Math.min(numericTail(parts), parts.length - 2);
		if (tail >= 3) {
			const n = parts.length;
			return highlight(toInt(parts[n - 3]), toInt(parts[n - 2]), toInt(parts[n - 1]));
		}
		if (tail === 2) return highlight(toInt(parts[parts.length - 2]), toInt(parts[parts.length - 1]), null);
		return UNKNOWN;
	}
	const numeric = numericTail(parts) === parts.length;
	if (numeric) {
		if (parts.length === 4) return highlight(toInt(parts[1]), toInt(parts[2]), toInt(parts[3]));
		if (parts.length === 3) {
			if (normalisedBookId !== null && parts[0] === normalisedBookId) {
				return highlight(toInt(parts[1]), toInt(parts[2]), null);
			}
			return highlight(toInt(parts[0]), toInt(parts[1]), toInt(parts[2]));
		}
		if (parts.length === 2) return highlight(null, toInt(parts[0]), toInt(parts[1]));
		return UNKNOWN;
	}
	if (parts.length === 2 && toInt(parts[0]) !== null) return { ...UNKNOWN, kind: "review" };
	return UNKNOWN;
}

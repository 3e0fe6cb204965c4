// Block ids (weread-format §6 table): finding `^id` at the end of a line and decoding the WeRead grammars into
// chapterUid / rangeStart / rangeEnd for book order.

export interface TrailingId {
	/** The line content before the id, trailing spaces removed. */
	readonly rest: string;
	/** The id without `^`. */
	readonly id: string;
	/** True when `^` follows a non-space character (`…而已。^10500316-7yjWCUApK`). */
	readonly glued: boolean;
}

function isIdChar(code: number): boolean {
	return (
		(code >= 48 && code <= 57) || // 0-9
		(code >= 65 && code <= 90) || // A-Z
		(code >= 97 && code <= 122) || // a-z
		code === 45 || // -
		code === 95 || // _ (June 2022 bug: only the first `_` was replaced)
		code === 126 // ~ (MP ids before 2024-08)
	);
}

function isSpace(ch: string | undefined): boolean {
	return ch === " " || ch === "\t";
}

/**
 * Splits a trailing `^id` off `s`. Scans backwards over id characters only, so it is O(id length) whatever the
 * line length. A glued id (no space before `^`) is accepted only when it contains `-`: every WeRead grammar does,
 * and this keeps `E=mc^2` at the end of a highlight from being read as an id.
 */
export function splitTrailingId(s: string): TrailingId | null {
	let end = s.length;
	while (end > 0 && isSpace(s[end - 1])) end--;
	let start = end;
	while (start > 0 && isIdChar(s.charCodeAt(start - 1))) start--;
	if (start === end || start === 0 || s[start - 1] !== "^") return null;
	const caret = start - 1;
	const id = s.slice(start, end);
	const before = caret === 0 ? undefined : s[caret - 1];
	const glued = before !== undefined && !isSpace(before);
	if (glued && !id.includes("-")) return null;
	let restEnd = caret;
	while (restEnd > 0 && isSpace(s[restEnd - 1])) restEnd--;
	return { rest: s.slice(0, restEnd), id, glued };
}

/** Obsidian block ids are letters, digits and `-` only; `_`/`~` ids are never registered. */
export function isObsidianIdSyntax(id: string): boolean {
	for (let i = 0; i < id.length; i++) {
		const c = id.charCodeAt(i);
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

/**
 * The common case (≈90 % of ids in the wild) in one pass without allocations: 2–4 digit groups joined by `-`.
 * Returns null for anything else, which the general path handles.
 */
function decodeNumeric(id: string, bookId: string | null): DecodedBlockId | null {
	// Four locals rather than an array: this runs once per highlight.
	let n0 = 0;
	let n1 = 0;
	let n2 = 0;
	let n3 = 0;
	let count = 0;
	let digits = 0;
	let firstEnd = -1;
	for (let i = 0; i < id.length; i++) {
		const c = id.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			if (++digits > 15 || count >= 4) return null;
			const d = c - 48;
			if (count === 0) n0 = n0 * 10 + d;
			else if (count === 1) n1 = n1 * 10 + d;
			else if (count === 2) n2 = n2 * 10 + d;
			else n3 = n3 * 10 + d;
		} else if (c === 45 && digits > 0) {
			if (count === 0) firstEnd = i;
			count++;
			digits = 0;
		} else return null;
	}
	if (digits === 0) return null;
	count++;
	if (count === 4) return highlight(n1, n2, n3);
	if (count === 3) {
		const bookPrefixed = bookId !== null && bookId.length === firstEnd && id.startsWith(bookId);
		return bookPrefixed ? highlight(n1, n2, null) : highlight(n0, n1, n2);
	}
	if (count === 2) return highlight(null, n0, n1);
	return null;
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
	const fast = decodeNumeric(rawId, bookId);
	if (fast !== null) return fast;
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

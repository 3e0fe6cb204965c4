// BookMeta from the frontmatter plus the body's title candidates (weread-format §2, design §3).
import type { BookMeta, Diagnostic, ReadingStatus } from "../model";
import { fmString, type FmValue } from "./frontmatter";
import { parseDateOnly } from "./timestamp";

function text(fields: ReadonlyMap<string, FmValue>, key: string): string | null {
	const v = fmString(fields, key);
	if (v === null) return null;
	const t = v.trim();
	return t === "" ? null : t;
}

function integer(fields: ReadonlyMap<string, FmValue>, key: string): number | null {
	const v = text(fields, key);
	return v !== null && /^-?\d{1,15}$/.test(v) ? Number(v) : null;
}

/** `folder/Book.md` → `Book`; `.md` (an empty MP title, corpus 27) → "". */
export function basename(path: string): string {
	const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
	const name = path.slice(slash + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * Title order: frontmatter `title` → `> [!abstract]` → `书名：` → `《…》` → file basename → bookId → "Untitled".
 * The last two exist for notes like corpus 27 (MP notebook with an empty title saved as `.md`): the bookId is
 * stable and tells such notes apart, where a shared "Untitled" would not; "Untitled" only when even that is missing.
 */
export function buildBookMeta(
	path: string,
	fields: ReadonlyMap<string, FmValue>,
	bodyTitle: string | null,
	diagnostics: Diagnostic[],
): BookMeta {
	const bookId = text(fields, "bookId");
	if (bookId === null) {
		diagnostics.push({ line: 0, code: "missing-book-id", message: "Frontmatter has no bookId", level: "warning" });
	}
	const base = basename(path).trim();
	const title = text(fields, "title") ?? bodyTitle ?? (base !== "" ? base : null) ?? bookId ?? "Untitled";
	const rawDate = text(fields, "lastReadDate");
	const lastReadDate = rawDate === null ? null : parseDateOnly(rawDate);
	if (rawDate !== null && lastReadDate === null) {
		diagnostics.push({ line: 0, code: "bad-frontmatter-date", message: `lastReadDate is not a date: "${rawDate.slice(0, 40)}"`, level: "info" });
	}
	return {
		bookId,
		title,
		author: text(fields, "author"),
		cover: text(fields, "cover"),
		isbn: text(fields, "isbn"),
		category: text(fields, "category"),
		lastReadDate,
		noteCount: integer(fields, "noteCount"),
		reviewCount: integer(fields, "reviewCount"),
		readingStatus: readingStatus(text(fields, "readingStatus")),
		finishedDate: dateOnly(fields, "finishedDate"),
	};
}

/**
 * The sync plugin's `ReadingStatus` enum (src/utils/frontmatter.ts): before 2026 it wrote the member's name
 * (`ReadingStatus[markedStatus]` → 在读), since then the number as a string (`"4"`). Both are read.
 */
const READING_STATUS: Readonly<Record<string, ReadingStatus>> = {
	"1": "unmarked",
	未标记: "unmarked",
	"2": "reading",
	在读: "reading",
	"3": "read",
	读过: "read",
	"4": "finished",
	读完: "finished",
};

function readingStatus(value: string | null): ReadingStatus | null {
	return value !== null && Object.prototype.hasOwnProperty.call(READING_STATUS, value) ? (READING_STATUS[value] ?? null) : null;
}

/** A date-only field; anything that is not a date (`Invalid date`, the plugin's moment of a bad stamp) is null. */
function dateOnly(fields: ReadonlyMap<string, FmValue>, key: string): string | null {
	const raw = text(fields, key);
	return raw === null ? null : parseDateOnly(raw);
}

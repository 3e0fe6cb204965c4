import type { Chapter, Diagnostic, Highlight, ParsedNote, ParseResult, Review } from "../model";
import { decodeBlockId, isObsidianIdSyntax } from "../parse/block-id";
import { parseNote } from "../parse/parse-note";
import type { NoteRecognizer, RecognizedEntry } from "./recognized";

// A template-derived recognizer runs BESIDE the built-in era rules, never instead of them (issue 12 item 3): a
// vault keeps notes rendered by older templates, which only the built-in rules read. So the built-in parse comes
// first and stays whole; what the recognizer reads can only add to it:
// - an entry the built-in rules found too (same block id, else overlapping lines) gains the time, date, thought or
//   id it lacked; nothing it has is overwritten;
// - an entry the built-in rules missed is added, under the chapter heading above it.
// An entry that overlaps a built-in entry of the other sort (a highlight where the parser read a review) is
// dropped: the built-in reading wins, so turning the recognizer on never loses or re-labels anything.

/** How a note was parsed: `parseNote`'s signature, so the index can take either. */
export type NoteParser = (path: string, text: string) => ParseResult;

/** Code of the info diagnostic that says the template's shapes contributed to a note. */
export const TEMPLATE_SHAPES_CODE = "template-shapes";

/** The built-in parser with a recognizer beside it. */
export function parserWithRecognizer(recognizer: NoteRecognizer): NoteParser {
	return (path, text) => {
		const parsed = parseNote(path, text);
		if (parsed.kind !== "weread") return parsed;
		let found: RecognizedEntry[];
		try {
			found = recognizer.recognize(text);
		} catch {
			// A recognizer is meant never to throw; if one does, the note keeps what the built-in rules read.
			return parsed;
		}
		return mergeRecognized(parsed, found);
	};
}

/** Whether the template's shapes added to or completed this note's entries (the settings tab counts these notes). */
export function usedTemplateShapes(note: ParsedNote): boolean {
	return note.diagnostics.some((d) => d.code === TEMPLATE_SHAPES_CODE);
}

interface Tally {
	added: number;
	completed: number;
	firstLine: number;
}

/** `note` with what `found` adds to it. Returns `note` itself when nothing was added or completed. */
export function mergeRecognized(note: ParsedNote, found: readonly RecognizedEntry[]): ParsedNote {
	if (found.length === 0) return note;
	const highlights = [...note.highlights];
	const reviews = [...note.reviews];
	const tally: Tally = { added: 0, completed: 0, firstLine: Number.POSITIVE_INFINITY };
	const used = new Set<Highlight | Review>();
	for (const entry of found) {
		if (entry.kind === "highlight") mergeHighlight(note, entry, highlights, reviews, used, tally);
		else mergeReview(entry, highlights, reviews, used, tally);
	}
	if (tally.added === 0 && tally.completed === 0) return note;
	highlights.sort((a, b) => a.line - b.line);
	reviews.sort((a, b) => a.line - b.line);
	const diagnostic: Diagnostic = {
		line: tally.firstLine,
		code: TEMPLATE_SHAPES_CODE,
		message: `The sync plugin's template read ${tally.added} more entr${tally.added === 1 ? "y" : "ies"} and completed ${tally.completed}`,
		level: "info",
	};
	const diagnostics = [...note.diagnostics, diagnostic].sort((a, b) => a.line - b.line);
	return { ...note, highlights, reviews, diagnostics };
}

function overlaps(a: { line: number; endLine: number }, b: { readonly line: number; readonly endLine: number }): boolean {
	return a.line <= b.endLine && b.line <= a.endLine;
}

function sameEntry(entry: RecognizedEntry, other: Highlight | Review): boolean {
	if (entry.blockId !== null && other.blockId !== null) return entry.blockId === other.blockId;
	return overlaps(entry, other);
}

function mergeHighlight(
	note: ParsedNote,
	entry: RecognizedEntry,
	highlights: Highlight[],
	reviews: readonly Review[],
	used: Set<Highlight | Review>,
	tally: Tally,
): void {
	const i = highlights.findIndex((h) => !used.has(h) && sameEntry(entry, h));
	if (i >= 0) {
		const h = highlights[i]!;
		const next: Highlight = {
			...h,
			createdAt: h.createdAt ?? entry.createdAt,
			createdDate: h.createdDate ?? entry.createdDate,
			thought: h.thought ?? entry.thought,
			blockId: h.blockId ?? entry.blockId,
		};
		used.add(next);
		highlights[i] = next;
		if (next.createdAt !== h.createdAt || next.createdDate !== h.createdDate || next.thought !== h.thought || next.blockId !== h.blockId) {
			count(tally, "completed", entry.line);
		}
		return;
	}
	if (highlights.some((h) => overlaps(entry, h)) || reviews.some((r) => overlaps(entry, r))) return;
	const chapterIndex = chapterOf(note.chapters, entry);
	const chapter = chapterIndex >= 0 ? note.chapters[chapterIndex]! : null;
	const decoded = entry.blockId === null ? null : decodeBlockId(entry.blockId, note.meta.bookId);
	const added: Highlight = {
		blockId: entry.blockId,
		chapterTitle: chapter?.title ?? entry.chapterTitle,
		chapterLevel: chapter?.level ?? null,
		chapterIndex,
		chapterUid: decoded?.chapterUid ?? null,
		rangeStart: decoded?.rangeStart ?? null,
		rangeEnd: decoded?.rangeEnd ?? null,
		text: entry.text,
		thought: entry.thought,
		createdAt: entry.createdAt,
		createdDate: entry.createdDate ?? entry.createdAt?.slice(0, 10) ?? null,
		line: entry.line,
		endLine: entry.endLine,
		popularCount: null,
		blockIdResolvable: entry.blockId !== null && isObsidianIdSyntax(entry.blockId),
		blockIdIssue: entry.blockId !== null && !isObsidianIdSyntax(entry.blockId) ? "id-characters" : null,
	};
	used.add(added);
	highlights.push(added);
	count(tally, "added", entry.line);
}

function mergeReview(entry: RecognizedEntry, highlights: readonly Highlight[], reviews: Review[], used: Set<Highlight | Review>, tally: Tally): void {
	const i = reviews.findIndex((r) => !used.has(r) && r.kind === entry.kind && sameEntry(entry, r));
	if (i >= 0) {
		const r = reviews[i]!;
		const next: Review = {
			...r,
			createdAt: r.createdAt ?? entry.createdAt,
			createdDate: r.createdDate ?? entry.createdDate,
			blockId: r.blockId ?? entry.blockId,
		};
		used.add(next);
		reviews[i] = next;
		if (next.createdAt !== r.createdAt || next.createdDate !== r.createdDate || next.blockId !== r.blockId) count(tally, "completed", entry.line);
		return;
	}
	if (highlights.some((h) => overlaps(entry, h)) || reviews.some((r) => overlaps(entry, r))) return;
	const thoughtKind = entry.kind === "highlight-thought";
	const added: Review = {
		kind: entry.kind === "highlight" ? "highlight-thought" : entry.kind,
		blockId: entry.blockId,
		chapterTitle: entry.chapterTitle,
		abstract: thoughtKind ? entry.text : null,
		content: thoughtKind ? (entry.thought ?? "") : entry.text,
		createdAt: entry.createdAt,
		createdDate: entry.createdDate ?? entry.createdAt?.slice(0, 10) ?? null,
		line: entry.line,
		endLine: entry.endLine,
		blockIdResolvable: entry.blockId !== null && isObsidianIdSyntax(entry.blockId),
		blockIdIssue: entry.blockId !== null && !isObsidianIdSyntax(entry.blockId) ? "id-characters" : null,
	};
	used.add(added);
	reviews.push(added);
	count(tally, "added", entry.line);
}

function count(tally: Tally, what: "added" | "completed", line: number): void {
	tally[what]++;
	if (line < tally.firstLine) tally.firstLine = line;
}

/**
 * The chapter heading an added entry sits under: the last one above it, or, when the recognizer read a chapter title,
 * the last one above it with that title (-1 when there is none: the title is then kept as text only). Chapters are
 * in file order.
 */
function chapterOf(chapters: readonly Chapter[], entry: RecognizedEntry): number {
	let found = -1;
	for (let i = 0; i < chapters.length && chapters[i]!.line < entry.line; i++) {
		if (entry.chapterTitle === null || chapters[i]!.title === entry.chapterTitle) found = i;
	}
	return found;
}

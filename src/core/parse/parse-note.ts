// parseNote: the pure, total entry point of the parser (design §3). Reads the frontmatter first so ordinary
// notes cost almost nothing, then scans the body once, by offsets into the text (the note is never split into
// an array of lines: that alone would cost as much as the rest of the parse).
import type { Diagnostic, ParseResult } from "../model";
import { buildBookMeta } from "./book-meta";
import { BodyScanner } from "./body-scanner";
import { fmString, readFrontmatterLines } from "./frontmatter";
import { NoteLines } from "./note-lines";

const DOC_TYPE = "weread-highlights-reviews";

/** Parse one note. Pure and total: never throws; odd input gives diagnostics, not exceptions. */
export function parseNote(path: string, text: string): ParseResult {
	// Cheap rejection of the vault's ordinary notes: no frontmatter, or one without the WeRead doc_type.
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith("---", start)) return { kind: "not-weread", path };
	const fmEnd = text.indexOf("\n---", start + 3);
	if (fmEnd < 0 || !text.slice(start, fmEnd).includes(DOC_TYPE)) return { kind: "not-weread", path };
	const lines = new NoteLines(text);
	const fm = readFrontmatterLines((i) => lines.line(i));
	if (fm === null) return { kind: "not-weread", path };
	const docType = fm.fields.get("doc_type");
	if (typeof docType !== "string" || docType.trim() !== DOC_TYPE) return { kind: "not-weread", path };

	const diagnostics: Diagnostic[] = [...fm.diagnostics];
	const bookIdText = fmString(fm.fields, "bookId")?.trim() ?? null;
	const body = new BodyScanner(text, bookIdText === "" ? null : bookIdText, diagnostics).scan(fm.bodyStart, lines.startOf(fm.bodyStart));
	const meta = buildBookMeta(path, fm.fields, body.titles.best(), diagnostics);
	diagnostics.sort((a, b) => a.line - b.line);
	return {
		kind: "weread",
		path,
		meta,
		chapters: body.chapters,
		highlights: body.highlights,
		reviews: body.reviews,
		diagnostics,
		lineCount: body.lineCount,
	};
}

// parseNote: the pure, total entry point of the parser (design §3). Reads the frontmatter first so ordinary
// notes cost almost nothing, then scans the body once.
import type { Diagnostic, ParseResult } from "../model";
import { buildBookMeta } from "./book-meta";
import { BodyScanner } from "./body-scanner";
import { fmString, readFrontmatter } from "./frontmatter";

const DOC_TYPE = "weread-highlights-reviews";

/** Splits on `\n` only (a `\u2028` inside highlight text is text), dropping `\r` of CRLF files and the BOM. */
function splitLines(text: string): string[] {
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i] as string;
		if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
	}
	const first = lines[0] as string;
	if (first.charCodeAt(0) === 0xfeff) lines[0] = first.slice(1);
	return lines;
}

/** Parse one note. Pure and total: never throws; odd input gives diagnostics, not exceptions. */
export function parseNote(path: string, text: string): ParseResult {
	// Cheap rejection of the vault's ordinary notes: no frontmatter, or one without the WeRead doc_type.
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith("---", start)) return { kind: "not-weread", path };
	const fmEnd = text.indexOf("\n---", start + 3);
	if (fmEnd < 0 || !text.slice(start, fmEnd).includes(DOC_TYPE)) return { kind: "not-weread", path };
	const lines = splitLines(text);
	const fm = readFrontmatter(lines);
	if (fm === null) return { kind: "not-weread", path };
	const docType = fm.fields.get("doc_type");
	if (typeof docType !== "string" || docType.trim() !== DOC_TYPE) return { kind: "not-weread", path };

	const diagnostics: Diagnostic[] = [...fm.diagnostics];
	const bookIdText = fmString(fm.fields, "bookId")?.trim() ?? null;
	const body = new BodyScanner(lines, bookIdText === "" ? null : bookIdText, diagnostics).scan(fm.bodyStart);
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
		lineCount: lines.length,
	};
}

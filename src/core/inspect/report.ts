import type { Reference } from "../model";
import { parseNote } from "../parse/parse-note";
import { type InspectBook, toInspectBook } from "./book-json";

export interface InspectReport {
	books: InspectBook[];
	references: Reference[];
}

export interface NoteFile {
	/** Vault-relative path with `/` separators. */
	readonly path: string;
	readonly text: string;
}

/** What `npm run inspect -- <folder>` prints: the folder indexed exactly as the plugin indexes a vault. */
export function buildInspectReport(files: readonly NoteFile[]): InspectReport {
	const books: InspectBook[] = [];
	for (const file of files) {
		const parsed = parseNote(file.path, file.text);
		if (parsed.kind === "weread") books.push(toInspectBook(parsed));
	}
	books.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	// References arrive with the index (issue 3).
	return { books, references: [] };
}

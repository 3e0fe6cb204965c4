import { HighlightIndex } from "../index/highlight-index";
import { extractBlockLinks } from "../links/extract";
import { createLinkResolver } from "../links/resolve";
import type { Reference } from "../model";
import type { NoteParser } from "../template/apply-recognizer";
import { bookHealth, type BlockHealth, totalHealth } from "../health/block-health";
import { type InspectBook, toInspectBook } from "./book-json";

/** A book as the report lists it: the note's contract fields, then its block-reference health (issue 13). */
export type ReportBook = InspectBook & { health: BlockHealth };

export interface InspectReport {
	books: ReportBook[];
	references: Reference[];
	/** The books' health summed (issue 13). */
	health: BlockHealth;
}

export interface NoteFile {
	/** Vault-relative path with `/` separators. */
	readonly path: string;
	readonly text: string;
}

/**
 * What `npm run inspect -- <folder>` prints: the folder indexed exactly as the plugin indexes a vault — every note
 * into a HighlightIndex, every note's block links extracted and resolved (core's stand-in for metadataCache) and fed
 * to the same index, which decides what is a reference (target is a WeRead note) and whether it resolves.
 */
export function buildInspectReport(files: readonly NoteFile[], parser?: NoteParser): InspectReport {
	const index = new HighlightIndex();
	// The parser the plugin would use: the built-in one, or with the sync template's recognizer beside it.
	if (parser !== undefined) index.setParser(parser);
	const resolver = createLinkResolver(files.map((f) => f.path));
	index.batch(() => {
		for (const file of files) {
			index.upsertNote(file.path, file.text);
			index.upsertLinks(file.path, resolver.resolveLinks(extractBlockLinks(file.text), file.path));
		}
	});
	// books() is sorted by path, and each book keeps the ParsedNote exactly as the parser returned it.
	const references = index.references().map((r) => ({ ...r }));
	const books: ReportBook[] = [];
	for (const summary of index.books()) {
		const book = index.book(summary.path);
		// Health needs the vault's references, so it is added here, after the note's own fields.
		if (book !== undefined) books.push({ ...toInspectBook(book.note, book.chapters), health: bookHealth(book.note, references) });
	}
	return { books, references, health: totalHealth(books.map((b) => b.health)) };
}

// `npm run demo -- --vault PATH` (issue 11, item 13): the demo page over any folder of notes, so a reader can preview
// their own vault in a browser before installing and we can look at any real vault. Read-only: this module only
// lists and reads files under PATH; nothing is ever written there.
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import type { InspectReport } from "../../src/core/inspect/report.ts";

/** A vault's notes as the demo page takes them (vault path → text), or the one line that says why there are none. */
export type NotesFolder = { readonly ok: true; readonly files: Record<string, string> } | { readonly ok: false; readonly message: string };

/** Where the page opens: a note in the editor, the cursor on a highlight's line (null: no highlight anywhere). */
export interface DemoStart {
	readonly note: string;
	readonly cursorLine: number | null;
}

/**
 * Every `.md` file under `dir` the way Obsidian's vault sees them: folders whose name starts with a dot
 * (`.obsidian`, `.trash`, `.git`) are not part of the vault, and neither are attachments (the page needs notes only,
 * and a real vault's images would make it hundreds of MB). Links are not followed (a loop would never end).
 */
export function readNotesFolder(dir: string): NotesFolder {
	let isDir = false;
	try {
		isDir = statSync(dir).isDirectory();
	} catch {
		isDir = false;
	}
	if (!isDir) return { ok: false, message: `demo: --vault ${dir}: no such folder` };
	const files: Record<string, string> = {};
	const walk = (d: string): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(d, { withFileTypes: true });
		} catch {
			return; // An unreadable folder is skipped, as Obsidian skips what it cannot list.
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
				try {
					files[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
				} catch {
					// Unreadable note: left out, like a failed read in the plugin.
				}
			}
		}
	};
	walk(dir);
	return { ok: true, files };
}

/**
 * The note and line the page opens on for a vault nobody chose them for: the highlight cited most (the references
 * pane then has something to show), else the first highlight of the book with the most highlights, else the first
 * book. Null when the vault has no WeRead note.
 */
export function chooseDemoStart(report: InspectReport): DemoStart | null {
	const first = report.books[0];
	if (first === undefined) return null;
	const cited = new Map<string, number>();
	for (const r of report.references) {
		if (!r.resolved || r.blockId === null) continue;
		const key = `${r.to}\n${r.blockId}`;
		cited.set(key, (cited.get(key) ?? 0) + 1);
	}
	let best: { note: string; line: number; count: number } | null = null;
	for (const book of report.books) {
		for (const h of book.highlights) {
			if (h.blockId === null) continue;
			const count = cited.get(`${book.path}\n${h.blockId}`) ?? 0;
			if (count > 0 && (best === null || count > best.count)) best = { note: book.path, line: h.line, count };
		}
	}
	if (best !== null) return { note: best.note, cursorLine: best.line };
	const richest = report.books.reduce((a, b) => (b.highlightCount > a.highlightCount ? b : a), first);
	return { note: richest.path, cursorLine: richest.highlights[0]?.line ?? null };
}

import type { BookEntry, HighlightIndex, TimelineEntry } from "../index";
import type { Reference } from "../model";

// The block references pane as plain data (design §1, issue 4 "Block references"): for one entry, the notes that
// cite it; for an ordinary note, the highlights it cites; and which entry a cursor line falls in. Pure: the pane
// adds the context text of each citing line, read through the adapter.

/** The part of the index this view-model reads. */
export type ReferencesIndex = Pick<HighlightIndex, "revision" | "book" | "byBlockId" | "referencesToEntry" | "referencesFrom" | "danglingReferences">;

/** One link or embed in a citing note. */
export interface CitingLine {
	/** 0-based line in the citing note. */
	readonly line: number;
	readonly embed: boolean;
	/** The id as written in the link (either id of a merged entry). */
	readonly blockId: string;
}

/** A note citing an entry, with its citing lines in note order. */
export interface CitingNote {
	readonly path: string;
	/** File name without folder and `.md`: what Obsidian shows for a note. */
	readonly name: string;
	readonly lines: readonly CitingLine[];
}

/** Links into a book whose block id the book no longer has (the sync dropped or changed the highlight). */
export interface DanglingReference {
	readonly from: string;
	readonly fromName: string;
	readonly line: number;
	readonly embed: boolean;
	readonly blockId: string;
}

export interface EntryReferences {
	readonly entry: TimelineEntry;
	/** By citing note path; lines in note order. */
	readonly notes: readonly CitingNote[];
	/** Every citing link (a note linking twice counts twice, as "cited N×" does). */
	readonly total: number;
}

/** A highlight (or thought, review) an ordinary note cites, or a dangling id (entry null). */
export interface CitedItem {
	/** Unique in its model: book path + lower-cased id. */
	readonly key: string;
	readonly blockId: string;
	/** Null: the book no longer has this id. */
	readonly entry: TimelineEntry | null;
	/** Where the note cites it, in note order. */
	readonly lines: readonly CitingLine[];
}

export interface CitedBook {
	readonly bookPath: string;
	readonly bookTitle: string;
	/** In the order the note first cites them. */
	readonly items: readonly CitedItem[];
}

export interface NoteCitations {
	readonly path: string;
	/** Books in the order the note first cites them. */
	readonly books: readonly CitedBook[];
	readonly entryCount: number;
	readonly danglingCount: number;
}

/** The file name of a vault path without its folder and `.md`. */
export function noteName(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
}

/** Groups references by citing note (path order), keeping each note's lines in line order. */
export function groupByCitingNote(refs: readonly Reference[]): CitingNote[] {
	const byPath = new Map<string, CitingLine[]>();
	for (const r of refs) {
		let lines = byPath.get(r.from);
		if (lines === undefined) byPath.set(r.from, (lines = []));
		lines.push({ line: r.line, embed: r.embed, blockId: r.blockId });
	}
	return [...byPath.keys()].sort(compareStrings).map((path) => ({
		path,
		name: noteName(path),
		lines: (byPath.get(path) ?? []).sort((a, b) => a.line - b.line || compareStrings(a.blockId, b.blockId)),
	}));
}

/** (a) An entry and every note citing it, by either of a merged entry's ids. */
export function entryReferences(index: ReferencesIndex, entry: TimelineEntry): EntryReferences {
	const refs = index.referencesToEntry(entry);
	return { entry, notes: groupByCitingNote(refs), total: refs.length };
}

/** (a) The same, from a book path and a block id (either id of a merged entry); undefined when the book lacks it. */
export function entryReferencesById(index: ReferencesIndex, bookPath: string, blockId: string): EntryReferences | undefined {
	const entry = index.byBlockId(bookPath, blockId);
	return entry === undefined ? undefined : entryReferences(index, entry);
}

/** (b) The highlights an ordinary note cites, grouped by book, each resolved to its entry or marked dangling. */
export function noteCitations(index: ReferencesIndex, path: string): NoteCitations {
	const books = new Map<string, { title: string; items: Map<string, { blockId: string; entry: TimelineEntry | null; lines: CitingLine[] }> }>();
	let entryCount = 0;
	let danglingCount = 0;
	// referencesFrom is in line order, so first-seen order is the note's reading order.
	for (const r of [...index.referencesFrom(path)].sort((a, b) => a.line - b.line)) {
		const book = index.book(r.to);
		if (book === undefined) continue;
		let group = books.get(r.to);
		if (group === undefined) books.set(r.to, (group = { title: book.note.meta.title, items: new Map() }));
		const entry = index.byBlockId(r.to, r.blockId) ?? null;
		// A merged entry cited by both its ids is one item; a dangling id is its own item.
		const itemKey = entry !== null ? `entry:${entry.key}` : `id:${r.blockId.toLowerCase()}`;
		let item = group.items.get(itemKey);
		if (item === undefined) {
			group.items.set(itemKey, (item = { blockId: r.blockId, entry, lines: [] }));
			if (entry === null) danglingCount++;
			else entryCount++;
		}
		item.lines.push({ line: r.line, embed: r.embed, blockId: r.blockId });
	}
	return {
		path,
		books: [...books].map(([bookPath, g]) => ({
			bookPath,
			bookTitle: g.title,
			items: [...g.items.values()].map((i) => ({ key: `${bookPath}#${i.blockId.toLowerCase()}`, ...i })),
		})),
		entryCount,
		danglingCount,
	};
}

/** References into `bookPath` whose id the book does not have, by citing path then line. */
export function danglingInto(refs: readonly Reference[], bookPath: string): DanglingReference[] {
	return refs
		.filter((r) => r.to === bookPath && !r.resolved)
		.map((r) => ({ from: r.from, fromName: noteName(r.from), line: r.line, embed: r.embed, blockId: r.blockId }))
		.sort((a, b) => compareStrings(a.from, b.from) || a.line - b.line);
}

// ---- (c) the entry under the cursor -----------------------------------------------------------------------------

/** One line range an entry occupies. A merged entry has two: its highlight and the review merged into it. */
export interface EntrySpan {
	readonly start: number;
	readonly end: number;
	readonly entry: TimelineEntry;
}

/** The line ranges of a book's entries, sorted by first line (book order is not line order). */
export function entrySpans(entries: readonly TimelineEntry[]): EntrySpan[] {
	const spans: EntrySpan[] = [];
	for (const entry of entries) {
		for (const part of [entry.highlight, entry.review]) {
			if (part !== null) spans.push({ start: part.line, end: Math.max(part.line, part.endLine), entry });
		}
	}
	return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The entry whose [line, endLine] holds the 0-based `line`, by binary search over spans sorted by start. */
export function entryAtLine(spans: readonly EntrySpan[], line: number): TimelineEntry | undefined {
	let lo = 0;
	let hi = spans.length - 1;
	let found = -1;
	// The last span starting at or before `line`.
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((spans[mid] as EntrySpan).start <= line) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	// Entries occupy disjoint lines, so only the last span starting at or before `line` can hold it.
	const span = spans[found];
	return span !== undefined && span.end >= line ? span.entry : undefined;
}

/**
 * The entry under a cursor line in a book, with the spans of each book built once per book object (the index
 * replaces a book's object when the note changes, so identity is the cache key). One per pane; no global state.
 */
export class EntryLocator {
	private readonly spans = new WeakMap<BookEntry, EntrySpan[]>();

	at(book: BookEntry, line: number): TimelineEntry | undefined {
		let spans = this.spans.get(book);
		if (spans === undefined) this.spans.set(book, (spans = entrySpans(book.entries)));
		return entryAtLine(spans, line);
	}
}

/** Dangling references into a book, computed once per index revision (the full reference list is vault-wide). */
export class DanglingCache {
	private revision = -1;
	private all: readonly Reference[] = [];

	into(index: ReferencesIndex, bookPath: string): DanglingReference[] {
		if (this.revision !== index.revision) {
			this.all = index.danglingReferences();
			this.revision = index.revision;
		}
		return danglingInto(this.all, bookPath);
	}
}

// ---- context text ------------------------------------------------------------------------------------------------

/** A piece of a citing line: plain text, or the visible text of a link or embed. */
export interface ContextSegment {
	readonly text: string;
	readonly link: boolean;
}

// `![[path#sub|alias]]`, `[[…]]`, and `[text](target)` / `![alt](target)`. No lookbehind (iOS Safari before 16.4).
const LINK = /(!?)\[\[([^\]|]*)(?:\|([^\]]*))?\]\]|(!?)\[([^\]]*)\]\(([^)]*)\)/g;
// Leading Markdown block markers: quotes, callout head, list bullets and numbers, tasks, headings.
const BLOCK_MARKERS = /^(?:\s*>\s?)*(?:\s*\[![^\]]*\][+-]?\s*)?\s*(?:[-*+]\s+(?:\[.\]\s+)?|\d+[.)]\s+|#{1,6}\s+)?/;
const TRAILING_BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/;

/**
 * A citing line as the reader would read it: links shown as their alias, or the note name (and heading) they point
 * to; block markers and a trailing `^id` removed. Only text: nothing here is ever rendered as Markdown or HTML.
 */
export function contextSegments(line: string): ContextSegment[] {
	const text = line.replace(TRAILING_BLOCK_ID, "").replace(BLOCK_MARKERS, "");
	const out: ContextSegment[] = [];
	let last = 0;
	for (const m of text.matchAll(LINK)) {
		const at = m.index ?? 0;
		if (at > last) out.push({ text: text.slice(last, at), link: false });
		out.push({ text: m[2] !== undefined ? wikiLabel(m[2], m[3]) : markdownLabel(m[5] ?? "", m[6] ?? ""), link: true });
		last = at + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), link: false });
	// Trim the ends of the whole line, not of each piece.
	const first = out[0];
	if (first !== undefined && !first.link) out[0] = { text: first.text.trimStart(), link: false };
	const end = out[out.length - 1];
	if (end !== undefined && !end.link) out[out.length - 1] = { text: end.text.trimEnd(), link: false };
	return out.filter((s) => s.text !== "");
}

/** The context line as one plain string. */
export function contextText(line: string): string {
	return contextSegments(line)
		.map((s) => s.text)
		.join("");
}

function wikiLabel(target: string, alias: string | undefined): string {
	if (alias !== undefined && alias.trim() !== "") return alias.trim();
	const hash = target.indexOf("#");
	const path = (hash === -1 ? target : target.slice(0, hash)).trim();
	const sub = hash === -1 ? "" : target.slice(hash + 1).trim();
	const name = noteName(path);
	// A block id means nothing to a reader; a heading does.
	if (sub === "" || sub.startsWith("^")) return name;
	return name === "" ? sub : `${name} › ${sub}`;
}

function markdownLabel(label: string, target: string): string {
	if (label.trim() !== "") return label.trim();
	const hash = target.indexOf("#");
	const path = hash === -1 ? target : target.slice(0, hash);
	let decoded = path;
	try {
		decoded = decodeURI(path);
	} catch {
		// A malformed escape: show it as written.
	}
	return noteName(decoded.replace(/^<|>$/g, ""));
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

// ---- the pane as a whole -----------------------------------------------------------------------------------------

/** Where the reader is, as the adapter sees it. */
export interface ActiveNote {
	readonly path: string;
	/** 0-based line of the editor's cursor, or null when no editor shows the note. */
	readonly cursorLine: number | null;
}

/** An entry chosen in another pane ("Show references"); kept by id so it survives the book's re-indexing. */
export interface EntrySelection {
	readonly bookPath: string;
	readonly blockId: string | null;
	readonly line: number;
}

export type ReferencesPane =
	| { readonly kind: "indexing" }
	| { readonly kind: "no-note" }
	/** An entry: under the cursor in its book, or selected elsewhere (`selected`). */
	| { readonly kind: "entry"; readonly refs: EntryReferences; readonly selected: boolean; readonly dangling: readonly DanglingReference[] }
	/** A book note with the cursor on no entry. */
	| { readonly kind: "book"; readonly bookPath: string; readonly dangling: readonly DanglingReference[] }
	/** An ordinary note: what it cites. */
	| { readonly kind: "note"; readonly citations: NoteCitations };

/** Everything that changes what the pane shows: equal keys → nothing to re-render. */
export function paneKey(pane: ReferencesPane, revision: number): string {
	switch (pane.kind) {
		case "indexing":
		case "no-note":
			return pane.kind;
		case "entry":
			return `entry|${revision}|${pane.refs.entry.key}|${pane.selected ? "selected" : "cursor"}`;
		case "book":
			return `book|${revision}|${pane.bookPath}`;
		case "note":
			return `note|${revision}|${pane.citations.path}`;
	}
}

/** The notes whose lines a pane shows as context. */
export function contextPaths(pane: ReferencesPane): string[] {
	const paths = new Set<string>();
	if (pane.kind === "entry") for (const n of pane.refs.notes) paths.add(n.path);
	if (pane.kind === "entry" || pane.kind === "book") for (const d of pane.dangling) paths.add(d.from);
	if (pane.kind === "note" && pane.citations.danglingCount > 0) paths.add(pane.citations.path);
	return [...paths];
}

/** Computes the pane from the index and where the reader is; holds the per-book caches of one pane. */
export class ReferencesPaneModel {
	private readonly locator = new EntryLocator();
	private readonly danglingCache = new DanglingCache();

	constructor(private readonly index: ReferencesIndex) {}

	/** The selected entry as it is in the index now, or undefined when its book or block is gone. */
	selected(selection: EntrySelection): TimelineEntry | undefined {
		const byId = selection.blockId === null ? undefined : this.index.byBlockId(selection.bookPath, selection.blockId);
		if (byId !== undefined) return byId;
		const book = this.index.book(selection.bookPath);
		return book === undefined ? undefined : this.locator.at(book, selection.line);
	}

	compute(warm: boolean, active: ActiveNote | null, selection: EntrySelection | null): ReferencesPane {
		if (!warm) return { kind: "indexing" };
		const chosen = selection === null ? undefined : this.selected(selection);
		if (chosen !== undefined) return this.entryPane(chosen, true);
		if (active === null) return { kind: "no-note" };
		const book = this.index.book(active.path);
		if (book === undefined) return { kind: "note", citations: noteCitations(this.index, active.path) };
		const entry = active.cursorLine === null ? undefined : this.locator.at(book, active.cursorLine);
		if (entry !== undefined) return this.entryPane(entry, false);
		return { kind: "book", bookPath: active.path, dangling: this.danglingCache.into(this.index, active.path) };
	}

	private entryPane(entry: TimelineEntry, selected: boolean): ReferencesPane {
		return { kind: "entry", refs: entryReferences(this.index, entry), selected, dangling: this.danglingCache.into(this.index, entry.bookPath) };
	}
}

import type { ParsedNote, ParseResult, Reference, ResolvedLink } from "../model";
import { parseNote } from "../parse/parse-note";
import type { NoteParser } from "../template/apply-recognizer";
import { buildBook, type BuiltBook } from "./book-entry";
import { DayStrings } from "./day-strings";
import { DayStore } from "./day-store";
import { detachParsed } from "./detach";
import { lazyBuckets } from "./lazy-buckets";
import { type Citation, ReferenceStore } from "./reference-store";
import { Revision } from "./revision";
import { prepareSearch, type PreparedSearch, queryTerms, searchBook } from "./search";
import { textKey } from "./text-key";
import type { BookEntry, BookSummary, Bucket, DayRange, DayTally, Grouping, LazyBucket, TimelineEntry, WeekStart } from "./types";
import { blockKey } from "./block-key";

// The index every pane reads (design §4). Synchronous and pure: the adapter feeds it paths and strings, views query
// it. Every map is keyed so that one note's change touches only that note's entries: path → book,
// day → book → entries, book → block id → entry, target → block id → citations. Derived lists (book summaries,
// sorted days, search haystacks) are built lazily on first read after a change and then reused.

interface BookRecord {
	readonly built: BuiltBook;
	/** Built on the first search after the book changed. */
	search: PreparedSearch | null;
}

const DEFAULT_SEARCH_LIMIT = 200;

/** What the index remembers of a path's last text: its length always, its fingerprint once it was worth taking. */
interface TextSeen {
	readonly length: number;
	/** `textKey` of the text, or null when it was not taken (see upsertNote). */
	readonly key: string | null;
}

export class HighlightIndex {
	private readonly records = new Map<string, BookRecord>();
	private readonly textKeys = new Map<string, TextSeen>();
	private readonly days = new DayStore();
	private readonly refs = new ReferenceStore();
	private readonly rev = new Revision();
	private readonly summaries = new Map<string, BookSummary>();
	/** One string per distinct day for every entry of every book (≤ a few thousand; never shrinks). */
	private readonly dayStrings = new DayStrings();
	private sortedPaths: string[] | null = null;
	/** `books()` as last built, for the sorted paths it was built from; `staleBooks`: paths whose summary was dropped
	 * since, put back in place on the next read (a live update rebuilt 1,000 summaries' list for one changed book). */
	private bookList: { readonly paths: readonly string[]; readonly list: BookSummary[] } | null = null;
	private readonly staleBooks = new Set<string>();
	private parse: NoteParser = parseNote;

	/** Grows on every real change; never on a no-op (identical text, identical links, removing what is absent). */
	get revision(): number {
		return this.rev.current;
	}

	subscribe(listener: (revision: number) => void): () => void {
		return this.rev.subscribe(listener);
	}

	/** Run many changes; listeners hear once at the end (if anything changed). Nested batches notify once. */
	batch(fn: () => void): void {
		this.rev.batch(fn);
	}

	// ---- changes ------------------------------------------------------------------------------------------------

	/**
	 * Parse with `parser` from now on (the built-in parser with a template recognizer beside it, or back to the
	 * built-in one). Stored books stay as they are until their text is upserted again; every text fingerprint is
	 * forgotten so that re-upserting the same text re-parses it (and notifies only if the result differs).
	 */
	setParser(parser: NoteParser): void {
		if (parser === this.parse) return;
		this.parse = parser;
		this.textKeys.clear();
	}

	/** Parse and store a note. Not a WeRead note → any book at `path` goes. Identical text → nothing happens. */
	upsertNote(path: string, text: string): void {
		// A text is fingerprinted only when its length matches the last text's: a text of another length has changed
		// for sure, and hashing it (866 highlights: ≈ 3 ms before the hash loop is compiled, the largest part of a
		// live update's index work, browser profile) would only serve to tell the next text apart. The first text of
		// a path is not fingerprinted either: hashing every note of a cold scan cost ≈ 8 % of the scan. A text of the
		// same length as an unhashed one is hashed and parsed, and `sameParse` tells an identical text apart; from
		// then on the fingerprint answers, and identical texts (a sync rewriting every note) cost one hash each.
		const known = this.textKeys.get(path);
		if (known === undefined || known.length !== text.length) {
			this.textKeys.set(path, { length: text.length, key: null });
		} else {
			const key = textKey(text);
			if (known.key === key) return;
			this.textKeys.set(path, { length: text.length, key });
		}
		const result = this.parse(path, text);
		this.applyParsed(path, result.kind === "weread" ? detachParsed(result) : result);
	}

	/**
	 * Store an already parsed note (a parser running elsewhere, a cache). The result's path is the key. A result equal
	 * to the stored one changes nothing.
	 */
	upsertParsed(result: ParseResult): void {
		// No text to fingerprint: forget the old one so the next upsertNote of any text re-parses.
		this.textKeys.delete(result.path);
		this.applyParsed(result.path, result);
	}

	/** Forget a note: its book and its outgoing links. Links of other notes to it are kept (it may come back). */
	removeNote(path: string): void {
		this.textKeys.delete(path);
		const dropped = this.dropBook(path);
		const touched = this.refs.remove(path);
		if (touched !== null) this.invalidateSummaries(touched);
		if (dropped || touched !== null) this.rev.bump();
	}

	/**
	 * A note moved. Its book, its text fingerprint and its outgoing links move with it, and links of other notes
	 * that resolved to `oldPath` now resolve to `newPath`. That follows Obsidian: a folder move keeps `[[Book#^id]]`
	 * resolving (by basename) to the moved file, and a rename with "automatically update internal links" rewrites the
	 * citing notes. Where Obsidian leaves a link dangling (a rename without link updates), its metadataCache fires
	 * `resolve`/`changed` for the citing notes and the adapter's `upsertLinks` corrects the guess. Renaming onto an
	 * existing path replaces what was there.
	 *
	 * The book moves without a re-parse, so a title the parser took from the file name (its last fallback) keeps the
	 * old name until the text is upserted again. The text fingerprint is deliberately NOT moved: that re-upsert of the
	 * unchanged text then re-parses, and notifies only if the result differs.
	 */
	renameNote(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		this.textKeys.delete(oldPath);
		this.textKeys.delete(newPath);
		const record = this.records.get(oldPath);
		let changed = this.dropBook(newPath);
		if (record !== undefined) {
			this.dropBook(oldPath);
			this.addBook(newPath, { ...record.built.entry.note, path: newPath });
			changed = true;
		}
		const touched = this.refs.rename(oldPath, newPath);
		this.invalidateSummaries(touched);
		if (changed || touched.size > 0) this.rev.bump();
	}

	/**
	 * Replace the block links and embeds of any note (WeRead or not). Only links with a block id and a resolved
	 * target are kept; whether the target is a book is decided at query time. Identical links → nothing happens.
	 */
	upsertLinks(fromPath: string, links: readonly ResolvedLink[]): void {
		const touched = this.refs.set(fromPath, links);
		if (touched === null) return;
		this.invalidateSummaries(touched);
		this.rev.bump();
	}

	// ---- books --------------------------------------------------------------------------------------------------

	/** Every book, by path. */
	books(): readonly BookSummary[] {
		const paths = this.paths();
		const cached = this.bookList;
		if (cached === null || cached.paths !== paths) {
			this.staleBooks.clear();
			const list = paths.map((p) => this.summary(p));
			this.bookList = { paths, list };
			return list.slice();
		}
		for (const path of this.staleBooks) {
			const at = indexOfSorted(paths, path);
			if (at !== -1) cached.list[at] = this.summary(path);
		}
		this.staleBooks.clear();
		// A copy: a list handed out is never changed afterwards.
		return cached.list.slice();
	}

	/** How many books: without building their summaries. */
	bookCount(): number {
		return this.records.size;
	}

	book(path: string): BookEntry | undefined {
		return this.records.get(path)?.built.entry;
	}

	/** The entry holding block `id` (case-insensitive, like Obsidian) in a book: a highlight's or a review's id. */
	byBlockId(bookPath: string, id: string): TimelineEntry | undefined {
		return this.records.get(bookPath)?.built.blocks.get(blockKey(id));
	}

	// ---- timeline -----------------------------------------------------------------------------------------------

	/** Entries newest first. Without a range: every entry, the undated ones last. With a range: dated ones in it. */
	entries(range?: DayRange): readonly TimelineEntry[] {
		return this.buckets("day", 1, range).flatMap((b) => b.entries);
	}

	/** Day buckets, newest first; without a range the undated bucket (key `UNDATED`) comes last. */
	byDay(range?: DayRange): readonly Bucket[] {
		return this.buckets("day", 1, range);
	}

	/** Day, week (keyed by its first day) or month buckets, newest first; undated last when there is no range. */
	buckets(grouping: Grouping, weekStartsOn: WeekStart = 1, range?: DayRange): readonly Bucket[] {
		return this.lazyBuckets(grouping, weekStartsOn, range).map((b) => ({ key: b.key, entries: b.entries() }));
	}

	/** The same buckets with their sizes only; each one orders its entries when read (a windowed timeline). */
	lazyBuckets(grouping: Grouping, weekStartsOn: WeekStart = 1, range?: DayRange): readonly LazyBucket[] {
		return lazyBuckets(this.days, grouping, weekStartsOn, range);
	}

	/** Each book's counts by kind on each day in `range`, days ascending (sums over a year, without the entries). */
	forEachBookDay(range: DayRange, visit: (day: string, book: string, tally: DayTally) => void): void {
		this.days.forEachBookDay(range, visit);
	}

	/** Years with at least one dated entry, ascending (the heatmap's years, without building every day's count). */
	years(): readonly number[] {
		return this.days.years();
	}

	/** Entries per day (dated only), for the heatmap. */
	dayCounts(range?: DayRange): ReadonlyMap<string, number> {
		return new Map(this.days.dayKeys(range).map((d) => [d, this.days.countOn(d)]));
	}

	// ---- references ---------------------------------------------------------------------------------------------

	/** Links and embeds of block `id` of a book, by citing path then line; `resolved` says whether the id exists. */
	referencesTo(bookPath: string, id: string): readonly Reference[] {
		if (!this.records.has(bookPath)) return [];
		return this.toReferences(this.refs.citations(bookPath, id)).sort(byFromLine);
	}

	/** References to any of an entry's ids (a merged highlight can be cited by its own id or its thought's). */
	referencesToEntry(entry: TimelineEntry): readonly Reference[] {
		const ids = new Set([entry.highlight?.blockId, entry.review?.blockId].filter((x): x is string => typeof x === "string").map(blockKey));
		return [...ids].flatMap((id) => this.referencesTo(entry.bookPath, id)).sort(byFromLine);
	}

	/** How often block `id` of a book is linked or embedded (every link counts, also several from one note). */
	citedCount(bookPath: string, id: string): number {
		return this.records.has(bookPath) ? this.refs.citations(bookPath, id).length : 0;
	}

	/** The block links of a note that point into WeRead books, by line. */
	referencesFrom(path: string): readonly Reference[] {
		return this.toReferences(this.refs.linksFrom(path).filter((l) => this.records.has(l.to)).map((link) => ({ from: path, link })));
	}

	/** Every block link into a WeRead book, by citing path then line (the `references` of the inspect contract). */
	references(): readonly Reference[] {
		const out: Reference[] = [];
		for (const to of this.refs.targets()) {
			if (!this.records.has(to)) continue;
			for (const citations of this.refs.citedBlocks(to).values()) out.push(...this.toReferences(citations));
		}
		return out.sort(byFromLine);
	}

	/** References whose block id does not exist in the (WeRead) target. */
	danglingReferences(): readonly Reference[] {
		return this.references().filter((r) => !r.resolved);
	}

	// ---- search -------------------------------------------------------------------------------------------------

	/**
	 * Entries whose text, thought, chapter title or book title/author contain every whitespace-separated term of
	 * `query` (case-insensitive; substring, so Chinese works). Books by path, entries in book order; at most `limit`.
	 */
	search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): readonly TimelineEntry[] {
		const terms = queryTerms(query);
		if (terms.length === 0 || limit <= 0) return [];
		const out: TimelineEntry[] = [];
		for (const path of this.paths()) {
			const record = this.records.get(path);
			if (record === undefined) continue;
			record.search ??= prepareSearch(record.built.entry);
			out.push(...searchBook(record.search, terms, limit - out.length));
			if (out.length >= limit) break;
		}
		return out;
	}

	/**
	 * Build the search haystacks that a change left unbuilt, book by book in path order, asking `yieldNow` after each
	 * book whether to stop. True when every book is ready. Otherwise the first search builds them all at once (~0.6 s
	 * at 500k highlights, bench); an adapter can call this from idle callbacks after a scan so that the first search
	 * finds them built. The haystacks are what a search would build: same memory, same results.
	 */
	warmSearch(yieldNow: () => boolean = () => false): boolean {
		let stop = false;
		for (const path of this.paths()) {
			const record = this.records.get(path);
			if (record === undefined || record.search !== null) continue;
			if (stop) return false;
			record.search = prepareSearch(record.built.entry);
			stop = yieldNow();
		}
		return true;
	}

	// ---- internals ----------------------------------------------------------------------------------------------

	private applyParsed(path: string, result: ParseResult): void {
		if (result.kind !== "weread") {
			if (this.dropBook(path)) this.rev.bump();
			return;
		}
		const note = result.path === path ? result : { ...result, path };
		const previous = this.records.get(path)?.built.entry.note;
		if (previous !== undefined && sameParse(previous, note)) return;
		// A book replaced under its path leaves the set of paths as it was: keep them sorted (sorting ~1,000 paths
		// was ≈ 1.5 ms of every live update, browser profile).
		const paths = previous === undefined ? null : this.sortedPaths;
		this.dropBook(path);
		this.addBook(path, note);
		this.sortedPaths = paths;
		this.rev.bump();
	}

	private addBook(path: string, note: ParsedNote): void {
		const built = buildBook(note, this.dayStrings);
		this.records.set(path, { built, search: null });
		this.days.add(path, built.entry.entries);
		this.sortedPaths = null;
		this.dropSummary(path);
	}

	private dropBook(path: string): boolean {
		const record = this.records.get(path);
		if (record === undefined) return false;
		this.records.delete(path);
		this.days.remove(path, record.built.entry.entries);
		this.sortedPaths = null;
		this.dropSummary(path);
		return true;
	}

	private invalidateSummaries(paths: Iterable<string>): void {
		for (const p of paths) this.dropSummary(p);
	}

	private dropSummary(path: string): void {
		if (this.summaries.delete(path)) this.staleBooks.add(path);
	}

	private paths(): readonly string[] {
		this.sortedPaths ??= [...this.records.keys()].sort();
		return this.sortedPaths;
	}

	private summary(path: string): BookSummary {
		const cached = this.summaries.get(path);
		if (cached !== undefined) return cached;
		const record = this.records.get(path);
		if (record === undefined) throw new Error(`no book at ${path}`);
		const cited = new Set<TimelineEntry>();
		for (const [id, citations] of this.refs.citedBlocks(path)) {
			const entry = record.built.blocks.get(id);
			if (entry !== undefined && citations.length > 0) cited.add(entry);
		}
		let citedHighlights = 0;
		for (const e of cited) if (e.kind === "highlight") citedHighlights++;
		const { entry, thoughtCount, firstDay, lastDay } = record.built;
		const { bookId, title, author } = entry.note.meta;
		const summary: BookSummary = { path, bookId, title, author, highlightCount: entry.note.highlights.length, thoughtCount, firstDay, lastDay, citedHighlightCount: cited.size, citedHighlights };
		this.summaries.set(path, summary);
		return summary;
	}

	private toReferences(citations: readonly Citation[]): Reference[] {
		return citations.map(({ from, link }) => ({
			from,
			line: link.line,
			embed: link.embed,
			to: link.to,
			blockId: link.blockId,
			resolved: this.records.get(link.to)?.built.blocks.has(blockKey(link.blockId)) ?? false,
		}));
	}
}

/**
 * Same parse result: the same object, or equal data (a re-parse of unchanged text after a rename). O(note size) at
 * worst, but it stops at the first difference: an edited note (the common case) differs early, and serialising the
 * whole of both notes (866 highlights) just to learn that cost milliseconds per keystroke-driven update. Equal to
 * comparing `JSON.stringify` of the whole notes: same keys in the same order, then each value's JSON, arrays item by
 * item.
 */
function sameParse(a: ParsedNote, b: ParsedNote): boolean {
	if (a === b) return true;
	if (a.highlights.length !== b.highlights.length || a.reviews.length !== b.reviews.length || a.lineCount !== b.lineCount) return false;
	const keys = Object.keys(a);
	const bKeys = Object.keys(b);
	if (keys.length !== bKeys.length || keys.some((k, i) => bKeys[i] !== k)) return false;
	const av = a as unknown as Record<string, unknown>;
	const bv = b as unknown as Record<string, unknown>;
	for (const k of keys) {
		const x = av[k];
		const y = bv[k];
		if (Array.isArray(x) && Array.isArray(y)) {
			if (x.length !== y.length) return false;
			for (let i = 0; i < x.length; i++) if (JSON.stringify(x[i]) !== JSON.stringify(y[i])) return false;
		} else if (JSON.stringify(x) !== JSON.stringify(y)) return false;
	}
	return true;
}

/** Index of `key` in an ascending (code unit order) array, or -1. */
function indexOfSorted(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const at = sorted[mid] as string;
		if (at === key) return mid;
		if (at < key) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

function byFromLine(a: Reference, b: Reference): number {
	if (a.from !== b.from) return a.from < b.from ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.to !== b.to) return a.to < b.to ? -1 : 1;
	return a.blockId < b.blockId ? -1 : a.blockId > b.blockId ? 1 : 0;
}

import type { Highlight, ParsedNote, Review } from "../model";
import { dayKey } from "./buckets";
import { matchThoughts } from "./merge";
import type { BookEntry, ChapterOutline, EntryKind, TimelineEntry } from "./types";
import { blockKey } from "./block-key";
import { DayStrings } from "./day-strings";

// One parsed note → the book as the panes see it: entries (highlights with their merged thoughts, thoughts,
// reviews), a chapter outline in book order, and a block-id lookup. Built once per upsert of that note only.

export interface BuiltBook {
	readonly entry: BookEntry;
	/** Entries carrying the reader's words (see BookSummary.thoughtCount). */
	readonly thoughtCount: number;
	/** Earliest and latest entry day, or null when none is dated. */
	readonly firstDay: string | null;
	readonly lastDay: string | null;
	/** Lower-cased block id → entry. Obsidian keys `metadataCache.blocks` by the lower-cased id, so `[[B#^AbC]]`
	 * finds `^abc`: lookups here are case-insensitive the same way. A merged entry is found by both its ids. */
	readonly blocks: ReadonlyMap<string, TimelineEntry>;
}

// Characters Obsidian accepts in a block id; a review id with anything else cannot be opened as a block.
const OBSIDIAN_BLOCK_ID = /^[A-Za-z0-9-]+$/;

interface Group {
	readonly title: string | null;
	readonly level: number | null;
	readonly line: number;
	readonly highlights: TimelineEntry[];
	readonly others: TimelineEntry[];
}

type SortKey = readonly [number, number];

/** `days`: the index's day strings, shared by all its books (a new set by default). */
export function buildBook(note: ParsedNote, days: DayStrings = new DayStrings()): BuiltBook {
	const mergedReviewOf = new Map<number, Review>();
	for (const [reviewIndex, highlightIndex] of matchThoughts(note.highlights, note.reviews)) {
		const review = note.reviews[reviewIndex];
		if (review !== undefined) mergedReviewOf.set(highlightIndex, review);
	}
	const mergedReviews = new Set(mergedReviewOf.values());

	const noChapter: Group = { title: null, level: null, line: -1, highlights: [], others: [] };
	const headed: Group[] = note.chapters.map((c) => ({ title: c.title, level: c.level, line: c.line, highlights: [], others: [] }));
	const extra = new Map<string, Group>();
	const groupOfTitle = (title: string | null): Group => {
		if (title === null) return noChapter;
		const found = headed.find((g) => g.title === title) ?? extra.get(title);
		if (found !== undefined) return found;
		const group: Group = { title, level: null, line: -1, highlights: [], others: [] };
		extra.set(title, group);
		return group;
	};

	// Entry keys share one flat prefix: each key is then one short rope over it, not two (a kept string per entry).
	const keyPrefix = flat(`${note.path}#`);
	note.highlights.forEach((h, i) => {
		const entry = highlightEntry(note, h, mergedReviewOf.get(i) ?? null, days, keyPrefix);
		(headed[h.chapterIndex] ?? groupOfTitle(h.chapterTitle)).highlights.push(entry);
	});
	const bookReviews: TimelineEntry[] = [];
	for (const r of note.reviews) {
		if (mergedReviews.has(r)) continue;
		const entry = reviewEntry(note, r, days, keyPrefix);
		if (r.kind === "book-review") bookReviews.push(entry);
		else groupOfTitle(r.chapterTitle).others.push(entry);
	}

	// Chapters in the note's heading order: the sync writes them in the book's chapter order, while chapterUids
	// cannot order them (`## 未知章节` sections carry uids that collide with other chapters' numbers: issue 11).
	// Highlights under no heading come first (they precede the first heading); chapters known only from 读书笔记
	// (their highlights all carry thoughts, so 高亮划线 has no heading for them) come last, in file order.
	const groups = [noChapter, ...headed, ...extra.values()].filter((g) => g !== noChapter || g.highlights.length + g.others.length > 0);
	for (const g of groups) g.highlights.splice(0, g.highlights.length, ...bookOrder(g.highlights, (e) => highlightKey(e.highlight)));
	const chapters = groups.map(toOutline);
	const entries = [...chapters.flatMap((c) => c.entries), ...bookReviews];

	const blocks = new Map<string, TimelineEntry>();
	for (const e of entries) {
		addBlock(blocks, e.highlight?.blockId, e);
		addBlock(blocks, e.review?.blockId, e);
	}
	let firstDay: string | null = null;
	let lastDay: string | null = null;
	for (const e of entries) {
		if (e.day === null) continue;
		if (firstDay === null || e.day < firstDay) firstDay = e.day;
		if (lastDay === null || e.day > lastDay) lastDay = e.day;
	}
	const thoughtCount = entries.filter((e) => e.thought !== null).length;
	return { entry: { path: note.path, note, chapters, bookReviews, entries }, blocks, thoughtCount, firstDay, lastDay };
}

/** The first entry with an id keeps it (ids are unique in a note; a duplicate links to the first, like Obsidian). */
function addBlock(blocks: Map<string, TimelineEntry>, id: string | null | undefined, e: TimelineEntry): void {
	if (id === null || id === undefined) return;
	const key = blockKey(id);
	if (!blocks.has(key)) blocks.set(key, e);
}

function highlightEntry(note: ParsedNote, h: Highlight, review: Review | null, days: DayStrings, keyPrefix: string): TimelineEntry {
	const createdAt = h.createdAt ?? review?.createdAt ?? null;
	const useReviewId = h.blockId === null && review !== null && review.blockId !== null;
	return {
		key: keyPrefix + h.line,
		kind: "highlight",
		bookPath: note.path,
		bookTitle: note.meta.title,
		chapterTitle: h.chapterTitle,
		blockId: useReviewId ? review.blockId : h.blockId,
		blockIdResolvable: useReviewId ? reviewIdResolvable(review) : h.blockId !== null && h.blockIdResolvable,
		line: h.line,
		text: h.text,
		thought: h.thought ?? review?.content ?? null,
		createdAt,
		day: days.intern(dayKey(createdAt)),
		highlight: h,
		review,
	};
}

function reviewEntry(note: ParsedNote, r: Review, days: DayStrings, keyPrefix: string): TimelineEntry {
	const kind: EntryKind = r.kind === "highlight-thought" ? "thought" : r.kind;
	return {
		key: keyPrefix + r.line,
		kind,
		bookPath: note.path,
		bookTitle: note.meta.title,
		chapterTitle: r.chapterTitle,
		blockId: r.blockId,
		blockIdResolvable: reviewIdResolvable(r),
		line: r.line,
		text: r.kind === "highlight-thought" ? (r.abstract ?? "") : "",
		thought: r.content,
		createdAt: r.createdAt,
		day: days.intern(dayKey(r.createdAt)),
		highlight: null,
		review: r,
	};
}

/** `s` as one flat string: reading a character makes the engine flatten a rope in place, once. */
function flat(s: string): string {
	if (s.length > 0) s.charCodeAt(0);
	return s;
}

/** Where the parser judged the id's place in its block, its word; else (hand-built data) the id's characters. */
function reviewIdResolvable(r: Review): boolean {
	if (r.blockId === null) return false;
	return r.blockIdResolvable ?? OBSIDIAN_BLOCK_ID.test(r.blockId);
}

function toOutline(g: Group): ChapterOutline {
	const entries = [...g.highlights, ...g.others];
	const uids = g.highlights.map((e) => e.highlight?.chapterUid).filter((u): u is number => typeof u === "number");
	return {
		title: g.title,
		level: g.level,
		line: g.line,
		chapterUid: uids.length > 0 ? Math.min(...uids) : null,
		entries,
		highlightCount: g.highlights.length,
		thoughtCount: entries.filter((e) => e.thought !== null).length,
	};
}

function highlightKey(h: Highlight | null): SortKey | null {
	if (h === null || h.chapterUid === null || h.rangeStart === null) return null;
	return [h.chapterUid, h.rangeStart];
}

function compareKeys(a: SortKey, b: SortKey): number {
	return a[0] - b[0] || a[1] - b[1];
}

/**
 * Book order of the highlights of one chapter: by (chapterUid, rangeStart) where known (the uid still matters under
 * one heading: chapters of level 4 and deeper get no heading of their own, and a note without headings has one
 * group). An item without a key keeps its place after the item that precedes it in the file (it inherits that
 * item's key; file position breaks the tie), so unknown positions never scatter and a chapter without any keys
 * keeps file order. Older notes list a chapter's highlights newest first (weread-format §3), which is why file
 * order alone is not book order.
 */
export function bookOrder<T>(items: readonly T[], keyOf: (item: T) => SortKey | null): T[] {
	let inherited: SortKey = [-Infinity, -Infinity];
	const keyed = items.map((item, index) => {
		const own = keyOf(item);
		if (own !== null) inherited = own;
		return { item, key: inherited, index };
	});
	keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
	return keyed.map((k) => k.item);
}

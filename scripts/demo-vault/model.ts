// The content tables of the demo vault (demo/vault/) and the few helpers that turn them into consistent data:
// ranges, block ids, review ids and timestamps. Everything random is seeded per book, so editing one book never
// reshuffles another and the same tables always give byte-identical notes.

/** Which template of weread-format.md a book note is written in. */
export type Era =
	| "e3-dash" // §3 E3: `- 📌 text ^id` / `    - ⏱ time `; highlights with a thought only in 读书笔记
	| "e4-quote" // §3 E4 v0.6.1+: `> 📌 text` / `> ⏱ time ^id`; inline `- 💭 … - ⏱ …`; `##` chapters
	| "e4-levels" // same, with `##` / `###` / `####` chapter levels
	| "e4-glued" // same with trimBlocks on: consecutive highlights glued into one blockquote
	| "e5-deeplink" // §3 E5: `> 📌 [text](<weread://…>)` / `> ⏱ time ^id`, a blank line after each highlight
	| "e5-glued" // E5 with trimBlocks on (no blank lines)
	| "e6-popular" // §3 E6 with popular highlights: `> 📌🔥`, `> 🔥 n 人共读`, `> 💭`, popular-only `> 🔥 [..]` / `> 📊`
	| "e6-lazy" // §3 E6 without popular highlights: thoughts as ` 💭 …` / ` ⏱ … ^id` lazy lines
	| "separated" // §4 分离式模板: no timestamps, `# 笔记汇总`, `# 书评`
	| "custom-callout"; // §7 a reader's own callout template

export interface ItemSpec {
	/** The highlighted text; `\n` separates paragraphs (multi-paragraph highlight). */
	readonly t: string;
	/** A thought (💭) written on this selection. */
	readonly th?: string;
	/** A name the ordinary notes use to cite this highlight (`@{book.key}` in their templates). */
	readonly k?: string;
	/** Popular highlight: the reader's own highlight that n readers share (`📌🔥` + `🔥 n 人共读`). */
	readonly hot?: number;
	/** Not the reader's highlight: a popular highlight of other readers (`> 🔥 [..]` + `> 📊 n 人共读`). */
	readonly popularOnly?: number;
	/** A thought on a selection the reader did not highlight: it exists only in 读书笔记. */
	readonly noHl?: boolean;
	/** The deeplink's rangeStart is later than the (older) block id's start (weread-format §3 E5). */
	readonly movedBy?: number;
	/**
	 * The id of the June-2022 sync bug (weread-format §6): WeRead's `{bookId}_{uid}_{start}-{end}` with only the first
	 * `_` replaced, `{bookId}-{uid}_{start}-{end}`. Obsidian does not accept `_` in a block id.
	 */
	readonly underscoreId?: true;
	/**
	 * Deleted in WeRead after that day's sync: the next sync left it out of the book note, while the embed the sync
	 * plugin wrote into that day's daily note stays and now finds nothing. Only on a highlight without a thought.
	 */
	readonly deletedLater?: true;
}
export type Item = string | ItemSpec;

export interface ChapterSpec {
	readonly uid: number;
	readonly title: string;
	/** Chapter level 1..3 (`##`, `###`, `####` in templates that show levels). Default 1. */
	readonly level?: 1 | 2 | 3;
	readonly items: readonly Item[];
	/** A chapter review (章节评论), written a few minutes after the chapter's last highlight. */
	readonly review?: string;
}

export interface ReadingInfo {
	readonly status: string;
	readonly progress: string;
	readonly readingTime: string;
	readonly readingDate: string;
	readonly finishedDate?: string;
	readonly totalReadDay?: number;
}

export interface BookSpec {
	/** Short name the ordinary notes use: `@{key.highlightKey}`. */
	readonly key: string;
	readonly era: Era;
	readonly lang: "zh" | "en";
	readonly bookId: string;
	readonly title: string;
	readonly author: string;
	readonly intro: string;
	readonly published: string;
	readonly isbn: string;
	readonly category: string;
	readonly publisher: string;
	readonly lastReadDate: string;
	readonly reading?: ReadingInfo;
	/**
	 * Reading sessions in book order, `"YYYY-MM-DD HH:mm ×n"`: the next n timed items (the reader's highlights and
	 * thoughts on un-highlighted selections) were made in this session, a few minutes apart.
	 */
	readonly sessions: readonly string[];
	readonly chapters: readonly ChapterSpec[];
	readonly bookReview?: { readonly text: string; readonly at: string };
}

/** One item with everything the renderers need. */
export interface Entry {
	readonly chapter: ChapterSpec;
	readonly spec: ItemSpec;
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** `{bookId}-{uid}-{start}-{end}` (start may be older than the deeplink's, see `movedBy`). */
	readonly bookmarkId: string;
	/** Highlight time (thought time for a thought on an un-highlighted selection); null for popular-only. */
	readonly createdAt: string | null;
	readonly thought: { readonly content: string; readonly reviewId: string; readonly at: string } | null;
}

export interface ChapterReview {
	readonly chapter: ChapterSpec;
	readonly content: string;
	readonly reviewId: string;
	readonly at: string;
}

export interface ResolvedBook {
	readonly spec: BookSpec;
	readonly fileBase: string;
	readonly cover: string;
	readonly entries: readonly Entry[];
	readonly chapterReviews: readonly ChapterReview[];
	readonly bookReview: { readonly text: string; readonly reviewId: string; readonly at: string } | null;
	/** Frontmatter counts as the sync plugin writes them. */
	readonly noteCount: number;
	readonly reviewCount: number;
}

/** The reader's WeRead user id: every thought and review id starts with it. */
export const USER_VID = "72608135";

/** The same seeded generator as the synthetic vault (mulberry32; Math.random is not seedable). */
export { rng } from "../gen-vault/generate.ts";

export function seedOf(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

export function between(r: () => number, lo: number, hi: number): number {
	return lo + Math.floor(r() * (hi - lo + 1));
}

export function item(i: Item): ItemSpec {
	return typeof i === "string" ? { t: i } : i;
}

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** `{userVid}-{reviewId}` with a 9-character reviewId in the shape WeRead uses (`7sZnwadFm`). */
export function reviewId(r: () => number): string {
	let id = String(between(r, 7, 8));
	for (let i = 0; i < 8; i++) id += ALNUM[Math.floor(r() * ALNUM.length)];
	return `${USER_VID}-${id}`;
}

// Wall-clock arithmetic on naive local times (`YYYY-MM-DD HH:mm:ss`), done in UTC so the host zone never matters.
export function parseTime(s: string): number {
	const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
	if (m === null) throw new Error(`bad time ${s}`);
	return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, m[6] === undefined ? 0 : +m[6]);
}

export function formatTime(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, "0");
	return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** WeRead counts a range in characters; `\n` between paragraphs is one. */
export function charLength(s: string): number {
	return [...s].length;
}

/** The sync plugin's file name for a title (weread-format §1: ASCII `' : # |` removed). */
export function fileBaseOf(title: string): string {
	return title.replace(/['":#|]/g, "").replace(/[/\\?*<>]/g, "").trim();
}

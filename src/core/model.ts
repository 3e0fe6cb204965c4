// The data model every layer shares. Plain readonly data: the parser produces it, the index stores it, view-models
// read it. Nothing here knows about Obsidian.

/** How bad a parse problem is. `error` means some of the note could not be read as WeRead content. */
export type DiagnosticLevel = "error" | "warning" | "info";

export interface Diagnostic {
	/** 0-based line of the note the problem is on. */
	readonly line: number;
	/** Stable, kebab-case machine code, e.g. `bad-timestamp`. */
	readonly code: string;
	readonly message: string;
	readonly level: DiagnosticLevel;
}

export interface BookMeta {
	/** `bookId` from the frontmatter, always as a string (YAML numbers normalised), or null when absent. */
	readonly bookId: string | null;
	/** Never empty: frontmatter `title` → `> [!abstract]` title → `书名：` → `《…》` header → file basename. */
	readonly title: string;
	readonly author: string | null;
	readonly cover: string | null;
	readonly isbn: string | null;
	readonly category: string | null;
	/** `yyyy-MM-dd` or null; ISO datetimes of the gray-matter era are cut to their date. */
	readonly lastReadDate: string | null;
	readonly noteCount: number | null;
	readonly reviewCount: number | null;
	/**
	 * Frontmatter `readingStatus`, as the sync plugin writes it: a number "1"–"4" (plugin ≥ 2026) or the status's
	 * name (未标记 / 在读 / 读过 / 读完, earlier versions). Null when absent or anything else.
	 */
	readonly readingStatus: ReadingStatus | null;
	/** Frontmatter `finishedDate` (`yyyy-MM-dd`, written only for finished books), or null. */
	readonly finishedDate: string | null;
}

/** WeRead's four reading states (the sync plugin's enum: 1 未标记, 2 在读, 3 读过, 4 读完). */
export type ReadingStatus = "unmarked" | "reading" | "read" | "finished";

export interface Chapter {
	/** Heading text without `#` and without a leading `◆ `. */
	readonly title: string;
	/** 1 for the top chapter level inside the highlights section (`##` under `# 高亮划线`), 2, 3 below it. */
	readonly level: number;
	/** 0-based line of the heading. */
	readonly line: number;
}

export interface Highlight {
	/** Block id without `^`, or null when the highlight carries none. */
	readonly blockId: string | null;
	readonly chapterTitle: string | null;
	readonly chapterLevel: number | null;
	/** Index into `ParsedNote.chapters`, or -1 when the highlight is under no chapter heading. */
	readonly chapterIndex: number;
	readonly chapterUid: number | null;
	readonly rangeStart: number | null;
	readonly rangeEnd: number | null;
	/** Markers removed, inner line breaks kept as `\n`. */
	readonly text: string;
	/** The reader's inline thought (`💭`), or null. */
	readonly thought: string | null;
	/** Local wall time as written, `yyyy-MM-dd HH:mm:ss`, or null. Never invented. */
	readonly createdAt: string | null;
	/**
	 * The day of the entry, `yyyy-MM-dd`: the date part of `createdAt`, or the date of a date-only stamp
	 * (`🗓 [[2022-07-13]]`, where `createdAt` stays null because no time of day was written). Null when undated.
	 * Optional so that hand-built test data may omit it; the parser always sets it.
	 */
	readonly createdDate?: string | null;
	/** 0-based first line of the entry (the `📌` line). */
	readonly line: number;
	/** 0-based last line of the entry (its `⏱` / `^id` line when those follow). */
	readonly endLine: number;
	/** `🔥 N 人共读` count when the note shows popular highlights, else null. */
	readonly popularCount: number | null;
	/**
	 * False where Obsidian will not register the id as a block (several ids in one blockquote, id not ending its
	 * block, `_` in the id): navigation then falls back to `line`.
	 */
	readonly blockIdResolvable: boolean;
	/**
	 * Which of the parser's rules made `blockIdResolvable` false (null when it is true or there is no id). Optional so
	 * that hand-built test data may omit it; the parser always sets it.
	 */
	readonly blockIdIssue?: BlockIdIssue | null;
}

/**
 * Why Obsidian will not register an id as a block (help.obsidian.md, "Link to a block in a note"): the rule of the
 * parser that failed, first failing rule in this order.
 * - `id-characters`: the id holds a character other than letters, digits and `-` (`_`, `~` of old sync versions);
 * - `glued`: no space between the text and `^` (the help: the id goes after the text with a space);
 * - `quote-continues`: the id's blockquote goes on after it (several highlights in one blockquote: only the last
 *   line of a block can carry its id);
 * - `block-continues`: the id's paragraph or list item goes on after it (the id does not end its block);
 * - `duplicate`: an earlier entry of the note carries the same id, and Obsidian links to that one.
 */
export type BlockIdIssue = "id-characters" | "glued" | "quote-continues" | "block-continues" | "duplicate";

export type ReviewKind = "highlight-thought" | "chapter-review" | "book-review";

export interface Review {
	readonly kind: ReviewKind;
	readonly blockId: string | null;
	readonly chapterTitle: string | null;
	/** The highlighted text a `highlight-thought` annotates; null for chapter and book reviews. */
	readonly abstract: string | null;
	readonly content: string;
	readonly createdAt: string | null;
	/** As `Highlight.createdDate`: the day, also when only a date was written. */
	readonly createdDate?: string | null;
	readonly line: number;
	readonly endLine: number;
	/**
	 * As `Highlight.blockIdResolvable`: false where Obsidian will not register the id (a book review's `^id` with its
	 * `⏱` line right below it, in the same paragraph). Optional so that hand-built test data may omit it (read as
	 * "judge by the id's characters"); the parser always sets it.
	 */
	readonly blockIdResolvable?: boolean;
	/** As `Highlight.blockIdIssue`. */
	readonly blockIdIssue?: BlockIdIssue | null;
}

export interface ParsedNote {
	readonly kind: "weread";
	readonly path: string;
	readonly meta: BookMeta;
	readonly chapters: readonly Chapter[];
	/** File order. */
	readonly highlights: readonly Highlight[];
	/** File order. */
	readonly reviews: readonly Review[];
	readonly diagnostics: readonly Diagnostic[];
	readonly lineCount: number;
}

export interface NotWeRead {
	readonly kind: "not-weread";
	readonly path: string;
}

export type ParseResult = ParsedNote | NotWeRead;

/** A link or embed with a block subpath, as found in any note (by metadataCache or by core's own extractor). */
export interface OutgoingLink {
	/** 0-based line of the link in the citing note. */
	readonly line: number;
	readonly embed: boolean;
	/** The link's path part as written (`Book`, `folder/Book.md`), before resolution. */
	readonly linkpath: string;
	/** Block id without `^`. */
	readonly blockId: string;
}

/** A resolved citation of a WeRead note's block. */
export interface Reference {
	readonly from: string;
	readonly line: number;
	readonly embed: boolean;
	readonly to: string;
	readonly blockId: string;
	/** Whether the id exists in the target note. */
	readonly resolved: boolean;
}

/** An `OutgoingLink` whose link path was resolved against the vault (`getFirstLinkpathDest` or core's resolver). */
export interface ResolvedLink extends OutgoingLink {
	/** Vault path of the target note, or null when the link path resolves to nothing. */
	readonly to: string | null;
}

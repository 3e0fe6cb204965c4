// One pass over the body: sections, chapters, and the entries inside them. O(lines): every line is classified
// once by first-character checks; only the line after an id is looked at twice (to see whether the id ends its
// block), and its classification is kept for when the scan reaches it. Formats are detected per line, never per
// note, because one vault (and one note) mixes eras.
// The scan walks the note text by offsets: no array of lines, no object or string per line (ScannedLine and
// Draft are reused); strings are sliced only for what ends up in the result.
import type { Chapter, Diagnostic, Highlight, Review } from "../model";
import { findTrailingId, IdSpan } from "./block-id";
import { continuesBlock, QuoteTracker } from "./block-structure";
import { DeeplinkSearch } from "./deeplink";
import { Draft, toHighlight, toReview, type DraftKind, type FinishContext } from "./draft";
import { appendContent, applyThought, applyTime, assignId, continueEntry, type LineContext } from "./entry-rules";
import { closesFence, fenceMarker } from "./fences";
import { isBlockLabelHeading, WEREAD_HIGHLIGHT_CALLOUT } from "./fallback-shapes";
import { Finder } from "./finder";
import { IdTable } from "./id-table";
import { classifyRange, ScannedLine } from "./line-patterns";
import { bookReviewLabelLength, headingTitleRange, isPerHighlightHeading, OFFICIAL_THOUGHT_SUFFIX, sectionOf, type SectionKind } from "./sections";
import { equalsIn, indexOfIn, Span, startsWithIn, trimEndAt, trimStartAt } from "./text-range";
import { asWrittenText, isReviewMarkdown, takeFencedLine } from "./review-markdown";
import { scanTimestamp, Stamp } from "./timestamp";
import { TitleCandidates } from "./title";

export interface BodyResult {
	readonly chapters: Chapter[];
	readonly highlights: Highlight[];
	readonly reviews: Review[];
	readonly titles: TitleCandidates;
	/** Lines in the note (body and all). */
	lineCount: number;
}

const POPULAR_SUFFIX = "人划线";
const CHAPTER_REVIEW_LABEL = "章节评论";
const WRITTEN_AT = "*写于";
const OFFICIAL_REVIEW_LABEL = "◆ 点评";

export class BodyScanner implements LineContext {
	private section: SectionKind = "none";
	private sectionLevel = 0;
	/** Inside the official theme's implicit highlights section (`## ◆ chapter`, no `# 高亮划线`). */
	private official = false;
	/** Still before the first highlights / notes / review section: where title fallbacks are looked for. */
	private header = true;
	private skipSubsection = false;
	/** Under a Sleepleeps `###### ◰章节评论` label: a `*写于{time}*` line opens a chapter review. */
	private chapterReviewNext = false;
	/** The official theme's `◆ 点评` label was just read: a time line opens a book review. */
	private officialReviewNext = false;
	private noteKind: "none" | "chapter-review" = "none";
	private reviewChapter: string | null = null;
	private chapterIndex = -1;
	/**
	 * The last heading outside any WeRead section (title, level, line): the chapter of a Sleepleeps note, whose
	 * `>[!weread4]` highlights sit under `### chapter` headings with no `# 高亮划线` above them.
	 */
	private looseTitle: string | null = null;
	private looseLevel = 0;
	private looseLine = -1;
	/** The open entry (always `entry` when not null). */
	private draft: Draft | null = null;
	private readonly entry = new Draft();
	private fence: string | null = null;
	/** The fence was opened by a book review's markdown: its lines are the review's (takeFencedLine). */
	private fenceInReview = false;
	/** After a `## 书评 No.N` label or in a time-first `# 书评` review, until that review is finished: lines are the
	 * reader's markdown as written (isReviewMarkdown). */
	private rawReview = false;
	private readonly quotes = new QuoteTracker();
	private inQuote = false;
	private readonly seenIds: IdTable;
	private popularSkipped = 0;
	private firstPopularLine = -1;
	private readonly out: BodyResult;
	private readonly finishCtx: FinishContext;
	/** The current line: its number, and the offset of the next line (-1 when it is the last). */
	line = 0;
	private nextStart = -1;
	private cur = new ScannedLine();
	/** The next line, classified ahead by idEndsBlock (aheadLine is its number, -1 when none), and its end. */
	private ahead = new ScannedLine();
	private aheadLine = -1;
	private aheadEnd = 0;
	private aheadNext = -1;
	private readonly span = new Span();
	readonly clocks: Finder;
	private readonly idSpan = new IdSpan();
	private readonly stamp = new Stamp();

	constructor(
		readonly src: string,
		readonly bookId: string | null,
		readonly diagnostics: Diagnostic[],
	) {
		this.out = { chapters: [], highlights: [], reviews: [], titles: new TitleCandidates(), lineCount: 0 };
		this.finishCtx = { diagnostics, deeplinks: new DeeplinkSearch(src) };
		this.clocks = new Finder(src, "\u23F1");
		// A highlight with its markup, id and time takes well over 100 characters.
		this.seenIds = new IdTable(src.length >> 7);
	}

	inBlockquote(): boolean {
		return this.inQuote;
	}

	/** Whether an id on the current line ends its block: looks at the next line (classified once, kept). */
	idEndsBlock(): boolean {
		const next = this.nextStart;
		if (next < 0) return !continuesBlock(this.inQuote, undefined);
		if (this.aheadLine !== this.line + 1) {
			const src = this.src;
			const nl = src.charCodeAt(next) === 10 ? next : src.indexOf("\n", next);
			let end = nl < 0 ? src.length : nl;
			if (end > next && src.charCodeAt(end - 1) === 13) end--;
			this.aheadEnd = end;
			this.aheadNext = nl < 0 ? -1 : nl + 1;
			classifyRange(src, next, end, this.ahead);
			this.aheadLine = this.line + 1;
		}
		return !continuesBlock(this.inQuote, this.ahead);
	}

	/** Scans from line `startLine`, which starts at offset `start` (-1: the note has no such line). */
	scan(startLine: number, start: number): BodyResult {
		const src = this.src;
		let i = startLine;
		for (let pos = start; pos >= 0; i++) {
			// Find the line [pos, end) and where the next one starts (known already when it was classified ahead).
			this.line = i;
			let end: number;
			let info: ScannedLine;
			if (i === this.aheadLine) {
				end = this.aheadEnd;
				this.nextStart = this.aheadNext;
				info = this.ahead;
				this.ahead = this.cur;
				this.cur = info;
				this.aheadLine = -1;
			} else {
				// An empty line (a third of a note's lines) needs no search.
				const nl = src.charCodeAt(pos) === 10 ? pos : src.indexOf("\n", pos);
				this.nextStart = nl < 0 ? -1 : nl + 1;
				end = nl < 0 ? src.length : nl;
				if (end > pos && src.charCodeAt(end - 1) === 13) end--;
				info = this.cur;
				if (this.fence === null) classifyRange(src, pos, end, info);
			}
			const lineStart = pos;
			pos = this.nextStart;
			if (this.fence !== null) {
				if (this.fenceInReview && this.draft !== null) takeFencedLine(src, this.draft, lineStart, end, i);
				if (closesFence(src, this.fence, lineStart, end)) this.fence = null;
				continue;
			}
			this.inQuote = this.quotes.update(info);
			// One flag test per line: the review's own markdown is looked at only inside a book review.
			if (this.rawReview && this.takeReviewMarkdown(info, lineStart, end)) {
				// kept as written, whatever it looks like: read on as a text line of the review
			} else if (info.kind === "fence") {
				this.finish();
				this.fence = fenceMarker(src, info.from, info.to);
				this.fenceInReview = false;
				continue;
			} else if (info.kind === "heading") {
				this.finish();
				this.onHeading(info, i);
				continue;
			}
			if (this.header) this.out.titles.offer(src.slice(lineStart, end));
			if (this.section === "meta" || this.skipSubsection) continue;
			const d = this.draft;
			if (d !== null && continueEntry(d, info, this)) continue;
			this.finish();
			this.start(info, i);
		}
		this.out.lineCount = i;
		this.finish();
		if (this.popularSkipped > 0) {
			this.diagnostics.push({
				line: this.firstPopularLine,
				code: "popular-highlights-skipped",
				message: `${this.popularSkipped} popular highlight(s) of other readers skipped`,
				level: "info",
			});
		}
		return this.out;
	}

	/** Inside a book review: whether the line is the reader's own markdown, then made a text line of itself (a
	 * fence it opens is the review's too). Out of scan's loop, which every line runs through. */
	private takeReviewMarkdown(info: ScannedLine, lineStart: number, end: number): boolean {
		const src = this.src;
		if (!isReviewMarkdown(src, info, this.draft, this.span)) return false;
		this.fenceInReview = info.kind === "fence";
		if (this.fenceInReview) this.fence = fenceMarker(src, info.from, info.to);
		asWrittenText(src, info, this.draft, lineStart, end);
		return true;
	}

	private enterSection(kind: SectionKind, level: number): void {
		this.section = kind;
		this.sectionLevel = level;
		this.official = false;
		this.chapterIndex = -1;
		this.reviewChapter = null;
		this.noteKind = "none";
		this.rawReview = false;
		this.looseTitle = null;
		if (kind === "highlights" || kind === "notes" || kind === "book-review") this.header = false;
	}

	private onHeading(info: ScannedLine, i: number): void {
		const src = this.src;
		const t = headingTitleRange(src, info.from, info.to, this.span);
		const titleFrom = t.from;
		const titleTo = t.to;
		const title = src.slice(titleFrom, titleTo);
		const level = info.headingLevel;
		this.skipSubsection = false;
		this.chapterReviewNext = false;
		const named = sectionOf(title);
		const open = this.section !== "none" && this.section !== "other";
		if (named !== null && (!open || level <= this.sectionLevel)) return this.enterSection(named, level);
		if (this.section !== "none" && level <= this.sectionLevel) {
			this.enterSection("other", level);
			return this.keepLoose(title, level, i);
		}
		switch (this.section) {
			case "highlights":
				if (title === "点赞的评论") this.skipSubsection = true; // 2026-05 dev snapshot: other readers' comments
				else if (level === 6 && isBlockLabelHeading(title)) this.chapterReviewNext = title.endsWith(CHAPTER_REVIEW_LABEL);
				else if (!isPerHighlightHeading(title)) this.addChapter(title, level - this.sectionLevel, i);
				return;
			case "notes":
				if (title.startsWith("划线评论")) this.noteKind = "none";
				else if (title.startsWith("章节评论")) this.noteKind = "chapter-review";
				else {
					this.noteKind = "none";
					this.reviewChapter = title.endsWith(" 的想法") ? title.slice(0, -4).trim() : title;
				}
				return;
			case "book-review": {
				// `## 书评 No.1` is a label: the review starts on its first content line (the next line opens it),
				// except in E2 (2022-05), which puts the review and its id on the heading line itself.
				const label = bookReviewLabelLength(title);
				if (label < 0) return;
				this.rawReview = true;
				const a = trimStartAt(src, titleFrom + label, titleTo);
				const b = trimEndAt(src, a, titleTo);
				if (a < b) appendContent(this.open("book-review", i, false, false, false, true), a, b, this);
				return;
			}
			case "none":
			case "other":
				if (src.charCodeAt(info.from) === 0x25c6 /* ◆ */ && info.from < info.to) {
					// Official theme: no `# 高亮划线`, chapters are `## ◆ …` / `### ◆ …` / `#### ◆ …`.
					this.enterSection("highlights", Math.min(level, 2) - 1);
					this.official = true;
					this.addChapter(title, level - this.sectionLevel, i);
				} else this.keepLoose(title, level, i);
				return;
			default:
				return;
		}
	}

	/** Remembers a heading outside the WeRead sections, unless it is a Sleepleeps block label (`###### 高亮`). */
	private keepLoose(title: string, level: number, line: number): void {
		if (level === 6 && isBlockLabelHeading(title)) {
			this.chapterReviewNext = title.endsWith(CHAPTER_REVIEW_LABEL);
			return;
		}
		this.looseTitle = title;
		this.looseLevel = level;
		this.looseLine = line;
	}

	/** The Sleepleeps pack writes no `# 高亮划线`: its first entry opens the section, under the last heading seen. */
	private enterPackSection(): void {
		if (this.section === "highlights") return;
		const title = this.looseTitle;
		this.enterSection("highlights", title === null ? 0 : this.looseLevel - 1);
		if (title !== null) this.addChapter(title, 1, this.looseLine);
	}

	/**
	 * `>[!weread4] text` / `>[!weread3] abstract` (Sleepleeps template pack): the title is the highlighted text.
	 * Outside a highlights section (the pack writes none) the callout opens one, under the last heading seen as
	 * its first chapter. A weread3 callout is a thought on a highlight, as in 读书笔记 (its first list line is the
	 * thought).
	 */
	private startWereadCallout(info: ScannedLine, i: number): void {
		this.enterPackSection();
		const highlight = info.calloutKind === WEREAD_HIGHLIGHT_CALLOUT;
		const d = this.open(highlight ? "highlight" : "highlight-thought", i, true, false, false, false);
		if (!highlight) d.chapterTitle = this.out.chapters[this.chapterIndex]?.title ?? null;
		d.listThought = !highlight;
		d.wereadCallout = true;
		d.fallback = true;
		appendContent(d, info.from, info.to, this);
	}

	/**
	 * `*写于2024-01-01 10:00:00*` under a Sleepleeps `###### ◰章节评论` label: opens the chapter review whose content
	 * (`- {content} ^{reviewId}`) follows, time first. False when the line is not that shape.
	 */
	private startWrittenAtReview(info: ScannedLine, i: number): boolean {
		const src = this.src;
		const from = info.from;
		let to = info.to;
		if (!startsWithIn(src, WRITTEN_AT, from, to) || src.charCodeAt(to - 1) !== 42 /* * */) return false;
		to = trimEndAt(src, from, to - 1);
		const a = trimStartAt(src, from + WRITTEN_AT.length, to);
		if (scanTimestamp(src, a, to, this.stamp) !== "datetime") return false;
		this.chapterReviewNext = false;
		this.enterPackSection();
		const d = this.open("chapter-review", i, false, false, true, true);
		d.chapterTitle = this.out.chapters[this.chapterIndex]?.title ?? null;
		applyTime(d, a, to, this);
		return true;
	}

	private addChapter(title: string, level: number, line: number): void {
		this.out.chapters.push({ title, level: Math.max(1, level), line });
		this.chapterIndex = this.out.chapters.length - 1;
	}

	private open(kind: DraftKind, line: number, plain: boolean, contentFirst: boolean, timeFirst: boolean, thoughtPhase: boolean): Draft {
		const inHighlights = kind === "highlight" || kind === "popular";
		const chapter = inHighlights ? this.out.chapters[this.chapterIndex] : undefined;
		const d = this.entry;
		d.reset(
			kind,
			line,
			chapter ? this.chapterIndex : -1,
			inHighlights ? (chapter?.title ?? null) : kind === "book-review" ? null : this.reviewChapter,
			chapter?.level ?? null,
			plain,
			contentFirst,
			timeFirst,
			thoughtPhase,
		);
		this.draft = d;
		return d;
	}

	private orphan(info: ScannedLine, i: number): void {
		if (this.section === "none" || this.section === "other") return; // not WeRead content: nothing to say
		const what = info.kind === "time" ? "timestamp" : info.kind === "thought" ? "thought" : "block-id";
		// A dropped time or thought loses the reader's data (an entry falls to the undated end, words vanish): a
		// warning, which Show parse problems lists. A stray id loses nothing the index shows.
		const level = info.kind === "id-only" ? "info" : "warning";
		this.diagnostics.push({ line: i, code: `orphan-${what}`, message: `A ${what} line that belongs to no entry`, level });
	}

	/** `> [text] — 12 人划线`: the official theme's popular highlights (other readers'), not the reader's own. */
	private isOfficialPopular(from: number, to: number): boolean {
		const src = this.src;
		return src.charCodeAt(from) === 91 && to > from && to - from >= POPULAR_SUFFIX.length && src.startsWith(POPULAR_SUFFIX, to - POPULAR_SUFFIX.length) && indexOfIn(src, "] — ", from, to) >= 0;
	}

	/** `2024-01-01 12:00:00 发表想法`: the official theme's thought header (content [from, to), not quoted). */
	private isOfficialThought(from: number, to: number): boolean {
		const src = this.src;
		const n = OFFICIAL_THOUGHT_SUFFIX.length;
		return to - from >= n && src.startsWith(OFFICIAL_THOUGHT_SUFFIX, to - n) && scanTimestamp(src, from, to, this.stamp) === "datetime";
	}

	private start(info: ScannedLine, i: number): void {
		const officialReview = this.officialReviewNext;
		if (info.kind !== "blank") this.officialReviewNext = false;
		if (officialReview && info.kind === "time") {
			applyTime(this.open("book-review", i, false, false, true, true), info.from, info.to, this);
			return;
		}
		if (this.section === "notes") return this.startNote(info, i);
		if (this.section === "book-review") return this.startBookReview(info, i);
		const inSection = this.section === "highlights";
		switch (info.kind) {
			case "pin":
				appendContent(this.open("highlight", i, false, false, false, false), info.from, info.to, this);
				return;
			case "popular":
				appendContent(this.open("popular", i, false, false, false, false), info.from, info.to, this);
				return;
			case "callout": {
				if (info.calloutKind !== 0 && info.quoted) return this.startWereadCallout(info, i);
				if (!inSection || !info.quoted) return;
				// A callout title that ends with an id is the highlight (`>[!weread4] text ^id`); any other title is
				// decoration (`> [!Cite]+ Highlight`) and the entry's text comes from the lines inside.
				const hasId = findTrailingId(this.src, info.from, info.to, this.idSpan);
				const d = this.open("highlight", i, true, false, false, false);
				if (hasId) appendContent(d, info.from, info.to, this);
				return;
			}
			case "text":
				if (this.chapterReviewNext && !info.quoted && this.startWrittenAtReview(info, i)) {
					// `*写于{time}*` under `###### ◰章节评论` (Sleepleeps pack): the time of the chapter review below
				} else if (inSection && info.quoted) {
					const d = this.open(this.isOfficialPopular(info.from, info.to) ? "popular" : "highlight", i, true, false, false, false);
					appendContent(d, info.from, info.to, this);
				} else if (this.official && !info.quoted && this.isOfficialThought(info.from, info.to)) {
					const d = this.open("highlight", i, true, true, false, true);
					const a = trimStartAt(this.src, info.from, info.to - OFFICIAL_THOUGHT_SUFFIX.length);
					applyTime(d, a, trimEndAt(this.src, a, info.to - OFFICIAL_THOUGHT_SUFFIX.length), this);
				} else if (this.header && equalsIn(this.src, OFFICIAL_REVIEW_LABEL, info.from, info.to)) {
					this.officialReviewNext = true; // a label: the review starts at the time line below it
				}
				return;
			case "time":
			case "thought":
			case "id-only":
				if (inSection) this.orphan(info, i);
				return;
			default:
				return;
		}
	}

	private startNote(info: ScannedLine, i: number): void {
		switch (info.kind) {
			case "pin":
				appendContent(this.open("highlight-thought", i, false, false, false, false), info.from, info.to, this);
				return;
			case "callout":
				if (info.quoted) this.open("highlight-thought", i, true, false, false, false);
				return;
			case "text":
				if (info.quoted) appendContent(this.open("highlight-thought", i, true, false, false, false), info.from, info.to, this);
				else if (this.noteKind === "chapter-review") appendContent(this.open("chapter-review", i, false, false, false, true), info.from, info.to, this);
				else appendContent(this.open("highlight-thought", i, false, true, false, true), info.from, info.to, this);
				return;
			case "thought":
				// `💭` with no quote before it: a thought on nothing we saw; keep it as a chapter-level thought.
				applyThought(this.open("chapter-review", i, false, false, false, true), info.from, info.to, this);
				return;
			case "time":
			case "id-only":
				this.orphan(info, i);
				return;
			default:
				return;
		}
	}

	private startBookReview(info: ScannedLine, i: number): void {
		switch (info.kind) {
			case "time":
				// Separated theme `# 书评` / `{createTime}` / `{mdContent}`: the time comes first, then the markdown.
				applyTime(this.open("book-review", i, false, false, true, true), info.from, info.to, this);
				this.rawReview = true;
				return;
			case "id-only":
				assignId(this.open("book-review", i, false, false, false, true), info.from, info.to, false, this);
				return;
			case "callout": {
				// `> [!Review] 书评 No.1` (corpus 07) is a label like the heading; any other callout title is content.
				const label = bookReviewLabelLength(this.src.slice(info.from, info.to));
				const a = label < 0 ? info.from : trimStartAt(this.src, info.from + label, info.to);
				const b = label < 0 ? info.to : trimEndAt(this.src, a, info.to);
				if (a < b) appendContent(this.open("book-review", i, false, false, false, true), a, b, this);
				return;
			}
			case "text":
			case "pin":
			case "thought":
				appendContent(this.open("book-review", i, false, false, false, true), info.from, info.to, this);
				return;
			default:
				return;
		}
	}

	private finish(): void {
		const d = this.draft;
		if (d === null) return;
		this.draft = null;
		d.pending.clear(); // tentative lines nothing confirmed
		if (d.kind === "popular") {
			if (this.popularSkipped++ === 0) this.firstPopularLine = d.line;
			return;
		}
		if (d.blockId !== null) {
			if (!this.seenIds.add(d.blockId, d.idHash)) {
				d.idResolvable = false;
				if (d.idIssue === null) d.idIssue = "duplicate";
				this.diagnostics.push({ line: d.idLine, code: "duplicate-block-id", message: `^${d.blockId} appears more than once; Obsidian links to the first`, level: "warning" });
			}
		}
		if (d.kind === "highlight") {
			const h = toHighlight(d, this.src, this.finishCtx);
			if (h) this.out.highlights.push(h);
		} else {
			// A book review is done: so is its markdown (only book reviews are open while rawReview is set: it is
			// set in a `书评` section only, where every entry is one, and reset when a section starts). Not on
			// the highlights' path.
			this.rawReview = false;
			const r = toReview(d, this.src);
			if (r) this.out.reviews.push(r);
		}
	}
}

// One pass over the body: sections, chapters, and the entries inside them. O(lines): every line is classified
// once by first-character checks; only the line after an id is looked at twice (to see whether the id ends its
// block). Formats are detected per line, never per note, because one vault (and one note) mixes eras.
import type { Chapter, Diagnostic, Highlight, Review } from "../model";
import { splitTrailingId } from "./block-id";
import { continuesBlock, QuoteTracker } from "./block-structure";
import { newDraft, toHighlight, toReview, type Draft, type DraftKind } from "./draft";
import { appendContent, applyThought, applyTime, assignId, continueEntry, type LineContext } from "./entry-rules";
import { classifyLine, type LineInfo } from "./line-patterns";
import { bookReviewLabel, headingTitle, isPerHighlightHeading, OFFICIAL_THOUGHT_SUFFIX, sectionOf, type SectionKind } from "./sections";
import { parseTimestamp } from "./timestamp";
import { TitleCandidates } from "./title";

export interface BodyResult {
	readonly chapters: Chapter[];
	readonly highlights: Highlight[];
	readonly reviews: Review[];
	readonly titles: TitleCandidates;
}

/** `> [text] — 12 人划线`: the official theme's popular highlights (other readers'), not the reader's own. */
function isOfficialPopular(content: string): boolean {
	return content.startsWith("[") && content.endsWith("人划线") && content.includes("] — ");
}

interface OpenOptions {
	readonly plain?: boolean;
	readonly contentFirst?: boolean;
	readonly timeFirst?: boolean;
	readonly phase?: "text" | "thought";
}
const NO_OPTIONS: OpenOptions = {};

export class BodyScanner {
	private section: SectionKind = "none";
	private sectionLevel = 0;
	/** Inside the official theme's implicit highlights section (`## ◆ chapter`, no `# 高亮划线`). */
	private official = false;
	/** Still before the first highlights / notes / review section: where title fallbacks are looked for. */
	private header = true;
	private skipSubsection = false;
	/** The official theme's `◆ 点评` label was just read: a time line opens a book review. */
	private officialReviewNext = false;
	private noteKind: "none" | "chapter-review" = "none";
	private reviewChapter: string | null = null;
	private chapterIndex = -1;
	private draft: Draft | null = null;
	private fence: string | null = null;
	private readonly quotes = new QuoteTracker();
	private inQuote = false;
	private readonly seenIds = new Set<string>();
	private popularSkipped = 0;
	private firstPopularLine = -1;
	private readonly out: BodyResult;
	private readonly lineCtx: LineContext & { line: number };
	/** The line classified ahead by idEndsBlock, reused when the scan reaches it (LineInfo is immutable). */
	private aheadLine = -1;
	private aheadInfo: LineInfo | null = null;

	constructor(
		private readonly lines: readonly string[],
		private readonly bookId: string | null,
		private readonly diagnostics: Diagnostic[],
	) {
		this.out = { chapters: [], highlights: [], reviews: [], titles: new TitleCandidates() };
		this.lineCtx = { line: 0, diagnostics, idEndsBlock: () => this.idEndsBlock(this.lineCtx.line) };
	}

	private idEndsBlock(line: number): boolean {
		const n = line + 1;
		if (n >= this.lines.length) return !continuesBlock(this.inQuote, undefined);
		if (this.aheadLine !== n || this.aheadInfo === null) {
			this.aheadInfo = classifyLine(this.lines[n] ?? "");
			this.aheadLine = n;
		}
		return !continuesBlock(this.inQuote, this.aheadInfo);
	}

	scan(start: number): BodyResult {
		for (let i = start; i < this.lines.length; i++) {
			const raw = this.lines[i] ?? "";
			if (this.fence !== null) {
				if (raw.trim().startsWith(this.fence) && raw.trim().replace(/[`~]/g, "") === "") this.fence = null;
				continue;
			}
			const info = i === this.aheadLine && this.aheadInfo !== null ? this.aheadInfo : classifyLine(raw);
			this.inQuote = this.quotes.update(info);
			if (info.kind === "fence") {
				this.finish();
				const marker = info.content.charAt(0);
				let n = 0;
				while (info.content[n] === marker) n++;
				this.fence = marker.repeat(n);
				continue;
			}
			if (info.kind === "heading") {
				this.finish();
				this.onHeading(info, i);
				continue;
			}
			if (this.header) this.out.titles.offer(raw);
			if (this.section === "meta" || this.skipSubsection) continue;
			const d = this.draft;
			if (d !== null && continueEntry(d, info, this.ctx(i))) continue;
			this.finish();
			this.start(info, i);
		}
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

	/** The context of the current line; one object reused for every line (no per-line closure). */
	private ctx(line: number): LineContext {
		this.lineCtx.line = line;
		return this.lineCtx;
	}

	private enterSection(kind: SectionKind, level: number): void {
		this.section = kind;
		this.sectionLevel = level;
		this.official = false;
		this.chapterIndex = -1;
		this.reviewChapter = null;
		this.noteKind = "none";
		if (kind === "highlights" || kind === "notes" || kind === "book-review") this.header = false;
	}

	private onHeading(info: LineInfo, i: number): void {
		const title = headingTitle(info.content);
		const level = info.headingLevel;
		this.skipSubsection = false;
		const named = sectionOf(title);
		const open = this.section !== "none" && this.section !== "other";
		if (named !== null && (!open || level <= this.sectionLevel)) return this.enterSection(named, level);
		if (this.section !== "none" && level <= this.sectionLevel) return this.enterSection("other", level);
		switch (this.section) {
			case "highlights":
				if (title === "点赞的评论") this.skipSubsection = true; // 2026-05 dev snapshot: other readers' comments
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
				const rest = bookReviewLabel(title);
				if (rest !== null && rest !== "") appendContent(this.open("book-review", i, { phase: "thought" }), rest, this.ctx(i));
				return;
			}
			case "none":
			case "other":
				if (info.content.startsWith("◆")) {
					// Official theme: no `# 高亮划线`, chapters are `## ◆ …` / `### ◆ …` / `#### ◆ …`.
					this.enterSection("highlights", Math.min(level, 2) - 1);
					this.official = true;
					this.addChapter(title, level - this.sectionLevel, i);
				}
				return;
			default:
				return;
		}
	}

	private addChapter(title: string, level: number, line: number): void {
		this.out.chapters.push({ title, level: Math.max(1, level), line });
		this.chapterIndex = this.out.chapters.length - 1;
	}

	private open(kind: DraftKind, line: number, opts: OpenOptions = NO_OPTIONS): Draft {
		const inHighlights = kind === "highlight" || kind === "popular";
		const chapter = inHighlights ? this.out.chapters[this.chapterIndex] : undefined;
		const d = newDraft({
			kind,
			line,
			chapterIndex: chapter ? this.chapterIndex : -1,
			chapterTitle: inHighlights ? (chapter?.title ?? null) : kind === "book-review" ? null : this.reviewChapter,
			chapterLevel: chapter?.level ?? null,
			plain: opts.plain,
			contentFirst: opts.contentFirst,
			timeFirst: opts.timeFirst,
			phase: opts.phase,
		});
		this.draft = d;
		return d;
	}

	private orphan(info: LineInfo, i: number): void {
		if (this.section === "none" || this.section === "other") return; // not WeRead content: nothing to say
		const what = info.kind === "time" ? "timestamp" : info.kind === "thought" ? "thought" : "block-id";
		this.diagnostics.push({ line: i, code: `orphan-${what}`, message: `A ${what} line that belongs to no entry`, level: "info" });
	}

	private start(info: LineInfo, i: number): void {
		const ctx = this.ctx(i);
		const officialReview = this.officialReviewNext;
		if (info.kind !== "blank") this.officialReviewNext = false;
		if (officialReview && info.kind === "time") {
			applyTime(this.open("book-review", i, { phase: "thought", timeFirst: true }), info.content, ctx);
			return;
		}
		if (this.section === "notes") return this.startNote(info, i, ctx);
		if (this.section === "book-review") return this.startBookReview(info, i, ctx);
		const inSection = this.section === "highlights";
		switch (info.kind) {
			case "pin": {
				const d = this.open("highlight", i);
				appendContent(d, info.content, ctx);
				return;
			}
			case "popular": {
				const d = this.open("popular", i);
				appendContent(d, info.content, ctx);
				return;
			}
			case "callout": {
				if (!inSection || !info.quoted) return;
				// A callout title that ends with an id is the highlight (`>[!weread4] text ^id`); any other title is
				// decoration (`> [!Cite]+ Highlight`) and the entry's text comes from the lines inside.
				const t = splitTrailingId(info.content);
				const d = this.open("highlight", i, { plain: true });
				if (t) appendContent(d, info.content, ctx);
				return;
			}
			case "text":
				if (inSection && info.quoted) {
					const d = this.open(isOfficialPopular(info.content) ? "popular" : "highlight", i, { plain: true });
					appendContent(d, info.content, ctx);
				} else if (this.official && !info.quoted && info.content.endsWith(OFFICIAL_THOUGHT_SUFFIX) && parseTimestamp(info.content)?.kind === "datetime") {
					const d = this.open("highlight", i, { plain: true, contentFirst: true, phase: "thought" });
					applyTime(d, info.content.slice(0, -OFFICIAL_THOUGHT_SUFFIX.length).trim(), ctx);
				} else if (this.header && info.content === "◆ 点评") {
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

	private startNote(info: LineInfo, i: number, ctx: LineContext): void {
		switch (info.kind) {
			case "pin":
				appendContent(this.open("highlight-thought", i), info.content, ctx);
				return;
			case "callout":
				if (info.quoted) this.open("highlight-thought", i, { plain: true });
				return;
			case "text":
				if (info.quoted) appendContent(this.open("highlight-thought", i, { plain: true }), info.content, ctx);
				else if (this.noteKind === "chapter-review") appendContent(this.open("chapter-review", i, { phase: "thought" }), info.content, ctx);
				else appendContent(this.open("highlight-thought", i, { contentFirst: true, phase: "thought" }), info.content, ctx);
				return;
			case "thought": {
				// `💭` with no quote before it: a thought on nothing we saw; keep it as a chapter-level thought.
				const d = this.open("chapter-review", i, { phase: "thought" });
				applyThought(d, info.content, ctx);
				return;
			}
			case "time":
			case "id-only":
				this.orphan(info, i);
				return;
			default:
				return;
		}
	}

	private startBookReview(info: LineInfo, i: number, ctx: LineContext): void {
		switch (info.kind) {
			case "time":
				// Separated theme `# 书评` / `{createTime}` / `{mdContent}`: the time comes first.
				applyTime(this.open("book-review", i, { phase: "thought", timeFirst: true }), info.content, ctx);
				return;
			case "id-only":
				assignId(this.open("book-review", i, { phase: "thought" }), info.content, false, ctx);
				return;
			case "callout": {
				// `> [!Review] 书评 No.1` (corpus 07) is a label like the heading; any other callout title is content.
				const text = bookReviewLabel(info.content) ?? info.content;
				if (text !== "") appendContent(this.open("book-review", i, { phase: "thought" }), text, ctx);
				return;
			}
			case "text":
			case "pin":
			case "thought":
				appendContent(this.open("book-review", i, { phase: "thought" }), info.content, ctx);
				return;
			default:
				return;
		}
	}

	private finish(): void {
		const d = this.draft;
		if (d === null) return;
		this.draft = null;
		d.pending.length = 0; // tentative lines nothing confirmed
		if (d.kind === "popular") {
			if (this.popularSkipped++ === 0) this.firstPopularLine = d.line;
			return;
		}
		if (d.blockId !== null) {
			if (this.seenIds.has(d.blockId)) {
				d.idResolvable = false;
				this.diagnostics.push({ line: d.idLine, code: "duplicate-block-id", message: `^${d.blockId} appears more than once; Obsidian links to the first`, level: "warning" });
			} else this.seenIds.add(d.blockId);
		}
		if (d.kind === "highlight") {
			const h = toHighlight(d, { bookId: this.bookId, diagnostics: this.diagnostics });
			if (h) this.out.highlights.push(h);
		} else {
			const r = toReview(d);
			if (r) this.out.reviews.push(r);
		}
	}
}

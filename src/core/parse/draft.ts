// An entry being read (a highlight, a thought, a review) and how it turns into model objects.
// Lines after a real blank line are only *tentative* (`pending`): they join the entry when a ⏱, 💭 or ^id line
// confirms they belong to it (corpus 27: a highlight with blank lines inside), and are dropped otherwise.
// The scanner has one entry open at a time, so one Draft is reset and reused for every entry of a note; its lines
// are ranges of the note text (Pieces), sliced once when the entry becomes a Highlight or Review.
import type { BlockIdIssue, Diagnostic, Highlight, Review } from "../model";
import type { BlockIdKind } from "./block-id";
import { type DeeplinkSearch, unwrapRange, UnwrapResult } from "./deeplink";
import { Pieces } from "./pieces";

export type DraftKind = "highlight" | "popular" | "highlight-thought" | "chapter-review" | "book-review";

export class Draft {
	kind: DraftKind = "highlight";
	line = 0;
	/** Last line that surely belongs to the entry. */
	end = 0;
	/** Highlight text, or the abstract of a highlight-thought. */
	readonly text = new Pieces();
	/** Inline thought of a highlight, or the content of a review; absent (null) until a 💭/content line arrives. */
	readonly thought = new Pieces();
	hasThought = false;
	/** Where plain continuation lines go. */
	phase: "text" | "thought" = "text";
	readonly pending = new Pieces();
	blockId: string | null = null;
	/** blockId decoded (decodeSpan), and its hash for the duplicate check (IdTable). */
	idKind: BlockIdKind = "unknown";
	idChapterUid: number | null = null;
	idRangeStart: number | null = null;
	idRangeEnd: number | null = null;
	idHash = 0;
	idLine = -1;
	idResolvable = false;
	/** Why the id is not resolvable (the rule that failed), or null. */
	idIssue: BlockIdIssue | null = null;
	hasTime = false;
	createdAt: string | null = null;
	createdDate: string | null = null;
	popularCount: number | null = null;
	chapterIndex = -1;
	chapterTitle: string | null = null;
	chapterLevel: number | null = null;
	/** Started without 📌 (plain quote, official theme, callout header): dropped when it ends up empty. */
	plain = false;
	/** Thought/review lines come before the highlighted text (separated `笔记汇总`, official `发表想法`). */
	contentFirst = false;
	/** The time comes before the content (separated `# 书评`, official `◆ 点评`): content may follow it. */
	timeFirst = false;
	/** A 💭 came after the ⏱ (`> ⏱ …` + `> 💭 …` + `> 🕰 …` of imitating exporters): its own stamp may follow. */
	thoughtAfterTime = false;
	/** `>[!weread3] abstract`: the first list line inside the callout opens the thought (fallback-shapes). */
	listThought = false;
	/** Line of a `— 创建于 … ^id` time, whose next line may be the thought as a list item (fallback-shapes); -1. */
	createdLine = -1;
	/** The thought came as that list item: its lazy continuation lines are the thought's too. */
	itemThought = false;
	/** Opened by a Sleepleeps `>[!weread4]`/`>[!weread3]` callout. */
	wereadCallout = false;
	/** One of the four above is set: continueEntry asks the fallback rules about text lines. */
	fallback = false;

	/** Starts a new entry in this (reused) draft. */
	reset(kind: DraftKind, line: number, chapterIndex: number, chapterTitle: string | null, chapterLevel: number | null, plain: boolean, contentFirst: boolean, timeFirst: boolean, thoughtPhase: boolean): void {
		this.kind = kind;
		this.line = line;
		this.end = line;
		this.text.clear();
		this.thought.clear();
		this.hasThought = thoughtPhase;
		this.phase = thoughtPhase ? "thought" : "text";
		this.pending.clear();
		this.blockId = null;
		this.idLine = -1;
		this.idResolvable = false;
		this.idIssue = null;
		this.hasTime = false;
		this.createdAt = null;
		this.createdDate = null;
		this.popularCount = null;
		this.chapterIndex = chapterIndex;
		this.chapterTitle = chapterTitle;
		this.chapterLevel = chapterLevel;
		this.plain = plain;
		this.contentFirst = contentFirst;
		this.timeFirst = timeFirst;
		this.thoughtAfterTime = false;
		this.listThought = false;
		this.createdLine = -1;
		this.itemThought = false;
		this.wereadCallout = false;
		this.fallback = false;
	}
}

/** The lines that plain continuation lines currently extend (opening the thought when that is the phase). */
export function currentLines(d: Draft): Pieces {
	if (d.phase === "thought") {
		d.hasThought = true;
		return d.thought;
	}
	return d.text;
}

/** Confirms the tentative lines: they belong to the entry after all. */
export function commitPending(d: Draft): void {
	if (d.pending.length === 0) return;
	currentLines(d).pushAll(d.pending);
	d.pending.clear();
}

export interface FinishContext {
	readonly diagnostics: Diagnostic[];
	/** Deeplink searches over the note text. */
	readonly deeplinks: DeeplinkSearch;
}

const UNWRAP = new UnwrapResult();

/** The highlight a finished draft stands for, or null when the draft was nothing (an empty callout header). */
export function toHighlight(d: Draft, src: string, ctx: FinishContext): Highlight | null {
	const joined = d.text.joinTrimmed(src);
	const from = joined === null ? d.text.joinedFrom : 0;
	const to = joined === null ? d.text.joinedTo : joined.length;
	if (from === to && (d.plain || d.contentFirst)) return null;
	const u = UNWRAP;
	if (joined === null) unwrapRange(src, from, to, u, ctx.deeplinks);
	else unwrapRange(joined, from, to, u, null);
	if (u.unclosed) {
		ctx.diagnostics.push({ line: d.line, code: "unclosed-deeplink", message: "A weread:// link wrapper is never closed; text kept as written", level: "warning" });
	}
	if (u.text === "") {
		ctx.diagnostics.push({ line: d.line, code: "empty-highlight", message: "Highlight without text", level: "warning" });
	}
	const hasId = d.blockId !== null;
	const link = u.link;
	if (link && hasId && d.idKind === "highlight" && (d.idRangeStart !== u.rangeStart || (d.idRangeEnd !== null && d.idRangeEnd !== u.rangeEnd))) {
		ctx.diagnostics.push({ line: d.idLine, code: "deeplink-range-differs", message: "Block id range differs from the deeplink range; the deeplink wins", level: "info" });
	}
	if (hasId && d.idKind === "unknown") {
		ctx.diagnostics.push({ line: d.idLine, code: "unknown-block-id", message: `Block id ^${d.blockId ?? ""} has no known WeRead grammar`, level: "info" });
	}
	const thought = d.hasThought ? d.thought.joinTrimmedString(src) : null;
	return {
		blockId: d.blockId,
		chapterTitle: d.chapterTitle,
		chapterLevel: d.chapterLevel,
		chapterIndex: d.chapterIndex,
		chapterUid: link ? u.chapterUid : hasId ? d.idChapterUid : null,
		rangeStart: link ? u.rangeStart : hasId ? d.idRangeStart : null,
		rangeEnd: link ? u.rangeEnd : hasId ? d.idRangeEnd : null,
		text: u.text,
		thought: thought === "" ? null : thought,
		createdAt: d.createdAt,
		createdDate: d.createdDate,
		line: d.line,
		endLine: d.end,
		popularCount: d.popularCount,
		blockIdResolvable: d.blockId !== null && d.idResolvable,
		blockIdIssue: d.blockId !== null ? d.idIssue : null,
	};
}

/** The review a finished draft stands for, or null when it holds nothing a reader wrote. */
export function toReview(d: Draft, src: string): Review | null {
	const abstract = d.text.joinTrimmedString(src);
	const content = d.hasThought ? d.thought.joinTrimmedString(src) : "";
	let kind = d.kind;
	if (kind === "highlight-thought") {
		if (d.plain && !d.hasThought) return null; // a bare quote in 笔记 without a 💭: nothing annotated
		if (abstract === "" && !d.hasThought) return null;
		if (abstract === "" && d.contentFirst) {
			// Text that never met its 📌: a thought on a chapter rather than on a highlight, if it is dated or has an id.
			if (d.blockId === null && !d.hasTime) return null;
			kind = "chapter-review";
		}
	}
	const isThought = kind === "highlight-thought";
	if (isThought) unwrapRange(abstract, 0, abstract.length, UNWRAP, null);
	return {
		kind: kind === "popular" || kind === "highlight" ? "highlight-thought" : kind,
		blockId: d.blockId,
		chapterTitle: kind === "book-review" ? null : d.chapterTitle,
		abstract: isThought ? UNWRAP.text : null,
		content,
		createdAt: d.createdAt,
		createdDate: d.createdDate,
		line: d.line,
		endLine: d.end,
		blockIdResolvable: d.blockId !== null && d.idResolvable,
		blockIdIssue: d.blockId !== null ? d.idIssue : null,
	};
}

// An entry being read (a highlight, a thought, a review) and how it turns into model objects.
// Lines after a real blank line are only *tentative* (`pending`): they join the entry when a ⏱, 💭 or ^id line
// confirms they belong to it (corpus 27: a highlight with blank lines inside), and are dropped otherwise.
import type { Diagnostic, Highlight, Review } from "../model";
import { decodeBlockId } from "./block-id";
import { unwrapDeeplink } from "./deeplink";

export type DraftKind = "highlight" | "popular" | "highlight-thought" | "chapter-review" | "book-review";

export interface Draft {
	readonly kind: DraftKind;
	readonly line: number;
	/** Last line that surely belongs to the entry. */
	end: number;
	/** Highlight text, or the abstract of a highlight-thought. */
	readonly text: string[];
	/** Inline thought of a highlight, or the content of a review; null until a 💭/content line arrives. */
	thought: string[] | null;
	/** Where plain continuation lines go. */
	phase: "text" | "thought";
	readonly pending: string[];
	blockId: string | null;
	idLine: number;
	idResolvable: boolean;
	hasTime: boolean;
	createdAt: string | null;
	createdDate: string | null;
	popularCount: number | null;
	readonly chapterIndex: number;
	readonly chapterTitle: string | null;
	readonly chapterLevel: number | null;
	/** Started without 📌 (plain quote, official theme, callout header): dropped when it ends up empty. */
	readonly plain: boolean;
	/** Thought/review lines come before the highlighted text (separated `笔记汇总`, official `发表想法`). */
	contentFirst: boolean;
	/** The time comes before the content (separated `# 书评`, official `◆ 点评`): content may follow it. */
	readonly timeFirst: boolean;
	/** A 💭 came after the ⏱ (`> ⏱ …` + `> 💭 …` + `> 🕰 …` of imitating exporters): its own stamp may follow. */
	thoughtAfterTime: boolean;
}

export interface DraftStart {
	kind: DraftKind;
	line: number;
	chapterIndex: number;
	chapterTitle: string | null;
	chapterLevel: number | null;
	plain?: boolean;
	contentFirst?: boolean;
	timeFirst?: boolean;
	phase?: "text" | "thought";
}

export function newDraft(s: DraftStart): Draft {
	return {
		kind: s.kind,
		line: s.line,
		end: s.line,
		text: [],
		thought: s.phase === "thought" ? [] : null,
		phase: s.phase ?? "text",
		pending: [],
		blockId: null,
		idLine: -1,
		idResolvable: false,
		hasTime: false,
		createdAt: null,
		createdDate: null,
		popularCount: null,
		chapterIndex: s.chapterIndex,
		chapterTitle: s.chapterTitle,
		chapterLevel: s.chapterLevel,
		plain: s.plain ?? false,
		contentFirst: s.contentFirst ?? false,
		timeFirst: s.timeFirst ?? false,
		thoughtAfterTime: false,
	};
}

/** The lines that plain continuation lines currently extend. */
export function currentLines(d: Draft): string[] {
	if (d.phase === "thought") return (d.thought ??= []);
	return d.text;
}

/** Confirms the tentative lines: they belong to the entry after all. */
export function commitPending(d: Draft): void {
	if (d.pending.length === 0) return;
	currentLines(d).push(...d.pending);
	d.pending.length = 0;
}

function trimLines(lines: readonly string[]): string {
	if (lines.length === 1) return (lines[0] as string).trim();
	let a = 0;
	let b = lines.length;
	while (a < b && (lines[a] ?? "").trim() === "") a++;
	while (b > a && (lines[b - 1] ?? "").trim() === "") b--;
	return lines.slice(a, b).join("\n").trim();
}

export interface FinishContext {
	readonly bookId: string | null;
	readonly diagnostics: Diagnostic[];
}

/** The highlight a finished draft stands for, or null when the draft was nothing (an empty callout header). */
export function toHighlight(d: Draft, ctx: FinishContext): Highlight | null {
	const raw = trimLines(d.text);
	if (raw === "" && (d.plain || d.contentFirst)) return null;
	const unwrapped = unwrapDeeplink(raw);
	if (unwrapped.unclosed) {
		ctx.diagnostics.push({ line: d.line, code: "unclosed-deeplink", message: "A weread:// link wrapper is never closed; text kept as written", level: "warning" });
	}
	if (unwrapped.text === "") {
		ctx.diagnostics.push({ line: d.line, code: "empty-highlight", message: "Highlight without text", level: "warning" });
	}
	const decoded = d.blockId === null ? null : decodeBlockId(d.blockId, ctx.bookId);
	const link = unwrapped.link;
	if (link && decoded && decoded.kind === "highlight" && (decoded.rangeStart !== link.rangeStart || (decoded.rangeEnd !== null && decoded.rangeEnd !== link.rangeEnd))) {
		ctx.diagnostics.push({ line: d.idLine, code: "deeplink-range-differs", message: "Block id range differs from the deeplink range; the deeplink wins", level: "info" });
	}
	if (decoded && decoded.kind === "unknown") {
		ctx.diagnostics.push({ line: d.idLine, code: "unknown-block-id", message: `Block id ^${d.blockId ?? ""} has no known WeRead grammar`, level: "info" });
	}
	const thought = d.thought === null ? null : trimLines(d.thought);
	return {
		blockId: d.blockId,
		chapterTitle: d.chapterTitle,
		chapterLevel: d.chapterLevel,
		chapterIndex: d.chapterIndex,
		chapterUid: link ? link.chapterUid : (decoded?.chapterUid ?? null),
		rangeStart: link ? link.rangeStart : (decoded?.rangeStart ?? null),
		rangeEnd: link ? link.rangeEnd : (decoded?.rangeEnd ?? null),
		text: unwrapped.text,
		thought: thought === "" ? null : thought,
		createdAt: d.createdAt,
		createdDate: d.createdDate,
		line: d.line,
		endLine: d.end,
		popularCount: d.popularCount,
		blockIdResolvable: d.blockId !== null && d.idResolvable,
	};
}

/** The review a finished draft stands for, or null when it holds nothing a reader wrote. */
export function toReview(d: Draft): Review | null {
	const abstract = trimLines(d.text);
	const content = d.thought === null ? "" : trimLines(d.thought);
	let kind = d.kind;
	if (kind === "highlight-thought") {
		if (d.plain && d.thought === null) return null; // a bare quote in 笔记 without a 💭: nothing annotated
		if (abstract === "" && d.thought === null) return null;
		if (abstract === "" && d.contentFirst) {
			// Text that never met its 📌: a thought on a chapter rather than on a highlight, if it is dated or has an id.
			if (d.blockId === null && !d.hasTime) return null;
			kind = "chapter-review";
		}
	}
	const isThought = kind === "highlight-thought";
	return {
		kind: kind === "popular" || kind === "highlight" ? "highlight-thought" : kind,
		blockId: d.blockId,
		chapterTitle: kind === "book-review" ? null : d.chapterTitle,
		abstract: isThought ? unwrapDeeplink(abstract).text : null,
		content,
		createdAt: d.createdAt,
		createdDate: d.createdDate,
		line: d.line,
		endLine: d.end,
	};
}

// How one line extends the entry being read. Shared by every section: the grammar of an entry (text, 💭, ⏱,
// ^id in any order the template eras produced) is the same whether it is a highlight or a thought on one.
// Lines and their parts are ranges [from, to) of the note text (`ctx.src`); only output fields become strings.
import type { Diagnostic } from "../model";
import { DecodedId, decodeSpan, findTrailingId, IdSpan, idHash, readIdSpan } from "./block-id";
import { commitPending, currentLines, type Draft } from "./draft";
import { awaitsQuoteTime, followsCreatedAtLabel, takesQuoteTime } from "./fallback-shapes";
import type { Finder } from "./finder";
import type { ScannedLine } from "./line-patterns";
import { startsWithIn, trimEndAt, trimStartAt } from "./text-range";
import { scanTimestamp, Stamp, stampDate, stampValue } from "./timestamp";

/** What the rules need from the scanner: the text, the current line, where ids end blocks, and where to report. */
export interface LineContext {
	readonly src: string;
	/** The frontmatter bookId, for decoding ids. */
	readonly bookId: string | null;
	readonly line: number;
	/** Whether an id on this line would end its Markdown block (so Obsidian registers it). */
	idEndsBlock(): boolean;
	/** Whether this line sits inside a blockquote (so an id that does not end its block shares the quote). */
	inBlockquote(): boolean;
	readonly diagnostics: Diagnostic[];
	/** `⏱` in the note text (inline times of 💭 lines). */
	readonly clocks: Finder;
}

const SPAN = new IdSpan();
const DECODED = new DecodedId();
const STAMP = new Stamp();
/** For looking at a line before applyTime reads it: STAMP remembers the last date it read (stampDate reuses it). */
const PEEK = new Stamp();
const BAR_CHART = "\u{1F4CA}"; // 📊

/** Gives the entry the id [from, to) (an `^id`-only line): its facts are read here. */
export function assignId(d: Draft, from: number, to: number, glued: boolean, ctx: LineContext): void {
	assignSpan(d, readIdSpan(ctx.src, from, to, SPAN), glued, ctx);
}

/** Gives the entry the id of `span` (found by findTrailingId, facts read). */
function assignSpan(d: Draft, span: IdSpan, glued: boolean, ctx: LineContext): void {
	d.blockId = ctx.src.slice(span.idStart, span.idEnd);
	if (d.kind === "highlight") {
		// Only a highlight's id gives it a place in the book (reviews keep theirs as written).
		const decoded = decodeSpan(ctx.src, span, ctx.bookId, DECODED);
		d.idKind = decoded.kind;
		d.idChapterUid = decoded.chapterUid;
		d.idRangeStart = decoded.rangeStart;
		d.idRangeEnd = decoded.rangeEnd;
	}
	d.idHash = idHash(ctx.src, span);
	d.idLine = ctx.line;
	// Obsidian needs id characters only, a space before `^` (help: "…at least one space…"), and the id at the
	// end of its block. The first rule that fails is kept: the health pane says it in words (BlockIdIssue).
	d.idIssue = !span.obsidian ? "id-characters" : glued ? "glued" : ctx.idEndsBlock() ? null : ctx.inBlockquote() ? "quote-continues" : "block-continues";
	d.idResolvable = d.idIssue === null;
}

/** Appends a content line to the current part of the entry, taking a trailing `^id` off it. */
export function appendContent(d: Draft, from: number, to: number, ctx: LineContext): void {
	if (d.blockId === null && findTrailingId(ctx.src, from, to, SPAN)) {
		currentLines(d).push(from, SPAN.restEnd);
		assignSpan(d, SPAN, SPAN.glued, ctx);
	} else currentLines(d).push(from, to);
	d.end = ctx.line;
}

/** Applies a timestamp text (after its label) to the entry: createdAt, or a diagnostic. */
export function applyTime(d: Draft, from: number, to: number, ctx: LineContext): void {
	const src = ctx.src;
	const hasId = d.blockId === null && findTrailingId(src, from, to, SPAN);
	const bodyTo = hasId ? SPAN.restEnd : to;
	const kind = scanTimestamp(src, from, bodyTo, STAMP);
	d.hasTime = true;
	if (kind === null || kind === "invalid") {
		const body = src.slice(from, Math.min(bodyTo, from + 40));
		ctx.diagnostics.push({ line: ctx.line, code: "bad-timestamp", message: `Not a valid date and time: "${body}"`, level: "warning" });
	} else if (kind === "date") {
		const date = stampDate(STAMP, null);
		d.createdDate = date;
		ctx.diagnostics.push({ line: ctx.line, code: "date-only-timestamp", message: `Only a date (${date}) is written; createdAt stays null`, level: "info" });
	} else {
		const value = stampValue(src, STAMP);
		d.createdAt = value;
		d.createdDate = stampDate(STAMP, value);
	}
	if (hasId) assignSpan(d, SPAN, SPAN.glued, ctx);
	d.end = ctx.line;
}

/** A 💭 line, possibly with the time inline (`- 💭 {thought} - ⏱ {time}`, E4 v0.6.1+). */
export function applyThought(d: Draft, from: number, to: number, ctx: LineContext): void {
	const src = ctx.src;
	let thoughtTo = to;
	const at = ctx.clocks.lastIn(from, to);
	if (at >= 0) {
		thoughtTo = trimEndAt(src, from, at);
		if (thoughtTo > from && src.charCodeAt(thoughtTo - 1) === 45 /* - */) thoughtTo = trimEndAt(src, from, thoughtTo - 1);
		if (!d.hasTime) {
			const a = trimStartAt(src, at + 1, to);
			applyTime(d, a, trimEndAt(src, a, to), ctx);
		}
	} else if (d.hasTime) d.thoughtAfterTime = true;
	d.phase = "thought";
	appendContent(d, from, thoughtTo, ctx);
}

/**
 * `- 💭 {{content}}` is not trimmed by the template: a thought ending with a newline leaves blank lines between it
 * and its `⏱` (issue 11). Such an entry has its id but still waits for its time; only a time line may follow the
 * blanks (pending then holds nothing but blanks, so nothing tentative is confirmed by it). Asked only where it can
 * change the answer (a blank after a complete entry, a time after pending lines), not on every line.
 */
function awaitsThoughtTime(d: Draft): boolean {
	return d.blockId !== null && !d.hasTime && d.hasThought && d.phase === "thought";
}

/** After a `— 创建于 …` time: the list item right below may be the thought (fallbackThoughtLine). */
function markCreatedAt(d: Draft, line: ScannedLine, ctx: LineContext): void {
	if (!followsCreatedAtLabel(ctx.src, line.from)) return;
	d.createdLine = ctx.line;
	d.fallback = true;
}

/**
 * A text line of an entry that a fallback shape marked (`d.fallback`): whether it is the entry's thought as a list
 * line — the first list line inside `>[!weread3]`, or the list item right below `— 创建于 … ^id`, whose lazy
 * continuation lines join it. Out of continueEntry, so that the standard eras never run it.
 */
function fallbackThoughtLine(d: Draft, line: ScannedLine, ctx: LineContext): boolean {
	if (d.pending.length > 0) return false;
	if (d.wereadCallout && line.listMarker && !d.hasTime && (d.kind === "highlight" || d.hasThought)) {
		// ` >- 2024-03-02 13:05:52 #高亮`: the pack's time line with a tag after it (its README's tag variant).
		const kind = scanTimestamp(ctx.src, line.from, line.to, PEEK);
		if (kind === "datetime" || kind === "date") {
			applyTime(d, line.from, line.to, ctx);
			return true;
		}
	}
	if (line.listMarker) {
		const weread3 = d.listThought && d.phase === "text";
		if (!weread3 && !(d.createdLine === ctx.line - 1 && line.startsList && !line.quoted)) return false;
		d.listThought = false;
		d.itemThought = !weread3;
	} else if (!d.itemThought || line.quoted) return false;
	d.phase = "thought";
	appendContent(d, line.from, line.to, ctx);
	return true;
}

/**
 * Feeds `line` to the open entry. Returns false when the line does not belong to it: the caller then closes the
 * entry and reads the line as the start of something new.
 */
export function continueEntry(d: Draft, line: ScannedLine, ctx: LineContext): boolean {
	// An entry with its id or time is complete, unless its content comes after the time (`# 书评`) or its
	// highlighted text is still to come (official `发表想法` thought first).
	const awaitingText = d.contentFirst && d.text.length === 0;
	const complete = (d.blockId !== null || d.hasTime) && !d.timeFirst && !awaitingText;
	switch (line.kind) {
		case "blank":
			// d.plain first: the call is never made on the standard eras' entries (it stays out of their hot path).
			if (complete && !awaitsThoughtTime(d) && !(d.plain && awaitsQuoteTime(d))) return false;
			d.pending.push(0, 0);
			return true;
		case "empty":
			// `>` alone inside a quote: a paragraph break within the entry (corpus 07), not its end.
			if (d.pending.length > 0) d.pending.push(0, 0);
			else if (!complete) currentLines(d).push(0, 0);
			return true;
		case "rule":
			return line.quoted; // `> ---` separates parts of a callout entry (corpus 07 Annotation)
		case "text":
			if (d.fallback && fallbackThoughtLine(d, line, ctx)) return true;
			if (d.contentFirst && d.text.length === 0 && line.quoted) {
				// Official theme: `发表想法` + thought lines, then the highlight as `> text ^id`.
				d.pending.clear();
				d.phase = "text";
				d.contentFirst = false;
				appendContent(d, line.from, line.to, ctx);
				return true;
			}
			if (d.pending.length > 0) {
				if (line.quoted || complete) return false; // a new blockquote after a blank line is a new entry
				if (!findTrailingId(ctx.src, line.from, line.to, SPAN)) {
					d.pending.push(line.from, line.to);
					return true;
				}
				commitPending(d); // an id ends the entry: the lines before it were part of it (corpus 14 章节评论)
			}
			if (complete && !(d.phase === "thought" && !d.hasTime)) return false;
			if (d.hasTime && !d.timeFirst && !awaitingText) return false;
			appendContent(d, line.from, line.to, ctx);
			return true;
		case "pin":
			if (d.contentFirst && d.text.length === 0 && d.pending.length === 0) {
				d.phase = "text";
				d.contentFirst = false;
				appendContent(d, line.from, line.to, ctx);
				return true;
			}
			return false;
		case "thought":
			if (d.pending.length > 0 && complete) return false;
			if (d.hasTime && d.hasThought) return false;
			commitPending(d);
			applyThought(d, line.from, line.to, ctx);
			return true;
		case "time":
			if (d.hasTime) {
				// A second stamp right after a thought (`> 💭 …` + `> 🕰 …` of imitating exporters): the thought's own.
				if (!d.thoughtAfterTime || d.pending.length > 0) return false;
				d.thoughtAfterTime = false;
				d.end = ctx.line;
				return true;
			}
			if (d.pending.length > 0 && d.blockId !== null) {
				// The blank lines after the thought, or the one blank line after a quote block whose time follows it
				// (`- ⏱2024-04-10 14:17`): not part of its text.
				if (!awaitsThoughtTime(d) && !takesQuoteTime(d, line.quoted, ctx.src, line.from, line.to)) return false;
				d.pending.clear();
			}
			commitPending(d);
			applyTime(d, line.from, line.to, ctx);
			// `— 创建于 [[date]] HH:mm`: `于` right before the time (one space between); two reads, no call, per time.
			if (ctx.src.charCodeAt(line.from - 2) === 0x4e8e || ctx.src.charCodeAt(line.from - 1) === 0x4e8e) markCreatedAt(d, line, ctx);
			return true;
		case "id-only":
			if (d.blockId !== null) return false;
			commitPending(d);
			assignId(d, line.from, line.to, false, ctx);
			d.end = ctx.line;
			return true;
		case "popular-count":
			if (d.kind !== "highlight" || d.popularCount !== null || d.pending.length > 0) return false;
			d.popularCount = line.count;
			d.end = ctx.line;
			return true;
		case "popular": {
			// `> 📊 N 人共读 ^id` closes a popular-only entry (`> 🔥 [text](…)`); anything else popular starts one.
			if (d.kind !== "popular" || d.blockId !== null || !startsWithIn(ctx.src, BAR_CHART, line.from, line.to)) return false;
			if (findTrailingId(ctx.src, line.from, line.to, SPAN)) assignSpan(d, SPAN, SPAN.glued, ctx);
			d.end = ctx.line;
			return true;
		}
		default:
			return false;
	}
}

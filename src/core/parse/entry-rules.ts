// How one line extends the entry being read. Shared by every section: the grammar of an entry (text, 💭, ⏱,
// ^id in any order the template eras produced) is the same whether it is a highlight or a thought on one.
import type { Diagnostic } from "../model";
import { isObsidianIdSyntax, splitTrailingId } from "./block-id";
import { commitPending, currentLines, type Draft } from "./draft";
import type { LineInfo } from "./line-patterns";
import { parseTimestamp } from "./timestamp";

/** What the rules need from the scanner: where ids end blocks, and where to report. */
export interface LineContext {
	readonly line: number;
	/** Whether an id on this line would end its Markdown block (so Obsidian registers it). */
	readonly idEndsBlock: () => boolean;
	readonly diagnostics: Diagnostic[];
}

export function assignId(d: Draft, id: string, glued: boolean, ctx: LineContext): void {
	d.blockId = id;
	d.idLine = ctx.line;
	// Obsidian needs a space before `^` (help: "…at least one space…"), id characters only, and the id at the
	// end of its block.
	d.idResolvable = !glued && isObsidianIdSyntax(id) && ctx.idEndsBlock();
}

/** Appends a content line to the current part of the entry, taking a trailing `^id` off it. */
export function appendContent(d: Draft, content: string, ctx: LineContext): void {
	const t = d.blockId === null ? splitTrailingId(content) : null;
	currentLines(d).push(t ? t.rest : content);
	if (t) assignId(d, t.id, t.glued, ctx);
	d.end = ctx.line;
}

/** Applies a timestamp text (after its label) to the entry: createdAt, or a diagnostic. */
export function applyTime(d: Draft, text: string, ctx: LineContext): void {
	const t = d.blockId === null ? splitTrailingId(text) : null;
	const body = t ? t.rest : text;
	const p = parseTimestamp(body);
	d.hasTime = true;
	if (p === null || p.kind === "invalid") {
		ctx.diagnostics.push({ line: ctx.line, code: "bad-timestamp", message: `Not a valid date and time: "${body.slice(0, 40)}"`, level: "warning" });
	} else if (p.kind === "date") {
		d.createdDate = p.date;
		ctx.diagnostics.push({ line: ctx.line, code: "date-only-timestamp", message: `Only a date (${p.date}) is written; createdAt stays null`, level: "info" });
	} else {
		d.createdAt = p.value;
		d.createdDate = p.date;
	}
	if (t) assignId(d, t.id, t.glued, ctx);
	d.end = ctx.line;
}

/** A 💭 line, possibly with the time inline (`- 💭 {thought} - ⏱ {time}`, E4 v0.6.1+). */
export function applyThought(d: Draft, content: string, ctx: LineContext): void {
	let thought = content;
	const at = content.lastIndexOf("\u23F1");
	if (at >= 0) {
		thought = content.slice(0, at).trimEnd();
		if (thought.endsWith("-")) thought = thought.slice(0, -1).trimEnd();
		if (!d.hasTime) applyTime(d, content.slice(at + 1).trim(), ctx);
	}
	if (d.hasTime && at < 0) d.thoughtAfterTime = true;
	d.phase = "thought";
	appendContent(d, thought, ctx);
}

/**
 * Feeds `info` to the open entry. Returns false when the line does not belong to it: the caller then closes the
 * entry and reads the line as the start of something new.
 */
export function continueEntry(d: Draft, info: LineInfo, ctx: LineContext): boolean {
	// An entry with its id or time is complete, unless its content comes after the time (`# 书评`) or its
	// highlighted text is still to come (official `发表想法` thought first).
	const awaitingText = d.contentFirst && d.text.length === 0;
	const complete = (d.blockId !== null || d.hasTime) && !d.timeFirst && !awaitingText;
	switch (info.kind) {
		case "blank":
			if (complete) return false;
			d.pending.push("");
			return true;
		case "empty":
			// `>` alone inside a quote: a paragraph break within the entry (corpus 07), not its end.
			if (d.pending.length > 0) d.pending.push("");
			else if (!complete) currentLines(d).push("");
			return true;
		case "rule":
			return info.quoted; // `> ---` separates parts of a callout entry (corpus 07 Annotation)
		case "text":
			if (d.contentFirst && d.text.length === 0 && info.quoted) {
				// Official theme: `发表想法` + thought lines, then the highlight as `> text ^id`.
				d.pending.length = 0;
				d.phase = "text";
				d.contentFirst = false;
				appendContent(d, info.content, ctx);
				return true;
			}
			if (d.pending.length > 0) {
				if (info.quoted || complete) return false; // a new blockquote after a blank line is a new entry
				if (splitTrailingId(info.content) === null) {
					d.pending.push(info.content);
					return true;
				}
				commitPending(d); // an id ends the entry: the lines before it were part of it (corpus 14 章节评论)
			}
			if (complete && !(d.phase === "thought" && !d.hasTime)) return false;
			if (d.hasTime && !d.timeFirst && !awaitingText) return false;
			appendContent(d, info.content, ctx);
			return true;
		case "pin":
			if (d.contentFirst && d.text.length === 0 && d.pending.length === 0) {
				d.phase = "text";
				d.contentFirst = false;
				appendContent(d, info.content, ctx);
				return true;
			}
			return false;
		case "thought":
			if (d.pending.length > 0 && complete) return false;
			if (d.hasTime && d.thought !== null) return false;
			commitPending(d);
			applyThought(d, info.content, ctx);
			return true;
		case "time":
			if (d.hasTime) {
				// A second stamp right after a thought (`> 💭 …` + `> 🕰 …` of imitating exporters): the thought's own.
				if (!d.thoughtAfterTime || d.pending.length > 0) return false;
				d.thoughtAfterTime = false;
				d.end = ctx.line;
				return true;
			}
			if (d.pending.length > 0 && d.blockId !== null) return false;
			commitPending(d);
			applyTime(d, info.content, ctx);
			return true;
		case "id-only":
			if (d.blockId !== null) return false;
			commitPending(d);
			assignId(d, info.content, false, ctx);
			d.end = ctx.line;
			return true;
		case "popular-count":
			if (d.kind !== "highlight" || d.popularCount !== null || d.pending.length > 0) return false;
			d.popularCount = info.count;
			d.end = ctx.line;
			return true;
		case "popular": {
			// `> 📊 N 人共读 ^id` closes a popular-only entry (`> 🔥 [text](…)`); anything else popular starts one.
			if (d.kind !== "popular" || d.blockId !== null || !info.content.startsWith("\u{1F4CA}")) return false;
			const t = splitTrailingId(info.content);
			if (t) assignId(d, t.id, t.glued, ctx);
			d.end = ctx.line;
			return true;
		}
		default:
			return false;
	}
}

// A book review's content is the reader's own markdown (`mdContent`), written by the templates as is:
//   default (E2–E6)  `## 书评 No.N` / `{{ mdContent }} ^{{ reviewId }}` / `⏱ {{ createTime }}`
//   separated theme  `# 书评` / `{{ createTime }}` / `{{ mdContent }}`
// so it may hold headings, lists, quotes, fences and rules of its own (issue 11: a review with `## ` headings was
// split into five). Inside such a review every line is content, kept as written (the pane renders it as
// markdown), until what ends it: its ⏱ or `^id` (default), a section heading or the next `书评 No.N` label.
import { currentLines, commitPending, type Draft } from "./draft";
import type { ScannedLine } from "./line-patterns";
import { bookReviewLabelLength, headingTitleRange, sectionOf } from "./sections";
import { type Span, trimBlanksEnd } from "./text-range";

/**
 * Whether a line belongs, as written, to the review being read (`d`, or the one a label just announced when `d`
 * is null). Blank lines, ⏱ and a lone `^id` keep their meaning for the entry rules; a section heading or a label
 * ends the review.
 */
export function isReviewMarkdown(src: string, info: ScannedLine, d: Draft | null, span: Span): boolean {
	// A time-first review has no end marker: its markdown runs to the next heading that ends it. A default one is
	// complete once it has its id or time.
	if (d !== null && (d.kind !== "book-review" || (!d.timeFirst && (d.blockId !== null || d.hasTime)))) return false;
	switch (info.kind) {
		case "blank":
		case "time":
		case "id-only":
			return false;
		case "heading": {
			const t = headingTitleRange(src, info.from, info.to, span);
			const title = src.slice(t.from, t.to);
			return sectionOf(title) === null && bookReviewLabelLength(title) < 0;
		}
		default:
			return true;
	}
}

/** Turns the line [lineStart, end) into a plain text line of itself, whole (markers and all). */
export function asWrittenText(src: string, info: ScannedLine, d: Draft | null, lineStart: number, end: number): void {
	// Nothing else will confirm the blank lines before this line (no ⏱ or id follows a time-first review).
	if (d !== null && d.timeFirst) commitPending(d);
	info.kind = "text";
	info.from = lineStart;
	info.to = trimBlanksEnd(src, lineStart, end);
	info.quoted = false;
}

/** A line inside a fence that the review's markdown opened: the review's, as written. */
export function takeFencedLine(src: string, d: Draft, from: number, to: number, line: number): void {
	const b = trimBlanksEnd(src, from, to);
	if (d.pending.length > 0) d.pending.push(from, b);
	else currentLines(d).push(from, b);
	d.end = line;
}

// Section and heading vocabulary (weread-format §3, §4, §7): which top headings open which part of a note, in
// every era and the demoted custom variants (`## 高亮划线`, `## 划线`, `## 笔记`).
import { isBlank, Span, trimEndAt, trimStartAt } from "./text-range";

export type SectionKind = "none" | "meta" | "highlights" | "notes" | "book-review" | "other";

const SECTION_NAMES: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
	["高亮划线", "highlights"],
	["划线", "highlights"],
	["Highlights", "highlights"], // E0/E1 (2022-05, v0.1.x)
	["读书笔记", "notes"],
	["笔记", "notes"],
	["笔记汇总", "notes"], // separated theme
	["本书评论", "book-review"],
	["书评", "book-review"], // separated theme, custom templates
	["点评", "book-review"],
	["元数据", "meta"],
	["简介", "meta"],
	["概述", "meta"],
	["热门划线", "other"], // 2026-05 dev snapshot: other readers' highlights, not the reader's own
]);

/** The section a heading text names, or null when it is not a section name. */
export function sectionOf(title: string): SectionKind | null {
	return SECTION_NAMES.get(title) ?? null;
}

/**
 * Heading text [from, to) of `src` as a title: closing `#`s and a leading `◆ ` (official theme) removed. Returned
 * as a range (in `out`), so the book-review label can be cut from it without another string.
 */
export function headingTitleRange(src: string, from: number, to: number, out: Span): Span {
	let b = to;
	if (b > from && src.charCodeAt(b - 1) === 35 /* # */) {
		let k = b;
		while (k > from && src.charCodeAt(k - 1) === 35) k--;
		if (k === from || isBlank(src.charCodeAt(k - 1))) b = k;
	}
	let a = trimStartAt(src, from, b);
	b = trimEndAt(src, a, b);
	if (a < b && src.charCodeAt(a) === 0x25c6 /* ◆ */) {
		a = trimStartAt(src, a + 1, b);
		b = trimEndAt(src, a, b);
	}
	out.from = a;
	out.to = b;
	return out;
}

/** `### 划线{bookmarkId}`: one heading per highlight (corpus 22), a label rather than a chapter. */
export function isPerHighlightHeading(title: string): boolean {
	return /^划线[A-Za-z0-9_~-]+$/.test(title);
}

/** Length of the `书评 No.3` label that starts `title` (E2 puts the review after it on the heading line), or -1. */
export function bookReviewLabelLength(title: string): number {
	const m = /^书评\s*No\.?\s*\d+/.exec(title);
	return m ? m[0].length : -1;
}

/** `2024-01-01 12:00:00 发表想法`: the official theme's thought header. */
export const OFFICIAL_THOUGHT_SUFFIX = "发表想法";

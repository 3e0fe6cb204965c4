// Section and heading vocabulary (weread-format §3, §4, §7): which top headings open which part of a note, in
// every era and the demoted custom variants (`## 高亮划线`, `## 划线`, `## 笔记`).

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

/** Heading text as a title: closing `#`s removed, leading `◆ ` (official theme) removed. */
export function headingTitle(content: string): string {
	let t = content;
	if (t.endsWith("#")) {
		let k = t.length;
		while (k > 0 && t[k - 1] === "#") k--;
		if (k === 0 || t[k - 1] === " " || t[k - 1] === "\t") t = t.slice(0, k);
	}
	t = t.trim();
	if (t.startsWith("◆")) t = t.slice(1).trim();
	return t;
}

/** `### 划线{bookmarkId}`: one heading per highlight (corpus 22), a label rather than a chapter. */
export function isPerHighlightHeading(title: string): boolean {
	return /^划线[A-Za-z0-9_~-]+$/.test(title);
}

/** `书评 No.3 …` → the text after the number (E2 puts the review on the heading line), else null. */
export function bookReviewLabel(title: string): string | null {
	const m = /^书评\s*No\.?\s*\d+/.exec(title);
	return m ? title.slice(m[0].length).trim() : null;
}

/** `2024-01-01 12:00:00 发表想法`: the official theme's thought header. */
export const OFFICIAL_THOUGHT_SUFFIX = "发表想法";

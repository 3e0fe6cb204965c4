import type { Highlight, Review } from "../model";

// Which `highlight-thought` review annotates which highlight of the same note.
//
// A thought is written on a highlighted range, and the sync plugin renders it in `# 读书笔记 / ### 划线评论` with the
// highlight's text as its "abstract" and the review's own id — so without merging, one highlight would show twice on
// the timeline. The `Review` model carries no range (no template era prints one for a review: weread-format §3), so
// the match is by chapter title and normalised text. When a future model gives reviews a range, match on
// (chapterUid, rangeStart, rangeEnd) first, here.
//
// Rules: same chapter title (both null counts as the same), same text after `normaliseForMatch`; each highlight
// absorbs at most one review (the first in file order), further reviews of the same highlight stay thoughts of their
// own so no reader's words are lost; highlights are claimed in file order.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// `[插图]` / `[图片]` stand for images WeRead cannot put in text; `filterInlineImages` drops them in one place and
// not the other, so they must not decide a match.
const IMAGE_MARKERS = /\[(?:插图|图片)\]/g;
const WHITESPACE = /\s+/g;

/** Text as compared for merging: no whitespace at all, no image markers, no zero-width characters. */
export function normaliseForMatch(text: string): string {
	return text.replace(IMAGE_MARKERS, "").replace(ZERO_WIDTH, "").replace(WHITESPACE, "");
}

function matchKey(chapterTitle: string | null, text: string): string {
	return `${chapterTitle === null ? "\u0000" : chapterTitle.trim()}\u0001${normaliseForMatch(text)}`;
}

/**
 * For each review index that merges into a highlight, the highlight index it merges into.
 * Only `highlight-thought` reviews with a non-empty abstract take part.
 */
export function matchThoughts(highlights: readonly Highlight[], reviews: readonly Review[]): Map<number, number> {
	const merged = new Map<number, number>();
	// Most notes have no 划线评论 at all: skip normalising every highlight for nothing.
	if (!reviews.some((r) => r.kind === "highlight-thought")) return merged;
	const byKey = new Map<string, number[]>();
	highlights.forEach((h, i) => {
		const key = matchKey(h.chapterTitle, h.text);
		const list = byKey.get(key);
		if (list === undefined) byKey.set(key, [i]);
		else list.push(i);
	});
	reviews.forEach((r, i) => {
		if (r.kind !== "highlight-thought" || r.abstract === null || normaliseForMatch(r.abstract) === "") return;
		const candidates = byKey.get(matchKey(r.chapterTitle, r.abstract));
		const highlight = candidates?.shift();
		if (highlight !== undefined) merged.set(i, highlight);
	});
	return merged;
}

import { queryTerms } from "../../core/index/search";

// Search matches marked in a row's words (issue 11 item 8). The terms and the folding are the index's own
// (src/core/index/search.ts: whitespace-separated terms, lower-cased, zero-width characters ignored), so what is
// marked is what made the row match. Marks are `<mark>` elements holding text nodes: the words go in as text only.

/** `[start, end)` ranges of `text` (UTF-16 offsets) that match any term, merged, in order. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	if (terms.length === 0 || text === "") return [];
	// Fold code point by code point, remembering where each folded unit came from: folding drops zero-width
	// characters and may lengthen a character ("İ" lowers to two units), so offsets must be mapped back.
	let folded = "";
	const from: number[] = [];
	const to: number[] = [];
	let at = 0;
	for (const ch of text) {
		const end = at + ch.length;
		if (!ZERO_WIDTH.test(ch)) {
			const f = ch.toLowerCase();
			folded += f;
			for (let k = 0; k < f.length; k++) {
				from.push(at);
				to.push(end);
			}
		}
		at = end;
	}
	const found: [number, number][] = [];
	for (const term of terms) {
		if (term === "") continue;
		for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
			found.push([from[i] ?? 0, to[i + term.length - 1] ?? text.length]);
		}
	}
	found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const range of found) {
		const last = merged[merged.length - 1];
		if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}

/** Appends `text` to `el`, every match of the query's terms inside a `<mark class="wrh-search-match">`. */
export function markMatches(el: HTMLElement, text: string, query: string | undefined): void {
	appendMarked(el, text, query === undefined ? [] : queryTerms(query));
}

/** The same with terms already split and folded (one row marks several fields with one query). */
export function appendMarked(el: Node, text: string, terms: readonly string[]): void {
	let pos = 0;
	for (const [start, end] of matchRanges(text, terms)) {
		if (start > pos) el.appendText(text.slice(pos, start));
		el.createEl("mark", { cls: "wrh-search-match", text: text.slice(start, end) });
		pos = end;
	}
	if (pos < text.length) el.appendText(text.slice(pos));
}

/**
 * Marks matches inside already-rendered content (a review's markdown): each text node on its own, so a match
 * that runs across two elements (`**a**b`) is not marked, and no element is rebuilt.
 */
export function markTextNodes(el: HTMLElement, terms: readonly string[]): void {
	if (terms.length === 0) return;
	const walker = el.doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
	for (const node of nodes) {
		const text = node.data;
		if (matchRanges(text, terms).length === 0) continue;
		const pieces = createFragment();
		appendMarked(pieces, text, terms);
		node.replaceWith(pieces);
	}
}

// The same set as search.ts: invisible in the pane, so a term matches across them. Not global: `test` per character.
const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]$/;

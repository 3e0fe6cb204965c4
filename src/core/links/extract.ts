import type { OutgoingLink } from "../model";
import { maskedLines } from "./mask";

// Core's own block-link extractor, for where there is no metadataCache (the inspect CLI, tests). It finds what
// Obsidian lists in `CachedMetadata.links` / `embeds` with a `#^id` subpath:
//   [[Book#^id]]  [[Book#^id|alias]]  ![[Book#^id]]  [[#^id]] (same note)
//   [x](Book.md#^id)  [x](<Book name.md#^id>)  [x](folder/Book%20name.md#^id)  ![x](Book.md#^id)
// Code (fenced blocks, inline spans), comments (`%%…%%`, `<!--…-->`) and the frontmatter hold no links, as in
// Obsidian (frontmatter links are `frontmatterLinks`, not `links`). Not handled: indented code blocks (4-space
// indentation is everywhere in list-shaped notes and nearly never code in the notes that cite highlights).

const WIKILINK = /(!?)\[\[([^\]]+?)\]\]/g;
// A URL scheme (`https:`, `weread:`, `obsidian:`): not a vault link.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function extractBlockLinks(text: string): OutgoingLink[] {
	const out: OutgoingLink[] = [];
	maskedLines(text).forEach((masked, line) => {
		if (!masked.includes("[")) return;
		const found: { at: number; link: OutgoingLink }[] = [];
		// Wikilinks first, then blank them so the markdown-link scan cannot see their brackets.
		const rest = masked.replace(WIKILINK, (whole: string, bang: string, inner: string, at: number) => {
			const link = wikilink(inner, bang === "!", line);
			if (link !== null) found.push({ at, link });
			return " ".repeat(whole.length);
		});
		for (const { at, link } of markdownLinks(rest, line)) found.push({ at, link });
		found.sort((a, b) => a.at - b.at);
		for (const f of found) out.push(f.link);
	});
	return out;
}

function wikilink(inner: string, embed: boolean, line: number): OutgoingLink | null {
	const bar = inner.indexOf("|");
	let target = bar === -1 ? inner : inner.slice(0, bar);
	// In a table the alias bar is written `\|`: the backslash belongs to the syntax, not the path.
	if (target.endsWith("\\")) target = target.slice(0, -1);
	return blockLink(target, embed, line);
}

/** `path#^id` → the link, or null when it has no block subpath. The path part may be empty (same note). */
function blockLink(target: string, embed: boolean, line: number): OutgoingLink | null {
	const hash = target.indexOf("#");
	if (hash === -1 || target[hash + 1] !== "^") return null;
	const blockId = target.slice(hash + 2).trim();
	if (blockId === "" || blockId.includes("#")) return null;
	return { line, embed, linkpath: target.slice(0, hash).trim(), blockId };
}

function markdownLinks(line: string, lineNo: number): { at: number; link: OutgoingLink }[] {
	const out: { at: number; link: OutgoingLink }[] = [];
	let i = line.indexOf("[");
	while (i !== -1) {
		const close = matchingBracket(line, i);
		if (close === -1) break;
		let next = line.indexOf("[", i + 1);
		if (line[close + 1] === "(") {
			const dest = destination(line, close + 2);
			if (dest !== null) {
				const embed = i > 0 && line[i - 1] === "!";
				const link = SCHEME.test(dest.url) ? null : blockLink(decode(dest.url), embed, lineNo);
				if (link !== null) out.push({ at: embed ? i - 1 : i, link });
				next = line.indexOf("[", dest.end);
			}
		}
		i = next;
	}
	return out;
}

/** Index of the `]` closing the `[` at `open` (nested brackets allowed, e.g. `[text [插图] more]`), or -1. */
function matchingBracket(line: string, open: number): number {
	let depth = 0;
	for (let j = open; j < line.length; j++) {
		const c = line[j];
		if (c === "\\") j++;
		else if (c === "[") depth++;
		else if (c === "]" && --depth === 0) return j;
	}
	return -1;
}

/** The link destination starting at `start` (just after `(`): `<…>` or a run without spaces, parens balanced. */
function destination(line: string, start: number): { url: string; end: number } | null {
	if (line[start] === "<") {
		const close = line.indexOf(">", start + 1);
		if (close === -1) return null;
		const end = line.indexOf(")", close);
		return end === -1 ? null : { url: line.slice(start + 1, close), end: end + 1 };
	}
	let depth = 0;
	let j = start;
	for (; j < line.length; j++) {
		const c = line[j];
		if (c === " " || c === "\t") break;
		if (c === "(") depth++;
		else if (c === ")") {
			if (depth === 0) break;
			depth--;
		}
	}
	const end = line.indexOf(")", j);
	return end === -1 || j === start ? null : { url: line.slice(start, j), end: end + 1 };
}

function decode(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

// What a developer would otherwise write: parse the note with a general Markdown parser and walk the tree for the
// highlights. Both extractors do the same job as parseNote on the generated notes: find each `📌` paragraph line
// (list items and blockquote paragraphs), take its text, the `^id` at the end of the entry and its `⏱` time. The
// bench checks that all three find the same number of highlights, so the comparison is like for like.
import MarkdownIt from "markdown-it";
import { fromMarkdown } from "mdast-util-from-markdown";

export interface Extracted {
	readonly text: string;
	readonly id: string | null;
	readonly time: string | null;
}

const PIN = "\u{1F4CC}";
const CLOCK = "\u23F1";

/** Shared by both: the lines of one paragraph's text → highlights (a 📌 line opens one; ⏱ and ^id complete it). */
function fromParagraphText(value: string, out: Extracted[]): void {
	let current: { text: string; id: string | null; time: string | null } | null = null;
	for (const line of value.split("\n")) {
		const l = line.trim();
		if (l.startsWith(PIN)) {
			if (current) out.push(current);
			current = { text: l.slice(PIN.length).trim(), id: null, time: null };
		} else if (current !== null && l.startsWith(CLOCK)) current.time = l.slice(1).trim().slice(0, 19);
		if (current !== null) {
			const caret = l.lastIndexOf(" ^");
			if (caret >= 0) current.id = l.slice(caret + 2);
		}
	}
	if (current) out.push(current);
}

interface MdNode {
	readonly type: string;
	readonly value?: string;
	readonly children?: readonly MdNode[];
}

function textOf(node: MdNode): string {
	if (typeof node.value === "string") return node.type === "break" ? "\n" : node.value;
	if (node.type === "break") return "\n";
	let s = "";
	for (const c of node.children ?? []) s += textOf(c);
	return s;
}

/** mdast-util-from-markdown (micromark): CommonMark tree; walk paragraphs, read their text. */
export function extractWithMdast(markdown: string): Extracted[] {
	const out: Extracted[] = [];
	const walk = (node: MdNode): void => {
		if (node.type === "paragraph") {
			const text = textOf(node);
			if (text.includes(PIN)) fromParagraphText(text, out);
			return;
		}
		for (const c of node.children ?? []) walk(c);
	};
	walk(fromMarkdown(markdown) as unknown as MdNode);
	return out;
}

const md = new MarkdownIt("commonmark");

/** markdown-it: token stream (block + inline parsing, as `md.parse` does); read the inline tokens' text. */
export function extractWithMarkdownIt(markdown: string): Extracted[] {
	const out: Extracted[] = [];
	for (const token of md.parse(markdown, {})) {
		if (token.type !== "inline") continue;
		let text = "";
		for (const child of token.children ?? []) {
			if (child.type === "text" || child.type === "code_inline") text += child.content;
			else if (child.type === "softbreak" || child.type === "hardbreak") text += "\n";
		}
		if (text.includes(PIN)) fromParagraphText(text, out);
	}
	return out;
}

/** The floor: split on `\n` and touch every line (its length and first character). */
export function lineScan(text: string): number {
	let acc = 0;
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i] as string;
		acc = (acc + l.length + (l.charCodeAt(0) | 0)) | 0;
	}
	return acc;
}

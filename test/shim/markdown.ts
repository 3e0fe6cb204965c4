// MarkdownRenderer.render (obsidian.d.ts: `static render(app, markdown, el, sourcePath, component): Promise<void>`;
// docs.obsidian.md/Reference/TypeScript+API/MarkdownRenderer/render). What our code depends on, modelled:
// - it APPENDS to `el` (the d.ts: "The element to append to");
// - it hands its own child component to `component` ("a parent component to manage the lifecycle of the rendered
//   child components"), so unloading `component` is what releases a rendering — the shim records whether it was;
// - it returns a promise, and code must not assume the content is there before it settles: the shim appends the
//   content only after a microtask, so a row measured right after rendering has not got it yet (the windowed list
//   must re-measure through its ResizeObserver).
// The markdown itself: a small, safe subset — ATX headings, `-`/`*`/`+` and `1.` lists, paragraphs (a single line
// break is a <br>, Obsidian's default without "strict line breaks"), backslash escapes of ASCII punctuation, `**`,
// `*`/`_` and backticks. HTML in the text stays text: the real renderer sanitizes HTML
// (help.obsidian.md/Editing+and+formatting/HTML+content); the shim never parses it. Built with createEl and text
// nodes only. Runs in the e2e page too (test/shim/browser.ts re-exports the module surface of obsidian.ts).
import type * as O from "obsidian";
import { Component } from "./component";
import { runPostProcessors } from "./reading-view";

export interface MarkdownRender {
	readonly markdown: string;
	readonly el: HTMLElement;
	readonly sourcePath: string;
	readonly component: O.Component;
	/** The renderer's own child of `component`; unloaded when `component` is. */
	readonly child: Component;
	/** Settles once the content is in `el`. */
	readonly done: Promise<void>;
	unloaded: boolean;
}

/** Every render call, oldest first (shim only). */
export const markdownRenders: MarkdownRender[] = [];

class RenderChild extends Component {
	constructor(private readonly record: () => MarkdownRender | undefined) {
		super();
	}
	override onunload(): void {
		const r = this.record();
		if (r !== undefined) r.unloaded = true;
	}
}

export class MarkdownRenderer {
	static render(_app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		let record: MarkdownRender | undefined;
		const child = new RenderChild(() => record);
		component.addChild(child);
		const done = Promise.resolve().then(() => {
			renderBlocks(el, markdown);
			runPostProcessors(el, { docId: "shim-render", sourcePath, frontmatter: null, addChild: (c) => void component.addChild(c), getSectionInfo: () => null });
		});
		record = { markdown, el, sourcePath, component, child, done, unloaded: false };
		markdownRenders.push(record);
		return done;
	}

	/** @deprecated in Obsidian: the app-less form, kept so the module surface matches. */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return MarkdownRenderer.render(null as unknown as O.App, markdown, el, sourcePath, component);
	}
}

/**
 * The blocks of `markdown` into `el`. Reading view (reading-view.ts) also renders blockquotes (`>` lines and their
 * lazy continuations, as one `blockquote` of paragraphs) and hides a block's trailing `^id`, as Obsidian does
 * (help.obsidian.md, "Internal links › Link to a block in a note": the identifier is not shown in reading view).
 */
export function renderBlocks(el: HTMLElement, markdown: string, readingView = false): void {
	const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
	if (readingView) for (let k = 0; k < lines.length; k++) lines[k] = (lines[k] ?? "").replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] ?? "";
		if (line.trim() === "") {
			i++;
			continue;
		}
		if (readingView && /^\s{0,3}>/.test(line)) {
			const inner: string[] = [];
			while (i < lines.length && (lines[i] ?? "").trim() !== "") inner.push((lines[i++] ?? "").replace(/^\s{0,3}> ?/, ""));
			renderBlocks(el.createEl("blockquote"), inner.join("\n"), true);
			continue;
		}
		const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) {
			inline(el.createEl(`h${heading[1]?.length ?? 1}` as keyof HTMLElementTagNameMap), heading[2] ?? "");
			i++;
			continue;
		}
		const bullet = listItem(line);
		if (bullet !== null) {
			const list = el.createEl(bullet.ordered ? "ol" : "ul");
			while (i < lines.length) {
				const item = listItem(lines[i] ?? "");
				if (item === null || item.ordered !== bullet.ordered) break;
				const li = list.createEl("li");
				inline(li, item.text);
				i++;
				// Reading view: lines indented under the item (a nested list, the sync plugin's `    - ⏱ …`) belong to it.
				const nested: string[] = [];
				while (readingView && i < lines.length && /^(?: {2,}|\t)\S/.test(lines[i] ?? "")) nested.push((lines[i++] ?? "").replace(/^(?: {2,4}|\t)/, ""));
				if (nested.length > 0) renderBlocks(li, nested.join("\n"), true);
			}
			continue;
		}
		const p = el.createEl("p");
		let first = true;
		while (i < lines.length) {
			const next = lines[i] ?? "";
			if (next.trim() === "" || (!first && (/^#{1,6}\s/.test(next) || listItem(next) !== null))) break;
			if (!first) p.createEl("br");
			inline(p, next);
			first = false;
			i++;
		}
	}
}

function listItem(line: string): { ordered: boolean; text: string } | null {
	const m = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/.exec(line);
	return m ? { ordered: m[1] === undefined, text: m[3] ?? "" } : null;
}

const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/** Inline markdown into `parent`: escapes, code spans, strong, emphasis; everything else as text. */
function inline(parent: HTMLElement, text: string): void {
	let buf = "";
	const flush = (): void => {
		if (buf !== "") parent.appendText(buf);
		buf = "";
	};
	let i = 0;
	while (i < text.length) {
		const c = text[i] ?? "";
		const next = text[i + 1] ?? "";
		if (c === "\\" && PUNCT.includes(next) && next !== "") {
			buf += next;
			i += 2;
			continue;
		}
		if (c === "`") {
			const end = text.indexOf("`", i + 1);
			if (end > i + 1) {
				flush();
				parent.createEl("code", { text: text.slice(i + 1, end) });
				i = end + 1;
				continue;
			}
		}
		if ((c === "*" || c === "_") && next === c) {
			const end = text.indexOf(c + c, i + 2);
			if (end > i + 2) {
				flush();
				inline(parent.createEl("strong"), text.slice(i + 2, end));
				i = end + 2;
				continue;
			}
		}
		if (c === "*" || c === "_") {
			const end = text.indexOf(c, i + 1);
			if (end > i + 1 && text[i + 1] !== " ") {
				flush();
				inline(parent.createEl("em"), text.slice(i + 1, end));
				i = end + 1;
				continue;
			}
		}
		buf += c;
		i++;
	}
	flush();
}

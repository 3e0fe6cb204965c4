// Reading view and Markdown post-processors (obsidian.d.ts `Plugin.registerMarkdownPostProcessor`, "Registers a post
// processor, to change how the document looks in reading mode"; docs.obsidian.md › Plugins › Editor › Markdown post
// processing). What our code depends on, modelled:
// - Reading view renders a note section by section — a section is a run of non-blank lines (a heading is a section
//   of its own; the frontmatter is not rendered as markdown) — each into its own `div`, and calls every registered
//   post-processor with that `div` and a context: `sourcePath`, `frontmatter`, `addChild` (the child lives as long
//   as the section: it is loaded with it and unloaded when the view closes or re-renders), and `getSectionInfo(el)`,
//   which gives the section's `lineStart`/`lineEnd` (0-based) and the note's whole `text` for a section element,
//   and null for any other element;
// - MarkdownRenderer.render (markdown.ts) runs the same post-processors over what it renders, where
//   `getSectionInfo` returns null (the d.ts: "may also return null in many circumstances").
// Post-processors are global in Obsidian (MarkdownPreviewRenderer's registry), so the registry here is too.
import type * as O from "obsidian";
import { Component } from "./component";
import { renderBlocks } from "./markdown";

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

interface Registered {
	readonly processor: O.MarkdownPostProcessor;
	readonly sortOrder: number;
}

const registered: Registered[] = [];

/** What Plugin.registerMarkdownPostProcessor adds; the returned function removes it (on the plugin's unload). */
export function addPostProcessor(processor: O.MarkdownPostProcessor, sortOrder = 0): () => void {
	const entry = { processor, sortOrder };
	registered.push(entry);
	registered.sort((a, b) => a.sortOrder - b.sortOrder);
	return () => {
		const i = registered.indexOf(entry);
		if (i !== -1) registered.splice(i, 1);
	};
}

/** Shim only: a new app starts with none (a test that failed before its unload must not leak into the next). */
export function _resetPostProcessors(): void {
	registered.length = 0;
}

/** Shim only: how many post-processors are registered (a clean unload leaves none). */
export function postProcessorCount(): number {
	return registered.length;
}

/** Runs the post-processors over `el` (MarkdownRenderer.render and each Reading view section). */
export function runPostProcessors(el: HTMLElement, ctx: O.MarkdownPostProcessorContext): void {
	for (const { processor } of [...registered]) void processor(el, ctx);
}

export interface ReadingView {
	/** The rendered note: `.markdown-preview-view` > `.markdown-preview-sizer` > one `div` per section. */
	readonly el: HTMLElement;
	/** Each section's element and lines. */
	readonly sections: readonly { readonly el: HTMLElement; readonly lineStart: number; readonly lineEnd: number }[];
	/** Closing the view (or re-rendering it): every section's children are unloaded. */
	unload(): void;
}

/** Shim only: `path`'s Reading view, rendered as Obsidian renders it, post-processors included. */
export function renderReadingView(sourcePath: string, text: string, parent: HTMLElement): ReadingView {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const el = parent.createDiv("markdown-preview-view markdown-rendered");
	const sizer = el.createDiv("markdown-preview-sizer markdown-preview-section");
	const owner = new Component();
	owner.load();
	const sections: { el: HTMLElement; lineStart: number; lineEnd: number }[] = [];
	for (const [lineStart, lineEnd] of sectionRanges(lines)) {
		const sectionEl = sizer.createDiv();
		renderBlocks(sectionEl, lines.slice(lineStart, lineEnd + 1).join("\n"), true);
		sections.push({ el: sectionEl, lineStart, lineEnd });
	}
	const byEl = new Map(sections.map((s) => [s.el, s]));
	for (const section of sections) {
		const ctx: O.MarkdownPostProcessorContext = {
			docId: `shim-${sourcePath}`,
			sourcePath,
			frontmatter: null,
			addChild: (child) => void owner.addChild(child),
			getSectionInfo: (target) => {
				const s = byEl.get(target);
				return s === undefined ? null : { text: lines.join("\n"), lineStart: s.lineStart, lineEnd: s.lineEnd };
			},
		};
		runPostProcessors(section.el, ctx);
	}
	return { el, sections, unload: () => owner.unload() };
}

/** [first, last] lines of each section: runs of non-blank lines, a heading alone, the frontmatter left out. */
function sectionRanges(lines: readonly string[]): [number, number][] {
	let i = 0;
	if ((lines[0] ?? "").trim() === "---") {
		const end = lines.findIndex((l, k) => k > 0 && l.trim() === "---");
		if (end !== -1) i = end + 1;
	}
	const out: [number, number][] = [];
	while (i < lines.length) {
		if ((lines[i] ?? "").trim() === "") {
			i++;
			continue;
		}
		const start = i;
		if (/^#{1,6}\s/.test(lines[i] ?? "")) {
			out.push([i, i]);
			i++;
			continue;
		}
		while (i + 1 < lines.length && (lines[i + 1] ?? "").trim() !== "" && !/^#{1,6}\s/.test(lines[i + 1] ?? "")) i++;
		out.push([start, i]);
		i++;
	}
	return out;
}

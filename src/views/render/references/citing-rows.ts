import type { Translate } from "../../../core/i18n";
import { citingContext, type CitingContext } from "../../../core/view-models/citing-context";
import type { CitingLine, CitingNote, ContextSegment, DanglingReference } from "../../../core/view-models/references";
import { LIST_ROW_CLASS } from "../list-keyboard";

// Rows for a place in a note that cites a block: link or embed, the heading the link sits under and the block
// around it as text (issue 13 item 4), a click that opens the note at that line, a hover that previews it there.
// Pure render functions; the lines come from the caller (read through the adapter).

export interface CitingRowOptions {
	readonly t: Translate;
	/** Click / Enter / middle click: open `path` at the 0-based `line` (Mod → new tab, in the caller). */
	readonly openLine: (path: string, line: number, evt: MouseEvent | KeyboardEvent) => void;
	/** Hover: Obsidian's page preview of `path` scrolled to the 0-based `line`. */
	readonly hoverLine: (path: string, line: number, evt: MouseEvent, targetEl: HTMLElement) => void;
	/** The lines of a note, or null when unread or unreadable (rows then show no context). */
	readonly linesOf: (path: string) => readonly string[] | null;
}

/** One line of context: its links as emphasised plain text (never Markdown, never HTML). */
function renderSegments(parent: HTMLElement, segments: readonly ContextSegment[], cls: string[]): HTMLElement {
	const el = parent.createDiv({ cls: ["wrh-refs-context", ...cls] });
	for (const segment of segments) {
		if (segment.link) el.createSpan({ cls: "wrh-refs-context-link", text: segment.text });
		else el.appendText(segment.text);
	}
	return el;
}

/** The heading above the link (small, muted), then the shown lines of its block, "…" where lines are left out. */
export function renderCitingContext(parent: HTMLElement, context: CitingContext): void {
	if (context.heading !== null) parent.createDiv({ cls: "wrh-refs-context-heading", text: context.heading.text });
	const block = parent.createDiv("wrh-refs-context-block");
	if (context.elidedBefore) block.createDiv({ cls: "wrh-refs-context-elided", text: "…" });
	for (const line of context.lines) renderSegments(block, line.segments, line.cited ? ["wrh-refs-context-cited"] : []);
	if (context.elidedAfter) block.createDiv({ cls: "wrh-refs-context-elided", text: "…" });
}

/** One citing line as a keyboard list row. */
function renderLineRow(parent: HTMLElement, path: string, cite: CitingLine, options: CitingRowOptions, extraCls: string[] = []): HTMLElement {
	const { t } = options;
	const row = parent.createDiv({
		cls: ["wrh-refs-line", LIST_ROW_CLASS, ...extraCls],
		attr: { role: "listitem", tabindex: -1, "data-key": `${path}:${cite.line}:${cite.blockId.toLowerCase()}`, "data-path": path, "data-line": cite.line },
	});
	const meta = row.createDiv("wrh-refs-line-meta");
	meta.createSpan({ cls: "wrh-refs-line-no", text: t("referencesLine", { line: cite.line + 1 }) });
	meta.createSpan({ cls: cite.embed ? "wrh-refs-kind wrh-refs-kind-embed" : "wrh-refs-kind", text: t(cite.embed ? "referencesEmbed" : "referencesLink") });
	const lines = options.linesOf(path);
	const context = lines === null ? null : citingContext(lines, cite.line);
	if (context !== null) renderCitingContext(row, context);
	row.addEventListener("click", (evt) => options.openLine(path, cite.line, evt));
	row.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) options.openLine(path, cite.line, evt);
	});
	// Hover previews; it is never the only way: a tap or Enter opens the note at the same line.
	row.addEventListener("mouseover", (evt) => options.hoverLine(path, cite.line, evt, row));
	row.addEventListener("keydown", (evt) => {
		if (evt.target !== row || evt.key !== "Enter") return;
		evt.preventDefault();
		options.openLine(path, cite.line, evt);
	});
	return row;
}

/** Citing notes, each a group: the note's name, then its citing lines. */
export function renderCitingNotes(parent: HTMLElement, notes: readonly CitingNote[], options: CitingRowOptions): void {
	for (const note of notes) {
		const group = parent.createDiv({ cls: "wrh-refs-group", attr: { role: "group", "aria-label": note.name } });
		const head = group.createDiv("wrh-refs-group-title");
		head.createSpan({ cls: "wrh-refs-note-name", text: note.name });
		if (note.path !== `${note.name}.md`) head.createSpan({ cls: "wrh-refs-note-path", text: note.path });
		for (const cite of note.lines) renderLineRow(group, note.path, cite, options);
	}
}

/** A dangling citation: marked, with the block id it asks for, opening the citing note at the broken link. */
export function renderDanglingRow(parent: HTMLElement, ref: DanglingReference, options: CitingRowOptions, showSource: boolean): HTMLElement {
	const row = renderLineRow(parent, ref.from, ref, options, ["wrh-refs-dangling"]);
	const meta = row.querySelector(".wrh-refs-line-meta") as HTMLElement;
	const badge = meta.createSpan({ cls: "wrh-refs-dangling-badge", text: options.t("referencesDangling") });
	badge.setAttr("title", options.t("referencesDanglingTitle"));
	meta.createSpan({ cls: "wrh-refs-block-id", text: `^${ref.blockId}` });
	if (showSource) meta.prepend(meta.createSpan({ cls: "wrh-refs-note-name", text: ref.fromName }));
	return row;
}

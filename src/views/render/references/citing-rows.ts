import type { Translate } from "../../../core/i18n";
import { contextSegments, type CitingLine, type CitingNote, type DanglingReference } from "../../../core/view-models/references";
import { LIST_ROW_CLASS } from "../list-keyboard";

// Rows for a place in a note that cites a block: the citing note's line as text, link or embed, and a click that
// opens the note at that line. Pure render functions; the line text comes from the caller (read through the adapter).

export interface CitingRowOptions {
	readonly t: Translate;
	/** Click / Enter / middle click: open `path` at the 0-based `line` (Mod → new tab, in the caller). */
	readonly openLine: (path: string, line: number, evt: MouseEvent | KeyboardEvent) => void;
	/** The lines of a note, or null when unread or unreadable (rows then show no context). */
	readonly linesOf: (path: string) => readonly string[] | null;
}

/** The line text with its links as emphasised plain text (never Markdown, never HTML). */
export function renderContext(parent: HTMLElement, line: string): HTMLElement {
	const el = parent.createDiv("wrh-refs-context");
	for (const segment of contextSegments(line)) {
		if (segment.link) el.createSpan({ cls: "wrh-refs-context-link", text: segment.text });
		else el.appendText(segment.text);
	}
	return el;
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
	const text = options.linesOf(path)?.[cite.line];
	if (text !== undefined) renderContext(row, text);
	row.addEventListener("click", (evt) => options.openLine(path, cite.line, evt));
	row.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) options.openLine(path, cite.line, evt);
	});
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

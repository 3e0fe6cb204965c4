import type { Translate } from "../../../core/i18n";
import type { CitedBook, DanglingReference, EntryReferences, NoteCitations, ReferencesPane } from "../../../core/view-models/references";
import type { EntryActions } from "../../entry-actions";
import { renderEntryRow } from "../entry-row";
import type { RowOwner } from "../row-lifetimes";
import { renderCitingNotes, renderDanglingRow, type CitingRowOptions } from "./citing-rows";

// The block references pane's content for each state of the view-model (core/view-models/references.ts). Pure
// render functions over a container the view owns; every interaction goes to EntryActions.

export interface ReferencesRenderOptions {
	readonly t: Translate;
	readonly actions: EntryActions;
	/** Lines of the notes shown as context (read before rendering), or null. */
	readonly linesOf: (path: string) => readonly string[] | null;
	/** "Follow the cursor" in the selected state. */
	readonly onFollowCursor: () => void;
	/** The pane: owns the rendering of reviews' markdown (entry-row.ts). */
	readonly owner?: RowOwner;
}

/** Fills `el` (emptied first) with the pane. */
export function renderReferencesPane(el: HTMLElement, pane: ReferencesPane, options: ReferencesRenderOptions): void {
	el.empty();
	const { t } = options;
	const { actions } = options;
	const rows: CitingRowOptions = {
		t,
		linesOf: options.linesOf,
		openLine: (path, line, evt) => actions.openLine(path, line, evt),
		hoverLine: (path, line, evt, targetEl) => actions.hoverLine(path, line, evt, targetEl),
	};
	switch (pane.kind) {
		case "indexing":
			message(el, t("referencesIndexing"), "wrh-refs-loading");
			return;
		case "no-note":
			message(el, t("referencesNoNote"));
			return;
		case "entry":
			renderEntry(el, pane.refs, pane.selected, options, rows);
			renderDanglingSection(el, pane.dangling, t, rows);
			return;
		case "book":
			message(el, t("referencesPlaceCursor"));
			renderDanglingSection(el, pane.dangling, t, rows);
			return;
		case "note":
			renderCitations(el, pane.citations, options, rows);
			return;
	}
}

function message(el: HTMLElement, text: string, cls?: string): void {
	el.createDiv({ cls: ["wrh-refs-empty", ...(cls ? [cls] : [])], text });
}

function heading(el: HTMLElement, text: string, count: number | null): void {
	const h = el.createDiv("wrh-refs-heading");
	h.createSpan({ text });
	if (count !== null) h.createSpan({ cls: "wrh-refs-count", text: String(count) });
}

function renderEntry(el: HTMLElement, refs: EntryReferences, selected: boolean, options: ReferencesRenderOptions, rows: CitingRowOptions): void {
	const { t, actions } = options;
	if (selected) {
		const bar = el.createDiv("wrh-refs-selected");
		bar.createSpan({ cls: "wrh-refs-selected-label", text: t("referencesSelected") });
		const follow = bar.createEl("button", { cls: "wrh-refs-follow", text: t("referencesFollowCursor") });
		follow.addEventListener("click", () => options.onFollowCursor());
	}
	const subject = el.createDiv("wrh-refs-subject");
	renderEntryRow(subject, refs.entry, { actions, t, showBook: true, showChapter: true, citedCount: refs.total, owner: options.owner });
	heading(el, t("referencesCitedByHeading"), refs.total);
	if (refs.notes.length === 0) {
		message(el, t("referencesNotCited"));
		return;
	}
	renderCitingNotes(el.createDiv("wrh-refs-notes"), refs.notes, rows);
}

function renderDanglingSection(el: HTMLElement, dangling: readonly DanglingReference[], t: Translate, rows: CitingRowOptions): void {
	if (dangling.length === 0) return;
	const section = el.createDiv("wrh-refs-dangling-section");
	heading(section, t("referencesDanglingHeading"), dangling.length);
	for (const ref of dangling) renderDanglingRow(section, ref, rows, true);
}

function renderCitations(el: HTMLElement, citations: NoteCitations, options: ReferencesRenderOptions, rows: CitingRowOptions): void {
	const { t } = options;
	heading(el, t("referencesCitesHeading"), citations.entryCount + citations.danglingCount);
	if (citations.books.length === 0) {
		message(el, t("referencesCitesNone"));
		return;
	}
	for (const book of citations.books) renderCitedBook(el, book, citations.path, options, rows);
}

function renderCitedBook(el: HTMLElement, book: CitedBook, notePath: string, options: ReferencesRenderOptions, rows: CitingRowOptions): void {
	const group = el.createDiv({ cls: "wrh-refs-group wrh-refs-book", attr: { role: "group", "aria-label": book.bookTitle } });
	group.createDiv({ cls: "wrh-refs-group-title", text: book.bookTitle });
	for (const item of book.items) {
		if (item.entry !== null) {
			renderEntryRow(group, item.entry, { actions: options.actions, t: options.t, showChapter: true, cls: "wrh-refs-cited", owner: options.owner });
			continue;
		}
		// The book no longer has this id: the row opens this note at the broken link, where it can be fixed.
		for (const line of item.lines) {
			renderDanglingRow(group, { from: notePath, fromName: "", line: line.line, embed: line.embed, blockId: line.blockId }, rows, false);
		}
	}
}

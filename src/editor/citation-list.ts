import type { Translate } from "../core/i18n";
import type { Reference } from "../core/model";

// The citing notes of one block, as a badge's popover shows them (issue 13 item 1): note name, line, link or embed;
// each row opens the citing note at that line; the last row opens the references pane, which has them all.

/** Rows a popover lists before it says how many more the references pane has. */
export const POPOVER_ROWS = 8;

export interface CitationListActions {
	openLine(path: string, line: number, evt: MouseEvent | KeyboardEvent): void;
	showReferences(evt: MouseEvent | KeyboardEvent): void;
}

export function renderCitationList(el: HTMLElement, refs: readonly Reference[], t: Translate, actions: CitationListActions): void {
	const list = el.createDiv({ cls: "wrh-cite-popover", attr: { role: "list" } });
	list.createDiv({ cls: "wrh-cite-popover-title", text: t("citePopoverTitle") });
	for (const ref of refs.slice(0, POPOVER_ROWS)) {
		const row = list.createDiv({ cls: "wrh-cite-popover-row", attr: { role: "listitem", tabindex: "0" } });
		row.createSpan({ cls: "wrh-cite-popover-note", text: noteName(ref.from) });
		row.createSpan({ cls: "wrh-cite-popover-meta", text: `${t("referencesLine", { line: ref.line + 1 })} · ${t(ref.embed ? "referencesEmbed" : "referencesLink")}` });
		activateOn(row, (evt) => actions.openLine(ref.from, ref.line, evt));
	}
	const more = refs.length - POPOVER_ROWS;
	const footer = list.createDiv({
		cls: "wrh-cite-popover-footer",
		text: more > 0 ? t("citePopoverMore", { count: more }) : t("citeShowReferences"),
		attr: { role: "button", tabindex: "0" },
	});
	activateOn(footer, (evt) => actions.showReferences(evt));
}

/** A note's name as Obsidian shows it: the file name without the folder and `.md`. */
export function noteName(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.endsWith(".md") ? file.slice(0, -3) : file;
}

function activateOn(el: HTMLElement, run: (evt: MouseEvent | KeyboardEvent) => void): void {
	el.addEventListener("click", run);
	el.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" && evt.key !== " ") return;
		evt.preventDefault();
		run(evt);
	});
}

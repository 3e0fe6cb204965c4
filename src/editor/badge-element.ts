import type { LineBadge } from "../core/editor/badge-lines";
import type { BadgeActions, CitationSource } from "./citation-source";

// The badge itself, the same element in the editor (a CodeMirror widget) and in Reading view: a small count beside
// the block, a button for the keyboard and screen readers, the faint "0" variant for uncited highlights.

export const BADGE_CLASS = "wrh-cite-badge";

export function createBadge(path: string, badge: LineBadge, source: CitationSource, actions: BadgeActions): HTMLElement {
	const el = createSpan({ cls: BADGE_CLASS });
	el.setAttr("role", "button");
	el.setAttr("tabindex", "0");
	fillBadge(el, badge, source);
	// mousedown would move the editor's cursor into the line under the badge (and open Live Preview's source there).
	el.addEventListener("mousedown", (evt) => evt.preventDefault());
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		actions.activate(path, badge.id, evt, el);
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" && evt.key !== " ") return;
		evt.preventDefault();
		evt.stopPropagation();
		actions.activate(path, badge.id, evt, el);
	});
	el.addEventListener("mouseenter", (evt) => actions.preview(path, badge.id, evt, el));
	return el;
}

/** Writes a badge's count into an existing element (a live update keeps the element, and its focus). */
export function fillBadge(el: HTMLElement, badge: LineBadge, source: CitationSource): void {
	el.setText(String(badge.count));
	el.toggleClass("is-zero", badge.count === 0);
	el.toggleClass("is-unlinkable", !badge.linkable && badge.count > 0);
	el.setAttr("aria-label", source.label(badge));
	el.dataset.blockId = badge.id;
}

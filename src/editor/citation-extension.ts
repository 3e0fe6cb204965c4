import { RangeSetBuilder, StateEffect, type Extension } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { editorInfoField } from "obsidian";
import { badgeForLine, type BlockCitations, type LineBadge } from "../core/editor/badge-lines";
import { createBadge } from "./badge-element";
import type { BadgeActions, CitationSource } from "./citation-source";

// Citation counts in Live Preview and source mode (issue 13 item 1), as a CodeMirror 6 view plugin that Obsidian
// adds to every Markdown editor (Plugin.registerEditorExtension). Cost (item 2): decorations are built only for the
// editor's visible ranges (`view.visibleRanges`: CodeMirror renders just the viewport), from the lines themselves and
// the index's id maps, on a document change, a viewport change or an index change; never by scanning the document.

/** "The index or a setting changed": rebuild the badges of the visible lines. */
const refreshBadges = StateEffect.define<null>();

class BadgeWidget extends WidgetType {
	constructor(
		private readonly path: string,
		private readonly badge: LineBadge,
		private readonly source: CitationSource,
		private readonly actions: BadgeActions,
	) {
		super();
	}

	// Same id and count → CodeMirror keeps the element: typing on the line does not rebuild (or blink) the badge.
	override eq(other: BadgeWidget): boolean {
		const a = this.badge;
		const b = other.badge;
		return other.path === this.path && a.id === b.id && a.count === b.count && a.linkable === b.linkable;
	}

	toDOM(): HTMLElement {
		return createBadge(this.path, this.badge, this.source, this.actions);
	}

	// The badge handles its own clicks and keys; the editor must not treat them as its own (cursor moves).
	override ignoreEvent(): boolean {
		return true;
	}
}

/** The book note an editor shows, through Obsidian's editorInfoField (null outside a note, e.g. a canvas card). */
function notePath(view: EditorView): string | null {
	const info = view.state.field(editorInfoField, false);
	return info?.file?.path ?? null;
}

export function citationBadgeExtension(source: CitationSource, actions: BadgeActions): Extension {
	const plugin = ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			private readonly unsubscribe: () => void;
			private pending = false;
			private destroyed = false;

			constructor(private readonly view: EditorView) {
				this.decorations = this.build();
				// The index changes outside CodeMirror's update cycle (vault events); a dispatch from inside another
				// update would throw, so the refresh is queued and coalesced.
				this.unsubscribe = source.subscribe(() => {
					if (this.pending) return;
					this.pending = true;
					queueMicrotask(() => {
						this.pending = false;
						if (!this.destroyed) this.view.dispatch({ effects: refreshBadges.of(null) });
					});
				});
			}

			update(u: ViewUpdate): void {
				if (u.docChanged || u.viewportChanged || u.transactions.some((tr) => tr.effects.some((e) => e.is(refreshBadges)))) {
					this.decorations = this.build();
				}
			}

			destroy(): void {
				this.destroyed = true;
				this.unsubscribe();
			}

			private build(): DecorationSet {
				const path = notePath(this.view);
				if (path === null || !source.enabled() || !source.isBook(path)) return Decoration.none;
				const showZero = source.showZero();
				const lookup = (id: string): BlockCitations | null => source.lookup(path, id);
				const builder = new RangeSetBuilder<Decoration>();
				const { doc } = this.view.state;
				// Visible ranges are split by folds, and a line can reach into two of them: each line is read once.
				let done = -1;
				for (const { from, to } of this.view.visibleRanges) {
					for (let pos = Math.max(from, done + 1); pos <= to; ) {
						const line = doc.lineAt(pos);
						const badge = badgeForLine(line.text, lookup, showZero);
						if (badge !== null) builder.add(line.to, line.to, Decoration.widget({ widget: new BadgeWidget(path, badge, source, actions), side: 1 }));
						done = line.to;
						pos = line.to + 1;
					}
				}
				return builder.finish();
			}
		},
		{ decorations: (p) => p.decorations },
	);
	return [plugin];
}

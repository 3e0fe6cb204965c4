import { MarkdownRenderChild, type MarkdownPostProcessor } from "obsidian";
import { sectionIds, type SectionId } from "../core/editor/badge-lines";
import { createBadge, fillBadge } from "./badge-element";
import type { BadgeActions, CitationSource } from "./citation-source";

// Citation counts in Reading view (issue 13 item 1): a Markdown post-processor. Obsidian renders a note section by
// section and calls it with each section's element; `getSectionInfo(el)` gives the section's lines in the note
// ("may also return null in many circumstances" — obsidian.d.ts — e.g. for markdown rendered into a pane, which is
// not a note's Reading view: no badges there). Each section's badges live in a MarkdownRenderChild, which Obsidian
// unloads with the section, so the live updates (index changes) stop with it.

export interface ReadingViewBadges {
	readonly processor: MarkdownPostProcessor;
	/**
	 * The plugin unloads: sections rendered before stay on screen until Obsidian renders them again, so their badges
	 * are taken out now and stop listening.
	 */
	dispose(): void;
}

export function readingViewBadges(source: CitationSource, actions: BadgeActions): ReadingViewBadges {
	const live = new Set<SectionBadges>();
	const processor: MarkdownPostProcessor = (el, ctx) => {
		const path = ctx.sourcePath;
		if (!source.isBook(path)) return;
		const info = ctx.getSectionInfo(el);
		if (info === null) return;
		const ids = sectionIds(info.text.split("\n"), info.lineStart, info.lineEnd);
		if (ids.length === 0) return;
		ctx.addChild(new SectionBadges(el, path, ids, source, actions, live));
	};
	return {
		processor,
		dispose: () => {
			for (const child of [...live]) child.unload();
		},
	};
}

class SectionBadges extends MarkdownRenderChild {
	private readonly shown = new Map<string, HTMLElement>();

	constructor(
		containerEl: HTMLElement,
		private readonly path: string,
		private readonly ids: readonly SectionId[],
		private readonly source: CitationSource,
		private readonly actions: BadgeActions,
		private readonly live: Set<SectionBadges>,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.live.add(this);
		this.render();
		this.register(this.source.subscribe(() => this.render()));
	}

	override onunload(): void {
		this.live.delete(this);
		for (const el of this.shown.values()) el.detach();
		this.shown.clear();
	}

	/** Adds, updates or removes each id's badge; an unchanged badge keeps its element. */
	private render(): void {
		const showZero = this.source.enabled() && this.source.showZero();
		for (const sid of this.ids) {
			const found = this.source.enabled() ? this.source.lookup(this.path, sid.id) : null;
			const existing = this.shown.get(sid.id);
			if (found === null || (found.count === 0 && !showZero)) {
				existing?.detach();
				this.shown.delete(sid.id);
				continue;
			}
			const badge = { id: sid.id, ...found };
			if (existing !== undefined) {
				fillBadge(existing, badge, this.source);
				continue;
			}
			const el = createBadge(this.path, badge, this.source, this.actions);
			placeBadge(this.containerEl, sid, el);
			this.shown.set(sid.id, el);
		}
	}
}

/**
 * Beside its block: in a list, at the end of the item's own text (before a nested list, where the sync plugin puts
 * the ⏱ line); elsewhere at the end of the section's last paragraph (a quote, a callout, a plain paragraph).
 */
function placeBadge(sectionEl: HTMLElement, sid: SectionId, badgeEl: HTMLElement): void {
	if (sid.listItem !== null) {
		const list = sectionEl.querySelector("ul, ol");
		const item = list ? Array.from(list.children).filter((c) => c.tagName === "LI")[sid.listItem] : undefined;
		if (item !== undefined) {
			const nested = Array.from(item.children).find((c) => c.tagName === "UL" || c.tagName === "OL");
			if (nested) item.insertBefore(badgeEl, nested);
			else item.appendChild(badgeEl);
			return;
		}
	}
	const paragraphs = sectionEl.querySelectorAll("p");
	const last = paragraphs.item(paragraphs.length - 1);
	(last ?? sectionEl).appendChild(badgeEl);
}

import { HoverPopover, Menu, Platform, type HoverParent, type Plugin } from "obsidian";
import type { Translate } from "../core/i18n";
import type { HighlightIndex, TimelineEntry } from "../core/index";
import { entryIdLinkable } from "../core/index/id-linkable";
import type { Settings } from "../core/settings";
import { citationBadgeExtension } from "../editor/citation-extension";
import { noteName, POPOVER_ROWS, renderCitationList } from "../editor/citation-list";
import type { BadgeActions, CitationSource } from "../editor/citation-source";
import { readingViewBadges } from "../editor/reading-badges";
import type { EntryActions } from "../views/entry-actions";

// Citation counts where the reader reads (issue 13 item 1): the CodeMirror extension for Live Preview and source
// mode, the Reading view post-processor, both fed by the index, and what a badge does — a click opens the references
// pane on the highlight; the pointer resting on it shows the citing notes in a popover; on a phone, where nothing
// hovers, a tap shows them in a menu whose last item opens the pane.

/** How long the pointer rests on a badge before its popover shows (Obsidian's page preview waits as long). */
const POPOVER_WAIT_MS = 300;

export interface CitationBadgeDeps {
	readonly index: HighlightIndex;
	readonly settings: () => Settings;
	/** Settings changes (the badge toggles): badges re-read. */
	readonly onSettingsChange: (listener: () => void) => () => void;
	readonly actions: Pick<EntryActions, "openLine">;
	readonly showReferences: (entry: TimelineEntry) => void;
	readonly t: () => Translate;
}

export function registerCitationBadges(plugin: Plugin, deps: CitationBadgeDeps): void {
	const source = citationSource(deps);
	const actions = new BadgeCommands(deps);
	plugin.registerEditorExtension(citationBadgeExtension(source, actions));
	const reading = readingViewBadges(source, actions);
	plugin.registerMarkdownPostProcessor(reading.processor);
	plugin.register(() => reading.dispose());
}

export function citationSource(deps: CitationBadgeDeps): CitationSource {
	const { index } = deps;
	return {
		isBook: (path) => index.book(path) !== undefined,
		lookup: (path, id) => {
			const entry = index.byBlockId(path, id);
			return entry === undefined ? null : { count: index.citedCount(path, id), linkable: entryIdLinkable(entry, id) };
		},
		entry: (path, id) => index.byBlockId(path, id),
		references: (path, id) => index.referencesTo(path, id),
		enabled: () => deps.settings().citationBadges,
		showZero: () => deps.settings().citationBadgesZero,
		subscribe: (listener) => {
			const offIndex = index.subscribe(() => listener());
			const offSettings = deps.onSettingsChange(listener);
			return () => {
				offIndex();
				offSettings();
			};
		},
		label: ({ count, linkable }) => {
			const t = deps.t();
			if (count === 0) return t("citeBadgeNone");
			return linkable ? t("citeBadgeLabel", { count }) : t("citeBadgeUnlinkable", { count });
		},
	};
}

class BadgeCommands implements BadgeActions {
	/** Obsidian keeps the open popover on its hover parent: one for every badge, so a new one replaces the last. */
	private readonly hoverParent: HoverParent = { hoverPopover: null };
	private previewing: HTMLElement | null = null;

	constructor(private readonly deps: CitationBadgeDeps) {}

	activate(path: string, id: string, evt: MouseEvent | KeyboardEvent, badgeEl: HTMLElement): void {
		const entry = this.deps.index.byBlockId(path, id);
		if (entry === undefined) return;
		if (Platform.isMobile) this.showMenu(path, id, entry, evt, badgeEl);
		else this.deps.showReferences(entry);
	}

	preview(path: string, id: string, _evt: MouseEvent, badgeEl: HTMLElement): void {
		if (Platform.isMobile) return;
		const refs = this.deps.index.referencesTo(path, id);
		if (refs.length === 0) return;
		// mouseenter again on the badge whose popover is open: keep it.
		if (this.previewing === badgeEl && this.hoverParent.hoverPopover !== null) return;
		const popover = new HoverPopover(this.hoverParent, badgeEl, POPOVER_WAIT_MS);
		this.previewing = badgeEl;
		renderCitationList(popover.hoverEl, refs, this.deps.t(), {
			openLine: (from, line, evt) => this.deps.actions.openLine(from, line, evt),
			showReferences: () => {
				const entry = this.deps.index.byBlockId(path, id);
				if (entry !== undefined) this.deps.showReferences(entry);
			},
		});
	}

	/** The phone's popover: the citing notes as menu items (a menu opens on a tap), then the references pane. */
	private showMenu(path: string, id: string, entry: TimelineEntry, evt: MouseEvent | KeyboardEvent, badgeEl: HTMLElement): void {
		const t = this.deps.t();
		const refs = this.deps.index.referencesTo(path, id);
		const menu = new Menu();
		for (const ref of refs.slice(0, POPOVER_ROWS)) {
			menu.addItem((item) =>
				item
					.setTitle(`${noteName(ref.from)} · ${t("referencesLine", { line: ref.line + 1 })}`)
					.setIcon(ref.embed ? "file-input" : "link")
					.setSection("cited-by")
					.onClick((e) => this.deps.actions.openLine(ref.from, ref.line, e)),
			);
		}
		const more = refs.length - POPOVER_ROWS;
		menu.addItem((item) =>
			item
				.setTitle(more > 0 ? t("citePopoverMore", { count: more }) : t("citeShowReferences"))
				.setIcon("links-coming-in")
				.setSection("pane")
				.onClick(() => this.deps.showReferences(entry)),
		);
		if ("clientX" in evt) menu.showAtMouseEvent(evt);
		else {
			const rect = badgeEl.getBoundingClientRect();
			menu.showAtPosition({ x: rect.left, y: rect.bottom });
		}
	}
}

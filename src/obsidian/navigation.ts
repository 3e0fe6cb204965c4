import { Keymap, MarkdownRenderer, Menu, Notice, TFile, type App, type Component, type HoverParent, type HoverPopover } from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import type { TimelineEntry } from "../core/index";
import type { EntryActions } from "../views/entry-actions";

// EntryActions against the App (design §5): how every pane opens, previews, drags and cites a highlight.
// Views call these through the interface only, so they never touch the workspace or the clipboard themselves.

export interface NavigationDeps {
	readonly app: App;
	/** The index's citation counts (HighlightIndex implements it). */
	readonly citations: { citedCount(bookPath: string, id: string): number };
	readonly t: () => Translate;
	/** The id registered with `registerHoverLinkSource`. */
	readonly hoverSource: string;
	/** Context menu "Reveal in timeline"; the item is left out when absent. */
	readonly revealInTimeline?: (entry: TimelineEntry) => void;
	/** Context menu "Show references"; the item is left out when absent. */
	readonly showReferences?: (entry: TimelineEntry) => void;
}

/** One item of an entry's context menu; `id` is stable (the row commands are named after it). */
export interface EntryMenuAction {
	readonly id: EntryMenuActionId;
	readonly title: MessageKey;
	readonly icon: string;
	readonly section: "copy" | "view";
	run(): void;
}

export type EntryMenuActionId = "copy-link" | "copy-embed" | "copy-quote" | "reveal-in-timeline" | "show-references";

/**
 * Characters that end a link path in Obsidian's link syntax (`#` subpath, `^` block, `|` alias, `[`/`]` brackets).
 * A note whose path holds one cannot be named in a linktext, so such notes are opened through the file instead.
 */
const LINK_BREAKING = /[#^|[\]]/;

export class Navigation implements EntryActions {
	/** Obsidian keeps the open page preview on its hover parent; one for every row our panes show. */
	private readonly hoverParent: HoverParent = { hoverPopover: null as HoverPopover | null };

	constructor(private readonly deps: NavigationDeps) {}

	open(entry: TimelineEntry, evt: MouseEvent | KeyboardEvent): void {
		const file = this.file(entry.bookPath);
		if (file === null) return;
		const newLeaf = Keymap.isModEvent(evt);
		const { workspace } = this.deps.app;
		const id = resolvableId(entry);
		if (id === null) {
			void workspace.getLeaf(newLeaf).openFile(file, { eState: { line: entry.line } });
		} else if (LINK_BREAKING.test(file.path)) {
			// What openLinkText does after parsing the link: open the file with the block as the subpath.
			void workspace.getLeaf(newLeaf).openFile(file, { eState: { subpath: `#^${id}` } });
		} else {
			void workspace.openLinkText(`${file.path}#^${id}`, "", newLeaf);
		}
	}

	openLine(path: string, line: number, evt: MouseEvent | KeyboardEvent): void {
		const file = this.file(path);
		if (file === null) return;
		void this.deps.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file, { eState: { line } });
	}

	hover(entry: TimelineEntry, evt: MouseEvent, targetEl: HTMLElement): void {
		if (LINK_BREAKING.test(entry.bookPath)) return;
		const id = resolvableId(entry);
		this.deps.app.workspace.trigger("hover-link", {
			event: evt,
			source: this.deps.hoverSource,
			hoverParent: this.hoverParent,
			targetEl,
			linktext: id === null ? entry.bookPath : `${entry.bookPath}#^${id}`,
			sourcePath: "",
			state: { scroll: entry.line },
		});
	}

	hoverLine(path: string, line: number, evt: MouseEvent, targetEl: HTMLElement): void {
		// As for an entry: a path that breaks link syntax would preview the wrong note, so none is shown.
		if (LINK_BREAKING.test(path)) return;
		this.deps.app.workspace.trigger("hover-link", {
			event: evt,
			source: this.deps.hoverSource,
			hoverParent: this.hoverParent,
			targetEl,
			linktext: path,
			sourcePath: "",
			state: { scroll: line },
		});
	}

	dragText(entry: TimelineEntry): string {
		const id = resolvableId(entry);
		return id === null ? this.link(entry) : `!${this.link(entry)}`;
	}

	citedCount(entry: TimelineEntry): number {
		let count = 0;
		for (const id of entryIds(entry)) count += this.deps.citations.citedCount(entry.bookPath, id);
		return count;
	}

	renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return MarkdownRenderer.render(this.deps.app, markdown, el, sourcePath, component);
	}

	showMenu(entry: TimelineEntry, evt: MouseEvent): void {
		const t = this.deps.t();
		const menu = new Menu();
		for (const action of this.entryMenu(entry)) {
			menu.addItem((item) =>
				item
					.setTitle(t(action.title))
					.setIcon(action.icon)
					.setSection(action.section)
					.onClick(() => action.run()),
			);
		}
		menu.showAtMouseEvent(evt);
	}

	/**
	 * What the context menu offers for `entry`, in menu order. The menu and the commands that act on the focused
	 * row (row-commands.ts) are both built from this list, so a touch user who cannot open the menu (iOS fires no
	 * `contextmenu`) finds the same actions.
	 */
	entryMenu(entry: TimelineEntry): EntryMenuAction[] {
		const actions: EntryMenuAction[] = [{ id: "copy-link", title: "menuCopyLink", icon: "link", section: "copy", run: () => this.copy(this.link(entry)) }];
		if (resolvableId(entry) !== null) {
			actions.push({ id: "copy-embed", title: "menuCopyEmbed", icon: "file-input", section: "copy", run: () => this.copy(`!${this.link(entry)}`) });
		}
		actions.push({ id: "copy-quote", title: "menuCopyQuote", icon: "quote", section: "copy", run: () => this.copy(this.quote(entry)) });
		const { revealInTimeline, showReferences } = this.deps;
		if (revealInTimeline !== undefined) {
			actions.push({ id: "reveal-in-timeline", title: "menuRevealInTimeline", icon: "calendar-clock", section: "view", run: () => revealInTimeline(entry) });
		}
		if (showReferences !== undefined) {
			actions.push({ id: "show-references", title: "menuShowReferences", icon: "links-coming-in", section: "view", run: () => showReferences(entry) });
		}
		return actions;
	}

	/**
	 * A link to the entry in the user's link format (wikilink or markdown, shortest path…), relative to the note
	 * being edited. With a block id it points at the block — also when Obsidian cannot resolve that id yet: the index
	 * counts citations by id, and such a link still opens the note. Without an id it points at the note.
	 */
	link(entry: TimelineEntry): string {
		const file = fileAt(this.deps.app, entry.bookPath);
		// From inside the book itself Obsidian would write `[[#^id]]`, which breaks once pasted or dropped elsewhere.
		const active = this.deps.app.workspace.getActiveFile()?.path ?? "";
		const sourcePath = active === entry.bookPath ? "" : active;
		const subpath = entry.blockId === null ? undefined : `#^${entry.blockId}`;
		// generateMarkdownLink escapes nothing: for such a name no wikilink can work, a percent-encoded markdown link can.
		if (file !== null && LINK_BREAKING.test(file.path)) return encodedMarkdownLink(this.deps.app, file, sourcePath, subpath ?? "");
		if (file !== null) return this.deps.app.fileManager.generateMarkdownLink(file, sourcePath, subpath);
		// The note went away between render and click: a plain wikilink by path, brackets and pipes kept out.
		return `[[${entry.bookPath.replace(/\.md$/, "").replace(/[[\]|#^]/g, " ")}${subpath ?? ""}]]`;
	}

	/** `> text` (every line quoted), then `> — link`: a citation that reads well and links back. */
	quote(entry: TimelineEntry): string {
		const words = entry.text !== "" ? entry.text : (entry.thought ?? "");
		const lines = words.split("\n").map((l) => (l === "" ? ">" : `> ${l}`));
		return [...lines, `> — ${this.link(entry)}`].join("\n");
	}

	private copy(text: string): void {
		const t = this.deps.t();
		navigator.clipboard.writeText(text).then(
			() => new Notice(t("noticeCopied")),
			() => new Notice(t("noticeCopyFailed")),
		);
	}

	private file(path: string): TFile | null {
		const file = fileAt(this.deps.app, path);
		if (file === null) new Notice(this.deps.t()("noticeNoteMissing", { path }));
		return file;
	}
}

function fileAt(app: App, path: string): TFile | null {
	const file = app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? file : null;
}

/**
 * `[name](path#^id)` with every character of the path that means something in a link or a URL percent-encoded
 * (`C%23%20notes%20%5B2nd%5D.md`), the shortest path Obsidian would use, and the brackets of the name escaped.
 */
function encodedMarkdownLink(app: App, file: TFile, sourcePath: string, subpath: string): string {
	const path = app.metadataCache.fileToLinktext(file, sourcePath, false);
	const encoded = path
		.split("/")
		.map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")))
		.join("/");
	return `[${file.basename.replace(/[[\]\\]/g, (c) => `\\${c}`)}](${encoded}${subpath})`;
}

/** The block id to open or embed, or null when Obsidian will not find it (navigation then uses the line). */
function resolvableId(entry: TimelineEntry): string | null {
	return entry.blockId !== null && entry.blockIdResolvable ? entry.blockId : null;
}

/** Every id a merged entry can be cited by: its highlight's and its thought's. */
function entryIds(entry: TimelineEntry): string[] {
	const ids = [entry.highlight?.blockId, entry.review?.blockId, entry.blockId].filter((x): x is string => typeof x === "string");
	const seen = new Set<string>();
	return ids.filter((id) => {
		const k = id.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

import { Keymap, MarkdownRenderer, Menu, Notice, TFile, type App, type Component, type HoverParent, type HoverPopover } from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import type { TimelineEntry } from "../core/index";
import { embedBlocker, headingLinkable, quoteWithLink, type EmbedBlocker } from "../core/links/embed-fallback";
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

	/** An embed when Obsidian resolves the id; else the quote with a link that resolves, and a Notice saying why. */
	dragText(entry: TimelineEntry): string {
		const fallback = this.embedFallback(entry);
		if (fallback === null) return `!${this.link(entry)}`;
		new Notice(this.fallbackMessage(fallback, "drag"));
		return fallback.text;
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
		actions.push({ id: "copy-embed", title: "menuCopyEmbed", icon: "file-input", section: "copy", run: () => this.copyEmbed(entry) });
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
		return this.linkTo(entry.bookPath, entry.blockId === null ? undefined : { subpath: `#^${entry.blockId}` });
	}

	/** `> text` (every line quoted), then `> — link`: a citation that reads well and links back. */
	quote(entry: TimelineEntry): string {
		return quoteWithLink(quoteWords(entry), this.link(entry));
	}

	/**
	 * What "Copy embed" and a drag give instead of `![[Book#^id]]` when Obsidian would answer "Unable to find
	 * section": the quote with a link to the heading the entry sits under, as Obsidian's metadata cache lists the
	 * note's headings (so the subpath is the heading as Obsidian matches it), or to the note when no heading can be
	 * named in a link. Null when the embed resolves (today's embed stays exactly as it was).
	 */
	embedFallback(entry: TimelineEntry): { readonly blocker: EmbedBlocker; readonly target: "chapter" | "note"; readonly text: string } | null {
		const blocker = embedBlocker(entry);
		if (blocker === null) return null;
		const heading = this.headingAbove(entry.bookPath, entry.line);
		const target = heading !== null && headingLinkable(heading) ? "chapter" : "note";
		const link = this.linkTo(entry.bookPath, target === "chapter" && heading !== null ? { subpath: `#${heading}`, encoded: `#${encodeURIComponent(heading)}` } : undefined);
		return { blocker, target, text: quoteWithLink(quoteWords(entry), link) };
	}

	private copyEmbed(entry: TimelineEntry): void {
		const fallback = this.embedFallback(entry);
		if (fallback === null) this.copy(`!${this.link(entry)}`);
		else this.copy(fallback.text, this.fallbackMessage(fallback, "copy"));
	}

	private fallbackMessage(fallback: { readonly blocker: EmbedBlocker; readonly target: "chapter" | "note" }, action: "copy" | "drag"): string {
		const t = this.deps.t();
		const reason: MessageKey = fallback.blocker === "no-id" ? "embedReasonNoId" : fallback.blocker === "id-characters" ? "embedReasonIdCharacters" : "embedReasonNotRegistered";
		const instead: MessageKey =
			action === "copy"
				? fallback.target === "chapter"
					? "embedInsteadCopiedChapter"
					: "embedInsteadCopiedNote"
				: fallback.target === "chapter"
					? "embedInsteadDraggedChapter"
					: "embedInsteadDraggedNote";
		return t("embedUnresolvable", { reason: t(reason), instead: t(instead) });
	}

	/** The text of the last heading at or above the 0-based `line`, from Obsidian's metadata cache; null if none. */
	private headingAbove(path: string, line: number): string | null {
		const file = fileAt(this.deps.app, path);
		const headings = file === null ? undefined : this.deps.app.metadataCache.getFileCache(file)?.headings;
		let found: string | null = null;
		for (const h of headings ?? []) {
			if (h.position.start.line > line) break;
			found = h.heading;
		}
		return found;
	}

	/**
	 * A link to `path` in the user's link format (wikilink or markdown, shortest path…), relative to the note being
	 * edited, with an optional subpath (`encoded`: the same, percent-encoded, for a markdown link we build ourselves).
	 */
	private linkTo(path: string, sub?: { readonly subpath: string; readonly encoded?: string }): string {
		const file = fileAt(this.deps.app, path);
		// From inside the book itself Obsidian would write `[[#^id]]`, which breaks once pasted or dropped elsewhere.
		const active = this.deps.app.workspace.getActiveFile()?.path ?? "";
		const sourcePath = active === path ? "" : active;
		// generateMarkdownLink escapes nothing: for such a name no wikilink can work, a percent-encoded markdown link can.
		if (file !== null && LINK_BREAKING.test(file.path)) return encodedMarkdownLink(this.deps.app, file, sourcePath, sub?.encoded ?? sub?.subpath ?? "");
		if (file !== null) return this.deps.app.fileManager.generateMarkdownLink(file, sourcePath, sub?.subpath);
		// The note went away between render and click: a plain wikilink by path, brackets and pipes kept out.
		return `[[${path.replace(/\.md$/, "").replace(/[[\]|#^]/g, " ")}${sub?.subpath ?? ""}]]`;
	}

	/** Copies `text`; says `done` (default "Copied to the clipboard") once it is on the clipboard. */
	private copy(text: string, done?: string): void {
		const t = this.deps.t();
		navigator.clipboard.writeText(text).then(
			() => new Notice(done ?? t("noticeCopied")),
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

/** The words a quote shows: the book's, else the reader's (a thought or review without highlighted text). */
function quoteWords(entry: TimelineEntry): string {
	return entry.text !== "" ? entry.text : (entry.thought ?? "");
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

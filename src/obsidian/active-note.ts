import { Component, MarkdownView, type App } from "obsidian";
import type { ActiveNote } from "../core/view-models/references";
import type { ActiveNoteSource } from "../views/references-view";

/**
 * Where the reader is: the active note and the line of the cursor in its editor (design §5, issue 4 "Block
 * references"). Obsidian has no cursor event in its API, so this listens to what moves it: leaf and file changes,
 * 'editor-change' (typing), and the document's 'selectionchange', which CodeMirror's editing surface fires whenever
 * the caret moves by mouse or keyboard. Listeners only hear "something may have moved"; they debounce and ask
 * `current()`, which is cheap.
 */
export class ActiveNoteTracker extends Component implements ActiveNoteSource {
	private readonly listeners = new Set<() => void>();
	/**
	 * The last Markdown view that was active. Focusing a sidebar pane (this one, to click a row) makes that pane the
	 * active leaf; the note the reader works in is still this view, as the core Backlinks pane assumes too.
	 */
	private lastMarkdown: MarkdownView | null = null;

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		const { workspace } = this.app;
		this.lastMarkdown = workspace.getActiveViewOfType(MarkdownView);
		this.registerEvent(
			workspace.on("active-leaf-change", (leaf) => {
				if (leaf?.view instanceof MarkdownView) this.lastMarkdown = leaf.view;
				this.notify();
			}),
		);
		this.registerEvent(workspace.on("file-open", () => this.notify()));
		this.registerEvent(workspace.on("editor-change", () => this.notify()));
		this.registerDomEvent(activeDocument, "selectionchange", () => this.notify());
		// A popout window has its own document, with its own selection events.
		this.registerEvent(workspace.on("window-open", (win) => this.registerDomEvent(win.doc, "selectionchange", () => this.notify())));
		this.register(() => {
			this.listeners.clear();
			this.lastMarkdown = null;
		});
	}

	current(): ActiveNote | null {
		const file = this.app.workspace.getActiveFile();
		if (file === null) return null;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView) ?? this.lastMarkdown;
		// The cursor counts only when the editor shows the active file (a closed or re-used view shows another one).
		const cursorLine = view !== null && view.file?.path === file.path ? view.editor.getCursor("head").line : null;
		return { path: file.path, cursorLine };
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private notify(): void {
		for (const listener of [...this.listeners]) listener();
	}
}

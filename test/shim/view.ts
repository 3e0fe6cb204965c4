// Views: View and ItemView as plugins extend them, the views a leaf holds when no plugin view is open (empty, a
// note), and the DeferredView a restored background leaf holds from Obsidian 1.7.2 until it is shown.
import { Compartment } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { MarkdownFileInfo, ViewState, ViewStateResult } from "obsidian";
import { markdownEditorState } from "./codemirror";
import { shimEnv } from "./misc";
import { renderReadingView, type ReadingView } from "./reading-view";
import { Component } from "./component";
import { Editor } from "./editor";
import type { App } from "./app";
import type { TFile } from "./vault";
import type { WorkspaceLeaf } from "./workspace";

export abstract class View extends Component {
	app: App;
	icon = "document";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		// Obsidian's structure: a header, then the content element (ItemView.contentEl = containerEl.children[1]).
		this.containerEl = createDiv("workspace-leaf-content");
		this.containerEl.createDiv("view-header");
		this.containerEl.createDiv("view-content");
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}
	protected onClose(): Promise<void> {
		return Promise.resolve();
	}
	abstract getViewType(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	setState(_state: unknown, _result: ViewStateResult): Promise<void> {
		return Promise.resolve();
	}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	abstract getDisplayText(): string;
	onPaneMenu(_menu: unknown, _source: string): void {}

	/** Shim only: what a leaf does to open and close its view. */
	async _open(): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		this.load();
		await this.onOpen();
	}
	async _close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const header = this.containerEl.children[0] as HTMLElement;
		const el = header.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		return el;
	}
}

/** What an empty leaf holds (and a leaf whose view type no plugin registers). */
export class EmptyView extends View {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

export class MarkdownViewStub extends View {
	/** The note's text at opening, with a cursor a test moves (editor.ts). */
	readonly editor: Editor;
	/**
	 * Shim only: the real CodeMirror 6 editor Obsidian shows the note in (Live Preview / source mode), when the test
	 * environment asks for one (`shimEnv.codeMirror`): the note's text, Obsidian's editorInfoField naming this view,
	 * and every extension plugins registered, reconfigured when they change (Workspace.updateOptions). Long lines
	 * wrap, as they do in Obsidian's editor.
	 */
	_cm: EditorView | null = null;
	private readonly _extensions = new Compartment();
	/** Shim only: the Reading view, while the note is shown in it (`_setMode("preview")`). */
	_reading: ReadingView | null = null;
	constructor(
		leaf: WorkspaceLeaf,
		readonly file: TFile,
	) {
		super(leaf);
		this.editor = new Editor(leaf.app.vault._text(file.path) ?? "");
	}
	getMode(): "source" | "preview" {
		return this._reading === null ? "source" : "preview";
	}
	override async _open(): Promise<void> {
		await super._open();
		if (shimEnv.codeMirror) this._mountEditor();
	}
	override async _close(): Promise<void> {
		this._cm?.destroy();
		this._cm = null;
		this._reading?.unload();
		this._reading = null;
		await super._close();
	}
	/** Shim only: apply the registered extensions again (what Workspace.updateOptions does to open editors). */
	_reconfigure(): void {
		this._cm?.dispatch({ effects: this._extensions.reconfigure([...this.app.editorExtensions]) });
	}
	/** Shim only: take the plugins' extensions out of this editor, or put them back (A/B timing in the bench). */
	_withPluginExtensions(on: boolean): void {
		this._cm?.dispatch({ effects: this._extensions.reconfigure(on ? [...this.app.editorExtensions] : []) });
	}
	/** Shim only: switch between the editor and Reading view, as the view's mode button does. */
	_setMode(mode: "source" | "preview"): void {
		const content = this.containerEl.children[1] as HTMLElement;
		this._cm?.destroy();
		this._cm = null;
		this._reading?.unload();
		this._reading = null;
		content.empty();
		const text = this.app.vault._text(this.file.path) ?? "";
		if (mode === "preview") this._reading = renderReadingView(this.file.path, text, content);
		else this._mountEditor();
	}
	private _mountEditor(): void {
		const content = this.containerEl.children[1] as HTMLElement;
		const text = this.app.vault._text(this.file.path) ?? "";
		const parent = content.createDiv("markdown-source-view mod-cm6 is-live-preview");
		const state = markdownEditorState(text, this as unknown as MarkdownFileInfo, [EditorView.lineWrapping, ...shimEnv.editorExtras, this._extensions.of([...this.app.editorExtensions])]);
		this._cm = new EditorView({ state, parent });
	}
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file.basename;
	}
}

/**
 * The placeholder a restored leaf holds until it is shown (Obsidian ≥ 1.7.2). docs.obsidian.md, Plugins › Guides ›
 * Defer views: "When Obsidian loads, all views are created as instances of DeferredView. Once a view is visible on
 * screen (i.e. the tab is selected within its containing tab group), the leaf will rerender and the view will be
 * switched out to the correct View instance"; obsidian.d.ts `WorkspaceLeaf.isDeferred`: "A deferred leaf will have
 * a DeferredView as its view, instead of the View that it should normally have for its type".
 * It answers the saved view type, so `getLeavesOfType` still returns the leaf (the guide's "Good" example checks
 * `instanceof` on what `getLeavesOfType` returns for exactly that reason), and the saved state, so the leaf's
 * `getViewState()` — what Obsidian writes to workspace.json — keeps a never-shown tab's state across restarts.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		/** Shim only: what the leaf will load when shown. */
		readonly _saved: ViewState,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this._saved.type;
	}
	override getState(): Record<string, unknown> {
		return (this._saved.state ?? {}) as Record<string, unknown>;
	}
	getDisplayText(): string {
		return this._saved.type;
	}
}

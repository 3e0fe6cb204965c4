// Workspace, WorkspaceLeaf, View and ItemView. Leaves live in three places (main, left, right); setViewState builds
// the view from the app's view registry, loads it and awaits onOpen, like Obsidian. Navigation calls are recorded.
import type { OpenViewState, PaneType, Side, ViewState, ViewStateResult } from "obsidian";
import { Component } from "./component";
import { Editor } from "./editor";
import { Events } from "./events";
import type { App } from "./app";
import { TFile } from "./vault";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export interface OpenedLink {
	readonly linktext: string;
	readonly sourcePath: string;
	readonly newLeaf: PaneType | boolean | undefined;
	readonly state: OpenViewState | undefined;
}

export interface OpenedFile {
	readonly path: string;
	readonly openState: OpenViewState | undefined;
	readonly leaf: WorkspaceLeaf;
}

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

/** What an empty leaf and a leaf showing a note hold. */
class EmptyView extends View {
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
	constructor(
		leaf: WorkspaceLeaf,
		readonly file: TFile,
	) {
		super(leaf);
		this.editor = new Editor(leaf.app.vault._text(file.path) ?? "");
	}
	getMode(): "source" | "preview" {
		return "source";
	}
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file.basename;
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	readonly containerEl: HTMLElement;

	constructor(
		readonly app: App,
		readonly side: "main" | Side,
	) {
		super();
		this.containerEl = createDiv("workspace-leaf");
		this.view = new EmptyView(this);
		this.containerEl.appendChild(this.view.containerEl);
	}

	async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
		const creator = this.app.viewRegistry.get(viewState.type);
		const next = creator ? creator(this) : new EmptyView(this);
		await this.replaceView(next);
		if (viewState.state) await next.setState(viewState.state, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		this.app.workspace.openedFiles.push({ path: file.path, openState, leaf: this });
		await this.replaceView(new MarkdownViewStub(this, file));
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace._setActiveFile(file);
	}

	async open(view: View): Promise<View> {
		await this.replaceView(view);
		return view;
	}

	get isDeferred(): boolean {
		return false;
	}
	loadIfDeferred(): Promise<void> {
		return Promise.resolve();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	getIcon(): string {
		return this.view.getIcon();
	}

	detach(): void {
		void this.view._close();
		this.app.workspace._removeLeaf(this);
		this.containerEl.detach();
	}

	private async replaceView(next: View): Promise<void> {
		const prev = this.view;
		this.view = next;
		await prev._close();
		this.containerEl.appendChild(next.containerEl);
		await next._open();
	}
}

export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	/** Shim only: navigation and reveal calls, in order. */
	readonly openedLinks: OpenedLink[] = [];
	readonly openedFiles: OpenedFile[] = [];
	readonly revealed: WorkspaceLeaf[] = [];
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly readyQueue: (() => unknown)[] = [];
	private activeFile: TFile | null = null;
	private readonly sideEls: Record<"main" | Side, HTMLElement>;

	constructor(private readonly app: App) {
		super();
		this.containerEl = activeDocument.body.createDiv("workspace");
		this.sideEls = {
			left: this.containerEl.createDiv("workspace-split mod-left-split"),
			main: this.containerEl.createDiv("workspace-split mod-root"),
			right: this.containerEl.createDiv("workspace-split mod-right-split"),
		};
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyQueue.push(callback);
	}

	/** Shim only: the moment Obsidian finishes restoring the layout. Runs the queued callbacks in order. */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		while (this.readyQueue.length > 0) this.readyQueue.shift()?.();
	}

	getLeaf(newLeaf?: PaneType | boolean | "split"): WorkspaceLeaf {
		if (!newLeaf) {
			const reuse = this.activeLeaf?.side === "main" ? this.activeLeaf : this.leaves.find((l) => l.side === "main");
			if (reuse) return reuse;
		}
		return this.createLeaf("main");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("left");
	}

	async ensureSideLeaf(type: string, side: Side, options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown }): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((l) => l.side === side);
		const leaf = existing ?? this.createLeaf(side);
		if (!existing) await leaf.setViewState({ type, active: options?.active, state: options?.state as Record<string, unknown> | undefined });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "main")) callback(leaf);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.activeLeaf ?? this.leaves.find((l) => l.side === "main") ?? null;
	}

	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
		return Promise.resolve();
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf, state: openViewState });
		return Promise.resolve();
	}

	getLastOpenFiles(): string[] {
		return this.activeFile ? [this.activeFile.path] : [];
	}

	// --- Shim only ---

	/** The user opens a note: the active file changes and 'file-open' fires (null closes it). */
	_setActiveFile(file: TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
	}

	_removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i !== -1) this.leaves.splice(i, 1);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}

	/** Every leaf (for tests that look at what is open). */
	get _leaves(): readonly WorkspaceLeaf[] {
		return this.leaves;
	}

	private createLeaf(side: "main" | Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		this.sideEls[side].appendChild(leaf.containerEl);
		return leaf;
	}
}

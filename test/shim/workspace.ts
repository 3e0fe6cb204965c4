// Workspace and WorkspaceLeaf. Leaves live in three areas (splits.ts: main, left and right sidebar, each one tab
// group); setViewState builds the view from the app's view registry, loads it and awaits onOpen, like Obsidian.
// A layout restored at start (layout.ts) leaves background tabs deferred from 1.7.2 on (view.ts DeferredView), and
// APIs that appeared in 1.7.2 are absent when the test app runs an older version. Navigation calls are recorded.
import type { OpenViewState, PaneType, Side, ViewState } from "obsidian";
import { Events } from "./events";
import type { App } from "./app";
import { debounce, requireApiVersion, shimEnv } from "./misc";
import { WorkspaceRoot, WorkspaceSidedock, type LeafSide } from "./splits";
import { TFile } from "./vault";
import { DeferredView, EmptyView, MarkdownViewStub, type View } from "./view";

export { View, ItemView, MarkdownViewStub, DeferredView } from "./view";
export { WorkspaceRoot, WorkspaceSidedock } from "./splits";

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

/** Members obsidian.d.ts marks `@since 1.7.2` do not exist in older apps: calling one there is a bug in the caller. */
function since172(member: string): void {
	if (!requireApiVersion("1.7.2")) throw new TypeError(`shim: ${member} is @since 1.7.2 (obsidian.d.ts); this app is ${shimEnv.apiVersion}`);
}

export class WorkspaceLeaf extends Events {
	view: View;
	readonly containerEl: HTMLElement;
	/** Shim only: the load of a deferred view in progress (several callers may ask at once). */
	private loading: Promise<void> | null = null;

	constructor(
		readonly app: App,
		readonly side: LeafSide,
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

	/** The area the leaf sits in: `workspace.rootSplit`, `leftSplit` or `rightSplit` (see splits.ts). */
	getRoot(): WorkspaceRoot | WorkspaceSidedock {
		return this.app.workspace._area(this.side);
	}

	/** obsidian.d.ts line 8279: "Returns true if this leaf is currently deferred because it is in the background." @since 1.7.2 */
	get isDeferred(): boolean {
		since172("WorkspaceLeaf.isDeferred");
		return this.view instanceof DeferredView;
	}

	/** obsidian.d.ts line 8285: "If this view is currently deferred, load it and await that it has fully loaded." @since 1.7.2 */
	loadIfDeferred(): Promise<void> {
		since172("WorkspaceLeaf.loadIfDeferred");
		return this._load();
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

	// --- Shim only ---

	/** A restored background leaf: holds a DeferredView of `saved` until it is shown or asked to load. */
	async _defer(saved: ViewState): Promise<void> {
		await this.replaceView(new DeferredView(this, saved));
	}

	/** Swaps a DeferredView for the real view, built from the saved state (as showing the tab does). */
	_load(): Promise<void> {
		const view = this.view;
		if (!(view instanceof DeferredView)) return this.loading ?? Promise.resolve();
		this.loading ??= this.setViewState({ type: view._saved.type, state: view._saved.state }).finally(() => {
			this.loading = null;
		});
		return this.loading;
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
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	rootSplit: WorkspaceRoot;
	/** Shim only: navigation and reveal calls, in order. */
	readonly openedLinks: OpenedLink[] = [];
	readonly openedFiles: OpenedFile[] = [];
	readonly revealed: WorkspaceLeaf[] = [];
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly readyQueue: (() => unknown)[] = [];
	private activeFile: TFile | null = null;
	/** Shim only: how many times the layout was saved through requestSaveLayout. */
	layoutSaves = 0;
	/** obsidian.d.ts (@since 0.16.0): "Save the state of the current workspace layout", debounced as Obsidian's is. */
	readonly requestSaveLayout = debounce((): Promise<void> => {
		this.layoutSaves++;
		return Promise.resolve();
	}, 1000);

	constructor(private readonly app: App) {
		super();
		this.containerEl = activeDocument.body.createDiv("workspace");
		const shown = (leaf: WorkspaceLeaf): void => void leaf._load();
		this.leftSplit = new WorkspaceSidedock(this.containerEl.createDiv("workspace-split mod-left-split"), "left", shown);
		this.rootSplit = new WorkspaceRoot(this.containerEl.createDiv("workspace-split mod-root"), "main", shown);
		this.rightSplit = new WorkspaceSidedock(this.containerEl.createDiv("workspace-split mod-right-split"), "right", shown);
	}

	/** obsidian.d.ts (@since 0.13.21): applies changed editor extensions (registerEditorExtension) to open editors. */
	updateOptions(): void {
		for (const leaf of this.leaves) if (leaf.view instanceof MarkdownViewStub) leaf.view._reconfigure();
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
		return this._createLeaf("main");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this._createLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this._createLeaf("left");
	}

	async ensureSideLeaf(type: string, side: Side, options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown }): Promise<WorkspaceLeaf> {
		since172("Workspace.ensureSideLeaf"); // obsidian.d.ts line 7973
		const existing = this.getLeavesOfType(type).find((l) => l.side === side);
		const leaf = existing ?? this._createLeaf(side);
		if (!existing) await leaf.setViewState({ type, active: options?.active, state: options?.state as Record<string, unknown> | undefined });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** By view type, deferred leaves included (their DeferredView answers the saved type). */
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

	/**
	 * obsidian.d.ts line 8029 (@since 1.7.2): "Bring a given leaf to the foreground. If the leaf is in a sidebar, the sidebar
	 * will be uncollapsed. `await` this function to ensure your view has been fully loaded and is not deferred."
	 */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		since172("Workspace.revealLeaf");
		this.revealed.push(leaf);
		const area = leaf.getRoot();
		area._selected = leaf;
		if (area instanceof WorkspaceSidedock) area.expand();
		await leaf._load();
	}

	/**
	 * Makes the leaf the active one and selects its tab in its group (obsidian.d.ts line 7922). Only revealLeaf is
	 * documented to uncollapse a sidebar, so a leaf in a collapsed sidebar stays off screen (and deferred) until the
	 * sidebar opens. A selected tab on screen loads (Defer views guide: "Once a view is visible on screen (i.e. the tab
	 * is selected within its containing tab group)…").
	 */
	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		const area = leaf.getRoot();
		area._selected = leaf;
		if (area._isShown(leaf)) void leaf._load();
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

	_area(side: LeafSide): WorkspaceRoot | WorkspaceSidedock {
		return side === "main" ? this.rootSplit : side === "left" ? this.leftSplit : this.rightSplit;
	}

	_removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i !== -1) this.leaves.splice(i, 1);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
		const area = leaf.getRoot();
		if (area._selected === leaf) {
			// The group shows another tab (the last one here), which comes on screen.
			area._selected = this.leaves.filter((l) => l.side === leaf.side).at(-1) ?? null;
			if (area._selected !== null && area._open) void area._selected._load();
		}
	}

	/** Every leaf (for tests that look at what is open). */
	get _leaves(): readonly WorkspaceLeaf[] {
		return this.leaves;
	}

	/** A new empty leaf in an area; the first tab of a group is its selected one. */
	_createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		const area = this._area(side);
		area.containerEl.appendChild(leaf.containerEl);
		area._selected ??= leaf;
		return leaf;
	}
}

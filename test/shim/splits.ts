// The workspace's three areas: `rootSplit` (the main area) and the two sidebars `leftSplit` / `rightSplit`
// (obsidian.d.ts 1.13.1 lines 7752, 7757, 7772: `Workspace.leftSplit` / `rightSplit` / `rootSplit`, @since 0.9.7),
// each with its element. Simplification: an area is one tab group, so it shows one leaf at a time (its selected
// tab). A sidebar is a `WorkspaceSidedock` (line 8396) that can be collapsed (`collapsed`, `toggle`, `collapse`,
// `expand`, lines 8402–8418, @since 0.12.11); on mobile Obsidian uses a WorkspaceMobileDrawer with the same four
// members (line 8346), not modelled. A leaf's `getRoot()` (WorkspaceItem.getRoot, line 8213, @since 0.10.2) answers
// the area it sits in: `workspace.rightSplit` for a right-sidebar leaf, `workspace.rootSplit` for a main-area leaf.
import type { Side } from "obsidian";
import { Events } from "./events";
import type { WorkspaceLeaf } from "./workspace";

export type LeafSide = "main" | Side;

abstract class WorkspaceArea extends Events {
	/** Shim only: the selected tab of this area's one tab group (null when it holds no leaf). */
	_selected: WorkspaceLeaf | null = null;

	constructor(
		readonly containerEl: HTMLElement,
		/** Shim only. */
		readonly _side: LeafSide,
		/** Shim only: tells the workspace that `leaf` came on screen (a deferred leaf then loads). */
		protected readonly _shown: (leaf: WorkspaceLeaf) => void,
	) {
		super();
	}

	getRoot(): this {
		return this;
	}

	/** Shim only: whether the selected tab is on screen. */
	abstract get _open(): boolean;

	/** Shim only: `leaf` on screen now (selected here, and this area not collapsed). */
	_isShown(leaf: WorkspaceLeaf): boolean {
		return this._open && this._selected === leaf;
	}
}

export class WorkspaceRoot extends WorkspaceArea {
	get win(): Window {
		return window;
	}
	get doc(): Document {
		return activeDocument;
	}
	get _open(): boolean {
		return true;
	}
}

export class WorkspaceSidedock extends WorkspaceArea {
	collapsed = false;

	get _open(): boolean {
		return !this.collapsed;
	}

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	collapse(): void {
		this.collapsed = true;
		this.containerEl.addClass("is-sidedock-collapsed");
	}

	/** Opening the sidebar brings its selected tab on screen, which loads it if it was deferred. */
	expand(): void {
		if (!this.collapsed) return;
		this.collapsed = false;
		this.containerEl.removeClass("is-sidedock-collapsed");
		if (this._selected !== null) this._shown(this._selected);
	}
}

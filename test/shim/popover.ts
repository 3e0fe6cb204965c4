// HoverPopover (obsidian.d.ts: `constructor(parent: HoverParent, targetEl: HTMLElement | null, waitTime?: number,
// staticPos?: Point | null)`, public `hoverEl` and `state`). What the app does, as plugins that build their own
// popovers rely on it (e.g. RyotaUshio/obsidian-quick-preview src/hoverParent.ts: the constructor assigns itself to
// `parent.hoverPopover`, whose setter the plugin uses): the new popover becomes the parent's `hoverPopover`
// (replacing and hiding the one before), and shows `hoverEl` — a `.popover.hover-popover` — after `waitTime` ms
// near `targetEl`. It closes when the pointer leaves both the target and the popover. Records every popover.
import type * as O from "obsidian";
import { Component } from "./component";

export const hoverPopovers: HoverPopover[] = [];

/** Obsidian's default wait before a hover preview shows (the page preview's own delay). */
const DEFAULT_WAIT_MS = 300;

export class HoverPopover extends Component {
	hoverEl: HTMLElement;
	state: O.PopoverState;
	/** Shim only: whether it is on screen, and the element it points at. */
	_shown = false;
	readonly _targetEl: HTMLElement | null;

	constructor(parent: O.HoverParent, targetEl: HTMLElement | null, waitTime?: number, _staticPos?: O.Point | null) {
		super();
		this._targetEl = targetEl;
		this.hoverEl = createDiv("popover hover-popover");
		this.state = 0 as O.PopoverState;
		const previous = parent.hoverPopover;
		if (previous instanceof HoverPopover) previous._hide();
		parent.hoverPopover = this as unknown as O.HoverPopover;
		hoverPopovers.push(this);
		window.setTimeout(() => this._show(), waitTime ?? DEFAULT_WAIT_MS);
		targetEl?.addEventListener("mouseleave", () => this._hideUnlessInside());
		this.hoverEl.addEventListener("mouseleave", () => this._hideUnlessInside());
	}

	_show(): void {
		if (this._shown || this.state === (2 as O.PopoverState)) return;
		this._shown = true;
		activeDocument.body.appendChild(this.hoverEl);
		this.load();
	}

	_hide(): void {
		this._shown = false;
		this.state = 2 as O.PopoverState;
		this.hoverEl.detach();
		this.unload();
	}

	private _hideUnlessInside(): void {
		if (this.hoverEl.matches(":hover") || this._targetEl?.matches(":hover") === true) return;
		this._hide();
	}
}

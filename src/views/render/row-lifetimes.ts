import { Component } from "obsidian";

// A Component per entry row that renders markdown (a review's content through MarkdownRenderer, which hands its own
// children — embeds, post-processors — to that component). A row's component must be unloaded when the row leaves
// the pane: the windowed timeline drops rows as it scrolls and the book pane rebuilds its rows on every filter key,
// so components owned by the pane alone would pile up until the pane closed.
//
// The rows do not tell anyone when they go (the lists just detach them), so the tracker looks: a row is gone when it
// is no longer inside the pane's element — unless it sits in a DocumentFragment, where lists build rows before they
// attach them. It looks whenever it hands out a component for a new row (a list renders rows right after dropping
// others) and on any change of the pane's DOM (a MutationObserver: rows dropped with none rendered after them).
// Closing the pane unloads the tracker with it, and so every row's component.

/** What a pane hands to its rows: itself (an ItemView: a Component with its element). */
export interface RowOwner extends Component {
	readonly containerEl: HTMLElement;
}

// Keyed by the pane; a WeakMap keeps nothing alive and needs no cleanup of its own.
const trackers = new WeakMap<RowOwner, RowLifetimes>();

/** A loaded-with-the-pane Component for `row`, unloaded once the row has left `owner`'s element. */
export function rowComponent(owner: RowOwner, row: HTMLElement): Component {
	let tracker = trackers.get(owner);
	if (tracker === undefined) {
		tracker = owner.addChild(new RowLifetimes(owner.containerEl));
		trackers.set(owner, tracker);
	}
	return tracker.track(row);
}

export class RowLifetimes extends Component {
	private readonly rows = new Map<HTMLElement, Component>();

	constructor(private readonly root: HTMLElement) {
		super();
	}

	override onload(): void {
		// The element's own window: the pane may live in a popout.
		const MO = (this.root.win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
		if (MO === undefined) return;
		const observer = new MO(() => this.sweep());
		observer.observe(this.root, { childList: true, subtree: true });
		this.register(() => observer.disconnect());
	}

	override onunload(): void {
		// Component.unload has already unloaded every child.
		this.rows.clear();
	}

	/** Rows tracked now (tests read it). */
	get size(): number {
		return this.rows.size;
	}

	track(row: HTMLElement): Component {
		this.sweep();
		const component = this.addChild(new Component());
		this.rows.set(row, component);
		return component;
	}

	/** Unload the components of rows that have left the pane. */
	sweep(): void {
		for (const [row, component] of this.rows) {
			if (this.root.contains(row) || row.getRootNode().nodeType === Node.DOCUMENT_FRAGMENT_NODE) continue;
			this.rows.delete(row);
			this.removeChild(component);
		}
	}
}

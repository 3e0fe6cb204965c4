// Obsidian's Component lifecycle: load() runs onload() then loads the children; unload() unloads the children,
// runs every registered cleanup (newest first), then onunload(). addChild on a loaded parent loads the child.
import type * as O from "obsidian";
import type { EventRef } from "obsidian";
import { ledger } from "./ledger";
import type { ShimEventRef } from "./events";

export class Component {
	private _loaded = false;
	private readonly _children: O.Component[] = [];
	private readonly _cleanups: (() => unknown)[] = [];
	/** Shim only: what the last onload() returned, so `loadPlugin` can await an async onload like Obsidian does. */
	_onloadResult: unknown;

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this._onloadResult = this.onload();
		for (const child of [...this._children]) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._cleanups.length > 0) this._cleanups.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends O.Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends O.Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i !== -1) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => (eventRef as ShimEventRef).e.offref(eventRef));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors Obsidian's per-target overloads.
		callback: (this: HTMLElement, ev: any) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback as EventListener, options);
		ledger.liveDomEvents++;
		this.register(() => {
			el.removeEventListener(type, callback as EventListener, options);
			ledger.liveDomEvents--;
		});
	}

	registerInterval(id: number): number {
		ledger.liveIntervals.add(id);
		this.register(() => {
			window.clearInterval(id);
			ledger.liveIntervals.delete(id);
		});
		return id;
	}

	/** Shim only: whether load() ran and unload() has not. */
	get _isLoaded(): boolean {
		return this._loaded;
	}
}

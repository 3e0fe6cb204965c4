// Obsidian's Events: listeners keyed by name; `on` returns an EventRef that `offref` removes; `trigger` calls each
// listener through `tryTrigger`, which (like Obsidian) catches an exception so one listener cannot break the others.
import type { EventRef } from "obsidian";
import { ledger } from "./ledger";

type Listener = (...data: unknown[]) => unknown;

/** The shape Obsidian's EventRef has at runtime (the public type is opaque). */
export interface ShimEventRef extends EventRef {
	e: Events;
	name: string;
	fn: Listener;
	ctx: unknown;
}

let liveListeners = 0;

/** Listeners registered on any Events object and not yet removed, process-wide. */
export function liveListenerCount(): number {
	return liveListeners;
}

export class Events {
	private readonly _listeners = new Map<string, ShimEventRef[]>();

	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Obsidian's listener parameters are per-event.
	on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
		const ref: ShimEventRef = { e: this, name, fn: callback as Listener, ctx };
		const list = this._listeners.get(name) ?? [];
		list.push(ref);
		this._listeners.set(name, list);
		liveListeners++;
		return ref;
	}

	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._listeners.get(name);
		if (!list) return;
		const keep = list.filter((r) => r.fn !== callback);
		liveListeners -= list.length - keep.length;
		this._listeners.set(name, keep);
	}

	offref(ref: EventRef): void {
		const r = ref as ShimEventRef;
		const list = this._listeners.get(r.name);
		if (!list) return;
		const i = list.indexOf(r);
		if (i === -1) return;
		list.splice(i, 1);
		liveListeners--;
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		const r = evt as ShimEventRef;
		try {
			r.fn.apply(r.ctx, args);
		} catch (e) {
			ledger.listenerErrors.push(e);
			console.error(e);
		}
	}

	/** Shim only: listeners currently registered on this object (for one name, or all). */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._listeners.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._listeners.values()) n += list.length;
		return n;
	}
}

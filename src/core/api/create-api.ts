import type { HighlightIndex } from "../index";
import { selectHighlights } from "./highlight-query";
import { bookRecord, frozenList, highlightRecord, referenceRecord } from "./records";
import { API_VERSION, type WeReadApiBook, type WeReadApiChange, type WeReadHighlightsApi } from "./types";

// The public scripting API over the index (issue 14, item 6). Pure: the adapter supplies when the index changed
// (already coalesced: it owns the timers), whether the first scan is done, and where a listener's error goes.

export interface ApiDeps {
	readonly index: Pick<HighlightIndex, "revision" | "books" | "book" | "lazyBuckets" | "search" | "referencesTo">;
	readonly ready: () => boolean;
	/** Subscribe to coalesced index changes; returns the unsubscribe function. */
	readonly changes: (notify: () => void) => () => void;
	/** A script's listener threw: report it (the other listeners still run). */
	readonly reportError: (error: unknown) => void;
}

/** The API, and `close()` for the plugin's unload: listeners are dropped and every later call throws. */
export interface ApiHandle {
	readonly api: WeReadHighlightsApi;
	close(): void;
}

export const UNLOADED_MESSAGE =
	'WeRead Highlights was unloaded: this API object no longer works. Get it again with app.plugins.getPlugin("weread-highlights")?.api';

export function createApi(deps: ApiDeps): ApiHandle {
	const { index } = deps;
	let closed = false;
	// One object per subscription, so the same function subscribed twice is two subscriptions (as the index does).
	const listeners = new Set<{ readonly fn: (change: WeReadApiChange) => void }>();
	let unsubscribeIndex: (() => void) | null = null;
	// Books change only with the index: one frozen list per revision, shared by every caller (it cannot be mutated).
	let books: { readonly revision: number; readonly list: readonly WeReadApiBook[] } | null = null;

	const live = (): void => {
		if (closed) throw new Error(UNLOADED_MESSAGE);
	};
	const notify = (): void => {
		if (closed) return;
		const change: WeReadApiChange = Object.freeze({ revision: index.revision, ready: deps.ready() });
		for (const sub of [...listeners]) {
			if (!listeners.has(sub)) continue;
			try {
				sub.fn(change);
			} catch (error) {
				deps.reportError(error);
			}
		}
	};
	const stopListening = (): void => {
		unsubscribeIndex?.();
		unsubscribeIndex = null;
	};

	const api: WeReadHighlightsApi = Object.freeze({
		version: API_VERSION,
		isReady: (): boolean => {
			live();
			return deps.ready();
		},
		books: (): readonly WeReadApiBook[] => {
			live();
			if (books === null || books.revision !== index.revision) books = { revision: index.revision, list: frozenList(index.books(), bookRecord) };
			return books.list;
		},
		highlights: (query?: Parameters<WeReadHighlightsApi["highlights"]>[0]) => {
			live();
			return frozenList(selectHighlights(index, query), highlightRecord);
		},
		referencesTo: (bookPath: string, blockId: string) => {
			live();
			if (typeof bookPath !== "string" || typeof blockId !== "string") throw new TypeError("referencesTo(bookPath, blockId): both must be strings");
			return frozenList(index.referencesTo(bookPath, blockId.replace(/^\^/, "")), referenceRecord);
		},
		onChange: (fn: (change: WeReadApiChange) => void): (() => void) => {
			live();
			if (typeof fn !== "function") throw new TypeError("onChange(listener): listener must be a function");
			const sub = { fn };
			listeners.add(sub);
			// Only listen to the index while someone listens to us.
			unsubscribeIndex ??= deps.changes(notify);
			return () => {
				listeners.delete(sub);
				if (listeners.size === 0) stopListening();
			};
		},
	});

	return {
		api,
		close: () => {
			closed = true;
			listeners.clear();
			stopListening();
		},
	};
}

// What a windowed list (virtual-list.ts) asks of the rows it shows, and how it is set up.

export interface VirtualListSource {
	readonly length: number;
	/** Stable key of row i (`data-key`): the same row keeps it across re-renders and new models. */
	key(i: number): string;
	/** Row kind for the height estimate (e.g. "header", "entry"). */
	kind(i: number): string;
	/** Whether keyboard focus can rest on row i (headers: no). */
	focusable(i: number): boolean;
	/** Build row i's element inside `parent` and return it. */
	render(parent: DocumentFragment, i: number): HTMLElement;
	/**
	 * Optional: every row's kind as runs (`count` rows of `kind` from row `from`), in any order, covering all rows
	 * once. Lets the list fill its height estimates a run at a time instead of asking `kind` per row.
	 */
	runs?(visit: (kind: string, from: number, count: number) => void): void;
	/**
	 * Optional: everything row i's element shows and does, as values compared one by one with `Object.is`. When a
	 * new source replaces this one, a rendered row whose key and version are the same in both is kept as it is (not
	 * built, not measured again). A value the row's rendering or its handlers read and that is not in here would be
	 * left stale; without `version` (or where it answers null), rows are built again.
	 */
	version?(i: number): readonly unknown[] | null;
	/**
	 * Optional: whether `previous` (the source this one replaces) has the same kind at every row, row for row. The
	 * list then keeps the row heights it has, measured ones too, instead of estimating every row again: a live
	 * update that changes no group's size costs no pass over 100k rows.
	 */
	sameKinds?(previous: VirtualListSource): boolean;
}

export interface VirtualListOptions {
	/** Rows rendered beyond each edge of the viewport, so a fast scroll or an arrow key finds rows ready. */
	readonly overscan?: number;
	/** First height guess per row kind, in px, until rows of that kind have been measured. */
	readonly estimates?: Readonly<Record<string, number>>;
	/** The viewport's height in px. Default: the scroller's clientHeight (the window's height before layout). */
	readonly viewportHeight?: () => number;
	/** A rendered row's height in px; 0 = unknown (keeps the estimate). Default: its bounding box. */
	readonly measure?: (el: HTMLElement) => number;
	/** Accessible name of the list. */
	readonly label?: string;
}

/** Two rows' `version`s name the same content: as long, and equal item by item (`Object.is`). */
export function sameVersion(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
	if (a === null || b === null || a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
	return true;
}

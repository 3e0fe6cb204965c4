import { Component } from "obsidian";
import { HeightTree } from "./height-tree";
import { attachListKeyboard, type ListKeyboard } from "./list-keyboard";
import { sameVersion, type VirtualListOptions, type VirtualListSource } from "./virtual-list-source";

export type { VirtualListOptions, VirtualListSource } from "./virtual-list-source";

// A windowed list (design §5 "long lists are windowed"): only the rows in view plus an overscan margin exist in the
// DOM, whatever the row count.
//
// Row heights are MEASURED, not fixed. Entry rows differ (one line of text or five, a thought or none, expanded
// text), so any fixed height either clips or wastes space. Each row kind starts at an estimate (the running mean of
// the rows of that kind measured so far); a rendered row is measured and its true height goes into a Fenwick tree
// (height-tree.ts), so offsets and "which row is at this scroll position" stay O(log n). When rows above the first
// visible row turn out taller or shorter than estimated, scrollTop moves by the difference, so what the reader looks
// at does not jump. The entry row clamps long text (entry-row.ts), which keeps most rows near the estimate.
//
// A new row model (a live update, a re-render) keeps the rows on screen that did not change: a source that says
// what each row shows (`version`) gets its unchanged rows left in the DOM, with their measured heights, and only the
// others built. Building and laying out a fresh window of rows was most of a live update's time (browser profile,
// 100k rows: ≈ 5 ms of layout, then a second and third pass as the new rows' heights replaced the estimates). A
// source whose rows are all of the same kinds as the one it replaces (`sameKinds`: a note edited, no group resized)
// keeps the height tree as it is, measured heights included, instead of estimating 100k rows again.
//
// The container's height is capped at MAX_SCROLL_PX (browsers stop honouring element heights around 17–33 million
// px; 500k rows of ~70 px is 35 million); beyond the cap scroll positions map linearly onto the virtual height.
//
// Layout is injectable for tests, because happy-dom has none: `viewportHeight` and `measure`.

export const DEFAULT_OVERSCAN = 6;
export const DEFAULT_ESTIMATES: Readonly<Record<string, number>> = { header: 34, entry: 76 };
/** Hard cap on rendered rows, should measurements ever report near-zero heights. */
export const MAX_RENDERED_ROWS = 300;
export const MAX_SCROLL_PX = 8_000_000;

export class VirtualList extends Component {
	readonly scrollerEl: HTMLElement;
	/** Holds the rows; its height is the (capped) height of all rows. */
	readonly rowsEl: HTMLElement;
	private source: VirtualListSource = { length: 0, key: () => "", kind: () => "", focusable: () => false, render: (p) => p.createDiv() };
	private tree = new HeightTree(0, () => 0);
	private readonly rendered = new Map<number, HTMLElement>();
	/** Key and version of each rendered row as its source gave them when it was built (a new source is compared
	 * with these: the old source's lazy rows need not be read after the index changed). */
	private readonly stamps = new WeakMap<HTMLElement, { key: string; version: readonly unknown[] | null }>();
	private readonly learned = new Map<string, { sum: number; count: number }>();
	private readonly overscan: number;
	private readonly estimates: Readonly<Record<string, number>>;
	private readonly viewportHeight: () => number;
	private readonly measure: (el: HTMLElement) => number;
	private keyboard: ListKeyboard | null = null;
	private resizeObserver: ResizeObserver | null = null;
	/** Layout read during the current setSource / render call (null: read it). */
	private knownViewport: number | null = null;
	/** scrollTop as last written by this call, when it is known exactly (0); null: read it. */
	private knownScrollTop: number | null = null;
	/** Whether the rows ever had a height (until then scrollTop is 0). */
	private hadHeight = false;
	private readonly readViewport: () => number;
	/** Whether the first render may lay out for the window's height and read the pane's after measuring. */
	private readonly canGuessViewport: boolean;
	/** The viewport height in use is the window's, not yet read from the pane. */
	private viewportGuessed = false;

	constructor(parent: HTMLElement, options: VirtualListOptions = {}) {
		super();
		this.overscan = options.overscan ?? DEFAULT_OVERSCAN;
		this.estimates = options.estimates ?? DEFAULT_ESTIMATES;
		this.scrollerEl = parent.createDiv({ cls: "wrh-vlist" });
		this.rowsEl = this.scrollerEl.createDiv({ cls: "wrh-vlist-rows", attr: { role: "list", ...(options.label ? { "aria-label": options.label } : {}) } });
		this.canGuessViewport = options.viewportHeight === undefined;
		this.readViewport = options.viewportHeight ?? (() => (this.scrollerEl.clientHeight > 0 ? this.scrollerEl.clientHeight : this.scrollerEl.win.innerHeight));
		// Read once per render: the viewport does not change while the list lays itself out, and each read after a
		// DOM change would force a layout of the whole pane.
		this.viewportHeight = () => (this.knownViewport ??= this.readViewport());
		this.measure = options.measure ?? ((el) => el.getBoundingClientRect().height);
	}

	override onload(): void {
		this.registerDomEvent(this.scrollerEl, "scroll", () => this.render());
		this.keyboard = attachListKeyboard(this.rowsEl, { onEdge: (direction, row) => this.step(direction, row), onJump: (direction) => this.jump(direction) });
		this.register(() => this.keyboard?.detach());
		// The element's own window: the pane may live in a popout.
		const RO = (this.scrollerEl.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
		if (RO !== undefined) {
			// The viewport (sidebar resized, pane shown) and any rendered row (text expanded, width rewraps it).
			// A row reports its size once when first observed: skip those, and any report that matches the height the
			// list already measured, so a rebuilt window (a scroll jump, a live update) is not laid out a second time.
			this.resizeObserver = new RO((entries) => {
				if (entries.some((entry) => this.sizeChanged(entry))) this.render();
			});
			this.resizeObserver.observe(this.scrollerEl);
			this.register(() => this.resizeObserver?.disconnect());
		}
	}

	get length(): number {
		return this.source.length;
	}

	/** Rows currently in the DOM, by index (tests and the bench read it). */
	get renderedIndices(): number[] {
		return [...this.rendered.keys()].sort((a, b) => a - b);
	}

	/**
	 * Show a new row model. `anchorKey`: keep that row where it was on screen (a live update must not move what the
	 * reader looks at); by default the first visible row's key is kept when it still exists, else the list starts at
	 * the top.
	 */
	setSource(source: VirtualListSource, keepPosition = true): void {
		this.forgetLayout();
		const anchor = keepPosition ? this.firstVisible() : null;
		// Checked before the source is replaced: it compares itself with the one it replaces.
		const sameKinds = this.tree.length === source.length && source.sameKinds?.(this.source) === true;
		const kept = this.keepUnchanged(source, anchor !== null);
		this.source = source;
		if (!sameKinds) this.tree = this.estimatedHeights(source);
		for (const [i, height] of kept) this.tree.set(i, height);
		const fresh = !this.hadHeight;
		this.updateHeight();
		// A list that never had a height cannot have scrolled: writing scrollTop would only force a layout.
		if (anchor === null && fresh) {
			this.knownScrollTop = 0;
			// The first rows: lay out for the window's height and read the pane's once the rows' measurement has laid
			// the pane out anyway — one forced layout of a new pane instead of two.
			if (this.canGuessViewport && source.length > 0) {
				this.knownViewport = this.scrollerEl.win.innerHeight;
				this.viewportGuessed = true;
			}
		} else if (anchor === null) this.setScrollTop(0);
		else {
			const at = this.findKey(anchor.key, anchor.index);
			this.setScrollTop(at === -1 ? 0 : this.tree.offset(at) + anchor.delta);
		}
		this.renderKeepingLayout();
	}

	/** A height tree of estimates for every row of `source`, by kind. */
	private estimatedHeights(source: VirtualListSource): HeightTree {
		// One estimate per kind for the whole build: it does not change while the tree is built (nothing is measured).
		const estimates = new Map<string, number>();
		const estimateOf = (kind: string): number => {
			let h = estimates.get(kind);
			if (h === undefined) {
				h = this.estimate(kind);
				estimates.set(kind, h);
			}
			return h;
		};
		if (source.runs === undefined) return new HeightTree(source.length, (i) => estimateOf(source.kind(i)));
		const heights = new Float64Array(source.length);
		source.runs((kind, from, count) => heights.fill(estimateOf(kind), from, from + count));
		return new HeightTree(source.length, heights);
	}

	/** Scroll so that row i is in view (`start`: at the top; `nearest`: only as far as needed), then render. */
	scrollToIndex(i: number, align: "start" | "nearest" = "nearest"): void {
		if (i < 0 || i >= this.source.length) return;
		this.forgetLayout();
		for (let pass = 0; pass < 3; pass++) {
			const top = this.tree.offset(i);
			const bottom = top + this.tree.get(i);
			const viewTop = this.virtualTop();
			const vh = this.viewportHeight();
			let target = viewTop;
			if (align === "start" || top < viewTop) target = top;
			else if (bottom > viewTop + vh) target = bottom - vh;
			this.setScrollTop(target);
			this.render();
			// Rendering measured the rows around i; if that moved it, aim again.
			if (Math.abs(this.tree.offset(i) - top) < 0.5) break;
		}
		this.forgetLayout();
	}

	/** Scroll row i into view and give it keyboard focus. */
	focusIndex(i: number, align: "start" | "nearest" = "nearest"): boolean {
		this.scrollToIndex(i, align);
		return this.keyboard?.focusKey(this.source.key(i)) ?? false;
	}

	/** The element of row i when it is rendered. */
	elementAt(i: number): HTMLElement | null {
		return this.rendered.get(i) ?? null;
	}

	/** Re-measure the rendered rows (a row changed height: expanded text). */
	remeasure(): void {
		this.render();
	}

	/** Lay out again after a scroll, a resize or a height change. */
	render(): void {
		this.forgetLayout();
		this.renderKeepingLayout();
	}

	/** render() without reading the layout again that this call (setSource) has already read. */
	private renderKeepingLayout(): void {
		try {
			for (let pass = 0; pass < 3; pass++) {
				this.layout();
				const remeasured = this.measureRendered();
				if (!this.settleViewport() && !remeasured) break;
			}
			this.keyboard?.refresh();
		} finally {
			this.forgetLayout();
		}
	}

	private layout(): void {
		const n = this.source.length;
		if (n === 0) {
			this.clear();
			return;
		}
		const vh = Math.max(0, this.viewportHeight());
		const top = this.virtualTop();
		const first = this.tree.indexAt(top);
		let last = first;
		while (last < n - 1 && this.tree.offset(last + 1) < top + vh) last++;
		let from = Math.max(0, first - this.overscan);
		let to = Math.min(n - 1, last + this.overscan);
		if (to - from + 1 > MAX_RENDERED_ROWS) {
			from = Math.max(0, first - 1);
			to = Math.min(n - 1, from + MAX_RENDERED_ROWS - 1);
		}
		this.reconcile(from, to);
		this.position();
	}

	/** Keep the rendered rows inside [from, to], drop the rest, build the missing ones — in DOM order, without moving
	 * kept rows (a moved element loses focus). Kept rows may have gaps between them (rows a new source changed). */
	private reconcile(from: number, to: number): void {
		for (const [i, el] of this.rendered) {
			if (i < from || i > to) this.drop(i, el);
		}
		if (this.rendered.size === 0) {
			this.clear();
			this.rowsEl.appendChild(this.build(from, to));
			return;
		}
		const kept = [...this.rendered.keys()].sort((a, b) => a - b);
		let next = from;
		for (const i of kept) {
			if (i > next) this.rowsEl.insertBefore(this.build(next, i - 1), this.rendered.get(i) ?? null);
			next = i + 1;
		}
		if (next <= to) this.rowsEl.appendChild(this.build(next, to));
	}

	/**
	 * Before `source` replaces the current one: the rendered rows it shows unchanged (same key, same version, in the
	 * same order, found near their old index as the anchor is) stay, renumbered to their rows in `source`; the others
	 * leave the DOM. Returns each kept row's new index with its measured height.
	 */
	private keepUnchanged(source: VirtualListSource, keepPosition: boolean): Map<number, number> {
		const kept = new Map<number, number>();
		const version = source.version?.bind(source);
		// A list that starts again from the top shows other rows: nothing to look for.
		if (!keepPosition || version === undefined || this.source.version === undefined) {
			this.clear();
			return kept;
		}
		const old = [...this.rendered].sort((a, b) => a[0] - b[0]);
		this.rendered.clear();
		let last = -1;
		let shift = 0;
		for (const [i, el] of old) {
			const stamp = this.stamps.get(el);
			const at = stamp === undefined || stamp.version === null ? -1 : this.indexOfKey(source, stamp.key, i + shift);
			if (at > last && sameVersion(stamp?.version ?? null, version(at))) {
				kept.set(at, this.tree.get(i));
				this.rendered.set(at, el);
				if (at !== i) el.setAttr("data-index", at);
				last = at;
				shift = at - i;
			} else {
				this.resizeObserver?.unobserve(el);
				el.detach();
			}
		}
		if (this.rendered.size === 0) this.clear();
		return kept;
	}

	private drop(i: number, el: HTMLElement): void {
		this.resizeObserver?.unobserve(el);
		el.detach();
		this.rendered.delete(i);
	}

	private build(from: number, to: number): DocumentFragment {
		const frag = createFragment();
		for (let i = from; i <= to; i++) {
			const el = this.source.render(frag, i);
			el.addClass("wrh-vlist-row");
			el.setAttr("data-index", i);
			this.rendered.set(i, el);
			this.stamps.set(el, { key: this.source.key(i), version: this.source.version?.(i) ?? null });
			this.resizeObserver?.observe(el);
		}
		return frag;
	}

	private position(): void {
		const scale = this.scale();
		const shift = scale === 1 ? 0 : this.scrollerEl.scrollTop - this.virtualTop();
		for (const [i, el] of this.rendered) el.setCssProps({ "--wrh-vlist-top": `${this.tree.offset(i) + shift}px` });
	}

	/** Whether a ResizeObserver report means the list must lay out again. */
	private sizeChanged(entry: ResizeObserverEntry): boolean {
		const el = entry.target;
		if (el === this.scrollerEl) return true; // the viewport: rare, and read afresh by render()
		const i = Number(el.getAttribute("data-index"));
		if (this.rendered.get(i) !== el) return false; // a row that has left the window since
		const box = entry.borderBoxSize?.[0];
		const height = box === undefined ? el.getBoundingClientRect().height : box.blockSize;
		return Math.abs(height - this.tree.get(i)) > 0.5;
	}

	/** Measure the rendered rows; true when any height changed (the layout must run again). */
	private measureRendered(): boolean {
		const first = this.tree.indexAt(this.virtualTop());
		const anchorBefore = this.tree.offset(first);
		let changed = false;
		for (const [i, el] of this.rendered) {
			const h = this.measure(el);
			if (!(h > 0)) continue;
			const kind = this.source.kind(i);
			const stat = this.learned.get(kind) ?? { sum: 0, count: 0 };
			if (Math.abs(h - this.tree.get(i)) > 0.5) {
				this.tree.set(i, h);
				stat.sum += h;
				stat.count++;
				this.learned.set(kind, stat);
				changed = true;
			}
		}
		if (!changed) return false;
		this.updateHeight();
		const moved = this.tree.offset(first) - anchorBefore;
		if (moved !== 0) this.setScrollTop(this.virtualTop() + moved);
		return true;
	}

	/** Arrow key past the first or last row in the DOM: bring the next focusable row in and focus it. */
	private step(direction: -1 | 1, row: HTMLElement): boolean {
		let i = Number(row.getAttr("data-index"));
		if (!Number.isInteger(i)) return false;
		do i += direction;
		while (i >= 0 && i < this.source.length && !this.source.focusable(i));
		if (i < 0 || i >= this.source.length) return false;
		return this.focusIndex(i);
	}

	/** Home / End: the first or last focusable row of the whole list, not just of the rows in the DOM. */
	private jump(direction: -1 | 1): boolean {
		const n = this.source.length;
		let i = direction === -1 ? 0 : n - 1;
		while (i >= 0 && i < n && !this.source.focusable(i)) i -= direction;
		if (i < 0 || i >= n) return false;
		// Home shows the top of the list too (rows that take no focus, such as a header, sit above the first row).
		if (direction === -1) this.scrollToIndex(0, "start");
		return this.focusIndex(i);
	}

	private firstVisible(): { key: string; index: number; delta: number } | null {
		if (this.source.length === 0) return null;
		const top = this.virtualTop();
		const index = this.tree.indexAt(top);
		return { key: this.source.key(index), index, delta: top - this.tree.offset(index) };
	}

	/** Where a key is in the current source: near its old index first (a live update moves rows a little), else -1. */
	private findKey(key: string, near: number): number {
		return this.indexOfKey(this.source, key, near);
	}

	private indexOfKey(source: VirtualListSource, key: string, near: number): number {
		const n = source.length;
		for (let d = 0; d < 64; d++) {
			for (const i of [near - d, near + d]) if (i >= 0 && i < n && source.key(i) === key) return i;
		}
		return -1;
	}

	private estimate(kind: string): number {
		const stat = this.learned.get(kind);
		if (stat !== undefined && stat.count > 0) return stat.sum / stat.count;
		return this.estimates[kind] ?? this.estimates.entry ?? 60;
	}

	private clear(): void {
		for (const el of this.rendered.values()) this.resizeObserver?.unobserve(el);
		this.rendered.clear();
		this.rowsEl.empty();
	}

	private updateHeight(): void {
		if (this.tree.total > 0) this.hadHeight = true;
		this.rowsEl.setCssProps({ "--wrh-vlist-height": `${Math.min(this.tree.total, MAX_SCROLL_PX)}px` });
	}

	/** Virtual px per scroll px: 1 unless the rows are taller than MAX_SCROLL_PX. */
	private scale(): number {
		const total = this.tree.total;
		if (total <= MAX_SCROLL_PX) return 1;
		const vh = this.viewportHeight();
		return (total - vh) / (MAX_SCROLL_PX - vh);
	}

	private virtualTop(): number {
		const top = this.knownScrollTop ?? this.scrollerEl.scrollTop;
		return top === 0 ? 0 : top * this.scale();
	}

	private setScrollTop(virtual: number): void {
		if (virtual <= 0) {
			// The top needs no layout to find; and scrollTop reads back exactly 0.
			this.scrollerEl.scrollTop = 0;
			this.knownScrollTop = 0;
			return;
		}
		const max = Math.max(0, this.tree.total - this.viewportHeight());
		this.scrollerEl.scrollTop = Math.max(0, Math.min(virtual, max)) / this.scale();
		// The browser may round or clamp what was written: read it back when next needed.
		this.knownScrollTop = null;
	}

	/** After a guessed viewport: read the real one (layout is clean after measuring); true when it differs. */
	private settleViewport(): boolean {
		if (!this.viewportGuessed) return false;
		this.viewportGuessed = false;
		const real = this.readViewport();
		if (real === this.knownViewport) return false;
		this.knownViewport = real;
		return true;
	}

	private forgetLayout(): void {
		this.viewportGuessed = false;
		this.knownViewport = null;
		this.knownScrollTop = null;
	}
}

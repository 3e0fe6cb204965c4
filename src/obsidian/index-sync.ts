import { Component, TFile, TFolder, Vault, debounce, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { isInScannedFolders } from "../core/settings";
import { CHANGE_DEBOUNCE_MS, READ_CONCURRENCY, SCAN_CHUNK, SLICE_BUDGET_MS } from "../constants";
import { blockLinksOf, isWeReadCache } from "./block-links";
import type { IndexWriter } from "./index-port";
import { fileStamp, type FileStamp, type StartCache } from "./persistent-cache";
import { sameStamp } from "../core/cache/freshness";
import type { ParseResult } from "../core/model";
import { noteOf, type CacheRow } from "../core/cache/cache-entry";

/** Cold: waiting for the layout. Initializing: the first scan runs. Warm: the index is complete and kept current. */
export type IndexState = "cold" | "initializing" | "warm";

export interface IndexStatus {
	readonly state: IndexState;
	/** Book notes processed by the first scan so far, and how many it found. Both 0 before the scan. */
	readonly done: number;
	readonly total: number;
	/**
	 * Only while a start from the persistent cache runs: every dated entry on a day after this one is in the index
	 * already, with the links that cite it ("" = every dated day; null = none known yet). A pane may draw those days
	 * before the rest arrives. Absent when the start gives no such promise (a start without fresh cached books).
	 */
	readonly exactAfter?: string | null;
}

export interface IndexSyncOptions {
	readonly app: App;
	readonly index: IndexWriter;
	/** The folders to take books from (settings); empty = the whole vault. Read on every use. */
	readonly folders: () => readonly string[];
	/**
	 * Awaited after layout ready, before the first scan (the template's shapes: the scan then parses every note once,
	 * with the user's template). Must settle soon; the caller bounds it. A rejection starts the scan all the same.
	 */
	readonly beforeFirstScan?: () => Promise<void>;
	/**
	 * The persistent cache (issue 15): asked once, after `beforeFirstScan`, which books need not be read; told every
	 * result parsed from a text, and every book that goes. Absent: every start reads every book.
	 */
	readonly cache?: StartCache;
}

/** Work waiting for a path. `text` comes with metadataCache 'changed' (no re-read); null = read if it is a book. */
interface Pending {
	readonly text: string | null;
	/** The file's stat when `text` was taken (for the persistent cache); null with no text. */
	readonly stamp: FileStamp | null;
	/** Counts towards the first scan's progress. */
	readonly scan: boolean;
}

interface Job {
	readonly path: string;
	readonly pending: Pending;
	text: string | null;
	stamp: FileStamp | null;
	/** The persistent cache's fresh result, used instead of reading the file. */
	parsed: ParseResult | null;
}

/**
 * Keeps the core index in step with the vault (design §4). Starts when the layout is ready; the first scan takes
 * every note's block links from metadataCache and reads only WeRead notes (recognised by frontmatter, so ordinary
 * notes are never read); afterwards metadataCache 'changed' (which carries the text), vault 'rename' and
 * 'delete' keep it current. Every change lands in one path-keyed queue drained by one debounced function, in slices
 * short enough that Obsidian keeps drawing frames; events that arrive during the scan join the same queue.
 */
export class IndexSync extends Component {
	private readonly app: App;
	private readonly index: IndexWriter;
	private readonly folders: () => readonly string[];
	private readonly pending = new Map<string, Pending>();
	/** Paths the index holds a book for. */
	private readonly books = new Set<string>();
	/** Paths the index holds block links from. With `books`: what a rename or delete has to move or drop. */
	private readonly linked = new Set<string>();
	/**
	 * Books to read again although indexed: moved by a rename (the index moved them without a re-parse, so what the
	 * parser took from the file name, the title's last fallback, is stale), or all of them when the parser changed.
	 */
	private readonly reread = new Set<string>();
	/**
	 * Notes the first scan found without a metadata cache (a cold cache at layout ready), until the first 'resolved'
	 * after it; null once that has passed. See `onFirstResolved`.
	 */
	private uncached: Set<string> | null = null;
	/** Paths whose last read failed, with the error: the old data stays until a read succeeds. */
	private readonly failures = new Map<string, string>();
	private readonly listeners = new Set<(status: IndexStatus) => void>();
	private status: IndexStatus = { state: "cold", done: 0, total: 0 };
	private draining = false;
	/** Books of the first scan applied so far (told to listeners once per slice). */
	private scanned = 0;
	private stopped = false;
	/** Timers of pending yields (the drain, the search warm-up and the scan's first task may each hold one). */
	private readonly yieldTimers = new Set<number>();
	private readonly requestDrain = debounce(() => void this.drain(), CHANGE_DEBOUNCE_MS, true);

	constructor(options: IndexSyncOptions) {
		super();
		this.app = options.app;
		this.index = options.index;
		this.folders = options.folders;
		this.beforeFirstScan = options.beforeFirstScan;
		this.cache = options.cache;
	}

	private readonly beforeFirstScan: (() => Promise<void>) | undefined;
	private readonly cache: StartCache | undefined;
	/**
	 * The first scan's fresh results from the persistent cache, by path, until each is applied. Dropped whole when the
	 * parser changes (they were judged fresh for the old one). Each is checked against its file's stat again when used.
	 */
	private fresh = new Map<string, CacheRow>();
	/** Cached books taken off the queue whose result is awaited or not yet applied (a rename or delete drops them). */
	private readonly inHand = new Map<string, CacheRow>();
	/** Queued at the first scan and known to change nothing shown (see takeFreshFromCache); any event for one ends that. */
	private inert = new Set<string>();
	/** True while the first scan indexes fresh cached books: its progress then tells `exactAfter`. */
	private progressive = false;
	/**
	 * While the cache is being read: paths a rename or delete touched. The cache judged the files as they were when it
	 * was asked; a note deleted and another renamed onto its path meanwhile must not get the old note's result.
	 */
	private movedDuringLoad: Set<string> | null = null;
	/** Grows with every `reparseAll`. */
	private parserGeneration = 0;
	/** While the first scan waits for `beforeFirstScan`: the queue fills (and progress shows) but nothing is parsed. */
	private gated = false;

	override onload(): void {
		// Before layout ready Obsidian is still loading the vault (a 'create' per file); work then slows start-up.
		this.app.workspace.onLayoutReady(() => this.start());
		this.register(() => {
			this.stopped = true;
			this.requestDrain.cancel();
			for (const timer of this.yieldTimers) window.clearTimeout(timer);
			this.yieldTimers.clear();
		});
	}

	get state(): IndexState {
		return this.status.state;
	}

	getStatus(): IndexStatus {
		return this.status;
	}

	/** Hear every state or progress change; returns the unsubscribe function. */
	onStatus(listener: (status: IndexStatus) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Paths whose last read failed (the index keeps their previous content). */
	readFailures(): ReadonlyMap<string, string> {
		return this.failures;
	}

	/**
	 * Read and parse every book again: the parser changed (the sync template's shapes arrived, changed or were turned
	 * off). The index re-parses each note and notifies only where the result differs.
	 */
	reparseAll(): void {
		if (this.status.state === "cold" || this.stopped) return;
		this.fresh.clear();
		this.inHand.clear();
		this.progressive = false;
		this.inert.clear();
		this.parserGeneration++;
		for (const path of this.books) this.reread.add(path);
		this.rescan();
	}

	/** Re-check every note against the current folder settings: books leave or join the index. */
	rescan(): void {
		if (this.status.state === "cold" || this.stopped) return;
		for (const file of this.app.vault.getMarkdownFiles()) this.enqueue(file.path, { text: null, stamp: null, scan: false });
		// Debounced: the folders setting changes with every keystroke in its text box.
		this.requestDrain();
	}

	private start(): void {
		if (this.stopped) return;
		const { metadataCache, vault } = this.app;
		// Listen before scanning, so nothing that changes during the scan is missed.
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		// Link targets move when notes are created, renamed or deleted elsewhere; the links themselves are cheap.
		this.registerEvent(metadataCache.on("resolve", (file) => this.enqueue(file.path, { text: null, stamp: null, scan: false }, true)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.registerEvent(metadataCache.on("resolved", () => this.onFirstResolved()));

		let total = 0;
		const uncached = new Set<string>();
		// Smallest notes first: the parser's code is cold when the scan starts, and a cold parse of the largest note
		// (866 highlights) was the scan's longest task (≈ 100 ms in Chromium); after the small notes it runs optimised.
		// Readers also see the count move at once.
		const files = [...vault.getMarkdownFiles()].sort((a, b) => a.stat.size - b.stat.size);
		for (const file of files) {
			const cache = metadataCache.getFileCache(file);
			if (cache === null) uncached.add(file.path);
			const book = this.isBook(file.path, cache);
			if (book) total++;
			this.enqueue(file.path, { text: null, stamp: null, scan: book });
		}
		this.uncached = uncached;
		this.setStatus({ state: "initializing", done: 0, total });
		// The drain starts in a task of its own: the layout-ready task (Obsidian's and every plugin's callbacks) stays
		// short, and the first slice gets the whole budget. With a gate (the template's shapes), after it settles; with
		// a persistent cache, after it said which books need no read (it needs the shapes: they are part of its key).
		const gate = this.beforeFirstScan?.();
		if (gate === undefined && this.cache === undefined) {
			void this.yieldToUi().then(() => this.drain());
			return;
		}
		this.gated = true;
		const open = async (): Promise<void> => {
			await this.takeFreshFromCache();
			this.gated = false;
			await this.yieldToUi();
			await this.drain();
		};
		const go = (): void => void open();
		if (gate === undefined) go();
		else void gate.then(go, go);
	}

	/** Asks the persistent cache which books of the first scan it holds fresh results for. */
	private async takeFreshFromCache(): Promise<void> {
		if (this.cache === undefined || this.stopped) return;
		const files: { path: string; mtime: number; size: number }[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (this.isBook(file.path, this.app.metadataCache.getFileCache(file))) files.push({ path: file.path, mtime: file.stat.mtime, size: file.stat.size });
		}
		const generation = this.parserGeneration;
		const moved = new Set<string>();
		this.movedDuringLoad = moved;
		const fresh = await this.cache.freshFor(files);
		this.movedDuringLoad = null;
		// The parser changed while the cache was read: what it judged fresh may be for the old parser.
		if (this.stopped || generation !== this.parserGeneration) return;
		this.fresh = new Map(fresh);
		for (const path of moved) this.fresh.delete(path);
		if (this.fresh.size === 0) return;
		// Newest books first, after everything that must be read (whose days nobody knows until it is parsed) and the
		// notes that bring block links: then the newest days are complete after a few books, and the timeline can show
		// them while the rest is indexed (see `exactAfter`). Notes that are neither books nor hold a block link change
		// nothing shown: they go last (10,000 ordinary notes would otherwise hold the first books back).
		const cached: [string, Pending][] = [];
		const needed: [string, Pending][] = [];
		const inert: [string, Pending][] = [];
		for (const queued of this.pending) {
			if (this.fresh.has(queued[0])) cached.push(queued);
			else if (this.isInert(queued[0])) inert.push(queued);
			else needed.push(queued);
		}
		cached.sort(([a], [b]) => byLastDayDescending(this.fresh.get(a)?.lastDay ?? null, this.fresh.get(b)?.lastDay ?? null));
		this.pending.clear();
		for (const [path, job] of [...needed, ...cached, ...inert]) this.pending.set(path, job);
		this.inert = new Set(inert.map(([path]) => path));
		this.cache.readFresh(cached.map(([path]) => path));
		this.progressive = true;
	}

	/**
	 * On a first start Obsidian may still be building the metadata cache at layout ready: the scan then sees no
	 * frontmatter, so no note is known to be a book, and no links. Whether 'changed' then fires for every note is not
	 * settled (Tasks' Cache.ts says it does not, and rescans the vault on the first 'resolved'). The cheap form of that
	 * guard: on the first 'resolved' ("all files have been resolved", obsidian.d.ts), take again only the notes the
	 * scan found uncached and no 'changed' has brought since. A warm start has none, so it costs nothing.
	 */
	private onFirstResolved(): void {
		const uncached = this.uncached;
		if (uncached === null || this.stopped) return;
		this.uncached = null;
		let queued = false;
		for (const path of uncached) {
			if (this.cacheOf(path) === null) continue;
			this.enqueue(path, { text: null, stamp: null, scan: false });
			queued = true;
		}
		if (queued) this.requestDrain();
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		this.uncached?.delete(file.path);
		const book = this.isBook(file.path, cache);
		// Keep the text only for books: it spares a read; other notes contribute their links, taken from the cache.
		// The stat now is the one of this text (Obsidian updates it before it parses the new content).
		this.enqueue(file.path, book ? { text: data, stamp: fileStamp(file), scan: false } : { text: null, stamp: null, scan: false });
		this.requestDrain();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			// Obsidian also sends a rename per file inside; renamePath ignores the one that comes second.
			Vault.recurseChildren(file, (child) => {
				if (child instanceof TFile) this.renamePath(oldPath + child.path.slice(file.path.length), child.path);
			});
		} else {
			this.renamePath(oldPath, file.path);
		}
		this.requestDrain();
	}

	private renamePath(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		const waiting = this.pending.get(oldPath);
		this.pending.delete(oldPath);
		const wasBook = this.books.delete(oldPath);
		const wasLinked = this.linked.delete(oldPath);
		// The stored result is keyed by the old path; the renamed note is read (or its result stored) anew.
		this.fresh.delete(oldPath);
		this.fresh.delete(newPath);
		this.inHand.delete(oldPath);
		this.inHand.delete(newPath);
		this.movedDuringLoad?.add(oldPath).add(newPath);
		if (wasBook) this.cache?.forget(oldPath);
		// Only what the index holds: renaming an absent path would drop whatever sits at the new path.
		if (wasBook || wasLinked) this.index.renameNote(oldPath, newPath);
		this.reread.delete(oldPath);
		if (wasBook) {
			this.books.add(newPath);
			// A move keeps the file name (nothing to re-read); a new name may be the book's title.
			if (fileName(oldPath) !== fileName(newPath)) this.reread.add(newPath);
		}
		if (wasLinked) this.linked.add(newPath);
		this.moveFailure(oldPath, newPath);
		if (this.uncached?.delete(oldPath) === true) this.uncached.add(newPath);
		// The new path may be in or out of the scanned folders, or the note may not have been read yet: re-check it.
		this.enqueue(newPath, waiting ?? { text: null, stamp: null, scan: false });
	}

	private onDelete(file: TAbstractFile): void {
		const paths = file instanceof TFolder ? this.knownUnder(file.path) : [file.path];
		for (const path of paths) {
			this.pending.delete(path);
			this.uncached?.delete(path);
			this.failures.delete(path);
			this.reread.delete(path);
			this.fresh.delete(path);
			this.inHand.delete(path);
			this.movedDuringLoad?.add(path);
			const wasBook = this.books.delete(path);
			if (wasBook) this.cache?.forget(path);
			if (this.linked.delete(path) || wasBook) this.index.removeNote(path);
		}
	}

	/** Paths below a folder that the index or the queue holds (folder events also come per file; both are harmless). */
	private knownUnder(folder: string): string[] {
		const prefix = `${folder}/`;
		const all = new Set([...this.books, ...this.linked, ...this.pending.keys(), ...this.failures.keys()]);
		return [...all].filter((p) => p.startsWith(prefix));
	}

	/** A newer entry replaces an older one in place; `weak` entries (links only) never displace text. */
	private enqueue(path: string, next: Pending, weak = false): void {
		this.inert.delete(path);
		const prev = this.pending.get(path);
		if (prev && weak) return;
		// A text and its stat travel together: the newer text wins, with its own stat.
		const own = next.text !== null ? next : (prev ?? next);
		this.pending.set(path, { text: own.text, stamp: own.stamp, scan: next.scan || (prev?.scan ?? false) });
		if (weak) this.requestDrain();
	}

	/** Not a book, no block link in its metadata, none indexed from it: applying it changes nothing a pane shows. */
	private isInert(path: string): boolean {
		const cache = this.cacheOf(path);
		// No metadata yet (a cold metadata cache): it may turn out a book.
		if (cache === null || this.linked.has(path) || this.isBook(path, cache)) return false;
		const links = [...(cache.links ?? []), ...(cache.embeds ?? [])];
		return !links.some((ref) => ref.link.includes("#^"));
	}

	private isBook(path: string, cache: CachedMetadata | null): boolean {
		return isWeReadCache(cache) && isInScannedFolders(path, this.folders());
	}

	/** The one worker: takes chunks off the queue, reads what must be read, applies in time slices. */
	private async drain(): Promise<void> {
		if (this.draining || this.stopped || this.gated) return;
		this.draining = true;
		try {
			let sliceStart = window.performance.now();
			while (this.pending.size > 0 && !this.stopped) {
				const jobs = this.takeChunk();
				await this.readBooks(jobs);
				let i = 0;
				while (i < jobs.length && !this.stopped) {
					this.index.batch(() => {
						do this.apply(jobs[i++] as Job);
						while (i < jobs.length && window.performance.now() - sliceStart < SLICE_BUDGET_MS);
					});
					this.reportProgress(jobs.slice(i));
					if (window.performance.now() - sliceStart >= SLICE_BUDGET_MS) {
						await this.yieldToUi();
						sliceStart = window.performance.now();
					}
				}
			}
		} finally {
			this.draining = false;
		}
		if (!this.stopped && this.status.state === "initializing") {
			this.progressive = false;
			this.inert.clear();
			this.setStatus({ state: "warm", done: this.status.done, total: this.status.total });
			void this.warmSearch();
		}
	}

	/**
	 * Search haystacks are built lazily; at 500k highlights building them all takes ~0.6 s, which would land on the
	 * reader's first query. Build them right after the first scan instead, one time slice at a time.
	 */
	private async warmSearch(): Promise<void> {
		for (;;) {
			// Yield first: the scan's last slice and the "warm" listeners (panes re-rendering) ran in this task already.
			await this.yieldToUi();
			if (this.stopped || this.index.warmSearch === undefined) return;
			const sliceStart = window.performance.now();
			if (this.index.warmSearch(() => window.performance.now() - sliceStart >= SLICE_BUDGET_MS)) return;
		}
	}

	private takeChunk(): Job[] {
		const jobs: Job[] = [];
		for (const [path, pending] of this.pending) {
			jobs.push({ path, pending, text: pending.text, stamp: pending.stamp, parsed: null });
			if (jobs.length >= SCAN_CHUNK) break;
		}
		for (const job of jobs) this.pending.delete(job.path);
		return jobs;
	}

	/**
	 * Reads the books among `jobs` that came without text and are not indexed yet, READ_CONCURRENCY at a time; those
	 * the persistent cache holds fresh are taken from it instead.
	 */
	private async readBooks(jobs: Job[]): Promise<void> {
		const toRead: Job[] = [];
		const fromCache: Job[] = [];
		for (const job of jobs) {
			if (job.text !== null || (this.books.has(job.path) && !this.reread.has(job.path)) || !this.isBook(job.path, this.cacheOf(job.path))) continue;
			const row = this.fresh.get(job.path);
			this.fresh.delete(job.path);
			if (row === undefined) toRead.push(job);
			else {
				this.inHand.set(job.path, row);
				fromCache.push(job);
			}
		}
		if (fromCache.length > 0 && this.cache !== undefined) {
			const cache = this.cache;
			const entries = await Promise.all(fromCache.map((job) => cache.entry(job.path)));
			fromCache.forEach((job, i) => {
				const entry = entries[i] ?? null;
				// Renamed or deleted while the record was on its way (`inHand` lost it): whatever sits at the path now
				// is read, never given another note's result.
				const row = this.inHand.get(job.path);
				if (row === undefined || entry === null) {
					this.inHand.delete(job.path);
					if (row !== undefined) toRead.push(job);
					return;
				}
				// Judged fresh at the start of the scan; the file may have changed since (a sync running while Obsidian starts).
				const file = this.app.vault.getAbstractFileByPath(job.path);
				const unchanged = file instanceof TFile && sameStamp(file.stat, row);
				const note = unchanged ? noteOf(entry) : null;
				if (note === null) {
					this.inHand.delete(job.path);
					// A body that is not a parse result of its row (decoding is the check) is said once; a changed file is
					// simply read.
					if (unchanged) this.cache?.untrusted(job.path);
					toRead.push(job);
					return;
				}
				job.parsed = note;
			});
		}
		let next = 0;
		const worker = async (): Promise<void> => {
			while (next < toRead.length && !this.stopped) {
				const job = toRead[next++] as Job;
				this.reread.delete(job.path);
				const file = this.app.vault.getAbstractFileByPath(job.path);
				if (!(file instanceof TFile)) continue;
				try {
					// The stat before the read: if the file changes during it, the stored stat is older than the file's
					// and the next start reads it again — never the other way round.
					const stamp = fileStamp(file);
					job.text = await this.app.vault.cachedRead(file);
					job.stamp = stamp;
					this.failures.delete(job.path);
				} catch (err) {
					const message = err instanceof Error ? err.message : String(err);
					this.failures.set(job.path, message);
					console.warn(`WeRead Highlights: could not read ${job.path}; keeping what was indexed.`, err);
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
	}

	private apply(job: Job): void {
		if (job.pending.scan) this.scanned++;
		// A newer event for this path is queued (it wins), or the note was renamed or deleted meanwhile (handled there).
		if (this.pending.has(job.path)) return;
		const file = this.app.vault.getAbstractFileByPath(job.path);
		if (!(file instanceof TFile)) return;
		const cache = this.app.metadataCache.getFileCache(file);
		const links = blockLinksOf(cache, job.path, this.app.metadataCache);
		if (this.isBook(job.path, cache)) {
			// text null: already indexed, or the read failed — keep what the index has.
			if (job.text !== null) {
				this.index.upsertNote(job.path, job.text);
				this.books.add(job.path);
				if (job.stamp !== null) this.cache?.remember(job.path, job.stamp, this.index.book(job.path)?.note ?? { kind: "not-weread", path: job.path });
			} else if (job.parsed !== null && this.inHand.delete(job.path)) {
				this.index.upsertParsed(job.parsed);
				this.books.add(job.path);
			}
		} else if (this.books.delete(job.path)) {
			// No longer a WeRead note (frontmatter changed) or moved out of the scanned folders.
			this.cache?.forget(job.path);
			this.index.removeNote(job.path);
			this.linked.delete(job.path);
		}
		if (links.length > 0 || this.linked.has(job.path)) this.index.upsertLinks(job.path, links);
		if (links.length > 0) this.linked.add(job.path);
		else this.linked.delete(job.path);
	}

	private cacheOf(path: string): CachedMetadata | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? this.app.metadataCache.getFileCache(file) : null;
	}

	private moveFailure(oldPath: string, newPath: string): void {
		const failure = this.failures.get(oldPath);
		if (failure === undefined) return;
		this.failures.delete(oldPath);
		this.failures.set(newPath, failure);
	}

	private yieldToUi(): Promise<void> {
		return new Promise((resolve) => {
			const timer = window.setTimeout(() => {
				this.yieldTimers.delete(timer);
				resolve();
			}, 0);
			this.yieldTimers.add(timer);
		});
	}

	/**
	 * Progress is told once per slice, not once per note: a status-bar update per note cost ≈ 2 % of the scan.
	 * `unapplied`: jobs of the chunk in hand not applied yet (they are no longer in the queue).
	 */
	private reportProgress(unapplied: readonly Job[]): void {
		if (this.status.state !== "initializing") return;
		const exactAfter = this.progressive ? this.exactAfter(unapplied) : undefined;
		if (this.scanned === this.status.done && exactAfter === this.status.exactAfter) return;
		const { state, total } = this.status;
		this.setStatus(exactAfter === undefined ? { state, done: this.scanned, total } : { state, done: this.scanned, total, exactAfter });
	}

	/**
	 * The day after which nothing more can arrive: the latest `lastDay` of the cached books still to come, or null
	 * while anything else is (a note to read may hold any day; a note's links change the cited counts of rows).
	 */
	private exactAfter(unapplied: readonly Job[]): string | null {
		let latest = "";
		const consider = (row: CacheRow | undefined): boolean => {
			if (row === undefined) return false;
			if (row.lastDay !== null && row.lastDay > latest) latest = row.lastDay;
			return true;
		};
		for (const job of unapplied) if (job.parsed === null || !consider(this.inHand.get(job.path))) return null;
		for (const [path, pending] of this.pending) {
			if (this.inert.has(path)) continue;
			const row = this.fresh.get(path);
			// A text to parse, or a file whose stat moved since the start judged it (it will be read): any day may come.
			const file = pending.text === null && row !== undefined ? this.app.vault.getAbstractFileByPath(path) : null;
			if (!(file instanceof TFile) || !sameStamp(file.stat, row as CacheRow) || !consider(row)) return null;
		}
		return latest;
	}

	private setStatus(status: IndexStatus): void {
		this.status = status;
		for (const listener of [...this.listeners]) listener(status);
	}
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** Latest day first; books without a dated entry last. */
function byLastDayDescending(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a > b ? -1 : 1;
}

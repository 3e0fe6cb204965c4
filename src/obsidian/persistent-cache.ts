import { Component, type TFile } from "obsidian";
import { entryFor, sameRow, validateEntry, type CacheEntry, type CacheRow } from "../core/cache/cache-entry";
import { decideFreshness, sameStamp, type StoredRecord, type VaultFile } from "../core/cache/freshness";
import { PARSER_VERSION } from "../core/cache/parser-version";
import type { ParseResult } from "../core/model";
import { CACHE_READ_WAIT_MS, CACHE_RECORD_BATCH, CACHE_WRITE_DELAY_MS, CACHE_WRITE_ROWS } from "../constants";
import type { NoteCacheStore, StoreFault, StoreResult } from "./note-cache-store";

// The persistent cache in the start (issue 15, design §4 "Persistence"): what IndexSync asks of it, and the one
// object that talks to the store. Opens the store and reads its manifest as soon as the plugin loads (I/O, off the
// main thread's way), decides once what is fresh when the first scan asks, then streams the fresh records in the
// order the scan wants them (newest books first), and writes results back later, in idle periods, a batch at a time.
// Every fault turns the cache off for this session: whatever was read from it is only used if it
// was proven fresh, and the notes are read instead — the cache only ever spares reads.

/** A file's `stat` when its text was taken: what a stored result is fresh against. */
export interface FileStamp {
	readonly mtime: number;
	readonly size: number;
}

export function fileStamp(file: TFile): FileStamp {
	return { mtime: file.stat.mtime, size: file.stat.size };
}

/** What IndexSync needs of a persistent cache. */
export interface StartCache {
	/**
	 * The manifest rows of stored results that are fresh for `files` (the books the first scan would read), by path.
	 * Empty when the cache is off, failed or did not answer in time. Asked once, by the first scan.
	 */
	freshFor(files: readonly VaultFile[]): Promise<ReadonlyMap<string, CacheRow>>;
	/** Start reading the records of these fresh rows, in this order (asked once, after `freshFor`). */
	readFresh(paths: readonly string[]): void;
	/**
	 * The record of a path given to `readFresh`, once it arrived and agrees with its row; null when it is missing, not
	 * trusted (said once) or the store failed — then the note is read. Asked once per path.
	 */
	entry(path: string): Promise<CacheEntry | null>;
	/** `note` is what the index now holds for `path`, parsed from the text the file had at `stamp`. */
	remember(path: string, stamp: FileStamp, note: ParseResult): void;
	/** The note is gone, moved, or no longer a book: its stored result must not outlive it. */
	forget(path: string): void;
	/** A fresh entry's body could not be decoded (corrupt): the note is read instead, and this is said once. */
	untrusted(path: string): void;
}

export type CacheFault = StoreFault | "timeout";

/** What went wrong, for *Show parse problems*: said once, the first fault only. */
export type CacheTrouble =
	| { readonly kind: "fault"; readonly when: "read" | "write"; readonly fault: CacheFault; readonly detail: string }
	| { readonly kind: "untrusted"; readonly count: number }
	/** Entries another version of the plugin wrote (after an update): read again once. */
	| { readonly kind: "outdated"; readonly count: number };

export interface PersistentCacheOptions {
	/** Opens this vault's store; a fault when there is none (no IndexedDB, no vault id). */
	readonly open: () => Promise<StoreResult<NoteCacheStore>>;
	/** The setting; read when the plugin loads and when it changes (`setEnabled`). */
	readonly enabled: boolean;
	/** The fingerprint of the shapes the index parses with right now (TemplateShapes.fingerprint). */
	readonly fingerprint: () => string;
	/** The file's stat now, or null when it is gone: a result is written only if its file has not changed since. */
	readonly stampOf: (path: string) => FileStamp | null;
}

/**
 * A result waiting to be written. Encoded only when written (in an idle period), not when parsed: the scan's slices
 * stay the parser's. The note is the index's own object (the index replaces results, never mutates them).
 */
interface Pending {
	readonly note: ParseResult;
	readonly stamp: FileStamp;
	readonly fingerprint: string;
	readonly rows: number;
}

export class PersistentCache extends Component implements StartCache {
	private enabled: boolean;
	private store: NoteCacheStore | null = null;
	/** The store's manifest rows, read once at load; null when the cache is off or failed. */
	private records: Promise<StoredRecord[] | null> = Promise.resolve(null);
	/** The fresh rows `freshFor` gave, until their records are read. */
	private freshRows = new Map<string, CacheRow>();
	/**
	 * Records asked for by `readFresh` and not yet taken: arrived (as stored, or null when none came) or awaited (a
	 * resolver). Checked when taken, not when they arrive: they arrive while the start applies other notes, and the
	 * check of 1,850 records then delayed the first books.
	 */
	private readonly arrived = new Map<string, { readonly value: unknown } | null>();
	private readonly awaited = new Map<string, (record: { readonly value: unknown } | null) => void>();
	/** Paths `readFresh` asked for whose record has not arrived; all answer null when the read fails or stalls. */
	private readonly inFlight = new Set<string>();
	private stallTimer: number | null = null;
	/** When the last record arrived (performance.now): the stall watch counts from it. */
	private lastRecordAt = 0;
	/** True once the first scan took its decision: later results are written, earlier ones would be redundant. */
	private decided = false;
	private trouble: CacheTrouble | null = null;
	/** Stored records not trusted so far this session (at the start's decision, and bodies that did not decode). */
	private untrustedCount = 0;
	private readonly writes = new Map<string, Pending>();
	private readonly deletes = new Set<string>();
	private timer: number | null = null;
	private idle: number | null = null;
	private flushing = false;
	private stopped = false;

	constructor(private readonly options: PersistentCacheOptions) {
		super();
		this.enabled = options.enabled;
	}

	override onload(): void {
		if (this.enabled) this.records = this.openAndRead();
		this.register(() => {
			this.stopped = true;
			this.cancelFlush();
			this.writes.clear();
			this.deletes.clear();
			this.store?.close();
			this.store = null;
			this.giveUpInFlight();
			this.arrived.clear();
		});
	}

	/** What to say in *Show parse problems*, or null. */
	problem(): CacheTrouble | null {
		return this.trouble;
	}

	async freshFor(files: readonly VaultFile[]): Promise<ReadonlyMap<string, CacheRow>> {
		const none = new Map<string, CacheRow>();
		if (this.decided) return none;
		const records = await this.withinWait(this.records);
		this.decided = true;
		// Only the first scan asks; the records are not needed again (at 100k highlights they hold tens of MB).
		this.records = Promise.resolve(null);
		if (records === null || this.store === null || this.stopped) return none;
		const decision = decideFreshness(records, files, { parserVersion: PARSER_VERSION, templateFingerprint: this.options.fingerprint() });
		this.untrustedCount = decision.faults.length;
		if (decision.faults.length > 0) this.report({ kind: "untrusted", count: decision.faults.length });
		else if (decision.outdated > 0) this.report({ kind: "outdated", count: decision.outdated });
		// Gone files, and untrusted records under a path (a later write would replace those of present files, but a
		// record that cannot be read should not wait for that).
		for (const path of decision.gone) this.deletes.add(path);
		for (const fault of decision.faults) if (fault.path !== null) this.deletes.add(fault.path);
		if (this.deletes.size > 0) this.scheduleFlush();
		const fresh = new Map<string, CacheRow>();
		for (const row of decision.fresh) fresh.set(row.path, row);
		this.freshRows = new Map(fresh);
		return fresh;
	}

	readFresh(paths: readonly string[]): void {
		const store = this.store;
		const wanted = paths.filter((path) => this.freshRows.has(path) && !this.inFlight.has(path) && !this.arrived.has(path));
		if (wanted.length === 0) return;
		for (const path of wanted) this.inFlight.add(path);
		if (store === null || this.stopped) {
			this.giveUpInFlight();
			return;
		}
		this.watchStall();
		// In batches, two in flight: issuing all 1,850 requests at once was one task of ≈ 70 ms (each request costs
		// the main thread), and the first records came no sooner for it.
		let next = 0;
		const batch = async (): Promise<void> => {
			while (next < wanted.length && this.store === store && !this.stopped) {
				const paths = wanted.slice(next, next + CACHE_RECORD_BATCH);
				next += paths.length;
				const read = await store.readRecords(paths, (path, value) => {
					if (!this.inFlight.delete(path)) return;
					this.deliver(path, { value });
					// A timestamp, not a timer reset per record (1,850 of them at 100k highlights).
					this.lastRecordAt = window.performance.now();
				});
				if (!read.ok) {
					this.fail("read", read);
					break;
				}
			}
		};
		// A record the store did not hand over (a fault, a closed store, the end of the session) is read as a note.
		void Promise.all([batch(), batch()]).then(() => this.giveUpInFlight());
	}

	entry(path: string): Promise<CacheEntry | null> {
		if (this.arrived.has(path)) {
			const record = this.arrived.get(path) ?? null;
			this.arrived.delete(path);
			return Promise.resolve(record === null ? null : this.trusted(path, record.value));
		}
		if (!this.inFlight.has(path)) return Promise.resolve(null);
		return new Promise((resolve) => this.awaited.set(path, (record) => resolve(record === null ? null : this.trusted(path, record.value))));
	}

	/** The record if it is an entry of this path that agrees with the manifest row that judged it fresh; else null. */
	private trusted(path: string, value: unknown): CacheEntry | null {
		const row = this.freshRows.get(path);
		this.freshRows.delete(path);
		const checked = validateEntry(value);
		if (row !== undefined && checked.ok && sameRow(checked.entry, row)) return checked.entry;
		this.untrusted(path);
		return null;
	}

	private deliver(path: string, record: { readonly value: unknown } | null): void {
		const resolve = this.awaited.get(path);
		if (resolve === undefined) {
			this.arrived.set(path, record);
			return;
		}
		this.awaited.delete(path);
		resolve(record);
	}

	/** Every record still on its way answers null (its note is read); the stall watch stops. */
	private giveUpInFlight(): void {
		if (this.stallTimer !== null) window.clearTimeout(this.stallTimer);
		this.stallTimer = null;
		const paths = [...this.inFlight];
		this.inFlight.clear();
		for (const path of paths) this.deliver(path, null);
	}

	/** No record for CACHE_READ_WAIT_MS while some are due: the store is stuck; read the notes instead. */
	private watchStall(wait: number = CACHE_READ_WAIT_MS): void {
		if (this.stallTimer !== null) window.clearTimeout(this.stallTimer);
		if (wait === CACHE_READ_WAIT_MS) this.lastRecordAt = window.performance.now();
		this.stallTimer = window.setTimeout(() => {
			this.stallTimer = null;
			if (this.inFlight.size === 0) return;
			const quiet = window.performance.now() - this.lastRecordAt;
			if (quiet < CACHE_READ_WAIT_MS) {
				this.watchStall(CACHE_READ_WAIT_MS - quiet);
				return;
			}
			this.fail("read", { ok: false, fault: "timeout", detail: `no record after ${CACHE_READ_WAIT_MS} ms` });
			this.giveUpInFlight();
		}, wait);
	}

	remember(path: string, stamp: FileStamp, note: ParseResult): void {
		if (!this.writing()) return;
		this.deletes.delete(path);
		// The fingerprint now: the shapes this result was just parsed with.
		this.writes.set(path, { note, stamp, fingerprint: this.options.fingerprint(), rows: note.kind === "weread" ? note.highlights.length + note.reviews.length + 1 : 1 });
		this.scheduleFlush();
	}

	untrusted(path: string): void {
		this.untrustedCount++;
		this.report({ kind: "untrusted", count: this.untrustedCount });
		this.forget(path);
	}

	forget(path: string): void {
		if (!this.writing()) return;
		this.writes.delete(path);
		this.deletes.add(path);
		this.scheduleFlush();
	}

	/**
	 * The setting changed. Off: stop, and delete what is stored (the device keeps nothing; a fault deleting it is
	 * not said: the cache is off). On: results from here on are written, the next start uses them.
	 */
	async setEnabled(enabled: boolean): Promise<void> {
		if (enabled === this.enabled) return;
		this.enabled = enabled;
		if (!enabled) {
			this.cancelFlush();
			await this.clear();
			return;
		}
		// Not read now: the index is already built.
		this.decided = true;
		this.trouble = null;
		const opened = await this.options.open();
		if (this.stopped || !this.enabled) {
			if (opened.ok) opened.value.close();
			return;
		}
		if (opened.ok) this.store = opened.value;
		else this.fail("write", opened);
	}

	/** The command: forget everything stored for this vault on this device. The index itself stays as it is. */
	async clear(): Promise<StoreResult<void>> {
		this.writes.clear();
		this.deletes.clear();
		return this.clearStore();
	}

	private async clearStore(): Promise<StoreResult<void>> {
		let store = this.store;
		let opened = false;
		if (store === null) {
			// Off or failed this session: open just to clear (a fault here is only reported to the caller).
			const result = await this.options.open();
			if (!result.ok) return result;
			store = result.value;
			opened = true;
		}
		const cleared = await store.clear();
		if (opened) store.close();
		if (!this.enabled && this.store !== null) {
			this.store.close();
			this.store = null;
		}
		return cleared;
	}

	private writing(): boolean {
		return this.enabled && !this.stopped && this.store !== null && this.decided;
	}

	private async openAndRead(): Promise<StoredRecord[] | null> {
		const opened = await this.options.open();
		if (this.stopped) {
			if (opened.ok) opened.value.close();
			return null;
		}
		if (!opened.ok) {
			this.fail("read", opened);
			return null;
		}
		this.store = opened.value;
		const read = await opened.value.readManifest();
		if (!read.ok) {
			this.fail("read", read);
			return null;
		}
		return read.value;
	}

	/** `records`, or null after CACHE_READ_WAIT_MS; a late answer is then dropped and the store closed. */
	private withinWait(records: Promise<StoredRecord[] | null>): Promise<StoredRecord[] | null> {
		return new Promise((resolve) => {
			let settled = false;
			const timer = window.setTimeout(() => {
				settled = true;
				this.fail("read", { ok: false, fault: "timeout", detail: `no answer after ${CACHE_READ_WAIT_MS} ms` });
				resolve(null);
			}, CACHE_READ_WAIT_MS);
			void records.then((value) => {
				if (settled) return;
				settled = true;
				window.clearTimeout(timer);
				resolve(value);
			});
		});
	}

	/** Turns the cache off for this session and says so once. */
	private fail(when: "read" | "write", result: { readonly ok: false; readonly fault: CacheFault; readonly detail: string }): void {
		this.cancelFlush();
		this.writes.clear();
		this.deletes.clear();
		this.store?.close();
		this.store = null;
		// Records still on their way are not to be used.
		this.records = Promise.resolve(null);
		this.report({ kind: "fault", when, fault: result.fault, detail: result.detail });
	}

	private report(trouble: CacheTrouble): void {
		// The first fault is the one to say; an untrusted count does not hide a later fault that turned the cache off,
		// and a growing untrusted count replaces the smaller one (still one line).
		const replaces = this.trouble === null || (this.trouble.kind !== "fault" && trouble.kind === "fault") || (this.trouble.kind !== "fault" && trouble.kind === "untrusted");
		if (!replaces) return;
		this.trouble = trouble;
		console.warn(`WeRead Highlights: index cache ${trouble.kind === "fault" ? `${trouble.fault}: ${trouble.detail}` : `${trouble.count} ${trouble.kind} entries`}`);
	}

	private scheduleFlush(): void {
		if (this.flushing || this.stopped) return;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.whenIdle(() => void this.flush());
		}, CACHE_WRITE_DELAY_MS);
	}

	/**
	 * `fn` in an idle period: requestIdleCallback where the platform has it (Chromium: desktop and Android), a plain
	 * task elsewhere (iOS WebKit has none; MDN "requestIdleCallback" compatibility).
	 */
	private whenIdle(fn: () => void): void {
		const win = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };
		if (typeof win.requestIdleCallback === "function") {
			this.idle = win.requestIdleCallback(() => {
				this.idle = null;
				fn();
			}, { timeout: CACHE_WRITE_DELAY_MS });
		} else {
			this.timer = window.setTimeout(() => {
				this.timer = null;
				fn();
			}, 0);
		}
	}

	private cancelFlush(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		const win = window as Window & { cancelIdleCallback?: (id: number) => void };
		if (this.idle !== null && typeof win.cancelIdleCallback === "function") win.cancelIdleCallback(this.idle);
		this.idle = null;
	}

	/** One batch per idle period: deletions first (one transaction), then up to CACHE_WRITE_ROWS rows of results. */
	private async flush(): Promise<void> {
		const store = this.store;
		if (store === null || this.stopped || this.flushing) return;
		this.flushing = true;
		try {
			if (this.deletes.size > 0) {
				const paths = [...this.deletes];
				this.deletes.clear();
				const deleted = await store.delete(paths);
				if (!deleted.ok) {
					this.fail("write", deleted);
					return;
				}
			} else {
				const batch = this.takeBatch();
				if (batch.length > 0) {
					const put = await store.put(batch);
					if (!put.ok) {
						this.fail("write", put);
						return;
					}
				}
			}
		} finally {
			this.flushing = false;
		}
		if (this.store !== null && !this.stopped && (this.writes.size > 0 || this.deletes.size > 0)) this.whenIdle(() => void this.flush());
	}

	/** Results whose file still has the stat they were read at; the others are dropped (a newer change brings them). */
	private takeBatch(): CacheEntry[] {
		const batch: CacheEntry[] = [];
		let rows = 0;
		for (const [path, pending] of this.writes) {
			if (batch.length > 0 && rows + pending.rows > CACHE_WRITE_ROWS) break;
			this.writes.delete(path);
			const now = this.options.stampOf(path);
			if (now === null || !sameStamp(now, pending.stamp)) {
				// Changed since it was read, or gone: what is stored for it (if anything) is older still — drop it.
				this.deletes.add(path);
				continue;
			}
			batch.push(entryFor(pending.note, pending.stamp, pending.fingerprint));
			rows += pending.rows;
		}
		return batch;
	}
}

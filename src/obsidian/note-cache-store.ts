import type { App } from "obsidian";
import { rowOf, type CacheEntry } from "../core/cache/cache-entry";
import type { StoredRecord } from "../core/cache/freshness";

// The persistent cache's storage (design §4 "Persistence"): one IndexedDB database per vault on this device, one
// record per note keyed by its path, and beside it a manifest: the same records without their parse results, a few
// hundred bytes a note, which the start reads first (at 100k highlights the whole store is ≈ 23 MB, and waiting for
// all of it was ≈ 300–550 ms before the first book could be indexed). IndexedDB, not data.json: sync services copy data.json between devices, and a
// parse cache is of this device's files only. The bare API (no wrapper): five kinds of request and a schema of two stores.
//
// Every fault is a value, never a rejection nor a throw: no IndexedDB (some private modes), an open that is refused
// or blocked by an older connection, a full disk (QuotaExceededError), a transaction that aborts. The caller then
// falls back to reading the notes (the cache only ever spares reads; losing it loses nothing). Both stores change in
// one transaction, so a committed write leaves them agreeing; a record and its manifest row that disagree anyway
// (another version, a disk fault) are caught where the record is used (PersistentCache, `sameRow`).
//
// IndexedDB semantics relied on (W3C Indexed Database API 3.0; MDN "Using IndexedDB"):
// - `open(name, version)` fires `upgradeneeded` (inside a versionchange transaction) before `success` when the stored
//   version is older; `blocked` when another connection keeps the old version open and does not close on its
//   `versionchange`; `error` when the open fails (then the request's `error` is a DOMException).
// - A transaction commits when no request is pending; `complete` fires after its data is durable enough to read
//   back, `abort` when it failed (a request's error not prevented, quota, `abort()`), with `transaction.error` set.
//   A request's results are only trustworthy once the transaction completes.
// - `getAll()` and `getAllKeys()` both return records in key order, so in one readonly transaction they pair up.
// - `db.transaction()` throws (InvalidStateError) on a closed connection; `put()` throws DataCloneError for a value
//   structured clone refuses. Both are caught here.

/** 2: the manifest store beside the records (issue 15's warm start). */
export const CACHE_DB_VERSION = 2;
const STORE = "notes";
const MANIFEST = "manifest";
const BOTH = [STORE, MANIFEST];
/** Entries per write transaction: a failing batch loses only itself, and one batch fits in an idle slice. */
export const PUT_BATCH = 50;

export type StoreFault = "unavailable" | "open-failed" | "blocked" | "upgrade-failed" | "quota" | "aborted" | "closed";

export type StoreResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fault: StoreFault; readonly detail: string };

export interface NoteCacheStore {
	/** Every stored record, as stored (untrusted). */
	readAll(): Promise<StoreResult<StoredRecord[]>>;
	/** Every manifest row, as stored (untrusted: give it to `decideFreshness`). */
	readManifest(): Promise<StoreResult<StoredRecord[]>>;
	/**
	 * The records of `paths`, in that order, each handed to `onRecord` as soon as it arrives (undefined when there is
	 * none), in one transaction. On a fault the records not yet handed over are not.
	 */
	readRecords(paths: readonly string[], onRecord: (path: string, value: unknown) => void): Promise<StoreResult<void>>;
	/**
	 * Store entries (and their manifest rows) under their paths, PUT_BATCH per transaction, one after the other. On a fault the batches before
	 * it stay written and the rest is not tried; `written` counts the entries of committed batches.
	 */
	put(entries: readonly CacheEntry[]): Promise<StoreResult<{ readonly written: number }>>;
	/** Forget these paths (absent ones are no error), in one transaction. */
	delete(paths: readonly string[]): Promise<StoreResult<void>>;
	/** Forget everything of this vault. */
	clear(): Promise<StoreResult<void>>;
	/** Close the connection; later calls answer `closed`. Also happens when another tab deletes or upgrades the database. */
	close(): void;
}

/** The database of a vault: a name nothing else on this device uses. */
export function cacheDatabaseName(vaultId: string): string {
	return `weread-highlights/note-cache/${vaultId}`;
}

/**
 * This vault's id on this device, or null when there is none to trust (then the cache stays off).
 *
 * `app.appId` is not in obsidian.d.ts, but it is what Obsidian itself keys each vault's local data with (its own
 * IndexedDB is `<appId>-cache`, and `app.loadLocalStorage` — public only since 1.8.7, above our minAppVersion —
 * prefixes keys with it), and Dataview names its persistent cache `dataview/cache/<appId>`. It is a random id
 * given to a vault when it is opened on a device, on desktop and mobile alike. `vault.getName()` is no substitute:
 * two vaults in different folders may share a name, and their caches would mix. The adapter's base path exists on
 * desktop only.
 */
export function vaultCacheId(app: App): string | null {
	const id = (app as unknown as { appId?: unknown }).appId;
	return typeof id === "string" && id.length > 0 ? id : null;
}

function detailOf(error: unknown): string {
	if (error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException)) return `${error.name}: ${error.message}`;
	return String(error);
}

function faultOf(error: unknown, otherwise: StoreFault): StoreFault {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === "QuotaExceededError") return "quota";
	if (name === "InvalidStateError") return "closed";
	return otherwise;
}

const failed = <T>(fault: StoreFault, detail: string): StoreResult<T> => ({ ok: false, fault, detail });

/**
 * Opens (creating or upgrading) the vault's cache. `factory` is the window's `indexedDB`, or null where there is
 * none. Resolves `blocked` at once when an older connection blocks the upgrade (the start does not wait for another
 * window); if the open succeeds later anyway, that connection is closed at once.
 */
export function openNoteCacheStore(factory: IDBFactory | null | undefined, vaultId: string): Promise<StoreResult<NoteCacheStore>> {
	return new Promise((resolve) => {
		if (factory === null || factory === undefined) {
			resolve(failed("unavailable", "no IndexedDB in this window"));
			return;
		}
		let settled = false;
		const settle = (result: StoreResult<NoteCacheStore>): void => {
			if (settled) return;
			settled = true;
			resolve(result);
		};
		let request: IDBOpenDBRequest;
		try {
			request = factory.open(cacheDatabaseName(vaultId), CACHE_DB_VERSION);
		} catch (err) {
			settle(failed("open-failed", detailOf(err)));
			return;
		}
		request.onupgradeneeded = () => {
			try {
				const db = request.result;
				// A new layout drops what an older one stored and starts empty (a cache: the next start reads the notes).
				for (const name of Array.from(db.objectStoreNames)) db.deleteObjectStore(name);
				db.createObjectStore(STORE);
				db.createObjectStore(MANIFEST);
			} catch (err) {
				settle(failed("upgrade-failed", detailOf(err)));
				try {
					request.transaction?.abort();
				} catch {
					// Already finished: the open's error event follows.
				}
			}
		};
		request.onblocked = () => settle(failed("blocked", "another connection holds an older version of the cache open"));
		request.onerror = (event) => {
			// Prevent the error from reaching window.onerror as an unhandled one; it is handled here.
			event.preventDefault();
			settle(failed(faultOf(request.error, "open-failed"), detailOf(request.error)));
		};
		request.onsuccess = () => {
			const db = request.result;
			if (settled) {
				// Blocked earlier and the caller went on without the cache: do not hold a connection nobody uses.
				db.close();
				return;
			}
			settle({ ok: true, value: new IdbNoteCacheStore(db) });
		};
	});
}

class IdbNoteCacheStore implements NoteCacheStore {
	private closed = false;

	constructor(private readonly db: IDBDatabase) {
		// Another window upgrading or deleting the database: let it, and answer `closed` from now on.
		db.onversionchange = () => this.close();
		// The browser closed the connection (storage cleared, a disk error).
		db.onclose = () => {
			this.closed = true;
		};
	}

	readAll(): Promise<StoreResult<StoredRecord[]>> {
		return this.readEvery(STORE);
	}

	readManifest(): Promise<StoreResult<StoredRecord[]>> {
		return this.readEvery(MANIFEST);
	}

	readRecords(paths: readonly string[], onRecord: (path: string, value: unknown) => void): Promise<StoreResult<void>> {
		return this.run<void>([STORE], "readonly", (tx, done) => {
			const store = tx.objectStore(STORE);
			// Requests of one transaction are answered in the order they were made (W3C IndexedDB 3.0, "request
			// ordering"): the first paths come back first, while the rest are still read.
			for (const path of paths) {
				const request = store.get(path);
				request.onsuccess = () => onRecord(path, request.result);
			}
			done(() => undefined);
		});
	}

	async put(entries: readonly CacheEntry[]): Promise<StoreResult<{ readonly written: number }>> {
		let written = 0;
		for (let start = 0; start < entries.length; start += PUT_BATCH) {
			const batch = entries.slice(start, start + PUT_BATCH);
			const result = await this.run<void>(BOTH, "readwrite", (tx, done) => {
				const store = tx.objectStore(STORE);
				const manifest = tx.objectStore(MANIFEST);
				for (const entry of batch) {
					store.put(entry, entry.path);
					manifest.put(rowOf(entry), entry.path);
				}
				done(() => undefined);
			});
			if (!result.ok) return { ok: false, fault: result.fault, detail: `${result.detail} (after ${written} of ${entries.length} entries)` };
			written += batch.length;
		}
		return { ok: true, value: { written } };
	}

	delete(paths: readonly string[]): Promise<StoreResult<void>> {
		return this.run<void>(BOTH, "readwrite", (tx, done) => {
			for (const name of BOTH) {
				const store = tx.objectStore(name);
				for (const path of paths) store.delete(path);
			}
			done(() => undefined);
		});
	}

	clear(): Promise<StoreResult<void>> {
		return this.run<void>(BOTH, "readwrite", (tx, done) => {
			for (const name of BOTH) tx.objectStore(name).clear();
			done(() => undefined);
		});
	}

	private readEvery(name: string): Promise<StoreResult<StoredRecord[]>> {
		return this.run<StoredRecord[]>([name], "readonly", (tx, done) => {
			const store = tx.objectStore(name);
			const keys = store.getAllKeys();
			const values = store.getAll();
			done(() => {
				const k = keys.result as unknown[];
				const v = values.result as unknown[];
				const records: StoredRecord[] = [];
				for (let i = 0; i < Math.min(k.length, v.length); i++) records.push({ key: k[i], value: v[i] });
				return records;
			});
		});
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		this.db.close();
	}

	/**
	 * One transaction: `body` issues its requests and says how to read the answer once the transaction completes.
	 * Resolves on `complete` or `abort`, or at once when the transaction cannot even start.
	 */
	private run<T>(stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction, done: (read: () => T) => void) => void): Promise<StoreResult<T>> {
		return new Promise((resolve) => {
			if (this.closed) {
				resolve(failed("closed", "the cache's connection is closed"));
				return;
			}
			let read: (() => T) | null = null;
			let tx: IDBTransaction;
			try {
				tx = this.db.transaction([...stores], mode);
			} catch (err) {
				resolve(failed(faultOf(err, "aborted"), detailOf(err)));
				return;
			}
			tx.oncomplete = () => {
				try {
					resolve({ ok: true, value: (read as () => T)() });
				} catch (err) {
					resolve(failed("aborted", detailOf(err)));
				}
			};
			tx.onabort = () => resolve(failed(faultOf(tx.error, "aborted"), detailOf(tx.error ?? "the transaction was aborted")));
			// A failing request's error bubbles to the transaction, which then aborts: `onabort` answers. Preventing the
			// default here would keep the transaction going, so it is not done; only the window's error report is spared.
			tx.onerror = (event) => event.stopPropagation();
			try {
				body(tx, (r) => {
					read = r;
				});
			} catch (err) {
				// A request that could not be issued (DataCloneError, a closed store): undo the others.
				try {
					tx.abort();
				} catch {
					// Already finishing: its complete or abort event answers.
				}
				resolve(failed(faultOf(err, "aborted"), detailOf(err)));
			}
		});
	}
}

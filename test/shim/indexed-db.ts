// A fake IndexedDB for view tests: the subset the note cache uses, with the real API's asynchrony and event order,
// and faults to inject. Modelled on the W3C Indexed Database API 3.0 (https://www.w3.org/TR/IndexedDB/) and MDN:
// - IDBFactory.open (https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/open): a request whose events fire
//   in later tasks; a higher version fires `versionchange` at the other open connections, then `blocked` at the
//   request if any stays open ("IDBOpenDBRequest: blocked event": not cancelable, does not bubble), and waits for
//   them to close; then `upgradeneeded` with `request.transaction` (a versionchange transaction), then `success`.
//   An aborted upgrade fails the open with an AbortError (web-platform-tests IndexedDB/idbfactory_open8.htm); a
//   lower version than stored fails with a VersionError.
// - Transactions (https://developer.mozilla.org/en-US/docs/Web/API/IDBTransaction): requests may be made only while
//   the transaction is active (the task that created it, and its requests' event handlers), else
//   TransactionInactiveError; writes in a readonly one throw ReadOnlyError; `db.transaction()` on a closed
//   connection throws InvalidStateError; values are structured-cloned at `put` (DataCloneError thrown there). It
//   commits once no request is pending and fires `complete`; a request error event that nobody prevents
//   (it bubbles request → transaction → database) aborts it, as does `abort()` or an exception in a handler;
//   quota is checked at commit ("IDBTransaction: abort event": "Quota exceeded"), the abort carrying a
//   QuotaExceededError in `transaction.error`. An aborted transaction changes nothing.
// - getAll / getAllKeys return records in key order (strings compare by code unit).
// Simplification: transactions of one database run one after the other in creation order (the real scheduler runs
// non-overlapping ones in parallel; the cache never has two at once).

import { registerIoSource } from "./clock";

type Handler = ((event: FakeEvent) => void) | null;

export class FakeEvent {
	defaultPrevented = false;
	propagationStopped = false;
	constructor(readonly type: string, readonly target: unknown, readonly cancelable: boolean) {}
	preventDefault(): void {
		if (this.cancelable) this.defaultPrevented = true;
	}
	stopPropagation(): void {
		this.propagationStopped = true;
	}
}

// Each event fires in a task of its own. Captured at load: a FakeClock may replace the window's timers later, and the
// database must not wait for a test to advance time (a real one does not either).
const realSetImmediate: ((fn: () => void) => unknown) | null = typeof globalThis.setImmediate === "function" ? globalThis.setImmediate.bind(globalThis) : null;
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
/** Events scheduled and not yet fired: while any is, a FakeClock flush waits (clock.ts `registerIoSource`). */
let scheduled = 0;
registerIoSource(() => scheduled > 0);
const task = (fn: () => void): void => {
	scheduled++;
	const run = (): void => {
		scheduled--;
		fn();
	};
	if (realSetImmediate !== null) realSetImmediate(run);
	else realSetTimeout(run, 0);
};

function domError(name: string, message: string): DOMException {
	return new DOMException(message, name);
}

/** Calls a handler; an exception in it is reported, as the browser reports an uncaught one, and returned. */
function dispatch(handler: Handler, event: FakeEvent): unknown {
	if (handler === null) return undefined;
	try {
		handler(event);
		return undefined;
	} catch (err) {
		return err ?? new Error("handler threw");
	}
}

export class FakeRequest {
	result: unknown = undefined;
	error: DOMException | null = null;
	readyState: "pending" | "done" = "pending";
	onsuccess: Handler = null;
	onerror: Handler = null;
	constructor(readonly source: unknown, public transaction: FakeTransaction | null) {}
}

export class FakeOpenRequest extends FakeRequest {
	onupgradeneeded: Handler = null;
	onblocked: Handler = null;
}

interface DatabaseRecord {
	version: number;
	readonly stores: Map<string, Map<string, unknown>>;
	readonly connections: Set<FakeDatabase>;
	/** Transactions waiting to run, the running one first. */
	readonly queue: FakeTransaction[];
	/** Opens waiting for the other connections to close. */
	readonly waiting: (() => void)[];
}

export interface Faults {
	/** Every open fails with a DOMException of this name (e.g. "UnknownError", "InvalidStateError"). */
	openError: string | null;
	/** `open` itself throws (SecurityError in an opaque origin). */
	openThrows: string | null;
	/** Commit fails with QuotaExceededError when the database would hold more than this many JSON characters. */
	quotaChars: number | null;
	/** After this many more successful write requests, the next one fails (an I/O error: UnknownError). One-shot. */
	failWriteAfter: number | null;
	/** An open that never answers (no event at all: a web view whose storage process hangs). */
	openHangs: boolean;
	/** `get` requests that never answer, and so transactions holding one never end (storage hanging mid-session). */
	getHangs: boolean;
}

export class FakeIndexedDB {
	readonly databases = new Map<string, DatabaseRecord>();
	readonly faults: Faults = { openError: null, openThrows: null, quotaChars: null, failWriteAfter: null, openHangs: false, getHangs: false };
	/** Handler exceptions the browser would report as uncaught. */
	readonly uncaught: unknown[] = [];

	open(name: string, version?: number): FakeOpenRequest {
		if (this.faults.openThrows !== null) throw domError(this.faults.openThrows, "open refused");
		if (version !== undefined && (!Number.isInteger(version) || version < 1)) throw new TypeError("bad version");
		const request = new FakeOpenRequest(null, null);
		if (this.faults.openHangs) return request;
		task(() => this.runOpen(name, version, request));
		return request;
	}

	/** Another window's connection at the stored version that ignores `versionchange` (it blocks upgrades). */
	holdOpen(name: string, version: number): { release(): void } {
		const record = this.record(name);
		if (record.version === 0) record.version = version;
		const db = new FakeDatabase(this, name, record.version);
		record.connections.add(db);
		return { release: () => db.close() };
	}

	/** Writes a raw value as if an earlier run (or a broken disk) had stored it. Creates the database at `version`. */
	seed(name: string, version: number, store: string, key: string, value: unknown): void {
		const record = this.record(name);
		record.version = Math.max(record.version, version);
		let map = record.stores.get(store);
		if (map === undefined) record.stores.set(store, (map = new Map()));
		map.set(key, value);
	}

	/** What a database holds now (committed data only). */
	contents(name: string, store: string): Map<string, unknown> {
		return new Map(this.databases.get(name)?.stores.get(store) ?? []);
	}

	/** The browser closes every connection (storage cleared): `close` fires at each. */
	forceCloseAll(name: string): void {
		for (const db of [...(this.databases.get(name)?.connections ?? [])]) db.forceClose();
	}

	/** Resolves once every event already due has fired (a few task turns; nothing waits on time). */
	async settle(turns = 20): Promise<void> {
		for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => task(resolve));
	}

	openConnections(name: string): number {
		return this.databases.get(name)?.connections.size ?? 0;
	}

	record(name: string): DatabaseRecord {
		let record = this.databases.get(name);
		if (record === undefined) {
			record = { version: 0, stores: new Map(), connections: new Set(), queue: [], waiting: [] };
			this.databases.set(name, record);
		}
		return record;
	}

	connectionClosed(name: string, db: FakeDatabase): void {
		const record = this.databases.get(name);
		if (record === undefined) return;
		record.connections.delete(db);
		if (record.connections.size === 0) for (const resume of record.waiting.splice(0)) task(resume);
	}

	private fail(request: FakeOpenRequest, error: DOMException): void {
		request.readyState = "done";
		request.error = error;
		request.result = undefined;
		const err = dispatch(request.onerror, new FakeEvent("error", request, true));
		if (err !== undefined) this.uncaught.push(err);
	}

	private runOpen(name: string, requested: number | undefined, request: FakeOpenRequest): void {
		if (this.faults.openError !== null) return this.fail(request, domError(this.faults.openError, "open failed"));
		const record = this.record(name);
		const version = requested ?? Math.max(record.version, 1);
		if (version < record.version) return this.fail(request, domError("VersionError", "requested version is lower"));
		if (version === record.version) return this.succeed(name, record, request, version);
		for (const other of [...record.connections]) {
			const err = dispatch(other.onversionchange, new FakeEvent("versionchange", other, false));
			if (err !== undefined) this.uncaught.push(err);
		}
		const upgrade = (): void => this.upgrade(name, record, request, version);
		if (record.connections.size === 0) return upgrade();
		const err = dispatch(request.onblocked, new FakeEvent("blocked", request, false));
		if (err !== undefined) this.uncaught.push(err);
		record.waiting.push(upgrade);
	}

	private upgrade(name: string, record: DatabaseRecord, request: FakeOpenRequest, version: number): void {
		const before = new Map([...record.stores].map(([k, v]) => [k, new Map(v)]));
		const oldVersion = record.version;
		const db = new FakeDatabase(this, name, version);
		record.connections.add(db);
		const tx = new FakeTransaction(db, [], "versionchange", record);
		db.upgrading = tx;
		request.result = db;
		request.transaction = tx;
		request.readyState = "done";
		record.version = version;
		const threw = dispatch(request.onupgradeneeded, new FakeEvent("upgradeneeded", request, false));
		db.upgrading = null;
		const abort = (): void => {
			record.stores.clear();
			for (const [k, v] of before) record.stores.set(k, v);
			record.version = oldVersion;
			db.close();
			request.transaction = null;
			this.fail(request, domError("AbortError", "the upgrade was aborted"));
		};
		if (threw !== undefined) {
			this.uncaught.push(threw);
			task(abort);
			return;
		}
		task(() => {
			if (tx.aborted) return abort();
			request.transaction = null;
			if (db.closed) return this.fail(request, domError("AbortError", "closed during the upgrade"));
			const err = dispatch(request.onsuccess, new FakeEvent("success", request, false));
			if (err !== undefined) this.uncaught.push(err);
		});
	}

	private succeed(name: string, record: DatabaseRecord, request: FakeOpenRequest, version: number): void {
		const db = new FakeDatabase(this, name, version);
		record.connections.add(db);
		request.result = db;
		request.readyState = "done";
		const err = dispatch(request.onsuccess, new FakeEvent("success", request, false));
		if (err !== undefined) this.uncaught.push(err);
	}

	/** Counts a write request against `failWriteAfter`; true when this one must fail. */
	takeWriteFault(): boolean {
		const n = this.faults.failWriteAfter;
		if (n === null) return false;
		if (n > 0) {
			this.faults.failWriteAfter = n - 1;
			return false;
		}
		this.faults.failWriteAfter = null;
		return true;
	}
}

export class FakeDatabase {
	closed = false;
	onversionchange: Handler = null;
	onclose: Handler = null;
	onerror: Handler = null;
	onabort: Handler = null;
	upgrading: FakeTransaction | null = null;

	constructor(readonly factory: FakeIndexedDB, readonly name: string, readonly version: number) {}

	get objectStoreNames(): string[] & { contains(name: string): boolean } {
		const names = [...this.factory.record(this.name).stores.keys()].sort();
		return Object.assign(names, { contains: (n: string) => names.includes(n) });
	}

	createObjectStore(name: string): FakeObjectStore {
		if (this.upgrading === null) throw domError("InvalidStateError", "not in an upgrade");
		const stores = this.factory.record(this.name).stores;
		if (stores.has(name)) throw domError("ConstraintError", "store exists");
		stores.set(name, new Map());
		return new FakeObjectStore(name, this.upgrading);
	}

	deleteObjectStore(name: string): void {
		if (this.upgrading === null) throw domError("InvalidStateError", "not in an upgrade");
		if (!this.factory.record(this.name).stores.delete(name)) throw domError("NotFoundError", "no such store");
	}

	transaction(names: string | string[], mode: "readonly" | "readwrite" = "readonly"): FakeTransaction {
		if (this.closed) throw domError("InvalidStateError", "the connection is closed");
		const record = this.factory.record(this.name);
		const list = typeof names === "string" ? [names] : names;
		for (const n of list) if (!record.stores.has(n)) throw domError("NotFoundError", `no store ${n}`);
		const tx = new FakeTransaction(this, list, mode, record);
		record.queue.push(tx);
		task(() => {
			tx.active = false;
			if (record.queue[0] === tx) tx.run();
		});
		return tx;
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		this.factory.connectionClosed(this.name, this);
	}

	forceClose(): void {
		if (this.closed) return;
		this.close();
		task(() => {
			const err = dispatch(this.onclose, new FakeEvent("close", this, false));
			if (err !== undefined) this.factory.uncaught.push(err);
		});
	}
}

type Operation = (working: Map<string, Map<string, unknown>>) => unknown;

interface Pending {
	readonly request: FakeRequest;
	readonly write: boolean;
	readonly op: Operation;
	/** Never answers (Faults.getHangs): the transaction stops here, with nothing scheduled. */
	readonly hangs?: boolean;
}

export class FakeTransaction {
	active = true;
	aborted = false;
	finished = false;
	error: DOMException | null = null;
	oncomplete: Handler = null;
	onabort: Handler = null;
	onerror: Handler = null;
	private readonly pending: Pending[] = [];
	private working: Map<string, Map<string, unknown>> | null = null;

	constructor(readonly db: FakeDatabase, readonly storeNames: string[], readonly mode: "readonly" | "readwrite" | "versionchange", private readonly record: DatabaseRecord) {}

	objectStore(name: string): FakeObjectStore {
		if (this.finished) throw domError("InvalidStateError", "the transaction has finished");
		if (this.mode !== "versionchange" && !this.storeNames.includes(name)) throw domError("NotFoundError", `no store ${name} in scope`);
		return new FakeObjectStore(name, this);
	}

	abort(): void {
		if (this.finished) throw domError("InvalidStateError", "the transaction has finished");
		if (this.mode === "versionchange") {
			this.aborted = true;
			this.finished = true;
			return;
		}
		this.doAbort(domError("AbortError", "aborted"), false);
	}

	enqueue(write: boolean, op: Operation, source: unknown, hangs = false): FakeRequest {
		if (!this.active || this.finished) throw domError("TransactionInactiveError", "the transaction is not active");
		if (write && this.mode === "readonly") throw domError("ReadOnlyError", "readonly transaction");
		const request = new FakeRequest(source, this);
		this.pending.push({ request, write, op, hangs });
		return request;
	}

	/** Starts (its turn in the database's queue has come): a copy of the committed data to work on. */
	run(): void {
		this.working = new Map([...this.record.stores].map(([k, v]) => [k, new Map(v)]));
		this.step();
	}

	private step(): void {
		task(() => {
			if (this.finished) return;
			const next = this.pending.shift();
			if (next === undefined) return this.commit();
			if (next.hangs === true) return;
			const { request, write, op } = next;
			request.readyState = "done";
			let failure: DOMException | null = null;
			if (write && this.db.factory.takeWriteFault()) failure = domError("UnknownError", "an I/O error");
			else {
				try {
					request.result = op(this.working as Map<string, Map<string, unknown>>);
				} catch (err) {
					failure = err instanceof DOMException ? err : domError("UnknownError", String(err));
				}
			}
			this.active = true;
			if (failure === null) {
				const threw = dispatch(request.onsuccess, new FakeEvent("success", request, false));
				this.active = false;
				if (threw !== undefined) {
					this.db.factory.uncaught.push(threw);
					return this.doAbort(domError("AbortError", "a success handler threw"), false);
				}
			} else {
				request.error = failure;
				request.result = undefined;
				const event = new FakeEvent("error", request, true);
				const chain: Handler[] = [request.onerror, this.onerror, this.db.onerror];
				let threw: unknown;
				for (const handler of chain) {
					threw = dispatch(handler, event) ?? threw;
					if (event.propagationStopped) break;
				}
				this.active = false;
				if (threw !== undefined) this.db.factory.uncaught.push(threw);
				if (threw !== undefined || !event.defaultPrevented) return this.doAbort(failure, true);
			}
			this.step();
		});
	}

	private commit(): void {
		const working = this.working as Map<string, Map<string, unknown>>;
		const quota = this.db.factory.faults.quotaChars;
		if (quota !== null && this.mode !== "readonly") {
			let size = 0;
			for (const store of working.values()) for (const [key, value] of store) size += key.length + (JSON.stringify(value)?.length ?? 0);
			if (size > quota) return this.doAbort(domError("QuotaExceededError", "the quota is exceeded"), false);
		}
		if (this.mode !== "readonly") for (const [name, store] of working) this.record.stores.set(name, store);
		this.finished = true;
		this.next();
		const err = dispatch(this.oncomplete, new FakeEvent("complete", this, false));
		if (err !== undefined) this.db.factory.uncaught.push(err);
	}

	/** Aborts: nothing is applied, pending requests fail, `abort` fires (bubbling to the database). */
	private doAbort(error: DOMException, fromRequest: boolean): void {
		if (this.finished) return;
		this.finished = true;
		this.aborted = true;
		this.error = fromRequest || error.name !== "AbortError" ? error : null;
		for (const { request } of this.pending.splice(0)) {
			request.readyState = "done";
			request.error = domError("AbortError", "the transaction was aborted");
		}
		this.next();
		task(() => {
			const event = new FakeEvent("abort", this, false);
			const threw = dispatch(this.onabort, event) ?? (event.propagationStopped ? undefined : dispatch(this.db.onabort, event));
			if (threw !== undefined) this.db.factory.uncaught.push(threw);
		});
	}

	private next(): void {
		const queue = this.record.queue;
		if (queue[0] === this) queue.shift();
		const head = queue[0];
		if (head !== undefined && !head.active) head.run();
	}
}

function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export class FakeObjectStore {
	constructor(readonly name: string, readonly transaction: FakeTransaction) {}

	private store(working: Map<string, Map<string, unknown>>): Map<string, unknown> {
		const store = working.get(this.name);
		if (store === undefined) throw domError("InvalidStateError", "the store was deleted");
		return store;
	}

	put(value: unknown, key: string): FakeRequest {
		if (typeof key !== "string") throw domError("DataError", "keys here are strings");
		const copy = structuredClone(value);
		return this.transaction.enqueue(true, (w) => {
			this.store(w).set(key, copy);
			return key;
		}, this);
	}

	get(key: string): FakeRequest {
		return this.transaction.enqueue(false, (w) => structuredClone(this.store(w).get(key)), this, this.transaction.db.factory.faults.getHangs);
	}

	getAll(): FakeRequest {
		return this.transaction.enqueue(false, (w) => {
			const store = this.store(w);
			return [...store.keys()].sort(compareKeys).map((k) => structuredClone(store.get(k)));
		}, this);
	}

	getAllKeys(): FakeRequest {
		return this.transaction.enqueue(false, (w) => [...this.store(w).keys()].sort(compareKeys), this);
	}

	delete(key: string): FakeRequest {
		return this.transaction.enqueue(true, (w) => {
			this.store(w).delete(key);
			return undefined;
		}, this);
	}

	clear(): FakeRequest {
		return this.transaction.enqueue(true, (w) => {
			this.store(w).clear();
			return undefined;
		}, this);
	}
}

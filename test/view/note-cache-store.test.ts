// The persistent cache's store (issue 15 items 1–2) over a fake IndexedDB (test/shim/indexed-db.ts, modelled on the
// W3C API and MDN): what it stores comes back, and every fault — no IndexedDB, an open refused or blocked, a newer
// version, a full disk, a transaction aborting half-way, a connection closed under it — is a result value, with
// committed batches kept and a failed batch leaving nothing behind.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { App } from "obsidian";
import { rowOf, type CacheEntry } from "../../src/core/cache/cache-entry.ts";
import { decideFreshness } from "../../src/core/cache/freshness.ts";
import { PARSER_VERSION } from "../../src/core/cache/parser-version.ts";
import { CACHE_DB_VERSION, cacheDatabaseName, openNoteCacheStore, PUT_BATCH, vaultCacheId, type NoteCacheStore } from "../../src/obsidian/note-cache-store.ts";
import { FakeIndexedDB } from "../shim/indexed-db.ts";

const VAULT = "0123abcd";
const DB = cacheDatabaseName(VAULT);

function entry(i: number): CacheEntry {
	const path = `Books/${String(i).padStart(4, "0")}.md`;
	return { path, mtime: 1000 + i, size: 10 + i, parserVersion: PARSER_VERSION, templateFingerprint: "builtin", lastDay: null, body: `[0,${JSON.stringify(path)}]` };
}
const entries = (n: number): CacheEntry[] => Array.from({ length: n }, (_, i) => entry(i));

async function openStore(idb: FakeIndexedDB): Promise<NoteCacheStore> {
	const opened = await openNoteCacheStore(idb as unknown as IDBFactory, VAULT);
	if (!opened.ok) return assert.fail(`open failed: ${opened.fault}`);
	return opened.value;
}

const storedPaths = (idb: FakeIndexedDB): string[] => [...idb.contents(DB, "notes").keys()].sort();

describe("note cache store: what is stored comes back", () => {
	test("a fresh database: empty, then the entries in path order, keyed by path", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		assert.deepStrictEqual(await store.readAll(), { ok: true, value: [] });
		const written = entries(3).reverse();
		assert.deepStrictEqual(await store.put(written), { ok: true, value: { written: 3 } });
		const all = await store.readAll();
		assert.deepStrictEqual(all, { ok: true, value: entries(3).map((e) => ({ key: e.path, value: e })) });
		assert.equal(idb.databases.get(DB)?.version, CACHE_DB_VERSION);
		assert.deepStrictEqual(idb.uncaught, []);
	});

	test("the manifest holds every entry without its body, and follows puts, deletes and clears", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put(entries(3));
		const manifest = await store.readManifest();
		assert.deepStrictEqual(manifest, { ok: true, value: entries(3).map((e) => ({ key: e.path, value: rowOf(e) })) });
		await store.delete(["Books/0001.md"]);
		assert.deepStrictEqual([...idb.contents(DB, "manifest").keys()].sort(), ["Books/0000.md", "Books/0002.md"]);
		assert.deepStrictEqual(storedPaths(idb), ["Books/0000.md", "Books/0002.md"]);
		await store.clear();
		assert.deepStrictEqual(await store.readManifest(), { ok: true, value: [] });
	});

	test("readRecords hands the records over in the order asked, undefined for a path with none", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put(entries(3));
		const got: [string, unknown][] = [];
		const read = await store.readRecords(["Books/0002.md", "Books/none.md", "Books/0000.md"], (path, value) => got.push([path, value]));
		assert.deepStrictEqual(read, { ok: true, value: undefined });
		assert.deepStrictEqual(got, [
			["Books/0002.md", entry(2)],
			["Books/none.md", undefined],
			["Books/0000.md", entry(0)],
		]);
	});

	test("an older layout (version 1, records only) is dropped on upgrade: both stores start empty", async () => {
		const idb = new FakeIndexedDB();
		idb.seed(DB, 1, "notes", "Books/0000.md", { path: "Books/0000.md", mtime: 1, size: 1, parserVersion: 2, templateFingerprint: "builtin", body: "[]" });
		const store = await openStore(idb);
		assert.deepStrictEqual(await store.readManifest(), { ok: true, value: [] });
		assert.deepStrictEqual(await store.readAll(), { ok: true, value: [] });
	});

	test("it survives the connection: a new one reads what the old one wrote", async () => {
		const idb = new FakeIndexedDB();
		const first = await openStore(idb);
		await first.put(entries(2));
		first.close();
		assert.equal(idb.openConnections(DB), 0);
		const second = await openStore(idb);
		const all = await second.readAll();
		assert.ok(all.ok);
		assert.deepStrictEqual(all.value.map((r) => r.key), ["Books/0000.md", "Books/0001.md"]);
	});

	test("two vaults never mix: one database each", async () => {
		const idb = new FakeIndexedDB();
		const a = await openStore(idb);
		await a.put(entries(1));
		const other = await openNoteCacheStore(idb as unknown as IDBFactory, "ffff0000");
		assert.ok(other.ok);
		assert.deepStrictEqual(await other.value.readAll(), { ok: true, value: [] });
		assert.notEqual(cacheDatabaseName("ffff0000"), DB);
	});

	test("put writes PUT_BATCH entries per transaction and counts them all", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		assert.equal(PUT_BATCH, 50);
		assert.deepStrictEqual(await store.put(entries(120)), { ok: true, value: { written: 120 } });
		assert.equal(storedPaths(idb).length, 120);
		assert.deepStrictEqual(await store.put([]), { ok: true, value: { written: 0 } });
	});

	test("a put replaces the entry of its path", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put([entry(1)]);
		const changed = { ...entry(1), mtime: 99 };
		await store.put([changed]);
		assert.deepStrictEqual(idb.contents(DB, "notes").get(changed.path), changed);
	});

	test("delete forgets the given paths (absent ones are fine); clear forgets all", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put(entries(4));
		assert.deepStrictEqual(await store.delete(["Books/0001.md", "Books/0003.md", "Books/none.md"]), { ok: true, value: undefined });
		assert.deepStrictEqual(storedPaths(idb), ["Books/0000.md", "Books/0002.md"]);
		assert.deepStrictEqual(await store.clear(), { ok: true, value: undefined });
		assert.deepStrictEqual(storedPaths(idb), []);
	});

	test("whatever was stored comes back raw, and the freshness decision refuses what is not an entry", async () => {
		const idb = new FakeIndexedDB();
		(await openStore(idb)).close();
		idb.seed(DB, CACHE_DB_VERSION, "manifest", "Books/0000.md", { path: "Books/0000.md", mtime: "garbage" });
		idb.seed(DB, CACHE_DB_VERSION, "manifest", "Books/0001.md", rowOf(entry(1)));
		const store = await openStore(idb);
		const all = await store.readManifest();
		assert.ok(all.ok);
		const files = [entry(0), entry(1)].map(({ path, mtime, size }) => ({ path, mtime, size }));
		const decided = decideFreshness(all.value, files, { parserVersion: PARSER_VERSION, templateFingerprint: "builtin" });
		assert.deepStrictEqual(decided.fresh, [rowOf(entry(1))]);
		assert.deepStrictEqual(decided.stale, ["Books/0000.md"]);
		assert.deepStrictEqual(decided.faults, [{ path: "Books/0000.md", reason: "not-an-entry" }]);
	});
});

describe("note cache store: every fault is a value", () => {
	test("no IndexedDB at all", async () => {
		assert.deepStrictEqual(await openNoteCacheStore(null, VAULT), { ok: false, fault: "unavailable", detail: "no IndexedDB in this window" });
		assert.equal((await openNoteCacheStore(undefined, VAULT)).ok, false);
	});

	test("the open fails (an error event) or throws (SecurityError)", async () => {
		const idb = new FakeIndexedDB();
		idb.faults.openError = "UnknownError";
		const failed = await openNoteCacheStore(idb as unknown as IDBFactory, VAULT);
		assert.equal(failed.ok, false);
		if (!failed.ok) assert.equal(failed.fault, "open-failed");
		idb.faults.openError = null;
		idb.faults.openThrows = "SecurityError";
		const thrown = await openNoteCacheStore(idb as unknown as IDBFactory, VAULT);
		assert.deepStrictEqual(thrown, { ok: false, fault: "open-failed", detail: "SecurityError: open refused" });
	});

	test("a newer plugin version's database (a higher version): open-failed, and its data is left alone", async () => {
		const idb = new FakeIndexedDB();
		idb.seed(DB, CACHE_DB_VERSION + 1, "notes", "Books/0000.md", "newer layout");
		const opened = await openNoteCacheStore(idb as unknown as IDBFactory, VAULT);
		assert.equal(opened.ok, false);
		if (!opened.ok) assert.match(opened.detail, /^VersionError/);
		assert.deepStrictEqual(storedPaths(idb), ["Books/0000.md"]);
	});

	test("a blocked upgrade answers at once; the connection that opens later is closed, not leaked", async () => {
		const idb = new FakeIndexedDB();
		// Another window holds the database at an older layout and does not close on versionchange. (With one layout
		// version so far, the fake's stored version is set below the current one to reach this path.)
		const held = idb.holdOpen(DB, CACHE_DB_VERSION);
		idb.record(DB).version = CACHE_DB_VERSION - 1;
		const opened = await openNoteCacheStore(idb as unknown as IDBFactory, VAULT);
		assert.equal(opened.ok, false);
		if (!opened.ok) assert.equal(opened.fault, "blocked");
		held.release();
		await idb.settle();
		assert.equal(idb.openConnections(DB), 0);
		assert.equal(idb.databases.get(DB)?.version, CACHE_DB_VERSION);
	});

	test("quota: the batches before the full one stay, the full one leaves nothing", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		const all = entries(120);
		// Room for the first batch and a half: the second batch's commit exceeds the quota.
		const size = (list: CacheEntry[]): number => list.reduce((n, e) => n + e.path.length + JSON.stringify(e).length, 0);
		// Each entry is stored with its manifest row (a little smaller than the entry): twice an entry's size each is room
		// for 75 of them, so the first batch of 50 fits and the second does not.
		idb.faults.quotaChars = 2 * size(all.slice(0, 75));
		const result = await store.put(all);
		assert.equal(result.ok, false);
		if (!result.ok) {
			assert.equal(result.fault, "quota");
			assert.match(result.detail, /after 50 of 120 entries/);
		}
		assert.deepStrictEqual(storedPaths(idb), all.slice(0, 50).map((e) => e.path));
		// Still usable: reading works, and a smaller write fits.
		idb.faults.quotaChars = null;
		assert.deepStrictEqual(await store.put(all.slice(50, 60)), { ok: true, value: { written: 10 } });
	});

	test("a write failing mid-transaction aborts its whole batch: nothing half-written", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		idb.faults.failWriteAfter = 110; // each entry is two puts (record, manifest row): the 11th of the second batch fails
		const result = await store.put(entries(120));
		assert.equal(result.ok, false);
		if (!result.ok) assert.equal(result.fault, "aborted");
		assert.deepStrictEqual(storedPaths(idb), entries(50).map((e) => e.path));
		assert.deepStrictEqual(idb.uncaught, []);
	});

	test("readRecords on a closed store: a fault, and no record handed over", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put(entries(2));
		store.close();
		const got: string[] = [];
		const read = await store.readRecords(["Books/0000.md"], (path) => got.push(path));
		assert.equal(read.ok, false);
		assert.deepStrictEqual(got, []);
	});

	test("a delete failing mid-way deletes nothing", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		await store.put(entries(3));
		idb.faults.failWriteAfter = 1;
		const result = await store.delete(["Books/0000.md", "Books/0001.md", "Books/0002.md"]);
		assert.equal(result.ok, false);
		assert.equal(storedPaths(idb).length, 3);
	});

	test("a value structured clone refuses: the batch is undone, the fault returned", async () => {
		const idb = new FakeIndexedDB();
		const store = await openStore(idb);
		const bad = { ...entry(1), body: { fn: () => 1 } } as unknown as CacheEntry;
		const result = await store.put([entry(0), bad]);
		assert.equal(result.ok, false);
		if (!result.ok) assert.match(result.detail, /DataCloneError/);
		await idb.settle();
		assert.deepStrictEqual(storedPaths(idb), []);
	});

	test("closed: by close(), by the browser, or by another window's upgrade — every call answers closed", async () => {
		const idb = new FakeIndexedDB();
		const a = await openStore(idb);
		a.close();
		assert.deepStrictEqual(await a.readAll(), { ok: false, fault: "closed", detail: "the cache's connection is closed" });
		assert.equal((await a.put(entries(1))).ok, false);

		const b = await openStore(idb);
		idb.forceCloseAll(DB);
		await idb.settle();
		const afterForce = await b.clear();
		assert.equal(afterForce.ok, false);
		if (!afterForce.ok) assert.equal(afterForce.fault, "closed");

		const c = await openStore(idb);
		// A newer version in another window: this one steps aside instead of blocking it.
		const upgrade = idb.open(DB, CACHE_DB_VERSION + 1);
		let upgraded = false;
		upgrade.onsuccess = () => {
			upgraded = true;
		};
		await idb.settle();
		assert.equal(upgraded, true);
		const afterUpgrade = await c.readAll();
		assert.equal(afterUpgrade.ok, false);
		if (!afterUpgrade.ok) assert.equal(afterUpgrade.fault, "closed");
	});
});

describe("vaultCacheId", () => {
	test("app.appId when it is a non-empty string, else null (the cache stays off)", () => {
		assert.equal(vaultCacheId({ appId: "0123abcd" } as unknown as App), "0123abcd");
		assert.equal(vaultCacheId({ appId: "" } as unknown as App), null);
		assert.equal(vaultCacheId({ appId: 42 } as unknown as App), null);
		assert.equal(vaultCacheId({} as unknown as App), null);
	});
});

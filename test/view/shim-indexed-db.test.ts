// The fake IndexedDB (test/shim/indexed-db.ts) behaves as the API it models, on the points the note cache relies on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FakeIndexedDB, type FakeDatabase, type FakeTransaction } from "../shim/indexed-db.ts";

async function openWithStore(idb: FakeIndexedDB, log: string[] = []): Promise<FakeDatabase> {
	return new Promise((resolve) => {
		const request = idb.open("db", 1);
		log.push("open returned");
		request.onupgradeneeded = () => {
			log.push("upgradeneeded");
			(request.result as FakeDatabase).createObjectStore("s");
		};
		request.onsuccess = () => {
			log.push("success");
			resolve(request.result as FakeDatabase);
		};
	});
}

const finished = (tx: FakeTransaction): Promise<string> =>
	new Promise((resolve) => {
		tx.oncomplete = () => resolve("complete");
		tx.onabort = () => resolve(`abort:${tx.error?.name ?? "none"}`);
	});

test("open: events in later tasks, upgradeneeded before success", async () => {
	const log: string[] = [];
	await openWithStore(new FakeIndexedDB(), log);
	assert.deepStrictEqual(log, ["open returned", "upgradeneeded", "success"]);
});

test("a transaction is inactive once its task ended; readonly refuses writes", async () => {
	const idb = new FakeIndexedDB();
	const db = await openWithStore(idb);
	const tx = db.transaction("s", "readonly");
	assert.throws(() => tx.objectStore("s").put(1, "k"), { name: "ReadOnlyError" });
	await idb.settle();
	assert.throws(() => tx.objectStore("s").get("k"), { name: "InvalidStateError" });
	const rw = db.transaction("s", "readwrite");
	await new Promise<void>((resolve) => setImmediate(resolve));
	assert.throws(() => rw.objectStore("s").put(1, "k"), { name: "TransactionInactiveError" });
});

test("a request error aborts the transaction unless prevented; nothing of an aborted one is applied", async () => {
	const idb = new FakeIndexedDB();
	const db = await openWithStore(idb);
	idb.faults.failWriteAfter = 1;
	const tx = db.transaction("s", "readwrite");
	tx.objectStore("s").put("a", "1");
	tx.objectStore("s").put("b", "2");
	assert.equal(await finished(tx), "abort:UnknownError");
	assert.deepStrictEqual([...idb.contents("db", "s")], []);

	idb.faults.failWriteAfter = 1;
	const kept = db.transaction("s", "readwrite");
	kept.objectStore("s").put("a", "1");
	kept.objectStore("s").put("b", "2").onerror = (event) => event.preventDefault();
	assert.equal(await finished(kept), "complete");
	assert.deepStrictEqual([...idb.contents("db", "s")], [["1", "a"]]);
});

test("quota is checked at commit; getAll and getAllKeys come in key order; db.transaction on a closed connection throws", async () => {
	const idb = new FakeIndexedDB();
	const db = await openWithStore(idb);
	const write = db.transaction("s", "readwrite");
	for (const k of ["b", "a", "c"]) write.objectStore("s").put({ k }, k);
	assert.equal(await finished(write), "complete");
	const read = db.transaction("s", "readonly");
	const keys = read.objectStore("s").getAllKeys();
	const values = read.objectStore("s").getAll();
	assert.equal(await finished(read), "complete");
	assert.deepStrictEqual(keys.result, ["a", "b", "c"]);
	assert.deepStrictEqual(values.result, [{ k: "a" }, { k: "b" }, { k: "c" }]);
	idb.faults.quotaChars = 10;
	const full = db.transaction("s", "readwrite");
	full.objectStore("s").put("x".repeat(20), "d");
	assert.equal(await finished(full), "abort:QuotaExceededError");
	db.close();
	assert.throws(() => db.transaction("s"), { name: "InvalidStateError" });
});

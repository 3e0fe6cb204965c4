// The persistent cache through the production main.js over Chromium's real IndexedDB (issue 15): a restart of the
// same vault (a later page with the same vault id, the browser's storage kept) reads no book note and shows exactly
// what the first start showed; a corrupt record written into the real database is read again and said once; another
// window deleting the database mid-session closes the cache, loses nothing, and is said once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openHarness, readVault, type Harness } from "./harness/index.ts";

const FILES = readVault();
const BOOKS = Object.keys(FILES).filter((p) => p.startsWith("weread/")).sort();
const ORCHARD = "weread/The Quiet Orchard.md";

let vaults = 0;
/** A vault id no other test of this browser used (the browser profile, and so IndexedDB, is shared by the tier). */
const freshVaultId = (): string => `e2e-cache-${process.pid}-${++vaults}`;

/** In the page: what the scripting API shows of the index (books, and highlights with thoughts). */
function visible(h: Harness): Promise<unknown> {
	return h.page.evaluate(() => {
		const api = (window as unknown as { app: { plugins: { getPlugin(id: string): { api: { books(): unknown; highlights(q: object): unknown } } } } }).app.plugins.getPlugin("weread-highlights").api;
		return { books: api.books(), highlights: api.highlights({ limit: 10_000 }) };
	});
}

/** In the page: how many records the vault's cache database holds, once it holds `at least` (polled; 10 s at most). */
function storedCount(h: Harness, vaultId: string, atLeast: number): Promise<number> {
	return h.page.evaluate(
		async ({ name, atLeast }) => {
			const count = (): Promise<number> => (window as unknown as { wrh: { cacheRecordCount(name: string): Promise<number> } }).wrh.cacheRecordCount(name);
			const t0 = performance.now();
			let n = await count();
			while (n < atLeast && performance.now() - t0 < 10_000) {
				await new Promise((r) => setTimeout(r, 100));
				n = await count();
			}
			return n;
		},
		{ name: `weread-highlights/note-cache/${vaultId}`, atLeast },
	);
}

/** The index cache's lines in *Show parse problems* (the modal closed again). */
async function cacheProblems(h: Harness): Promise<string[]> {
	await h.page.evaluate(() => (window as unknown as { wrh: { executeCommand(id: string): boolean } }).wrh.executeCommand("show-parse-problems"));
	const rows = await h.page.locator(".wrh-problem").allTextContents();
	await h.page.keyboard.press("Escape");
	return rows.filter((r) => r.includes("Index cache"));
}

async function firstStart(vaultId: string): Promise<unknown> {
	const h = await openHarness({ appId: vaultId });
	try {
		await h.layoutReady();
		assert.deepEqual((await h.cachedReads()).filter((p) => p.startsWith("weread/")).sort(), BOOKS);
		// Written back in idle periods after the scan.
		assert.equal(await storedCount(h, vaultId, BOOKS.length), BOOKS.length);
		const seen = await visible(h);
		await h.assertNoErrors();
		return seen;
	} finally {
		await h.close();
	}
}

test("e2e cache: a restart over the real IndexedDB reads no book note and shows what the first start showed", async () => {
	const id = freshVaultId();
	const seen = await firstStart(id);
	const h = await openHarness({ appId: id });
	try {
		await h.layoutReady();
		assert.deepEqual((await h.cachedReads()).filter((p) => p.startsWith("weread/")), [], "every book came from the cache");
		assert.deepEqual(await visible(h), seen);
		assert.deepEqual(await cacheProblems(h), []);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
});

test("e2e cache: a corrupt record in the real database is read again and said once; the others are hits", async () => {
	const id = freshVaultId();
	const seen = await firstStart(id);
	const h = await openHarness({ appId: id, load: false });
	try {
		// Another writer (a crash half-way, a bad disk) left a body that is not a note, under the orchard's key.
		await h.page.evaluate(
			({ name, key }) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open(name);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction("notes", "readwrite");
						const store = tx.objectStore("notes");
						const get = store.get(key);
						get.onsuccess = () => store.put({ ...(get.result as object), body: '[1,"cut sh' }, key);
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
						tx.onerror = () => reject(new Error(String(tx.error)));
					};
				}),
			{ name: `weread-highlights/note-cache/${id}`, key: ORCHARD },
		);
		await h.loadPlugin();
		await h.layoutReady();
		assert.deepEqual((await h.cachedReads()).filter((p) => p.startsWith("weread/")), [ORCHARD]);
		assert.deepEqual(await visible(h), seen, "nothing lost");
		const lines = await cacheProblems(h);
		assert.equal(lines.length, 1);
		assert.match(lines[0] ?? "", /Stored entries that could not be trusted: 1\./);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
});

test("e2e cache: another window deletes the database mid-session: the cache closes, an edit is still shown, the fault is said once", async () => {
	const id = freshVaultId();
	await firstStart(id);
	const h = await openHarness({ appId: id });
	try {
		await h.layoutReady();
		// Another tab clearing site data: a versionchange our connection answers by closing, so the deletion goes through.
		await h.page.evaluate(
			(name) =>
				new Promise<void>((resolve, reject) => {
					const req = indexedDB.deleteDatabase(name);
					req.onsuccess = () => resolve();
					req.onerror = () => reject(new Error(String(req.error)));
					req.onblocked = () => reject(new Error("blocked: the plugin kept its connection open"));
				}),
			`weread-highlights/note-cache/${id}`,
		);
		const edited = (FILES[ORCHARD] ?? "").replace("orchard", "ORCHARD");
		// The write-back of the edit (after its delay, in an idle period) finds the connection closed and says why.
		const warned = h.page.waitForEvent("console", { predicate: (m) => m.text().includes("index cache closed"), timeout: 15_000 });
		await h.page.evaluate(([path, text]) => (window as unknown as { wrh: { sim: { modify(p: string, t: string): Promise<void> } } }).wrh.sim.modify(path, text), [ORCHARD, edited] as const);
		await warned;
		assert.match(JSON.stringify(await visible(h)), /ORCHARD/, "the edit is indexed");
		const lines = await cacheProblems(h);
		assert.equal(lines.length, 1);
		assert.match(lines[0] ?? "", /stopped saving \(the storage was closed\)/);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
});

// The persistent cache's store over Chromium's real IndexedDB (issue 15 items 1–2): what it writes survives the
// connection, two vaults keep two databases, and the faults a real browser produces — a database of a newer layout,
// a value structured clone refuses, another window upgrading the database — come back as values, a failed batch
// leaving nothing, and no page error. (A full quota is injected in the view tests' fake only: CDP's
// Storage.overrideQuotaForOrigin did not make this Chromium refuse a write.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import type { Page } from "playwright-core";
import { sharedBrowser } from "./harness/browser.ts";

const ORIGIN = "http://weread-cache.test";

interface CacheApi {
	cacheDatabaseName(vaultId: string): string;
	openNoteCacheStore: typeof import("../../src/obsidian/note-cache-store.ts").openNoteCacheStore;
	decideFreshness: typeof import("../../src/core/cache/freshness.ts").decideFreshness;
	PARSER_VERSION: number;
	CACHE_DB_VERSION: number;
	PUT_BATCH: number;
}
declare const wrhCache: CacheApi;

async function bundle(): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [fileURLToPath(new URL("./harness/cache-page.ts", import.meta.url))],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2020",
		logLevel: "silent",
	});
	return result.outputFiles[0]?.text ?? assert.fail("no bundle");
}

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
	const context = await sharedBrowser();
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (err) => errors.push(err.message));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
	await page.addInitScript("globalThis.__name = (fn) => fn;");
	const script = await bundle();
	await page.route(`${ORIGIN}/**`, (route) => {
		const name = new URL(route.request().url()).pathname;
		if (name === "/index.html") return route.fulfill({ status: 200, contentType: "text/html", body: '<!doctype html><script src="cache.js"></script>' });
		if (name === "/cache.js") return route.fulfill({ status: 200, contentType: "text/javascript", body: script });
		return route.fulfill({ status: 404, body: "" });
	});
	await page.goto(`${ORIGIN}/index.html`);
	try {
		await run(page);
		assert.deepStrictEqual(errors, [], "no page errors, no unhandled rejections");
	} finally {
		await page.evaluate(async () => {
			for (const db of await indexedDB.databases()) if (db.name !== undefined) indexedDB.deleteDatabase(db.name);
		});
		await page.close();
	}
}

test("e2e note cache: entries survive the connection, in path order; delete and clear; one database per vault", async () => {
	await withPage(async (page) => {
		const outcome = await page.evaluate(async () => {
			const api = wrhCache;
			const entry = (i: number, vault = "") => {
				const path = `Books/${vault}${String(i).padStart(3, "0")}.md`;
				return { path, mtime: 1000 + i, size: 10 + i, parserVersion: api.PARSER_VERSION, templateFingerprint: "builtin", lastDay: null, body: `[0,${JSON.stringify(path)}]` };
			};
			const a = await api.openNoteCacheStore(indexedDB, "vault-a");
			if (!a.ok) return `open a: ${a.fault}`;
			const put = await a.value.put(Array.from({ length: 120 }, (_, i) => entry(119 - i)));
			a.value.close();
			const again = await api.openNoteCacheStore(indexedDB, "vault-a");
			if (!again.ok) return `reopen: ${again.fault}`;
			const all = await again.value.readAll();
			const deleted = await again.value.delete(["Books/000.md", "Books/001.md", "Books/none.md"]);
			const afterDelete = await again.value.readAll();
			const b = await api.openNoteCacheStore(indexedDB, "vault-b");
			if (!b.ok) return `open b: ${b.fault}`;
			const bAll = await b.value.readAll();
			const cleared = await again.value.clear();
			const afterClear = await again.value.readAll();
			const names = (await indexedDB.databases()).map((d) => d.name).sort();
			const freshness = all.ok ? api.decideFreshness(all.value, [{ path: "Books/005.md", mtime: 1005, size: 15 }, { path: "Books/006.md", mtime: 1, size: 16 }], { parserVersion: api.PARSER_VERSION, templateFingerprint: "builtin" }) : null;
			return {
				put,
				count: all.ok ? all.value.length : -1,
				firstKeys: all.ok ? all.value.slice(0, 3).map((r) => r.key) : [],
				sameValue: all.ok ? JSON.stringify(all.value[5]?.value) === JSON.stringify(entry(5)) : false,
				deleted: deleted.ok,
				afterDelete: afterDelete.ok ? afterDelete.value.length : -1,
				bCount: bAll.ok ? bAll.value.length : -1,
				cleared: cleared.ok,
				afterClear: afterClear.ok ? afterClear.value.length : -1,
				names,
				fresh: freshness?.fresh.map((e) => e.path),
				stale: freshness?.stale,
				gone: freshness?.gone.length,
			};
		});
		assert.deepStrictEqual(outcome, {
			put: { ok: true, value: { written: 120 } },
			count: 120,
			firstKeys: ["Books/000.md", "Books/001.md", "Books/002.md"],
			sameValue: true,
			deleted: true,
			afterDelete: 118,
			bCount: 0,
			cleared: true,
			afterClear: 0,
			names: ["weread-highlights/note-cache/vault-a", "weread-highlights/note-cache/vault-b"],
			fresh: ["Books/005.md"],
			stale: ["Books/006.md"],
			gone: 118,
		});
	});
});

test("e2e note cache: a database of a newer layout is refused and left alone; another window's upgrade closes the store", async () => {
	await withPage(async (page) => {
		const outcome = await page.evaluate(async () => {
			const api = wrhCache;
			const raw = (name: string, version: number) =>
				new Promise<IDBDatabase>((resolve, reject) => {
					const r = indexedDB.open(name, version);
					r.onupgradeneeded = () => {
						if (!r.result.objectStoreNames.contains("notes")) r.result.createObjectStore("notes");
					};
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			const newer = await raw(api.cacheDatabaseName("newer"), 5);
			newer.close();
			const refused = await api.openNoteCacheStore(indexedDB, "newer");
			const stillFive = (await indexedDB.databases()).find((d) => d.name === api.cacheDatabaseName("newer"))?.version;

			const opened = await api.openNoteCacheStore(indexedDB, "upgraded");
			if (!opened.ok) return `open: ${opened.fault}`;
			// Another window opens a higher version: the store steps aside (or the upgrade would block).
			const other = await raw(api.cacheDatabaseName("upgraded"), api.CACHE_DB_VERSION + 1);
			const after = await opened.value.readAll();
			other.close();
			return { refused: refused.ok ? "ok" : refused.fault, detail: refused.ok ? "" : refused.detail.split(":")[0], stillFive, after: after.ok ? "ok" : after.fault };
		});
		assert.deepStrictEqual(outcome, { refused: "open-failed", detail: "VersionError", stillFive: 5, after: "closed" });
	});
});

test("e2e note cache: a value structured clone refuses undoes its whole batch and comes back as a value", async () => {
	await withPage(async (page) => {
		const clone = await page.evaluate(async () => {
			const api = wrhCache;
			const opened = await api.openNoteCacheStore(indexedDB, "clone");
			if (!opened.ok) return `open: ${opened.fault}`;
			const good = { path: "a.md", mtime: 1, size: 1, parserVersion: api.PARSER_VERSION, templateFingerprint: "builtin", lastDay: null, body: '[0,"a.md"]' };
			const bad = { ...good, path: "b.md", body: { fn: () => 1 } } as unknown as typeof good;
			const result = await opened.value.put([good, bad]);
			const all = await opened.value.readAll();
			return { ok: result.ok, detail: result.ok ? "" : result.detail.split(":")[0], stored: all.ok ? all.value.length : -1 };
		});
		assert.deepStrictEqual(clone, { ok: false, detail: "DataCloneError", stored: 0 });
	});
});

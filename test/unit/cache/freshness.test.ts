import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { CacheEntry } from "../../../src/core/cache/cache-entry.ts";
import { decideFreshness, type StoredRecord, type VaultFile } from "../../../src/core/cache/freshness.ts";

const CURRENT = { parserVersion: 7, templateFingerprint: "builtin" };

function entry(path: string, mtime = 100, size = 10, over: Partial<CacheEntry> = {}): CacheEntry {
	return { path, mtime, size, parserVersion: 7, templateFingerprint: "builtin", lastDay: null, body: `[0,${JSON.stringify(path)}]`, ...over };
}
const rec = (value: CacheEntry | unknown, key: unknown = (value as CacheEntry).path): StoredRecord => ({ key, value });
const file = (path: string, mtime = 100, size = 10): VaultFile => ({ path, mtime, size });

interface Row {
	readonly name: string;
	readonly stored: readonly StoredRecord[];
	readonly files: readonly VaultFile[];
	readonly fresh: readonly string[];
	readonly stale: readonly string[];
	readonly gone: readonly string[];
	readonly faults: readonly { path: string | null; reason: string }[];
	readonly current?: typeof CURRENT;
}

const rows: Row[] = [
	{ name: "an empty cache: every file is read", stored: [], files: [file("a.md"), file("b.md")], fresh: [], stale: ["a.md", "b.md"], gone: [], faults: [] },
	{ name: "hit: same mtime and size", stored: [rec(entry("a.md"))], files: [file("a.md")], fresh: ["a.md"], stale: [], gone: [], faults: [] },
	{ name: "miss: a new file", stored: [rec(entry("a.md"))], files: [file("a.md"), file("new.md")], fresh: ["a.md"], stale: ["new.md"], gone: [], faults: [] },
	{ name: "changed mtime", stored: [rec(entry("a.md", 100))], files: [file("a.md", 101)], fresh: [], stale: ["a.md"], gone: [], faults: [] },
	{ name: "changed size, same mtime (a sync tool that keeps mtimes)", stored: [rec(entry("a.md", 100, 10))], files: [file("a.md", 100, 11)], fresh: [], stale: ["a.md"], gone: [], faults: [] },
	{ name: "an older mtime is a change too (a restored backup)", stored: [rec(entry("a.md", 100))], files: [file("a.md", 99)], fresh: [], stale: ["a.md"], gone: [], faults: [] },
	{ name: "deleted file: its entry goes", stored: [rec(entry("a.md")), rec(entry("gone.md"))], files: [file("a.md")], fresh: ["a.md"], stale: [], gone: ["gone.md"], faults: [] },
	{ name: "a corrupt entry of a gone file goes without a fault", stored: [rec("garbage", "gone.md")], files: [], fresh: [], stale: [], gone: ["gone.md"], faults: [] },
	{ name: "parser-version bump: stale, not a fault", stored: [rec(entry("a.md", 100, 10, { parserVersion: 6 }))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [] },
	{ name: "template change: stale", stored: [rec(entry("a.md", 100, 10, { templateFingerprint: "spec:1:2" }))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [] },
	{ name: "template turned off: entries of the old spec are stale", stored: [rec(entry("a.md", 100, 10, { templateFingerprint: "spec:1:2" }))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [], current: { parserVersion: 7, templateFingerprint: "builtin" } },
	{ name: "template turned on: builtin entries are stale", stored: [rec(entry("a.md"))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [], current: { parserVersion: 7, templateFingerprint: "spec:1:2" } },
	{ name: "a corrupt entry: read again, said once", stored: [rec({ path: "a.md", mtime: "x" }, "a.md")], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: "a.md", reason: "not-an-entry" }] },
	// The manifest row carries no body: a record's body is checked when the record is read (PersistentCache, noteOf).
	{ name: "a row's body is not looked at (rows have none)", stored: [rec({ ...entry("a.md"), body: { kind: "weread", path: "a.md" } })], files: [file("a.md")], fresh: ["a.md"], stale: [], gone: [], faults: [] },
	{ name: "a row without lastDay (an older layout) is not an entry", stored: [rec({ ...entry("a.md"), lastDay: undefined })], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: "a.md", reason: "not-an-entry" }] },
	{ name: "a lastDay that is not a day", stored: [rec(entry("a.md", 100, 10, { lastDay: "2024-6-1" }))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: "a.md", reason: "not-an-entry" }] },
	{ name: "an entry under another key", stored: [rec(entry("b.md"), "a.md")], files: [file("a.md"), file("b.md")], fresh: [], stale: ["a.md", "b.md"], gone: [], faults: [{ path: "a.md", reason: "path-mismatch" }] },
	{ name: "a key that is not a string", stored: [rec(entry("a.md"), 42)], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: null, reason: "path-mismatch" }] },
	{ name: "duplicate records of one path: both refused", stored: [rec(entry("a.md")), rec(entry("a.md"))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: "a.md", reason: "duplicate" }] },
	{ name: "a valid record after a corrupt one of its path is refused", stored: [rec("garbage", "a.md"), rec(entry("a.md"))], files: [file("a.md")], fresh: [], stale: ["a.md"], gone: [], faults: [{ path: "a.md", reason: "not-an-entry" }] },
	{ name: "duplicate gone records: deleted once", stored: [rec(entry("g.md")), rec(entry("g.md"))], files: [], fresh: [], stale: [], gone: ["g.md"], faults: [] },
	{
		name: "a mixed vault, results in the files' order",
		stored: [rec(entry("c.md")), rec(entry("a.md", 5)), rec(entry("x.md")), rec(entry("b.md"))],
		files: [file("a.md"), file("b.md"), file("c.md"), file("d.md")],
		fresh: ["b.md", "c.md"], stale: ["a.md", "d.md"], gone: ["x.md"], faults: [],
	},
];

describe("decideFreshness", () => {
	for (const row of rows) {
		test(row.name, () => {
			const result = decideFreshness(row.stored, row.files, row.current ?? CURRENT);
			assert.deepStrictEqual(result.fresh.map((e) => e.path), row.fresh);
			assert.deepStrictEqual(result.stale, row.stale);
			assert.deepStrictEqual(result.gone, row.gone);
			assert.deepStrictEqual(result.faults, row.faults);
		});
	}
	test("entries of another parser version are counted as outdated (said once), present files only", () => {
		const old = (path: string): StoredRecord => rec(entry(path, 100, 10, { parserVersion: 6 }));
		const result = decideFreshness([old("a.md"), old("b.md"), old("gone.md"), rec(entry("c.md"))], [file("a.md"), file("b.md"), file("c.md")], CURRENT);
		assert.equal(result.outdated, 2);
		assert.deepStrictEqual(result.gone, ["gone.md"]);
		assert.equal(decideFreshness([rec(entry("c.md"))], [file("c.md")], CURRENT).outdated, 0);
	});
	test("a fresh row is the validated copy, not the stored object: no extra fields, no body", () => {
		const stored = { ...entry("a.md", 100, 10, { lastDay: "2024-06-01" }), extra: "dropped" };
		const [fresh] = decideFreshness([rec(stored)], [file("a.md")], CURRENT).fresh;
		assert.deepStrictEqual(fresh, { path: "a.md", mtime: 100, size: 10, parserVersion: 7, templateFingerprint: "builtin", lastDay: "2024-06-01" });
	});
	test("every file is either fresh or stale, never both (random mix)", () => {
		let seed = 12345;
		const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
		const files = Array.from({ length: 200 }, (_, i) => file(`n${i}.md`, 100 + rand(2), 10 + rand(2)));
		const stored = Array.from({ length: 250 }, (_, i) => rec(rand(10) === 0 ? "junk" : entry(`n${i}.md`, 100 + rand(2), 10 + rand(2)), `n${i}.md`));
		const result = decideFreshness(stored, files, CURRENT);
		const fresh = new Set(result.fresh.map((e) => e.path));
		assert.equal(fresh.size + result.stale.length, files.length);
		for (const path of result.stale) assert.equal(fresh.has(path), false);
		for (const e of result.fresh) {
			const f = files.find((x) => x.path === e.path);
			assert.ok(f !== undefined && f.mtime === e.mtime && f.size === e.size);
		}
		assert.deepStrictEqual(result.gone, Array.from({ length: 50 }, (_, i) => `n${200 + i}.md`));
	});
});

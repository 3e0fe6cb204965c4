// The persistent cache through the whole plugin (issue 15): a restart reads only what changed — hit, miss, a changed
// mtime or size, a deleted file, a parser-version bump, a template change — and every fault of item 2 (a corrupt,
// truncated or old-version cache, an IndexedDB that refuses to open, is blocked, hangs, is full, or fails a write
// half-way) loses nothing and shows nothing stale: what the reader sees equals a start on a device without a cache,
// and *Show parse problems* says it once. The fake IndexedDB is test/shim/indexed-db.ts (W3C semantics, faults).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PARSER_VERSION } from "../../src/core/cache/parser-version.ts";
import { CACHE_DB_VERSION, cacheDatabaseName } from "../../src/obsidian/note-cache-store.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { FakeIndexedDB } from "../shim/indexed-db.ts";
import { createTestApp, loadPlugin } from "../shim/test-app.ts";
import { _setWorkerMode, type PluginSettingTab } from "../shim/obsidian.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";
import { bookReads, endSession, parseProblems, reference, restart, startSession, visible } from "./helpers/restart.ts";

const FILES = fixtureVaultFiles();
const BOOKS = Object.keys(FILES).filter((p) => p.startsWith("weread/")).sort();
const ORCHARD = "weread/The Quiet Orchard.md";
const DB = cacheDatabaseName("vault-1");

function stored(idb: FakeIndexedDB | null): Map<string, unknown> {
	return idb?.contents(DB, "notes") ?? new Map();
}

/** The orchard note with one highlight's text changed to another of the same byte length (size unchanged). */
function sameSizeEdit(text: string): string {
	const edited = text.replace("orchard", "ORCHARD");
	assert.notEqual(edited, text);
	return edited;
}

test("cache hit: a restart reads no book note and shows exactly what the first start showed", async () => {
	const first = await startSession(FILES);
	assert.deepEqual(bookReads(first.t).sort(), BOOKS, "a device without a cache reads every book");
	const seen = visible(first.api);
	assert.deepEqual([...stored(first.t.indexedDB).keys()].sort(), BOOKS, "every book was written back");
	const second = await restart(first);
	assert.deepEqual(bookReads(second.t), [], "nothing read: every book came from the cache");
	assert.deepEqual(visible(second.api), seen);
	assert.equal(parseProblems(second.t).some((p) => p.code.startsWith("cache-")), false);
	await endSession(second);
});

test("a changed mtime (same size), a changed size, a new and a deleted file: only those are read, the deleted one leaves the cache", async () => {
	const first = await startSession(FILES);
	const orchard = sameSizeEdit(FILES[ORCHARD] ?? "");
	const garden = `${FILES["weread/园丁与木匠.md"] ?? ""}\n`;
	const added = (FILES[ORCHARD] ?? "").replace("title: The Quiet Orchard", "title: A New Book").replace(/bookId: "?\d+"?/, 'bookId: "777"');
	const edits = { [ORCHARD]: orchard, "weread/园丁与木匠.md": garden, "weread/夜航灯塔.md": null, "weread/New.md": added };
	const second = await restart(first, edits);
	assert.deepEqual(bookReads(second.t).sort(), ["weread/New.md", ORCHARD, "weread/园丁与木匠.md"].sort());
	const expected = { ...FILES, ...edits } as Record<string, string | null>;
	delete expected["weread/夜航灯塔.md"];
	assert.deepEqual(visible(second.api), await reference(expected as Record<string, string>), "nothing stale: the edited text is shown, the deleted book is gone");
	assert.ok(JSON.stringify(visible(second.api)).includes("ORCHARD"));
	assert.equal(stored(second.t.indexedDB).has("weread/夜航灯塔.md"), false, "the deleted file's entry was dropped");
	assert.ok(stored(second.t.indexedDB).has("weread/New.md"), "the new file was written back");
	await endSession(second);
});

test("a file edited while Obsidian runs, then a restart: the edit is what the restart shows", async () => {
	const first = await startSession(FILES);
	const edited = sameSizeEdit(FILES[ORCHARD] ?? "");
	await first.t.sim.modify(ORCHARD, edited);
	await first.t.clock.runAll();
	const second = await restart(first, {}, {}, { ...FILES, [ORCHARD]: edited });
	assert.deepEqual(bookReads(second.t), [], "the edit was written back with the file's new stat");
	assert.deepEqual(visible(second.api), await reference({ ...FILES, [ORCHARD]: edited }));
	await endSession(second);
});

test("deleted and renamed during a session: the entries go with them; the renamed note is read once at the next start", async () => {
	const first = await startSession(FILES);
	await first.t.sim.delete("weread/夜航灯塔.md");
	await first.t.sim.rename(ORCHARD, "weread/Orchard moved.md");
	await first.t.clock.runAll();
	assert.deepEqual([...stored(first.t.indexedDB).keys()].sort(), ["weread/Orchard moved.md", "weread/园丁与木匠.md"].sort(), "renamed: re-read under its new name and stored there");
	const current: Record<string, string> = { ...FILES, "weread/Orchard moved.md": FILES[ORCHARD] ?? "" };
	delete current[ORCHARD];
	delete current["weread/夜航灯塔.md"];
	const second = await restart(first, {}, {}, current);
	assert.deepEqual(bookReads(second.t), []);
	assert.deepEqual(visible(second.api), await reference(current));
	await endSession(second);
});

test("parser-version bump: entries of another version are read again once, said once, and rewritten", async () => {
	const first = await startSession(FILES);
	const idb = first.t.indexedDB as FakeIndexedDB;
	// An earlier plugin version wrote these: the same entries under another parser version.
	for (const [path, value] of stored(idb)) {
		const { body: _body, ...row } = value as Record<string, unknown>;
		idb.seed(DB, CACHE_DB_VERSION, "notes", path, { ...(value as object), parserVersion: PARSER_VERSION - 1 });
		idb.seed(DB, CACHE_DB_VERSION, "manifest", path, { ...row, parserVersion: PARSER_VERSION - 1 });
	}
	const second = await restart(first);
	assert.deepEqual(bookReads(second.t).sort(), BOOKS);
	assert.deepEqual(visible(second.api), await reference(FILES));
	const problems = parseProblems(second.t).filter((p) => p.code.startsWith("cache-"));
	assert.deepEqual(problems, [{ code: "cache-outdated", message: "Stored entries from another version of this plugin: 3. Their notes were read again, once." }]);
	for (const value of stored(idb).values()) assert.equal((value as { parserVersion: number }).parserVersion, PARSER_VERSION);
	const third = await restart(second);
	assert.deepEqual(bookReads(third.t), [], "after the rewrite: hits again");
	assert.equal(parseProblems(third.t).some((p) => p.code.startsWith("cache-")), false);
	await endSession(third);
});

const SETTINGS_PATH = ".obsidian/plugins/obsidian-weread-plugin/data.json";
const TEMPLATE = readFileSync("test/fixtures/templates/star-list-watch-time.njk", "utf8");
const STAR_NOTE = readFileSync("test/fixtures/templates/star-list-watch-time.note.md", "utf8");
const STAR_FILES = { ...FILES, "weread/星号之书.md": STAR_NOTE };
const SYNC = { [SETTINGS_PATH]: JSON.stringify({ template: TEMPLATE, trimBlocks: false, noteLocation: "/weread" }) };

/** Runs the session's timers and the shim Worker's tasks until the star note's two highlights are (or are not) read. */
async function starHighlights(session: Awaited<ReturnType<typeof startSession>>): Promise<number> {
	for (let i = 0; i < 20; i++) await session.t.clock.runAll();
	return session.api.highlights({ book: "星号之书", limit: 100 }).length;
}

test("template change: results are keyed by the shapes they were read with — on, off and on again each read the notes anew", async () => {
	const restore = _setWorkerMode("run");
	try {
		const first = await startSession(STAR_FILES, { configFiles: SYNC });
		assert.equal(await starHighlights(first), 2, "the template's shapes read the star note");
		const second = await restart(first, {}, { configFiles: SYNC });
		assert.equal(await starHighlights(second), 2);
		assert.deepEqual(bookReads(second.t), [], "same template: hits");
		// The setting off (the built-in rules alone): what was read with the template's shapes is stale.
		const off = JSON.stringify({ ...DEFAULT_SETTINGS, readTemplateShapes: false });
		const third = await restart(second, {}, { configFiles: SYNC, dataJson: off });
		assert.equal(await starHighlights(third), 0, "no stale template result");
		assert.deepEqual(bookReads(third.t).sort(), [...BOOKS, "weread/星号之书.md"].sort());
		const fourth = await restart(third, {}, { configFiles: SYNC });
		assert.equal(await starHighlights(fourth), 2, "on again: read with the shapes, not the built-in result stored last time");
		await endSession(fourth);
	} finally {
		restore();
	}
});

/** Ends a faulty session: what it shows equals a start without a cache, and the cache's one line is `code`. */
async function assertNothingLost(session: Awaited<ReturnType<typeof startSession>>, files: Record<string, string>, code: string): Promise<void> {
	assert.deepEqual(visible(session.api), await reference(files), "nothing stale, nothing lost");
	const lines = parseProblems(session.t).filter((p) => p.code.startsWith("cache-"));
	assert.equal(lines.length, 1, JSON.stringify(lines));
	assert.equal(lines[0]?.code, code);
	await endSession(session);
}

for (const [name, corrupt] of [
	["a corrupt entry (not an entry at all)", () => "\u0000garbage"],
	["a truncated entry (its note cut short: found when the note is decoded)", (value: Record<string, unknown>) => ({ ...value, body: String(value.body).slice(0, String(value.body).length >> 1) })],
	["a body of another note (found when decoded)", (value: Record<string, unknown>) => ({ ...value, body: String(value.body).replace(String(value.path), "weread/other.md") })],
	["an entry with wrong types", (value: Record<string, unknown>) => ({ ...value, mtime: "yesterday" })],
	// The manifest row judged it fresh; the record says otherwise (both stores change in one transaction, so only a
	// disk fault or another writer gets here).
	["a record that disagrees with its manifest row (another mtime)", (value: Record<string, unknown>) => ({ ...value, mtime: Number(value.mtime) + 1 })],
	["a record whose lastDay is not its note's (the start's order relied on it)", (value: Record<string, unknown>) => ({ ...value, lastDay: "2001-01-01" })],
	["no record under a manifest row", () => undefined],
] as const) {
	test(`${name}: that note is read again, the others are hits, said once`, async () => {
		const first = await startSession(FILES);
		const idb = first.t.indexedDB as FakeIndexedDB;
		idb.seed(DB, CACHE_DB_VERSION, "notes", ORCHARD, corrupt(stored(idb).get(ORCHARD) as Record<string, unknown>));
		const second = await restart(first);
		assert.deepEqual(bookReads(second.t), [ORCHARD]);
		assert.equal(parseProblems(second.t).find((p) => p.code === "cache-untrusted")?.message, "Stored entries that could not be trusted: 1. Their notes were read again.");
		await assertNothingLost(second, FILES, "cache-untrusted");
	});
}

test("a stale entry planted under a changed file (same size, older mtime) is never shown", async () => {
	const first = await startSession(FILES);
	const edited = sameSizeEdit(FILES[ORCHARD] ?? "");
	const second = await restart(first, { [ORCHARD]: edited });
	assert.deepEqual(bookReads(second.t), [ORCHARD]);
	assert.deepEqual(visible(second.api), await reference({ ...FILES, [ORCHARD]: edited }));
	await endSession(second);
});

for (const [name, inject, code] of [
	["IndexedDB refuses to open (private mode)", (idb: FakeIndexedDB) => void (idb.faults.openError = "UnknownError"), "cache-open-failed"],
	["opening IndexedDB throws (SecurityError)", (idb: FakeIndexedDB) => void (idb.faults.openThrows = "SecurityError"), "cache-open-failed"],
	["IndexedDB never answers", (idb: FakeIndexedDB) => void (idb.faults.openHangs = true), "cache-timeout"],
	// The manifest comes; the records never do (CACHE_READ_WAIT_MS without one): the notes waiting for them are read.
	["IndexedDB stops answering while the records are read", (idb: FakeIndexedDB) => void (idb.faults.getHangs = true), "cache-timeout"],
	[
		"an older window blocks the upgrade",
		(idb: FakeIndexedDB) => {
			idb.holdOpen(DB, CACHE_DB_VERSION);
			idb.record(DB).version = CACHE_DB_VERSION - 1;
		},
		"cache-blocked",
	],
] as const) {
	test(`${name}: every note is read, nothing is lost, said once`, async () => {
		const first = await startSession(FILES);
		const idb = first.t.indexedDB as FakeIndexedDB;
		inject(idb);
		const second = await restart(first);
		assert.deepEqual(bookReads(second.t).sort(), BOOKS, "a full scan");
		await assertNothingLost(second, FILES, code);
	});
}

test("no IndexedDB in the window: a full scan, said once", async () => {
	const session = await startSession(FILES, { idb: null });
	assert.deepEqual(bookReads(session.t).sort(), BOOKS);
	await assertNothingLost(session, FILES, "cache-unavailable");
});

for (const [name, inject, code] of [
	["the disk is full (quota) at the first write", (idb: FakeIndexedDB) => void (idb.faults.quotaChars = 10), "cache-quota"],
	["a write fails half-way (an I/O error after one entry)", (idb: FakeIndexedDB) => void (idb.faults.failWriteAfter = 1), "cache-aborted"],
] as const) {
	test(`${name}: the session loses nothing; the next start reads what was not written and shows nothing stale`, async () => {
		const idb = new FakeIndexedDB();
		inject(idb);
		const first = await startSession(FILES, { idb });
		assert.equal(parseProblems(first.t).filter((p) => p.code === code).length, 1, "said once");
		const written = [...stored(idb).keys()];
		assert.ok(written.length < BOOKS.length, `not everything was written (${written.join(", ")})`);
		assert.deepEqual(visible(first.api), await reference(FILES));
		idb.faults.quotaChars = null;
		idb.faults.failWriteAfter = null;
		const edited = sameSizeEdit(FILES[ORCHARD] ?? "");
		const second = await restart(first, { [ORCHARD]: edited });
		assert.deepEqual(bookReads(second.t).sort(), BOOKS.filter((p) => !written.includes(p) || p === ORCHARD).sort());
		assert.deepEqual(visible(second.api), await reference({ ...FILES, [ORCHARD]: edited }));
		await endSession(second);
	});
}

test("another window deletes the database mid-session: the cache closes, the session loses nothing, the next start is a full scan", async () => {
	const first = await startSession(FILES);
	const idb = first.t.indexedDB as FakeIndexedDB;
	idb.forceCloseAll(DB);
	idb.databases.delete(DB);
	const edited = sameSizeEdit(FILES[ORCHARD] ?? "");
	await first.t.sim.modify(ORCHARD, edited);
	await first.t.clock.runAll();
	assert.equal(parseProblems(first.t).filter((p) => p.code === "cache-closed").length, 1, "the failed write is said once");
	const second = await restart(first, {}, {}, { ...FILES, [ORCHARD]: edited });
	assert.deepEqual(bookReads(second.t).sort(), BOOKS);
	assert.deepEqual(visible(second.api), await reference({ ...FILES, [ORCHARD]: edited }));
	await endSession(second);
});

test("the setting off: nothing is read from or written to the cache, and what was stored is deleted; on again: written from then on", async () => {
	const first = await startSession(FILES);
	const idb = first.t.indexedDB as FakeIndexedDB;
	const tab = first.t.app.settingTabs[0] as PluginSettingTab;
	await tab.setControlValue("persistentCache", false);
	await first.t.clock.runAll();
	assert.equal(stored(idb).size, 0, "turning it off deleted the stored entries");
	const off = JSON.stringify({ ...DEFAULT_SETTINGS, persistentCache: false });
	const second = await restart(first, {}, { dataJson: off });
	assert.deepEqual(bookReads(second.t).sort(), BOOKS);
	assert.equal(stored(idb).size, 0, "off: nothing written");
	assert.equal(parseProblems(second.t).some((p) => p.code.startsWith("cache-")), false, "off is not a fault");
	await (second.t.app.settingTabs[0] as PluginSettingTab).setControlValue("persistentCache", true);
	await second.t.sim.modify(ORCHARD, sameSizeEdit(FILES[ORCHARD] ?? ""));
	await second.t.clock.runAll();
	assert.deepEqual([...stored(idb).keys()], [ORCHARD], "on again: results from then on are written");
	await endSession(second);
});

test("the command clears the cache: the next start reads every note", async () => {
	const first = await startSession(FILES);
	assert.equal(first.t.app.commands.executeCommandById("weread-highlights:clear-index-cache"), true);
	await first.t.clock.runAll();
	assert.equal(stored(first.t.indexedDB).size, 0);
	assert.equal(first.t.notices.at(-1), "Index cache cleared: the next start reads every note again.");
	const second = await restart(first);
	assert.deepEqual(bookReads(second.t).sort(), BOOKS);
	assert.deepEqual(visible(second.api), await reference(FILES));
	await endSession(second);
});

test("two vaults on one device never mix: each vault id has its own database", async () => {
	const idb = new FakeIndexedDB();
	const a = await startSession(FILES, { idb, appId: "vault-a" });
	await endSession(a);
	const other = { "weread/Other.md": (FILES[ORCHARD] ?? "").replace("title: The Quiet Orchard", "title: Other") };
	const b = await startSession(other, { idb, appId: "vault-b" });
	assert.deepEqual(bookReads(b.t), ["weread/Other.md"], "vault b's start found nothing of vault a's");
	assert.deepEqual([...idb.contents(cacheDatabaseName("vault-a"), "notes").keys()].sort(), BOOKS);
	assert.deepEqual([...idb.contents(cacheDatabaseName("vault-b"), "notes").keys()], ["weread/Other.md"]);
	await endSession(b);
});

test("without requestIdleCallback (iOS WebKit has none) the results are still written back, in plain tasks", async () => {
	const t = createTestApp({ files: FILES, appId: "vault-1" });
	// The FakeClock put one on the window; take it away as WebKit lacks it (MDN "Window: requestIdleCallback").
	Object.defineProperty(window, "requestIdleCallback", { value: undefined, configurable: true, writable: true });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.deepEqual([...stored(t.indexedDB).keys()].sort(), BOOKS);
	await unload();
	t.assertClean();
	assert.equal(t.clock.pendingTimers, 0);
	t.dispose();
});

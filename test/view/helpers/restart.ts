// Sessions of the whole plugin over one device (issue 15): a start, what it read, and a restart that keeps the files'
// stats as a disk does, over the same IndexedDB and vault id — with edits made while Obsidian was closed (a sync on
// another device), each of which gives its file a new mtime as any write does.
import WeReadHighlightsPlugin from "../../../src/main.ts";
import { isWeReadCache } from "../../../src/obsidian/block-links.ts";
import type { WeReadHighlightsApi } from "../../../src/core/api/index.ts";
import { FakeIndexedDB } from "../../shim/indexed-db.ts";
import { openModals, type SuggestModal } from "../../shim/modal.ts";
import { createTestApp, loadPlugin, type TestApp, type TestAppOptions } from "../../shim/test-app.ts";

export interface Session {
	readonly t: TestApp;
	readonly api: WeReadHighlightsApi;
	/** The files as they are on this "disk", with their stats (for the next restart). */
	readonly files: Readonly<Record<string, string>>;
	unload(): Promise<void>;
}

export interface SessionOptions extends Omit<TestAppOptions, "files" | "indexedDB" | "appId"> {
	readonly idb?: FakeIndexedDB | null;
	readonly appId?: string;
	/** Stats of files kept from the last session (path → stat). */
	readonly stats?: ReadonlyMap<string, { ctime: number; mtime: number; size: number }>;
	/** Files whose stat is new (created or edited offline): they get an mtime no earlier session gave. */
	readonly touched?: ReadonlySet<string>;
	/** Runs right after layout ready, before the session's timers are run out (to watch the start as it goes). */
	readonly duringStart?: (t: TestApp) => Promise<void>;
}

/** mtimes after every one the shim's vault clock gives in a test (it counts seconds from 0). */
let offlineClock = 2_000_000_000_000;

/** Starts the plugin over `files`; resolves once the first scan is done and its timers ran (write-back included). */
export async function startSession(files: Readonly<Record<string, string>>, options: SessionOptions = {}): Promise<Session> {
	const idb = options.idb === undefined ? new FakeIndexedDB() : options.idb;
	const t = createTestApp({ ...options, files, indexedDB: idb, appId: options.appId ?? "vault-1" });
	for (const [path, stat] of options.stats ?? []) if (!(options.touched?.has(path) ?? false)) t.app.vault._setStat(path, stat);
	for (const path of options.touched ?? []) {
		const file = t.app.vault.getFileByPath(path);
		if (file) t.app.vault._setStat(path, { ...file.stat, mtime: (offlineClock += 1000) });
	}
	const { plugin, unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await options.duringStart?.(t);
	await t.clock.runAll();
	const api = (plugin as unknown as { api: WeReadHighlightsApi }).api;
	return { t, api, files, unload };
}

/** Obsidian closing: the plugin unloads; no write-type call or listener error happened; the app goes. */
export async function endSession(session: Session): Promise<void> {
	await session.unload();
	session.t.assertClean();
	session.t.dispose();
}

/** Every file's stat now. */
export function statsOf(t: TestApp): Map<string, { ctime: number; mtime: number; size: number }> {
	const out = new Map<string, { ctime: number; mtime: number; size: number }>();
	for (const file of t.app.vault.getFiles()) out.set(file.path, { ...file.stat });
	return out;
}

/**
 * Ends `prev` (unload, dispose) and starts again over its files with `edits` applied offline (text; null = deleted),
 * the same IndexedDB and vault id. `files` of `prev` must be the vault's current texts (no edits during the session
 * unless passed in `current`).
 */
export async function restart(prev: Session, edits: Readonly<Record<string, string | null>> = {}, options: SessionOptions = {}, current: Readonly<Record<string, string>> = prev.files): Promise<Session> {
	const stats = statsOf(prev.t);
	const idb = prev.t.indexedDB;
	const appId = prev.t.app.appId;
	await endSession(prev);
	const files: Record<string, string> = { ...current };
	const touched = new Set<string>();
	for (const [path, text] of Object.entries(edits)) {
		if (text === null) delete files[path];
		else {
			files[path] = text;
			touched.add(path);
		}
	}
	return startSession(files, { ...options, idb, appId, stats, touched });
}

/** Book notes read (cachedRead) so far in this session. */
export function bookReads(t: TestApp): string[] {
	return t.cachedReads.filter((path) => {
		const file = t.app.vault.getFileByPath(path);
		return file !== null && isWeReadCache(t.app.metadataCache.getFileCache(file));
	});
}

/** What a reader and a script see of the index: every book and every highlight and thought, as the API gives them. */
export function visible(api: WeReadHighlightsApi): unknown {
	return { books: api.books(), highlights: api.highlights({ limit: 10_000 }) };
}

/** The list *Show parse problems* shows: code and message of each row. */
export function parseProblems(t: TestApp): { code: string; message: string }[] {
	t.app.commands.executeCommandById("weread-highlights:show-parse-problems");
	const modal = openModals.at(-1) as unknown as SuggestModal<{ code: string; message: string }>;
	const rows = (modal.getSuggestions("") as { code: string; message: string }[]).map(({ code, message }) => ({ code, message }));
	modal.close();
	return rows;
}

/** The same vault started on a device that never saw it (no cache): what the reader must see. */
export async function reference(files: Readonly<Record<string, string>>, options: SessionOptions = {}): Promise<unknown> {
	const session = await startSession(files, { ...options, idb: new FakeIndexedDB(), appId: "reference" });
	const seen = visible(session.api);
	await endSession(session);
	return seen;
}

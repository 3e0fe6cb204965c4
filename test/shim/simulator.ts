// Simulated user and sync actions on the shim App, each firing Obsidian's events in Obsidian's order. Shared by the
// view tier's TestApp (fake clock) and the e2e tier's page runtime (real timers): no Node or happy-dom imports.
import type { App } from "./app";
import { flushMicrotasks } from "./clock";
import { TFile, TFolder } from "./vault";

function filesUnder(folder: TFolder): TFile[] {
	return folder.children.flatMap((c) => (c instanceof TFolder ? filesUnder(c) : c instanceof TFile ? [c] : []));
}

/** Simulated user and sync actions, each firing Obsidian's events in Obsidian's order. */
export class VaultSimulator {
	constructor(private readonly app: App) {}

	/** Reads resolve after `ms` of fake time (0: in a microtask), so a test can act while reads are in flight. */
	delayReads(ms: number): void {
		this.app.vault.readDelayMs = ms;
	}

	private file(path: string): TFile {
		const f = this.app.vault.getFileByPath(path);
		if (!f) throw new Error(`sim: no file ${path}`);
		return f;
	}

	/** Metadata is parsed off the main thread in Obsidian: the 'changed' event comes after a turn of the loop. */
	private async reindex(file: TFile): Promise<void> {
		await flushMicrotasks();
		const mc = this.app.metadataCache;
		const cache = mc._index(file);
		mc.trigger("changed", file, this.app.vault._text(file.path) ?? "", cache);
		mc.trigger("resolve", file);
		mc.trigger("resolved");
	}

	/** A user edit or a sync overwrite: vault 'modify', then (once parsed) metadataCache 'changed', 'resolve', 'resolved'. */
	async modify(path: string, text: string): Promise<void> {
		const file = this.app.vault._put(path, text);
		this.app.vault.trigger("modify", file);
		await this.reindex(file);
	}

	/** A new note: vault 'create', then metadataCache 'changed', 'resolve', 'resolved'. */
	async create(path: string, text: string): Promise<void> {
		if (this.app.vault.getAbstractFileByPath(path)) throw new Error(`sim: ${path} exists`);
		const file = this.app.vault._put(path, text);
		this.app.vault.trigger("create", file);
		await this.reindex(file);
	}

	/**
	 * A rename or move: the cache moves with the file; vault 'rename' (file, oldPath); no 'changed' (as Obsidian).
	 * A folder: 'rename' for the folder, then one for every file inside it (each with its own old path).
	 */
	async rename(oldPath: string, newPath: string): Promise<void> {
		const entry = this.app.vault.getAbstractFileByPath(oldPath);
		if (!entry) throw new Error(`sim: nothing at ${oldPath}`);
		const inside = entry instanceof TFolder ? filesUnder(entry) : [];
		const oldPaths = new Map(inside.map((f) => [f, f.path] as const));
		this.app.vault._move(entry, newPath);
		if (entry instanceof TFile) this.app.metadataCache._move(oldPath, newPath);
		for (const [f, old] of oldPaths) this.app.metadataCache._move(old, f.path);
		this.app.vault.trigger("rename", entry, oldPath);
		for (const [f, old] of oldPaths) this.app.vault.trigger("rename", f, old);
		await flushMicrotasks();
		this.app.metadataCache.trigger("resolved");
	}

	/** A deletion: vault 'delete' (for a folder: each file inside first), then metadataCache 'deleted', 'resolved'. */
	async delete(path: string): Promise<void> {
		const entry = this.app.vault.getAbstractFileByPath(path);
		if (!entry) throw new Error(`sim: nothing at ${path}`);
		const files = entry instanceof TFolder ? filesUnder(entry) : entry instanceof TFile ? [entry] : [];
		this.app.vault._remove(entry);
		for (const f of files) if (f !== entry) this.app.vault.trigger("delete", f);
		this.app.vault.trigger("delete", entry);
		const prev = files.map((f) => [f, this.app.metadataCache._forget(f.path)] as const);
		await flushMicrotasks();
		for (const [f, cache] of prev) this.app.metadataCache.trigger("deleted", f, cache);
		this.app.metadataCache.trigger("resolved");
	}

	/**
	 * Obsidian finishing a cold metadata build (a first open of the vault, or a cleared cache): every note not indexed
	 * yet gets its cache, then 'resolved' (obsidian.d.ts line 4468: "Called when all files has been resolved").
	 * Whether 'changed' fires per note then is not settled: the d.ts (line 4447) says it fires "when a file has been
	 * indexed", while Tasks' Cache.ts (obsidian-tasks-group/obsidian-tasks, src/Obsidian/Cache.ts) notes that it
	 * "does not fire when starting up obsidian" and reloads the vault on the first 'resolved'. `changed: false`
	 * models the latter: the caches fill silently and only 'resolved' is heard.
	 */
	async indexAll(options: { changed?: boolean } = {}): Promise<void> {
		const mc = this.app.metadataCache;
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (mc.getFileCache(file)) continue;
			const cache = mc._index(file);
			if (options.changed !== false) mc.trigger("changed", file, this.app.vault._text(file.path) ?? "", cache);
		}
		await flushMicrotasks();
		mc.trigger("resolved");
	}

	/** Reads of `path` (read and cachedRead) reject from now on, until `restoreRead`. */
	failRead(path: string, error = new Error(`EIO: cannot read ${path}`)): void {
		this.app.vault.failingReads.set(path, error);
	}

	restoreRead(path: string): void {
		this.app.vault.failingReads.delete(path);
	}

	/** The user opens a note in the main area: active leaf and active file change, 'file-open' fires. */
	async openFile(path: string): Promise<void> {
		await this.app.workspace.getLeaf(false).openFile(this.file(path));
	}
}

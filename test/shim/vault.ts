// TAbstractFile / TFile / TFolder and an in-memory Vault (its DataAdapter and FileManager: adapter.ts). Reads come
// from the in-memory files (and can be made to fail or lag per path); every write-type call is recorded in `WriteLog`
// and rejected: the plugin is read-only towards notes (design §1), so a test that sees one must fail.
import type * as O from "obsidian";
import type { DataWriteOptions } from "obsidian";
import { ShimAdapter } from "./adapter";
import { Events } from "./events";

export interface WriteCall {
	readonly method: string;
	readonly path: string;
}

export class WriteLog {
	readonly calls: WriteCall[] = [];
	record(method: string, path: string): Promise<never> {
		this.calls.push({ method, path });
		return Promise.reject(new Error(`read-only plugin called ${method}(${path})`));
	}
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

function splitName(path: string): { name: string; basename: string; extension: string; dir: string } {
	const slash = path.lastIndexOf("/");
	const name = slash === -1 ? path : path.slice(slash + 1);
	const dot = name.lastIndexOf(".");
	return {
		name,
		basename: dot > 0 ? name.slice(0, dot) : name,
		extension: dot > 0 ? name.slice(dot + 1) : "",
		dir: slash === -1 ? "" : path.slice(0, slash),
	};
}

export interface ReadCall {
	readonly method: "read" | "cachedRead";
	readonly path: string;
}

/**
 * The disk's clock for mtimes: one for every vault of the process and only ever forward, as wall-clock time is, so a
 * vault started again (a restart in a test) never gives a new write the mtime an earlier session's write had.
 */
let wallClockMs = 1_700_000_000_000;

export class Vault extends Events {
	adapter: ShimAdapter;
	configDir = ".obsidian";
	/** Shim only: every read, in call order. */
	readonly reads: ReadCall[] = [];
	/** Shim only: paths whose reads reject (with the given error) until removed. */
	readonly failingReads = new Map<string, Error>();
	/** Shim only: reads resolve this many (fake-clock) ms later; 0 = in a microtask, like a cached read. */
	readDelayMs = 0;
	/** Shim only: reads started and not settled, and the most there ever were at once. */
	inFlightReads = 0;
	maxInFlightReads = 0;
	private readonly texts = new Map<string, string>();
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;

	constructor(readonly writes: WriteLog) {
		super();
		this.adapter = new ShimAdapter(this, writes);
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = "/";
		this.entries.set("/", this.root);
	}

	getName(): string {
		return "Test vault";
	}

	getFileByPath(path: string): TFile | null {
		const f = this.entries.get(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.entries.get(path);
		return f instanceof TFolder ? f : null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}

	getRoot(): TFolder {
		return this.root;
	}

	create(path: string, _data: string, _options?: DataWriteOptions): Promise<TFile> {
		return this.writes.record("vault.create", path);
	}
	createBinary(path: string, _data: ArrayBuffer, _options?: DataWriteOptions): Promise<TFile> {
		return this.writes.record("vault.createBinary", path);
	}
	createFolder(path: string): Promise<TFolder> {
		return this.writes.record("vault.createFolder", path);
	}

	read(file: O.TFile): Promise<string> {
		return this.doRead("read", file.path);
	}
	cachedRead(file: O.TFile): Promise<string> {
		return this.doRead("cachedRead", file.path);
	}
	readBinary(file: O.TFile): Promise<ArrayBuffer> {
		return this.doRead("read", file.path).then((t) => new TextEncoder().encode(t).buffer as ArrayBuffer);
	}

	/** Resolves in a microtask, like a cached read; rejects when the path was made to fail or no longer exists. */
	private doRead(method: ReadCall["method"], path: string): Promise<string> {
		this.reads.push({ method, path });
		const failure = this.failingReads.get(path);
		const text = this.texts.get(path);
		this.inFlightReads++;
		this.maxInFlightReads = Math.max(this.maxInFlightReads, this.inFlightReads);
		const settle = (): string => {
			this.inFlightReads--;
			if (failure) throw failure;
			if (text === undefined) throw new Error(`ENOENT: ${path}`);
			return text;
		};
		if (this.readDelayMs <= 0) return Promise.resolve().then(settle);
		return new Promise((resolve) => window.setTimeout(resolve, this.readDelayMs)).then(settle);
	}

	getResourcePath(file: O.TFile): string {
		return `app://local/${file.path}`;
	}

	delete(file: O.TAbstractFile, _force?: boolean): Promise<void> {
		return this.writes.record("vault.delete", file.path);
	}
	trash(file: O.TAbstractFile, _system: boolean): Promise<void> {
		return this.writes.record("vault.trash", file.path);
	}
	rename(file: O.TAbstractFile, _newPath: string): Promise<void> {
		return this.writes.record("vault.rename", file.path);
	}
	modify(file: O.TFile, _data: string, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("vault.modify", file.path);
	}
	modifyBinary(file: O.TFile, _data: ArrayBuffer, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("vault.modifyBinary", file.path);
	}
	append(file: O.TFile, _data: string, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("vault.append", file.path);
	}
	appendBinary(file: O.TFile, _data: ArrayBuffer, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("vault.appendBinary", file.path);
	}
	process(file: O.TFile, _fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
		return this.writes.record("vault.process", file.path);
	}
	copy<T extends O.TAbstractFile>(file: T, _newPath: string): Promise<T> {
		return this.writes.record("vault.copy", file.path);
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.entries.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot === true || !f.isRoot()));
	}

	static recurseChildren(root: O.TFolder, cb: (file: O.TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}

	// --- Shim only: state changes the test app's simulator makes (no events: the simulator fires those). ---

	/** Current text of a file, or undefined. */
	_text(path: string): string | undefined {
		return this.texts.get(path);
	}

	/** Creates or overwrites a file's text (creating its folders); returns the TFile. */
	_put(path: string, text: string): TFile {
		let file = this.getFileByPath(path);
		const now = (wallClockMs += 1000);
		if (!file) {
			file = new TFile();
			file.vault = this;
			this.place(file, path);
			file.stat = { ctime: now, mtime: now, size: 0 };
		}
		file.stat = { ...file.stat, mtime: now, size: new TextEncoder().encode(text).length };
		this.texts.set(path, text);
		return file;
	}

	/** Sets a file's stat as it is on disk (a restart keeps the mtimes the files had; an edit elsewhere changes them). */
	_setStat(path: string, stat: { ctime: number; mtime: number; size: number }): void {
		const file = this.getFileByPath(path);
		if (file) file.stat = { ...stat };
	}

	/** Moves a file, or a folder with everything inside it. */
	_move(file: TAbstractFile, newPath: string): void {
		const oldPath = file.path;
		if (file instanceof TFolder) {
			const children = [...file.children];
			this.unlink(file);
			file.children = [];
			this.place(file, newPath);
			for (const child of children) this._move(child, newPath + child.path.slice(oldPath.length));
			return;
		}
		this.unlink(file);
		const text = this.texts.get(oldPath);
		this.texts.delete(oldPath);
		this.place(file, newPath);
		if (text !== undefined) this.texts.set(newPath, text);
	}

	_remove(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const child of [...file.children]) this._remove(child);
		this.unlink(file);
		this.texts.delete(file.path);
	}

	private unlink(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		const i = siblings ? siblings.indexOf(file) : -1;
		if (siblings && i !== -1) siblings.splice(i, 1);
		this.entries.delete(file.path);
	}

	private place(file: TAbstractFile, path: string): void {
		const parts = splitName(path);
		file.path = path;
		file.name = parts.name;
		if (file instanceof TFile) {
			file.basename = parts.basename;
			file.extension = parts.extension;
		}
		file.parent = this.folder(parts.dir);
		file.parent.children.push(file);
		this.entries.set(path, file);
	}

	private folder(path: string): TFolder {
		if (path === "") return this.root;
		const existing = this.getFolderByPath(path);
		if (existing) return existing;
		const folder = new TFolder();
		folder.vault = this;
		this.place(folder, path);
		return folder;
	}
}

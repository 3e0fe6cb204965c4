// The vault's DataAdapter and the FileManager: reads answer from the in-memory vault; every write is recorded in
// the WriteLog and rejected (the plugin is read-only towards notes, design §1).
// Files under the config folder (`vault.configDir`, ".obsidian") are not vault files: Obsidian's vault index skips
// hidden folders, so getFiles / getMarkdownFiles / getAbstractFileByPath never list them and no vault event fires for
// them (obsidianmd/obsidian-api#51: "Vault events ignore hidden folders on purpose"), yet the DataAdapter reaches them
// by path (obsidian.d.ts, DataAdapter: "paths relative to the vault root", exists/stat/read). The shim keeps them in a
// store of their own that only the adapter answers from.
import type * as O from "obsidian";
import type { DataWriteOptions, ListedFiles, Stat } from "obsidian";
import { TFile, TFolder, type Vault, type WriteLog } from "./vault";

/**
 * Whether Obsidian's vault index skips `path`: a segment starting with "." (the config folder, `.weread-cache/`, …).
 * Such files are on disk and the adapter reads them, but they are no TFile and fire no vault event
 * (obsidianmd/obsidian-api#51). Test apps put files given with such a path here, not in the vault.
 */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

/** A file under the config folder or another hidden folder: text and stat, outside the vault index. */
interface ConfigFile {
	readonly text: string;
	readonly mtime: number;
	readonly ctime: number;
	readonly size: number;
}

/** One read-type adapter call (shim only). */
export interface AdapterCall {
	readonly method: "exists" | "stat" | "read";
	readonly path: string;
}

/** The vault's DataAdapter: reads answer from the vault's files; every write is recorded and rejected. */
export class ShimAdapter {
	/** Shim only: every exists / stat / read, in call order. */
	readonly calls: AdapterCall[] = [];
	/** Shim only: config-folder paths whose adapter.read rejects (with the given error) until removed. */
	readonly failingConfigReads = new Map<string, Error>();
	private readonly configFiles = new Map<string, ConfigFile>();
	private configClockMs = 1_700_000_000_000;

	constructor(
		private readonly vault: Vault,
		private readonly writes: WriteLog,
	) {}

	getName(): string {
		return "Test vault";
	}
	exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
		this.calls.push({ method: "exists", path: normalizedPath });
		if (this.configFiles.has(normalizedPath)) return Promise.resolve(true);
		return Promise.resolve(this.vault.getAbstractFileByPath(normalizedPath) !== null);
	}
	stat(normalizedPath: string): Promise<Stat | null> {
		this.calls.push({ method: "stat", path: normalizedPath });
		const config = this.configFiles.get(normalizedPath);
		if (config) return Promise.resolve({ type: "file", ctime: config.ctime, mtime: config.mtime, size: config.size });
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f instanceof TFile) return Promise.resolve({ type: "file", ...f.stat });
		if (f instanceof TFolder) return Promise.resolve({ type: "folder", ctime: 0, mtime: 0, size: 0 });
		return Promise.resolve(null);
	}
	list(normalizedPath: string): Promise<ListedFiles> {
		const folder = this.vault.getFolderByPath(normalizedPath === "" ? "/" : normalizedPath);
		const children = folder?.children ?? [];
		return Promise.resolve({
			files: children.filter((c) => c instanceof TFile).map((c) => c.path),
			folders: children.filter((c) => c instanceof TFolder).map((c) => c.path),
		});
	}
	read(normalizedPath: string): Promise<string> {
		this.calls.push({ method: "read", path: normalizedPath });
		const failure = this.failingConfigReads.get(normalizedPath);
		if (failure) return Promise.reject(failure);
		const config = this.configFiles.get(normalizedPath);
		if (config) return Promise.resolve(config.text);
		const text = this.vault._text(normalizedPath);
		return text === undefined ? Promise.reject(new Error(`ENOENT: ${normalizedPath}`)) : Promise.resolve(text);
	}
	/** Shim only: creates or overwrites a file under the config folder (another plugin saving its data.json). */
	_putConfigFile(path: string, text: string): void {
		if (!path.startsWith(`${this.vault.configDir}/`)) throw new Error(`shim: ${path} is not under the config folder ${this.vault.configDir}`);
		const now = (this.configClockMs += 1000);
		const previous = this.configFiles.get(path);
		this.configFiles.set(path, { text, mtime: now, ctime: previous?.ctime ?? now, size: new TextEncoder().encode(text).length });
	}
	/** Shim only: creates or overwrites a file in a hidden folder of the vault (the sync plugin's `.weread-cache/`). */
	_putHiddenFile(path: string, text: string): void {
		if (!isHiddenPath(path)) throw new Error(`shim: ${path} is not in a hidden folder`);
		const now = (this.configClockMs += 1000);
		const previous = this.configFiles.get(path);
		this.configFiles.set(path, { text, mtime: now, ctime: previous?.ctime ?? now, size: new TextEncoder().encode(text).length });
	}
	/** Shim only: deletes a file in a hidden folder (the config folder too). */
	_removeHiddenFile(path: string): void {
		this.configFiles.delete(path);
	}
	/** Shim only: deletes a file under the config folder. */
	_removeConfigFile(path: string): void {
		this.configFiles.delete(path);
	}
	readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		return this.read(normalizedPath).then((t) => new TextEncoder().encode(t).buffer as ArrayBuffer);
	}
	write(normalizedPath: string, _data: string, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("adapter.write", normalizedPath);
	}
	writeBinary(normalizedPath: string, _data: ArrayBuffer, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("adapter.writeBinary", normalizedPath);
	}
	append(normalizedPath: string, _data: string, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("adapter.append", normalizedPath);
	}
	appendBinary(normalizedPath: string, _data: ArrayBuffer, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("adapter.appendBinary", normalizedPath);
	}
	process(normalizedPath: string, _fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
		return this.writes.record("adapter.process", normalizedPath);
	}
	getResourcePath(normalizedPath: string): string {
		return `app://local/${normalizedPath}`;
	}
	mkdir(normalizedPath: string): Promise<void> {
		return this.writes.record("adapter.mkdir", normalizedPath);
	}
	trashSystem(normalizedPath: string): Promise<boolean> {
		return this.writes.record("adapter.trashSystem", normalizedPath);
	}
	trashLocal(normalizedPath: string): Promise<void> {
		return this.writes.record("adapter.trashLocal", normalizedPath);
	}
	rmdir(normalizedPath: string, _recursive: boolean): Promise<void> {
		return this.writes.record("adapter.rmdir", normalizedPath);
	}
	remove(normalizedPath: string): Promise<void> {
		return this.writes.record("adapter.remove", normalizedPath);
	}
	rename(normalizedPath: string, _normalizedNewPath: string): Promise<void> {
		return this.writes.record("adapter.rename", normalizedPath);
	}
	copy(normalizedPath: string, _normalizedNewPath: string): Promise<void> {
		return this.writes.record("adapter.copy", normalizedPath);
	}
}

/** FileManager: link generation answers (wikilinks, shortest unique path); every write is recorded and rejected. */
export class FileManager {
	constructor(
		private readonly vault: Vault,
		private readonly writes: WriteLog,
		private readonly linktext: (file: O.TFile, sourcePath: string, omitMdExtension?: boolean) => string,
	) {}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.vault.getRoot();
	}
	renameFile(file: O.TAbstractFile, _newPath: string): Promise<void> {
		return this.writes.record("fileManager.renameFile", file.path);
	}
	/** Obsidian asks the user first; recorded as a write-type call (the plugin never deletes). */
	promptForDeletion(file: O.TAbstractFile): Promise<boolean> {
		return this.writes.record("fileManager.promptForDeletion", file.path);
	}
	trashFile(file: O.TAbstractFile): Promise<void> {
		return this.writes.record("fileManager.trashFile", file.path);
	}
	/** Shim only: the vault's "Use [[Wikilinks]]" setting turned off (Obsidian reads `vault.getConfig("useMarkdownLinks")`). */
	_useMarkdownLinks = false;
	/**
	 * Like Obsidian's (app.js, as PDF++ re-implements it): the shortest linktext, the subpath alone for a link into the
	 * source note itself, a wikilink (an alias equal to the linktext is dropped) or a markdown link whose destination
	 * only has `\\`, control characters and spaces encoded, and `!` before a link to a non-markdown file. Nothing else is
	 * escaped: a name holding `#`, `^`, `[`, `]` or `|` gives a link that does not lead back to the file.
	 */
	generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const markdown = this._useMarkdownLinks;
		let linktext = this.linktext(file, sourcePath, !markdown) + (subpath ?? "");
		if (file.path === sourcePath && subpath) linktext = subpath;
		let link: string;
		if (markdown) {
			// eslint-disable-next-line no-control-regex -- Obsidian's encodeLinktext.
			link = `[${alias || file.basename}](${linktext.replace(/[\\\x00\x08\x0B\x0C\x0E-\x1F ]/g, (c) => encodeURIComponent(c))})`;
		} else {
			const shown = alias !== undefined && alias !== "" && alias.toLowerCase() !== linktext.toLowerCase() ? alias : undefined;
			link = shown === undefined ? `[[${linktext}]]` : `[[${linktext}|${shown}]]`;
		}
		return file.extension === "md" ? link : `!${link}`;
	}
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Obsidian types frontmatter as any.
	processFrontMatter(file: O.TFile, _fn: (frontmatter: any) => void, _options?: DataWriteOptions): Promise<void> {
		return this.writes.record("fileManager.processFrontMatter", file.path);
	}
	getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		return Promise.resolve(filename);
	}
}

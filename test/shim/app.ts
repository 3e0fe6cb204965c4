// The App object: vault, metadataCache, workspace, fileManager, plus the registries Obsidian keeps for plugins
// (views, commands, hover sources, setting tabs, data.json files) that the tests read.
import type { Extension } from "@codemirror/state";
import type { Command, HoverLinkSource } from "obsidian";
import { Keymap, Scope } from "./misc";
import { MetadataCache } from "./metadata";
import type { PluginSettingTab } from "./ui";
import { FileManager } from "./adapter";
import { PluginRegistry } from "./plugins";
import { Vault, WriteLog } from "./vault";
import { Workspace, type ViewCreator } from "./workspace";

export class CommandRegistry {
	readonly commands = new Map<string, Command>();
	addCommand(command: Command): void {
		this.commands.set(command.id, command);
	}
	removeCommand(id: string): void {
		this.commands.delete(id);
	}
	/** Runs a command like the palette does (callback, or checkCallback(false)); false when it is not available. */
	executeCommandById(id: string): boolean {
		const c = this.commands.get(id);
		if (!c) return false;
		if (c.checkCallback) return c.checkCallback(false) !== false;
		if (c.callback) {
			void c.callback();
			return true;
		}
		return false;
	}
}

export class App {
	keymap = new Keymap();
	scope = new Scope();
	lastEvent: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null = null;
	readonly writes = new WriteLog();
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	/**
	 * Not in obsidian.d.ts but present at run time: the vault's id on this device, a random 16-hex-digit string that
	 * Obsidian keys the vault's local data with (its IndexedDB `<appId>-cache`; Dataview's `dataview/cache/<appId>`).
	 * A fresh one per App, as a fresh vault gets; a restart of the same vault passes the old one (test-app.ts).
	 */
	appId: string = randomAppId();
	/** Not in obsidian.d.ts but present at run time: scripts reach plugins' APIs through it (plugins.ts). */
	readonly plugins = new PluginRegistry();
	// --- Shim only: registries the plugin API writes into. ---
	readonly viewRegistry = new Map<string, ViewCreator>();
	readonly commands = new CommandRegistry();
	readonly hoverLinkSources = new Map<string, HoverLinkSource>();
	/** CodeMirror extensions plugins registered (registerEditorExtension); every Markdown editor gets them. */
	readonly editorExtensions: Extension[] = [];
	readonly settingTabs: PluginSettingTab[] = [];
	/** Raw data.json text per plugin id; undefined = no file. */
	readonly pluginData = new Map<string, string | undefined>();
	/** Every saveData call, in order. */
	readonly savedData: { pluginId: string; data: unknown }[] = [];
	readonly statusBarEl: HTMLElement;
	readonly ribbonEl: HTMLElement;
	private readonly storage = new Map<string, unknown>();

	constructor() {
		this.vault = new Vault(this.writes);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.writes, (f, s, omit) => this.metadataCache.fileToLinktext(f, s, omit));
		this.ribbonEl = activeDocument.body.createDiv("side-dock-ribbon");
		this.workspace = new Workspace(this);
		this.statusBarEl = activeDocument.body.createDiv("status-bar");
	}

	loadLocalStorage(key: string): unknown {
		return this.storage.get(key) ?? null;
	}
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.storage.delete(key);
		else this.storage.set(key, data);
	}

	/** Shim only: take the app's DOM out of the document (end of a test). */
	_destroyDom(): void {
		this.workspace.containerEl.detach();
		this.statusBarEl.detach();
		this.ribbonEl.detach();
	}
}

function randomAppId(): string {
	let id = "";
	for (let i = 0; i < 16; i++) id += Math.floor(Math.random() * 16).toString(16);
	return id;
}

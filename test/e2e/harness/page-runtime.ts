// Runs inside the e2e page (bundled with the browser shim by build.ts; never imported by Node code). Exposes
// `window.wrh`: a shim App over a vault given as JSON, laid out like Obsidian's workspace; the production main.js
// evaluated as CommonJS with `require("obsidian")` answered by the shim; and records of what the plugin asked the
// app for (navigation, hover previews, clipboard writes, drag data) for the tests to read. Real timers throughout.
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import type { PluginManifest } from "obsidian";
import * as obsidian from "../../shim/browser";
import { isHiddenPath } from "../../shim/adapter";
import { App } from "../../shim/app";
import { flushMicrotasks } from "../../shim/clock";
import type { Component } from "../../shim/component";
import { ledger } from "../../shim/ledger";
import { _setApiVersion, shimEnv } from "../../shim/misc";
import type { Lifecycle } from "../../shim/lifecycle";
import { VaultSimulator } from "../../shim/simulator";
import { shownMenus } from "../../shim/ui";
import { MarkdownViewStub, WorkspaceLeaf } from "../../shim/workspace";
import { postProcessorCount } from "../../shim/reading-view";

export interface StartOptions {
	readonly files: Readonly<Record<string, string>>;
	readonly manifest: PluginManifest;
	/** What `getLanguage()` answers. Default "en". */
	readonly language?: string;
	/** The app version `requireApiVersion` compares with. */
	readonly apiVersion: string;
	/** Raw data.json text (may be corrupt); absent = no data.json. */
	readonly dataJson?: string;
	/** Files in the config folder (outside the vault index), path → text: another plugin's data.json. */
	readonly configFiles?: Readonly<Record<string, string>>;
	/** Whether the metadata cache is built at start (default true); see TestAppOptions.metadataReady. */
	readonly metadataReady?: boolean;
	/**
	 * Navigation lands like in Obsidian (the demo page): openLinkText opens the linked note, and every opened note
	 * shows its text in the editor area scrolled to the block or line. Calls are recorded either way.
	 */
	readonly followNavigation?: boolean;
	/** Opened notes get a real CodeMirror 6 editor with the plugins' editor extensions (shimEnv.codeMirror). */
	readonly codeMirror?: boolean;
	/** The vault's id on this device (`app.appId`); random by default. The same id in a later page = a restart. */
	readonly appId?: string;
}

export interface MenuRecord {
	readonly items: { title: string; section: string }[];
}

export interface HoverRecord {
	readonly source: string;
	readonly linktext: string;
	readonly sourcePath: string | null;
	readonly state: unknown;
	readonly hasEvent: boolean;
	readonly hasTargetEl: boolean;
	readonly hasHoverParent: boolean;
}

export interface DragRecord {
	readonly types: string[];
	readonly data: Record<string, string>;
	readonly effectAllowed: string;
}

export interface Navigation {
	readonly links: { linktext: string; sourcePath: string; newLeaf: unknown; state: unknown }[];
	readonly files: { path: string; openState: unknown; side: string }[];
}

/** The shim's lifecycle counts, plus the elements with a `wrh-` class anywhere in the document. */
export interface PageLifecycle extends Lifecycle {
	readonly pluginElements: number;
}

/** Live real-timer ids, counted so a test can see what the plugin leaves scheduled after unload. */
class TimerLedger {
	readonly timeouts = new Set<number>();
	readonly intervals = new Set<number>();
	install(win: Window): void {
		const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = win;
		const timeouts = this.timeouts;
		const intervals = this.intervals;
		win.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
			const id = st.call(win, (...a: unknown[]) => {
				timeouts.delete(id);
				if (typeof fn === "function") (fn as (...x: unknown[]) => unknown)(...a);
			}, ms, ...args);
			timeouts.add(id);
			return id;
		}) as typeof win.setTimeout;
		win.clearTimeout = ((id?: number) => {
			if (id !== undefined) timeouts.delete(id);
			ct.call(win, id);
		}) as typeof win.clearTimeout;
		win.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
			const id = si.call(win, fn, ms, ...args);
			intervals.add(id);
			return id;
		}) as typeof win.setInterval;
		win.clearInterval = ((id?: number) => {
			if (id !== undefined) intervals.delete(id);
			ci.call(win, id);
		}) as typeof win.clearInterval;
	}
}

class PageRuntime {
	/** The module `require("obsidian")` returns to the plugin. */
	readonly obsidian = obsidian;
	app: App | null = null;
	sim: VaultSimulator | null = null;
	plugin: obsidian.Plugin | null = null;
	readonly hoverLinks: HoverRecord[] = [];
	readonly clipboard: string[] = [];
	readonly drags: DragRecord[] = [];
	private readonly timers = new TimerLedger();
	private manifest: PluginManifest | null = null;

	constructor() {
		this.timers.install(window);
		this.recordClipboard();
		// Bubbling listener: runs after the row's own dragstart handler has filled the DataTransfer.
		document.addEventListener("dragstart", (evt) => {
			if (evt.dataTransfer) this.drags.push(readDataTransfer(evt.dataTransfer));
		});
	}

	/** A fresh app over `files`, laid out like Obsidian's window. */
	start(options: StartOptions): void {
		if (this.app) throw new Error("wrh.start: one app per page");
		ledger.reset();
		shimEnv.language = options.language ?? "en";
		shimEnv.codeMirror = options.codeMirror === true;
		shimEnv.editorExtras = options.codeMirror === true ? [targetBlock] : [];
		_setApiVersion(options.apiVersion);
		this.manifest = options.manifest;
		const app = new App();
		if (options.appId !== undefined) app.appId = options.appId;
		for (const [path, text] of Object.entries(options.files)) {
			// A file in a hidden folder (the demo vault's `.weread-cache/`) is on disk but not in the vault index.
			if (isHiddenPath(path)) {
				app.vault.adapter._putHiddenFile(path, text);
				continue;
			}
			const file = app.vault._put(path, text);
			if (options.metadataReady !== false && file.extension === "md") app.metadataCache._index(file);
		}
		if (options.dataJson !== undefined) app.pluginData.set(options.manifest.id, options.dataJson);
		for (const [path, text] of Object.entries(options.configFiles ?? {})) app.vault.adapter._putConfigFile(path, text);
		this.layout(app);
		this.recordHoverLinks(app);
		this.app = app;
		// Obsidian's global `app` (window.app), which dataviewjs and Templater scripts use; docs.obsidian.md's plugin
		// guidelines: "Avoid using the global app object, `app` (or `window.app`)… intended for debugging purposes".
		(window as unknown as { app: App }).app = app;
		this.sim = new VaultSimulator(app);
		if (options.followNavigation === true) this.followNavigation(app);
	}

	/** Evaluates main.js the way Obsidian does (CommonJS; `require` knows only "obsidian"), then loads the plugin. */
	async loadPlugin(source: string): Promise<void> {
		const app = this.need();
		const module: { exports: Record<string, unknown> } = { exports: {} };
		// Obsidian provides these to plugins (esbuild.config.mjs keeps them external): the copies the shim's editors use.
		const provided: Record<string, unknown> = { obsidian, "@codemirror/state": codemirrorState, "@codemirror/view": codemirrorView };
		const require = (id: string): unknown => {
			if (id in provided) return provided[id];
			throw new Error(`Cannot find module '${id}' (the harness provides ${Object.keys(provided).join(", ")})`);
		};
		// eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the plugin bundle is the point.
		const factory = new Function("require", "module", "exports", `${source}\n//# sourceURL=plugin:${this.manifest?.id ?? "plugin"}/main.js`) as (
			r: typeof require,
			m: typeof module,
			e: typeof module.exports,
		) => void;
		factory(require, module, module.exports);
		const PluginClass = (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => obsidian.Plugin;
		if (typeof PluginClass !== "function") throw new Error("main.js exports no plugin class");
		const plugin = new PluginClass(app, { ...(this.manifest as PluginManifest) });
		if (!(plugin instanceof obsidian.Plugin)) throw new Error("main.js's default export does not extend Plugin");
		app.plugins._enter(plugin.manifest.id, plugin);
		plugin.load();
		await (plugin as unknown as Component)._onloadResult;
		await flushMicrotasks();
		this.plugin = plugin;
	}

	layoutReady(): void {
		this.need().workspace.triggerLayoutReady();
	}

	async unload(): Promise<void> {
		this.plugin?.unload();
		if (this.plugin) this.app?.plugins._leave(this.plugin.manifest.id, this.plugin);
		await flushMicrotasks();
	}

	/** Full command ids, as the command palette knows them (`plugin-id:command-id`). */
	commandIds(): string[] {
		return [...this.need().commands.commands.keys()];
	}

	/** Runs a command like the palette; `id` with or without the plugin-id prefix. False when it is not available. */
	executeCommand(id: string): boolean {
		const app = this.need();
		const full = app.commands.commands.has(id) ? id : `${this.manifest?.id ?? ""}:${id}`;
		if (!app.commands.commands.has(full)) throw new Error(`no command ${id}; have ${this.commandIds().join(", ")}`);
		return app.commands.executeCommandById(full);
	}

	/** Opens a note in the editor area, like clicking it in the file explorer; its text shows as the source view. */
	async openNote(path: string): Promise<void> {
		const sim = this.sim;
		if (!sim) throw new Error("wrh.start first");
		await sim.openFile(path);
		const leaf = this.need().workspace.activeLeaf;
		if (leaf && leaf.view instanceof MarkdownViewStub) fillSourceView(leaf, this.need().vault._text(path) ?? "");
	}

	/** Opens the plugin's settings tab in a settings modal (as the user would from Settings → Community plugins). */
	openSettings(): void {
		const app = this.need();
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("the plugin added no settings tab");
		let modal = document.querySelector<HTMLElement>(".modal-container");
		if (!modal) {
			modal = document.body.createDiv("modal-container mod-dim");
			modal.createDiv("modal-bg");
			const box = modal.createDiv("modal mod-settings");
			box.createDiv("vertical-tab-header");
			box.createDiv("vertical-tab-content-container");
		}
		modal.querySelector(".vertical-tab-content-container")?.appendChild(tab.containerEl);
		tab._open();
	}

	closeSettings(): void {
		for (const tab of this.need().settingTabs) tab.hide();
		document.querySelector(".modal-container")?.detach();
	}

	navigation(): Navigation {
		const ws = this.need().workspace;
		return {
			links: ws.openedLinks.map((l) => ({ linktext: l.linktext, sourcePath: l.sourcePath, newLeaf: l.newLeaf ?? null, state: l.state ?? null })),
			files: ws.openedFiles.map((f) => ({ path: f.path, openState: f.openState ?? null, side: f.leaf.side })),
		};
	}

	/**
	 * How many records the IndexedDB database `name` holds in its `notes` store (the persistent cache's), 0 when there
	 * is none. Opens its own connection and closes it (the plugin's stays as it is).
	 */
	cacheRecordCount(name: string): Promise<number> {
		return new Promise((resolve) => {
			const open = indexedDB.open(name);
			open.onerror = () => resolve(0);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains("notes")) {
					db.close();
					resolve(0);
					return;
				}
				const req = db.transaction("notes", "readonly").objectStore("notes").count();
				req.onsuccess = () => {
					db.close();
					resolve(req.result);
				};
				req.onerror = () => {
					db.close();
					resolve(0);
				};
			};
		});
	}

	/** Cached reads of the vault so far (what the index read). */
	cachedReads(): string[] {
		return this.need()
			.vault.reads.filter((r) => r.method === "cachedRead")
			.map((r) => r.path);
	}

	/** Write-type calls (the plugin is read-only towards notes) and errors thrown inside event listeners. */
	problems(): string[] {
		const app = this.need();
		return [...app.writes.calls.map((c) => `write: ${c.method}(${c.path})`), ...ledger.listenerErrors.map((e) => `listener error: ${String(e)}`)];
	}

	/** Dispatches a dragstart with a fresh DataTransfer on the element and returns what the plugin put in it. */
	dragStart(el: Element): DragRecord {
		const dataTransfer = new DataTransfer();
		el.dispatchEvent(new DragEvent("dragstart", { bubbles: true, cancelable: true, dataTransfer }));
		return readDataTransfer(dataTransfer);
	}

	/** The reader places the caret on `line` (0-based) in the note open in the editor area. */
	setCursor(line: number): void {
		const leaf = this.need().workspace._leaves.find((l) => l.side === "main" && l.view instanceof MarkdownViewStub);
		if (leaf === undefined || !(leaf.view instanceof MarkdownViewStub)) throw new Error("wrh.setCursor: no note is open");
		leaf.view.editor.setCursor(line);
	}

	/** Scrolls the editor to `line` (0-based) with the caret there, and marks nothing. */
	editorReveal(line: number): void {
		const cm = this.editorView();
		const pos = cm.state.doc.line(line + 1).from;
		cm.dispatch({ selection: { anchor: pos }, effects: codemirrorView.EditorView.scrollIntoView(pos, { y: "center" }) });
	}

	/** The open note's view: for the bench's A/B timing with and without the plugin's editor extensions. */
	editorNoteView(): MarkdownViewStub {
		const leaf = this.need().workspace._leaves.find((l) => l.side === "main" && l.view instanceof MarkdownViewStub);
		if (!(leaf?.view instanceof MarkdownViewStub)) throw new Error("wrh: no note is open");
		return leaf.view;
	}

	/** The open note's CodeMirror editor (StartOptions.codeMirror). */
	editorView(): codemirrorView.EditorView {
		const leaf = this.need().workspace._leaves.find((l) => l.side === "main" && l.view instanceof MarkdownViewStub);
		const cm = leaf?.view instanceof MarkdownViewStub ? leaf.view._cm : null;
		if (!cm) throw new Error("wrh: no note is open in a CodeMirror editor (start with codeMirror: true)");
		return cm;
	}

	/** Scrolls the editor so `line` (0-based) is in view, as the reader would. */
	editorScrollTo(line: number): void {
		const cm = this.editorView();
		cm.dispatch({ effects: codemirrorView.EditorView.scrollIntoView(cm.state.doc.line(line + 1).from, { y: "center" }) });
	}

	/** The editor's citation badges as "line:count" (0-based lines of the note), in document order. */
	editorBadges(): string[] {
		const cm = this.editorView();
		return Array.from(cm.contentDOM.querySelectorAll<HTMLElement>(".wrh-cite-badge")).map((b) => `${cm.state.doc.lineAt(cm.posAtDOM(b)).number - 1}:${b.textContent ?? ""}`);
	}

	/** The lines (0-based) CodeMirror has in its DOM now: its viewport. */
	editorViewport(): { from: number; to: number } {
		const cm = this.editorView();
		return { from: cm.state.doc.lineAt(cm.viewport.from).number - 1, to: cm.state.doc.lineAt(cm.viewport.to).number - 1 };
	}

	/** The reader types `text` at the start of `line` (0-based). */
	editorInsert(line: number, text: string): void {
		const cm = this.editorView();
		cm.dispatch({ changes: { from: cm.state.doc.line(line + 1).from, insert: text } });
	}

	/** Menus the plugin showed (Menu.showAtMouseEvent), oldest first: their items' titles and sections. */
	menus(): MenuRecord[] {
		return shownMenus.map((m) => ({ items: m.items.map((i) => ({ title: i.title, section: i.section })) }));
	}

	/** The user picks the item titled `title` in the newest menu; false when there is none. */
	clickMenuItem(title: string): boolean {
		const item = shownMenus.at(-1)?.items.find((i) => i.title === title);
		if (item === undefined) return false;
		item.click();
		return true;
	}

	/** Notices shown so far (their text). */
	notices(): string[] {
		return [...ledger.notices];
	}

	lifecycle(): PageLifecycle {
		const app = this.need();
		return {
			listeners: app.vault.listenerCount() + app.metadataCache.listenerCount() + app.workspace.listenerCount(),
			domEvents: ledger.liveDomEvents,
			// registerInterval ids are real intervals too: count each id once.
			intervals: new Set([...ledger.liveIntervals, ...this.timers.intervals]).size,
			pendingTimers: this.timers.timeouts.size,
			views: app.viewRegistry.size,
			hoverSources: app.hoverLinkSources.size,
			commands: app.commands.commands.size,
			settingTabs: app.settingTabs.length,
			statusBarItems: app.statusBarEl.children.length,
			ribbonIcons: app.ribbonEl.children.length,
			editorExtensions: app.editorExtensions.length,
			postProcessors: postProcessorCount(),
			pluginElements: document.querySelectorAll('[class*="wrh-"]').length,
		};
	}

	setTheme(theme: "light" | "dark"): void {
		document.body.toggleClass("theme-light", theme === "light");
		document.body.toggleClass("theme-dark", theme === "dark");
	}

	private need(): App {
		if (!this.app) throw new Error("wrh.start first");
		return this.app;
	}

	/** Obsidian's window: ribbon | workspace (left split, root split, right split), status bar bottom right. */
	private layout(app: App): void {
		const container = document.body.createDiv("app-container");
		const main = container.createDiv("horizontal-main-container");
		app.ribbonEl.addClass("workspace-ribbon", "mod-left");
		main.appendChild(app.ribbonEl);
		main.appendChild(app.workspace.containerEl);
		container.appendChild(app.statusBarEl);
		// A sidebar is one tab group: only its revealed leaf shows (CSS shows the newest while none was revealed).
		const ws = app.workspace;
		const reveal = ws.revealLeaf.bind(ws);
		ws.revealLeaf = (leaf: WorkspaceLeaf): Promise<void> => {
			if (leaf.side !== "main") {
				for (const sibling of Array.from(leaf.containerEl.parentElement?.children ?? [])) sibling.toggleClass("mod-active", sibling === leaf.containerEl);
			}
			return reveal(leaf);
		};
	}

	/** See StartOptions.followNavigation: links open their note; opened notes show their text at the target line. */
	private followNavigation(app: App): void {
		const ws = app.workspace;
		const record = ws.openLinkText.bind(ws);
		ws.openLinkText = async (linktext, sourcePath, newLeaf, state): Promise<void> => {
			await record(linktext, sourcePath, newLeaf, state);
			const hash = linktext.indexOf("#");
			const path = hash === -1 ? linktext : linktext.slice(0, hash);
			const file = app.metadataCache.getFirstLinkpathDest(path, sourcePath);
			if (file !== null) await ws.getLeaf(newLeaf).openFile(file, { eState: { subpath: hash === -1 ? undefined : linktext.slice(hash) } });
		};
		const openFile = WorkspaceLeaf.prototype.openFile;
		WorkspaceLeaf.prototype.openFile = async function (this: WorkspaceLeaf, file, openState): Promise<void> {
			await openFile.call(this, file, openState);
			if (!(this.view instanceof MarkdownViewStub)) return;
			const text = app.vault._text(file.path) ?? "";
			fillSourceView(this, text);
			const eState = (openState?.eState ?? {}) as { line?: unknown; subpath?: unknown };
			let line = typeof eState.line === "number" ? eState.line : -1;
			if (typeof eState.subpath === "string" && eState.subpath.startsWith("#^")) {
				const id = eState.subpath.slice(2).toLowerCase();
				line = text.split("\n").findIndex((l) => l.toLowerCase().trimEnd().endsWith(`^${id}`));
			}
			this.view.editor.setCursor(Math.max(line, 0));
			if (line < 0) return;
			const cm = this.view._cm;
			if (cm !== null) {
				// A real editor: the caret on the line, scrolled to the middle, the block marked (targetBlock below).
				const lines = text.split("\n");
				let first = line;
				while (first > 0 && (lines[first - 1] ?? "").trim() !== "" && typeof eState.subpath === "string") first--;
				const pos = cm.state.doc.line(line + 1).from;
				cm.dispatch({ selection: { anchor: pos }, effects: [codemirrorView.EditorView.scrollIntoView(pos, { y: "center" }), markTarget.of({ first, last: line })] });
				return;
			}
			// Mark the block the id ends (back to the blank line above it), as Obsidian flashes the target block.
			const lines = text.split("\n");
			let start = line;
			while (start > 0 && (lines[start - 1] ?? "").trim() !== "" && typeof eState.subpath === "string") start--;
			const els = Array.from(this.view.containerEl.querySelectorAll<HTMLElement>(".cm-line")).slice(start, line + 1);
			for (const el of els) el.addClass("is-target");
			els[0]?.scrollIntoView({ block: "center" });
		};
		// Mod-click asks for a new tab; the page has one editor area, so the newest tab replaces the others.
		const getLeaf = ws.getLeaf.bind(ws);
		ws.getLeaf = (newLeaf) => {
			const leaf = getLeaf(newLeaf);
			for (const other of ws._leaves) if (other !== leaf && other.side === "main") other.detach();
			return leaf;
		};
	}

	/** Records what the plugin sends with `workspace.trigger("hover-link", …)` (the page preview's trigger). */
	private recordHoverLinks(app: App): void {
		const ws = app.workspace;
		const trigger = ws.trigger.bind(ws);
		ws.trigger = (name: string, ...data: unknown[]): void => {
			if (name === "hover-link") {
				const d = (data[0] ?? {}) as Record<string, unknown>;
				this.hoverLinks.push({
					source: String(d.source),
					linktext: String(d.linktext),
					sourcePath: typeof d.sourcePath === "string" ? d.sourcePath : null,
					state: d.state ?? null,
					hasEvent: d.event instanceof Event,
					hasTargetEl: d.targetEl instanceof HTMLElement,
					hasHoverParent: d.hoverParent !== undefined && d.hoverParent !== null,
				});
			}
			trigger(name, ...data);
		};
	}

	/** Clipboard writes go to a record (a headless page has no clipboard to read back, and the test must not need one). */
	private recordClipboard(): void {
		const clipboard = this.clipboard;
		const recorder = {
			writeText: (text: string): Promise<void> => {
				clipboard.push(text);
				return Promise.resolve();
			},
			readText: (): Promise<string> => Promise.resolve(clipboard.at(-1) ?? ""),
			write: async (items: ClipboardItem[]): Promise<void> => {
				for (const item of items) {
					if (item.types.includes("text/plain")) clipboard.push(await (await item.getType("text/plain")).text());
				}
			},
			read: (): Promise<ClipboardItem[]> => Promise.resolve([]),
		};
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: recorder });
	}
}

function readDataTransfer(dt: DataTransfer): DragRecord {
	const types = [...dt.types];
	const data: Record<string, string> = {};
	for (const type of types) if (type !== "Files") data[type] = dt.getData(type);
	return { types, data, effectAllowed: dt.effectAllowed };
}

/** Marks the block a navigation landed on, as Obsidian flashes it: lines `first`…`last` (0-based) get `is-target`. */
const markTarget = codemirrorState.StateEffect.define<{ first: number; last: number }>();
const targetBlock = codemirrorState.StateField.define<codemirrorView.DecorationSet>({
	create: () => codemirrorView.Decoration.none,
	update(marks, tr) {
		let next = marks.map(tr.changes);
		for (const e of tr.effects) {
			if (!e.is(markTarget)) continue;
			const builder = new codemirrorState.RangeSetBuilder<codemirrorView.Decoration>();
			for (let l = e.value.first; l <= e.value.last; l++) builder.add(tr.state.doc.line(l + 1).from, tr.state.doc.line(l + 1).from, codemirrorView.Decoration.line({ class: "is-target" }));
			next = builder.finish();
		}
		return next;
	},
	provide: (f) => codemirrorView.EditorView.decorations.from(f),
});

/** The editor area shows the note's source, line by line, so screenshots show what a click-through opens. */
function fillSourceView(leaf: WorkspaceLeaf, text: string): void {
	// A real CodeMirror editor (StartOptions.codeMirror) already shows the note.
	if (leaf.view instanceof MarkdownViewStub && leaf.view._cm !== null) return;
	const content = leaf.view.containerEl.children[1] as HTMLElement | undefined;
	if (!content) return;
	content.empty();
	const source = content.createDiv("markdown-source-view mod-cm6");
	const lines = source.createDiv("cm-content");
	text.split("\n").forEach((line, i) => lines.createDiv({ cls: "cm-line", text: line === "" ? "\u200b" : line, attr: { "data-line": i } }));
}

export type { PageRuntime };

(window as unknown as { wrh: PageRuntime }).wrh = new PageRuntime();

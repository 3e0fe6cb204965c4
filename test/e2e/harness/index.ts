// The e2e harness: the production main.js running in Chromium the way Obsidian loads it, over a vault, in a page
// laid out and themed like Obsidian. One browser per process (browser.ts); each `openHarness()` is a fresh page with
// a fresh app. Waits are on conditions (playwright's waitForFunction and locators), never on time.
//
//   const h = await openHarness();                  // fixture vault, plugin loaded
//   await h.layoutReady();                          // Obsidian finishes restoring the layout; waits for the first index
//   const pane = await h.openPane("open-timeline"); // run a command; the pane's content element
//   await h.clickRow("它完成了", { mod: true });      // Mod-click a row by its text
//   assert.deepEqual((await h.navigation()).links, [...]);
//   await h.screenshot("timeline", "dark");         // test/e2e/out/timeline-dark.png
//   h.assertNoErrors(); await h.close();
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { PluginManifest } from "obsidian";
import { harnessAssets, productionMainJs, ROOT, type Theme } from "./build.ts";
import { sharedBrowser } from "./browser.ts";
import type { DragRecord, HoverRecord, MenuRecord, Navigation, PageLifecycle, PageRuntime, StartOptions } from "./page-runtime.ts";

export type { DragRecord, HoverRecord, MenuRecord, Navigation, PageLifecycle, Theme };

/** Where screenshots go (git-ignored). */
export const OUT_DIR = join(ROOT, "test", "e2e", "out");
export const FIXTURE_VAULT = join(ROOT, "test", "fixtures", "vault");
const ORIGIN = "http://weread-highlights.test";
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as PluginManifest;
/** The app version the pinned obsidian typings describe: what the page's `requireApiVersion` answers by default. */
export const TYPINGS_VERSION = (JSON.parse(readFileSync(join(ROOT, "node_modules", "obsidian", "package.json"), "utf8")) as { version: string }).version;

/**
 * Every file under `dir` (text), keyed by vault path ("folder/note.md"), but the config folder `.obsidian`
 * (`readConfigFiles` reads that one). Files in other hidden folders (the sync plugin's `.weread-cache/`) are kept:
 * the test app puts them on the adapter only, as Obsidian's vault index leaves hidden folders out.
 */
export function readVault(dir: string = FIXTURE_VAULT): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory() && entry.name === ".obsidian") continue;
			if (entry.isDirectory()) walk(full);
			else out[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return out;
}

/** The files of `dir`'s config folder (`.obsidian/…`), keyed by path from the vault root: HarnessOptions.configFiles. */
export function readConfigFiles(dir: string): Record<string, string> {
	const config = join(dir, ".obsidian");
	if (!existsSync(config)) return {};
	const out: Record<string, string> = {};
	for (const [path, text] of Object.entries(readVault(config))) out[`.obsidian/${path}`] = text;
	return out;
}

export interface HarnessOptions {
	/** Vault files, path → text. Default: test/fixtures/vault. */
	readonly files?: Readonly<Record<string, string>>;
	/** What `getLanguage()` answers. Default "en". */
	readonly language?: string;
	/** What `requireApiVersion` compares with. Default: the pinned typings' version. */
	readonly apiVersion?: string;
	/** Raw data.json (may be corrupt); absent = none. */
	readonly dataJson?: string;
	/** Config-folder files (StartOptions.configFiles). */
	readonly configFiles?: Readonly<Record<string, string>>;
	/** Whether the metadata cache is built at start. Default true. */
	readonly metadataReady?: boolean;
	readonly theme?: Theme;
	/** Load main.js right away (default true); false to act before the plugin loads. */
	readonly load?: boolean;
	/** Links open their note and opened notes show their text at the target (StartOptions.followNavigation). */
	readonly followNavigation?: boolean;
	/** Opened notes get a real CodeMirror 6 editor with the plugin's editor extensions (StartOptions.codeMirror). */
	readonly codeMirror?: boolean;
	/** Viewport size of the page (default 1280 × 800). */
	readonly viewport?: { readonly width: number; readonly height: number };
	/** The vault's id (`app.appId`): the same id in a later harness of the shared browser finds the same IndexedDB cache. */
	readonly appId?: string;
}

type WrhWindow = { wrh: PageRuntime };

export class Harness {
	/** Console errors and uncaught page errors, in order. */
	readonly errors: string[] = [];
	private theme: Theme;

	constructor(
		readonly page: Page,
		theme: Theme,
	) {
		this.theme = theme;
		page.on("console", (msg) => {
			if (msg.type() === "error") this.errors.push(`console: ${msg.text()}`);
		});
		page.on("pageerror", (err) => this.errors.push(`page: ${err.message}`));
	}

	/** Evaluates the production main.js as CommonJS and loads the plugin (awaits its onload). */
	async loadPlugin(): Promise<void> {
		await this.page.evaluate((source) => (window as unknown as WrhWindow).wrh.loadPlugin(source), productionMainJs());
	}

	/**
	 * Obsidian finishing the layout: `onLayoutReady` callbacks run. By default waits until the first index is done
	 * (the status bar item is hidden again). Returns the status bar text right after the trigger.
	 */
	async layoutReady(options: { waitForIndex?: boolean } = {}): Promise<string> {
		const text = await this.page.evaluate(() => {
			(window as unknown as WrhWindow).wrh.layoutReady();
			return document.querySelector(".status-bar")?.textContent ?? "";
		});
		if (options.waitForIndex !== false) await this.waitForIndex();
		return text;
	}

	/** Waits until no index scan runs (the plugin's status bar item is hidden). */
	async waitForIndex(): Promise<void> {
		await this.statusBarItem().and(this.page.locator(".wrh-hidden")).waitFor({ state: "attached" });
	}

	/** The plugin's status bar item. */
	statusBarItem(): Locator {
		return this.page.locator(`.status-bar-item.plugin-${MANIFEST.id}`);
	}

	/** Full command ids (`plugin-id:command-id`). */
	commandIds(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.commandIds());
	}

	/** Runs a command like the palette (id with or without the plugin prefix). False when it is not available. */
	command(id: string): Promise<boolean> {
		return this.page.evaluate((commandId) => (window as unknown as WrhWindow).wrh.executeCommand(commandId), id);
	}

	/**
	 * Runs a command that opens one of the plugin's panes and resolves with that pane's content element, once the
	 * command has created or revealed a leaf showing a view of this plugin (`viewType` picks one when unsure).
	 */
	async openPane(commandId: string, viewType?: string): Promise<Locator> {
		const before = await this.page.evaluate(() => {
			const ws = (window as unknown as WrhWindow).wrh.app?.workspace;
			return (ws?.revealed.length ?? 0) + (ws?._leaves.length ?? 0);
		});
		if (!(await this.command(commandId))) throw new Error(`command ${commandId} is not available now`);
		const handle = await this.page.waitForFunction(
			({ prev, prefix, wanted }) => {
				const ws = (window as unknown as WrhWindow).wrh.app?.workspace;
				if (!ws || ws.revealed.length + ws._leaves.length <= prev) return null;
				// Newest first: the last revealed leaf, then the last created one.
				const candidates = [...ws._leaves, ...ws.revealed].map((l) => l.view.getViewType());
				const type = [...candidates].reverse().find((t) => (wanted ? t === wanted : t.startsWith(prefix)));
				return type ?? null;
			},
			{ prev: before, prefix: `${MANIFEST.id}-`, wanted: viewType ?? null },
		);
		const type = (await handle.jsonValue()) as string;
		const content = this.page.locator(`.workspace-leaf-content[data-type="${type}"] > .view-content`).last();
		await content.waitFor({ state: "visible" });
		return content;
	}

	/** Opens a note in the editor area (its source shows there), making it the active file. */
	async openNote(path: string): Promise<void> {
		await this.page.evaluate((p) => (window as unknown as WrhWindow).wrh.openNote(p), path);
	}

	/** Clicks the first visible element containing `text` (inside `within` when given); `mod` = Mod-click (Ctrl here). */
	async clickRow(text: string, options: { mod?: boolean; within?: Locator } = {}): Promise<void> {
		const scope = options.within ?? this.page.locator("body");
		await scope
			.getByText(text, { exact: false })
			.first()
			.click({ modifiers: options.mod ? ["Control"] : [] });
	}

	/** Hovers the first element containing `text`; resolves with the hover-link events fired so far. */
	async hoverRow(text: string, within?: Locator): Promise<HoverRecord[]> {
		await (within ?? this.page.locator("body")).getByText(text, { exact: false }).first().hover();
		return this.hoverLinks();
	}

	/** Starts a drag on the first element containing `text` (a dragstart with a fresh DataTransfer) and returns its data. */
	async dragRow(text: string, within?: Locator): Promise<DragRecord> {
		const el = (within ?? this.page.locator("body")).getByText(text, { exact: false }).first();
		return el.evaluate((node) => {
			const draggable = node.closest("[draggable=true]") ?? node;
			return (window as unknown as WrhWindow).wrh.dragStart(draggable);
		});
	}

	/** Recorded `openLinkText` and `openFile` calls, in order. */
	navigation(): Promise<Navigation> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.navigation());
	}

	/** Recorded `workspace.trigger("hover-link", …)` calls. */
	hoverLinks(): Promise<HoverRecord[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.hoverLinks);
	}

	/** The reader places the caret on `line` (0-based) in the note open in the editor area. */
	async setCursor(line: number): Promise<void> {
		await this.page.evaluate((l) => (window as unknown as WrhWindow).wrh.setCursor(l), line);
	}

	/** Menus the plugin showed (the shim's Menu draws none), oldest first. */
	menus(): Promise<MenuRecord[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.menus());
	}

	/** Picks the item titled `title` in the newest menu; throws when there is none. */
	async clickMenuItem(title: string): Promise<void> {
		const found = await this.page.evaluate((t) => (window as unknown as WrhWindow).wrh.clickMenuItem(t), title);
		if (!found) throw new Error(`no menu item "${title}" in the newest menu`);
	}

	/** Notices shown so far. */
	notices(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.notices());
	}

	/** Recorded clipboard writes (navigator.clipboard is a recorder in the page). */
	clipboard(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.clipboard);
	}

	/** DataTransfer contents of every dragstart seen in the page (real drags included). */
	drags(): Promise<DragRecord[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.drags);
	}

	/** Paths the plugin read with `vault.cachedRead`. */
	cachedReads(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.cachedReads());
	}

	/** Write-type calls and listener errors recorded by the shim (both must stay empty). */
	problems(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.problems());
	}

	/** Opens the plugin's settings tab in a settings modal; resolves with the tab's content element. */
	async openSettings(): Promise<Locator> {
		await this.page.evaluate(() => (window as unknown as WrhWindow).wrh.openSettings());
		const tab = this.page.locator(".modal.mod-settings .vertical-tab-content");
		await tab.waitFor({ state: "visible" });
		return tab;
	}

	async closeSettings(): Promise<void> {
		await this.page.evaluate(() => (window as unknown as WrhWindow).wrh.closeSettings());
	}

	/** Obsidian disabling the plugin. */
	async unload(): Promise<void> {
		await this.page.evaluate(() => (window as unknown as WrhWindow).wrh.unload());
	}

	lifecycle(): Promise<PageLifecycle> {
		return this.page.evaluate(() => (window as unknown as WrhWindow).wrh.lifecycle());
	}

	async setTheme(theme: Theme): Promise<void> {
		this.theme = theme;
		await this.page.evaluate((t) => (window as unknown as WrhWindow).wrh.setTheme(t), theme);
	}

	/** A PNG of the page (or of `target`) in `theme` (default: the current one) at test/e2e/out/<name>-<theme>.png. */
	async screenshot(name: string, theme: Theme = this.theme, target?: Locator): Promise<string> {
		if (theme !== this.theme) await this.setTheme(theme);
		mkdirSync(OUT_DIR, { recursive: true });
		const path = join(OUT_DIR, `${name}-${theme}.png`);
		await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
		await (target ?? this.page).screenshot({ path, animations: "disabled" });
		return path;
	}

	/** Throws when the page logged an error or threw, or the shim saw a write or a listener error. */
	async assertNoErrors(): Promise<void> {
		const problems = [...this.errors, ...(await this.problems())];
		if (problems.length > 0) throw new Error(`e2e page problems:\n${problems.join("\n")}`);
	}

	async close(): Promise<void> {
		await this.page.close();
	}
}

/** A fresh page with a fresh app over `files` (default: the fixture vault), and (by default) the plugin loaded. */
export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
	const theme = options.theme ?? "light";
	const context = await sharedBrowser();
	const page = await context.newPage();
	if (options.viewport) await page.setViewportSize(options.viewport);
	const harness = new Harness(page, theme);
	// tsx compiles test code with esbuild's keepNames, so functions handed to page.evaluate call `__name`.
	await page.addInitScript("globalThis.__name = (fn) => fn;");
	const assets = await harnessAssets(theme);
	// The vault goes to the page as a fetched JSON file: one string, not a structured-clone of every file's text.
	const vaultJson = JSON.stringify(options.files ?? readVault());
	await page.route(`${ORIGIN}/**`, (route) => {
		const name = new URL(route.request().url()).pathname.slice(1);
		if (name === "vault.json") return route.fulfill({ status: 200, contentType: "application/json; charset=utf-8", body: vaultJson });
		const asset = assets[name];
		return asset ? route.fulfill({ status: 200, contentType: asset.contentType, body: asset.body }) : route.fulfill({ status: 404, body: "" });
	});
	await page.goto(`${ORIGIN}/index.html`);
	const start: Omit<StartOptions, "files"> = {
		manifest: MANIFEST,
		language: options.language,
		apiVersion: options.apiVersion ?? TYPINGS_VERSION,
		dataJson: options.dataJson,
		configFiles: options.configFiles,
		metadataReady: options.metadataReady,
		followNavigation: options.followNavigation,
		codeMirror: options.codeMirror,
		appId: options.appId,
	};
	await page.evaluate(async (o) => {
		const files = (await (await fetch("vault.json")).json()) as Record<string, string>;
		(window as unknown as WrhWindow).wrh.start({ ...o, files });
	}, start);
	if (options.load !== false) await harness.loadPlugin();
	return harness;
}

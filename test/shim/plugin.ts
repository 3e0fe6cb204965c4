// Plugin: the registration API, each registration undone on unload (as Obsidian does through Component.register),
// and loadData/saveData over an in-memory data.json: missing → null, corrupt JSON → the promise rejects.
import type { Extension } from "@codemirror/state";
import type { Command, HoverLinkSource, MarkdownPostProcessor, PluginManifest } from "obsidian";
import { addPostProcessor } from "./reading-view";
import type { App } from "./app";
import { Component } from "./component";
import { requireApiVersion } from "./misc";
import type { PluginSettingTab } from "./ui";
import type { ViewCreator } from "./workspace";

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): Promise<void> | void {}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv(`status-bar-item plugin-${this.manifest.id}`);
		this.register(() => el.detach());
		return el;
	}

	/** Like Obsidian: prefixes the id and name with the plugin's, registers it, removes it on unload. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	/** From 1.13 Obsidian calls `update()` here, which indexes the tab's definitions for settings search. */
	addSettingTab(settingTab: PluginSettingTab): void {
		if (requireApiVersion("1.13.0")) settingTab.update();
		this.app.settingTabs.push(settingTab);
		this.register(() => {
			const i = this.app.settingTabs.indexOf(settingTab);
			if (i !== -1) this.app.settingTabs.splice(i, 1);
		});
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.app.viewRegistry.set(type, viewCreator);
		this.register(() => {
			this.app.viewRegistry.delete(type);
			// Obsidian closes the open views of a type that goes away; the leaves stay, so the layout survives.
			for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.setViewState({ type: "empty" });
		});
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.app.hoverLinkSources.set(id, info);
		this.register(() => this.app.hoverLinkSources.delete(id));
	}

	/**
	 * obsidian.d.ts: "Registers a CodeMirror 6 extension" (@since 0.12.8). Obsidian adds it to every Markdown editor,
	 * those already open included, and takes it out of them when the plugin unloads: the shim reconfigures open
	 * editors the same way (workspace.updateOptions).
	 */
	registerEditorExtension(extension: Extension): void {
		this.app.editorExtensions.push(extension);
		this.app.workspace.updateOptions();
		this.register(() => {
			const i = this.app.editorExtensions.indexOf(extension);
			if (i !== -1) this.app.editorExtensions.splice(i, 1);
			this.app.workspace.updateOptions();
		});
	}

	/** obsidian.d.ts: "Registers a post processor, to change how the document looks in reading mode" (@since 0.9.7). */
	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		this.register(addPostProcessor(postProcessor, sortOrder));
		return postProcessor;
	}

	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Obsidian types plugin data as any.
	loadData(): Promise<any> {
		const raw = this.app.pluginData.get(this.manifest.id);
		return Promise.resolve().then(() => (raw === undefined ? null : JSON.parse(raw)));
	}

	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	saveData(data: any): Promise<void> {
		this.app.savedData.push({ pluginId: this.manifest.id, data: JSON.parse(JSON.stringify(data)) });
		this.app.pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
		return Promise.resolve();
	}

	onUserEnable(): void {}
}

import { PluginSettingTab, Setting, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { Translate } from "../core/i18n";
import {
	controlValue,
	isSettingKey,
	patchFromControl,
	settingDefinitions,
	syncSettingsStatus,
	syncSettingsStatusDefinition,
	type ShapesStatus,
	type WeReadSettingDefinition,
} from "./settings-definitions";
import type { SettingsStore } from "./settings-store";
import type { SyncSettingsSource } from "./sync-settings-reader";

/**
 * The settings pane, in two renderings of one list of definitions (settings-definitions.ts):
 * - Obsidian 1.13+ renders `getSettingDefinitions()` itself (and indexes it for settings search), reading and writing
 *   each control through `getControlValue` / `setControlValue`;
 * - older versions call `display()`, which draws the same definitions with `Setting` and the same two methods.
 * Either way every value goes through the store, which saves and notifies; nothing is written until the user
 * changes a setting (a corrupt data.json stays as it is until then).
 */
export class WeReadSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
		private readonly t: () => Translate,
		private readonly syncSettings: SyncSettingsSource,
		/** The template's status (TemplateShapes and the index); absent: the line says only the file's status. */
		private readonly shapes?: () => ShapesStatus,
	) {
		super(app, plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		// Obsidian asks when the tab opens: the user may just have changed the sync plugin's settings (one stat).
		void this.syncSettings.recheck();
		const t = this.t();
		return [...settingDefinitions(t), syncSettingsStatusDefinition(t, this.syncSettings.current(), this.shapes?.())];
	}

	/** The sync plugin's settings changed: redraw the status line (the main.ts subscription calls this). */
	showSyncSettingsStatus(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.syncStatusEl?.setText(syncSettingsStatus(this.t(), this.syncSettings.current(), this.shapes?.()));
	}

	/** The status line's description in the display() rendering; null until it is drawn. */
	private syncStatusEl: HTMLElement | null = null;

	/** Reads from the store (the base class would read `plugin.settings`, which this plugin does not have). */
	override getControlValue(key: string): unknown {
		return isSettingKey(key) ? controlValue(this.store.settings, key) : undefined;
	}

	/** Writes through the store. Rejects a value the setting does not accept, so the control shows the stored one. */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const patch = isSettingKey(key) ? patchFromControl(key, value) : null;
		if (patch === null) throw new Error(`WeRead Highlights: ${JSON.stringify(value)} is not a value for the setting "${key}"`);
		const languageChanged = patch.language !== undefined && patch.language !== this.store.settings.language;
		await this.store.update(patch);
		// Names and descriptions follow the chosen language: rebuild the tab in it.
		if (languageChanged) this.refresh();
	}

	/** Obsidian before 1.13 only: 1.13+ renders the definitions itself and does not call this. */
	override display(): void {
		this.render();
	}

	private refresh(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.render();
	}

	private render(): void {
		const { containerEl } = this;
		containerEl.empty();
		const t = this.t();
		for (const definition of settingDefinitions(t)) this.renderSetting(containerEl, definition);
		void this.syncSettings.recheck();
		const status = new Setting(containerEl).setName(t("syncSettingsName")).setDesc(syncSettingsStatus(t, this.syncSettings.current(), this.shapes?.()));
		this.syncStatusEl = status.descEl;
	}

	private renderSetting(containerEl: HTMLElement, { name, desc, control }: WeReadSettingDefinition): void {
		const setting = new Setting(containerEl).setName(name);
		if (desc !== undefined) setting.setDesc(desc);
		const value = this.getControlValue(control.key);
		const save = (next: unknown): void => void this.setControlValue(control.key, next);
		switch (control.type) {
			case "toggle":
				setting.addToggle((toggle) => toggle.setValue(value === true).onChange(save));
				break;
			case "dropdown":
				setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(String(value)).onChange(save));
				break;
			case "textarea":
				setting.addTextArea((text) => {
					text.setValue(String(value)).onChange(save);
					if (control.rows !== undefined) text.inputEl.rows = control.rows;
				});
				break;
		}
	}
}

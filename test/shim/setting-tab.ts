// SettingTab and PluginSettingTab, both ways Obsidian shows a tab:
// - before 1.13 the settings modal calls `display()` (the tab draws itself);
// - from 1.13 `addSettingTab` calls `update()` (stores `getSettingDefinitions()` in `settingItems` for search), and
//   opening the tab renders those definitions, reading each control with `getControlValue` and writing it with
//   `setControlValue`; `display()` is called only when the definitions are empty.
// `_open()` is what the modal does on opening (by the shim's app version); `_searchIndex()` what settings search sees.
import type { SettingControl, SettingDefinition, SettingDefinitionItem, SettingGroupItem } from "obsidian";
import type { App } from "./app";
import { requireApiVersion } from "./misc";
import { Setting } from "./setting";

type Predicate = boolean | (() => boolean) | undefined;

function holds(p: Predicate): boolean {
	return typeof p === "function" ? p() : p !== false;
}

/** One row of a declaratively rendered tab (shim only, for tests and refreshDomState). */
export interface RenderedSetting {
	readonly definition: SettingDefinition;
	readonly setting: Setting;
	/** The inline validation message shown under the row; empty when valid. */
	readonly errorEl: HTMLElement;
}

/** An entry of the settings-search index. */
export interface SearchEntry {
	readonly name: string;
	readonly desc: string;
	readonly aliases: readonly string[];
}

export abstract class SettingTab {
	icon = "";
	app: App;
	containerEl: HTMLElement;
	settingItems: SettingDefinitionItem[] = [];
	/** Shim only: rows of the current declarative rendering. */
	readonly _rendered: RenderedSetting[] = [];
	private _shown = false;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	/** Stores the definitions; a shown declarative tab is rendered again from them. Absent before 1.13. */
	update(): void {
		if (!requireApiVersion("1.13.0")) throw new TypeError("this.update is not a function (SettingTab.update needs Obsidian 1.13.0)");
		this.settingItems = this.getSettingDefinitions();
		if (this._shown && this.settingItems.length > 0) this._renderDefinitions();
	}

	/** The app's own tabs read the vault config; the shim has none. */
	getControlValue(_key: string): unknown {
		return undefined;
	}

	setControlValue(_key: string, _value: unknown): void | Promise<void> {}

	/** Re-evaluates `disabled` on the rendered rows (and `visible`, by hiding rows). */
	refreshDomState(): void {
		for (const { definition, setting } of this._rendered) {
			setting.settingEl.toggle(holds(definition.visible));
			const control = "control" in definition ? definition.control : undefined;
			if (control) setting.setDisabled(typeof control.disabled === "function" ? control.disabled() : control.disabled === true);
		}
	}

	/** Deprecated since 1.13; a tab with definitions is never asked to display. */
	display(): void {}

	hide(): void {
		this._shown = false;
		this._rendered.length = 0;
		this.containerEl.empty();
	}

	// --- Shim only ---

	/** The user opens this tab in the settings modal. */
	_open(): void {
		this._shown = true;
		if (requireApiVersion("1.13.0")) {
			this.settingItems = this.getSettingDefinitions();
			if (this.settingItems.length > 0) {
				this._renderDefinitions();
				return;
			}
		}
		this.display();
	}

	/** What Obsidian's settings search finds for this tab (1.13+): every searchable, visible definition. */
	_searchIndex(): SearchEntry[] {
		const out: SearchEntry[] = [];
		const visit = (item: SettingDefinitionItem): void => {
			if ("type" in item && (item.type === "group" || item.type === "list")) {
				if (!holds(item.visible)) return;
				for (const child of item.items ?? []) visit(child);
				return;
			}
			if ("type" in item && item.type === "page") {
				for (const child of item.items ?? []) visit(child);
				return;
			}
			const def = item as SettingDefinition;
			if (!holds(def.visible) || !holds(def.searchable)) return;
			const desc = def.desc === undefined ? "" : typeof def.desc === "string" ? def.desc : (def.desc.textContent ?? "");
			out.push({ name: def.name, desc, aliases: def.aliases ?? [] });
		};
		for (const item of this.settingItems) visit(item);
		return out;
	}

	/** The row named `name` in the declarative rendering. */
	_row(name: string): RenderedSetting | undefined {
		return this._rendered.find((r) => r.definition.name === name);
	}

	private _renderDefinitions(): void {
		this.containerEl.empty();
		this._rendered.length = 0;
		for (const item of this.settingItems) this._renderItem(this.containerEl, item);
		this.refreshDomState();
	}

	private _renderItem(parent: HTMLElement, item: SettingDefinitionItem | SettingGroupItem): void {
		if ("type" in item) {
			if (item.type !== "group") throw new Error(`shim: settings items of type "${item.type}" are not modelled`);
			if (!holds(item.visible)) return;
			const groupEl = parent.createDiv({ cls: ["setting-group", ...(item.cls ? [item.cls] : [])] });
			if (item.heading !== undefined) new Setting(groupEl).setName(item.heading).setHeading();
			for (const child of item.items ?? []) this._renderItem(groupEl, child);
			return;
		}
		if (item.render !== undefined || item.action !== undefined) throw new Error("shim: render and action settings are not modelled");
		const setting = new Setting(parent).setName(item.name);
		if (item.desc !== undefined) setting.setDesc(item.desc);
		const errorEl = setting.infoEl.createDiv("setting-item-error");
		this._rendered.push({ definition: item, setting, errorEl });
		if (item.control) this._bindControl(setting, item.control, errorEl);
	}

	private _bindControl(setting: Setting, control: SettingControl, errorEl: HTMLElement): void {
		const stored = this.getControlValue(control.key);
		const value = stored ?? control.defaultValue;
		// Like Obsidian: a candidate is validated; an accepted one is persisted, then the DOM state is refreshed.
		const commit = async (next: unknown): Promise<void> => {
			const message = control.validate ? await (control.validate as (v: unknown) => string | void | Promise<string | void>)(next) : undefined;
			errorEl.setText(message ?? "");
			if (message) return;
			await this.setControlValue(control.key, next);
			this.refreshDomState();
		};
		const onChange = (next: unknown): void => {
			commit(next).catch((err: unknown) => {
				// A rejected write: the control goes back to the stored value.
				errorEl.setText(err instanceof Error ? err.message : String(err));
				this._renderDefinitions();
			});
		};
		switch (control.type) {
			case "toggle":
				setting.addToggle((c) => c.setValue(value === true).onChange(onChange));
				break;
			case "dropdown":
				setting.addDropdown((c) => c.addOptions(control.options).setValue(String(value ?? "")).onChange(onChange));
				break;
			case "text":
				setting.addText((c) => {
					c.setValue(String(value ?? "")).onChange(onChange);
					if (control.placeholder !== undefined) c.setPlaceholder(control.placeholder);
				});
				break;
			case "textarea":
				setting.addTextArea((c) => {
					c.setValue(String(value ?? "")).onChange(onChange);
					if (control.placeholder !== undefined) c.setPlaceholder(control.placeholder);
					if (control.rows !== undefined) c.inputEl.rows = control.rows;
				});
				break;
			default:
				throw new Error(`shim: setting controls of type "${control.type}" are not modelled`);
		}
		if (control.validate) void showValidation(control.validate as (v: unknown) => string | void | Promise<string | void>, value, errorEl);
	}
}

/** On mount Obsidian validates the stored value once and shows the message; it never rewrites the value. */
async function showValidation(
	validate: (v: unknown) => string | void | Promise<string | void>,
	value: unknown,
	errorEl: HTMLElement,
): Promise<void> {
	errorEl.setText((await validate(value)) ?? "");
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(
		app: App,
		readonly plugin: { manifest: { id: string } },
	) {
		super(app);
	}

	/** Obsidian's default: reads `this.plugin.settings[key]`. */
	override getControlValue(key: string): unknown {
		return (this.plugin as { settings?: Record<string, unknown> }).settings?.[key];
	}

	/** Obsidian's default: sets `this.plugin.settings[key]` and saves `plugin.settings` with saveData. */
	override setControlValue(key: string, value: unknown): void | Promise<void> {
		const plugin = this.plugin as { settings?: Record<string, unknown>; saveData?: (data: unknown) => Promise<void> };
		if (!plugin.settings) return;
		plugin.settings[key] = value;
		return plugin.saveData?.(plugin.settings);
	}
}

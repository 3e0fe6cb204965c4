// Notice, Menu and SettingTab: minimal DOM plus records the tests read (Setting and its controls: setting.ts).
import type { App } from "./app";
import { Component } from "./component";
import { ledger } from "./ledger";

export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	constructor(message: string | DocumentFragment, _duration?: number) {
		this.containerEl = createDiv("notice-container");
		this.noticeEl = this.containerEl.createDiv("notice");
		this.messageEl = this.noticeEl.createDiv("notice-message");
		this.setMessage(message);
		ledger.notices.push(this.messageEl.textContent ?? "");
	}
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}
	hide(): void {
		this.containerEl.detach();
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setIsLabel(_isLabel: boolean): this {
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** Shim only: the user picks this item. */
	click(): void {
		if (!this.disabled) this.callback?.(new MouseEvent("click"));
	}
}

/** Menus shown, newest last (shim only). */
export const shownMenus: Menu[] = [];

export class Menu extends Component {
	readonly items: MenuItem[] = [];
	private hideCallbacks: (() => unknown)[] = [];
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		shownMenus.push(this);
		this.load();
		return this;
	}
	showAtPosition(_position: { x: number; y: number }, _doc?: Document): this {
		shownMenus.push(this);
		this.load();
		return this;
	}
	hide(): this {
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
}

export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}
	abstract display(): void;
	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(
		app: App,
		readonly plugin: { manifest: { id: string } },
	) {
		super(app);
	}
}

// Notice and Menu: minimal DOM plus records the tests read (Setting and its controls: setting.ts; tabs: setting-tab.ts).
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
	warning = false;
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
	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
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
	/** Shim only: the element set with setParentElement (Obsidian keeps the menu open while it is focused). */
	parentEl: HTMLElement | null = null;
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
	setParentElement(el: HTMLElement): this {
		this.parentEl = el;
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

// The setting tabs live in setting-tab.ts (they model both the imperative and the 1.13 declarative rendering).
export { SettingTab, PluginSettingTab } from "./setting-tab";

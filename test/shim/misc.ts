// Free functions and small classes of the obsidian module: debounce, Keymap, Scope, setIcon, normalizePath,
// Platform, getLanguage, requireApiVersion, moment (the real package, locale from the shim's language).
import type { Extension } from "@codemirror/state";
import realMoment from "moment";
import type * as O from "obsidian";
import type { Debouncer, Modifier, PaneType, UserEvent } from "obsidian";

/** What the simulated app reports about itself; `createTestApp` sets it. */
export const shimEnv = {
	language: "en",
	apiVersion: "1.8.7",
	isMobile: false,
	/** Whether opened notes get a real CodeMirror 6 editor (view.ts MarkdownViewStub._cm); tests of the editor say so. */
	codeMirror: false,
	/** Extensions the test environment itself adds to those editors (the demo page's target-block highlight). */
	editorExtras: [] as Extension[],
};

/**
 * Obsidian's debounce: every call stores its arguments (only the LAST call's are used); the callback runs `timeout`
 * ms after the first pending call, or after the last one when `resetTimer` is true. `run()` runs a pending call
 * now; `cancel()` drops it.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	let pendingArgs: [...T] | null = null;
	let deadline = 0;
	const fire = (): V | void => {
		timer = null;
		const args = pendingArgs;
		pendingArgs = null;
		if (args) return cb(...args);
	};
	const tick = (): void => {
		const wait = deadline - window.performance.now();
		if (wait > 0) timer = window.setTimeout(tick, wait);
		else fire();
	};
	const debounced = ((...args: [...T]) => {
		pendingArgs = args;
		if (timer === null) {
			deadline = window.performance.now() + timeout;
			timer = window.setTimeout(tick, timeout);
		} else if (resetTimer) {
			deadline = window.performance.now() + timeout;
		}
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		window.clearTimeout(timer);
		return fire();
	};
	return debounced;
}

export class Scope {
	constructor(readonly parent?: O.Scope) {}
	register(modifiers: Modifier[] | null, key: string | null, _func: O.KeymapEventListener): O.KeymapEventHandler {
		return { scope: this, modifiers: modifiers?.join(",") ?? null, key };
	}
	unregister(_handler: O.KeymapEventHandler): void {}
}

export class Keymap {
	pushScope(_scope: O.Scope): void {}
	popScope(_scope: O.Scope): void {}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** 'tab' for Mod or a middle click, 'split' for Mod+Alt, 'window' for Mod+Alt+Shift, else false. */
	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt as MouseEvent, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1) return "tab";
		return false;
	}
}

/** Obsidian's `Platform` (obsidian.d.ts): what the app runs on. Desktop Linux unless a test says otherwise. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/**
 * Shim only: report another platform (an iPhone: `{ isMobile: true, isIosApp: true, isPhone: true, … }`) until the
 * returned function puts back what was there. Code reads `Platform.isMobile` when it renders, so set it first.
 */
export function _setPlatform(overrides: Partial<typeof Platform>): () => void {
	const before = { ...Platform };
	Object.assign(Platform, overrides);
	return () => void Object.assign(Platform, before);
}

export function getLanguage(): string {
	return shimEnv.language;
}

export function requireApiVersion(version: string): boolean {
	const a = shimEnv.apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

export let apiVersion = shimEnv.apiVersion;
export function _setApiVersion(v: string): void {
	shimEnv.apiVersion = v;
	apiVersion = v;
}

/**
 * Obsidian's `moment` is the moment package itself (obsidian.d.ts: `export const moment: typeof Moment`, version
 * 2.29.4 in obsidian's package.json): the shim hands out the same package, so formats and strict parses behave as in
 * the app. One difference is modelled on top: Obsidian sets moment's locale to the app language (the pre-1.8.7 way
 * to read it), so `moment.locale()` with no argument answers the shim's language. No locale data beyond English is
 * loaded: localized tokens (`dddd`, `MMMM`) format in English in tests.
 */
export const moment: typeof realMoment = Object.assign((...args: Parameters<typeof realMoment>) => realMoment(...args), realMoment, {
	locale: (...args: Parameters<typeof realMoment.locale>): string => (args.length === 0 ? (shimEnv.language === "zh" ? "zh-cn" : shimEnv.language) : realMoment.locale(...args)),
}) as typeof realMoment;

export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = activeDocument.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

export function getLinkpath(linktext: string): string {
	const hash = linktext.indexOf("#");
	return hash === -1 ? linktext : linktext.slice(0, hash);
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

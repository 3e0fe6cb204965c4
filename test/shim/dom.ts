// A happy-dom Window exposed as the test process's globals, with Obsidian's DOM helpers installed on it
// (dom-helpers.ts). Installed once per process (the view tier runs in one process); `installDom()` is idempotent.
// The e2e tier's browser build answers "./dom" with dom-browser.ts instead (the real window, no happy-dom).
import { Window } from "happy-dom";
import { installObsidianDom } from "./dom-helpers";

// Names Node already defines but DOM code must get from happy-dom: happy-dom's dispatchEvent only accepts its own
// Event objects, and `new MouseEvent(...)` in a test must produce an event happy-dom can dispatch.
const OVERRIDE_NODE_GLOBALS = ["Event", "CustomEvent", "EventTarget", "MessageEvent", "DOMException"];

let installed: Window | null = null;

/** The happy-dom window behind the globals (creates it on first call). */
export function installDom(): Window {
	if (installed) return installed;
	const win = new Window({ url: "app://obsidian.md/index.html", width: 1280, height: 800 });
	const g = globalThis as Record<string, unknown>;
	const w = win as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(win)) {
		if (!/^[A-Z]/.test(name)) continue;
		if (name in g && !OVERRIDE_NODE_GLOBALS.includes(name)) continue;
		g[name] = w[name];
	}
	for (const name of ["requestAnimationFrame", "cancelAnimationFrame", "getComputedStyle", "matchMedia"]) {
		const fn = w[name];
		if (typeof fn === "function") g[name] = (...args: unknown[]) => (w[name] as (...a: unknown[]) => unknown)(...args);
	}
	g.window = win;
	g.document = win.document;
	g.navigator = win.navigator;
	installObsidianDom(win as unknown as globalThis.Window, globalThis);
	installed = win;
	return win;
}


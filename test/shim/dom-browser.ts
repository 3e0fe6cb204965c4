// The browser build's answer to "./dom" (test/e2e/harness/build.ts aliases it): Obsidian's DOM helpers on the real
// window of the page. Same contract as dom.ts's `installDom`, without happy-dom.
import { installObsidianDom } from "./dom-helpers";

let installed = false;

export function installDom(): Window {
	if (!installed) {
		installObsidianDom(window, window);
		installed = true;
	}
	return window;
}

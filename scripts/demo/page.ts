// The demo page: one self-contained HTML file over the demo vault that any browser opens offline. It is the e2e
// harness's page (test/e2e/harness: Obsidian's theme variables and workspace layout, styles.css, the browser build
// of the obsidian shim) with the production main.js and the vault inlined, and a boot script that loads the plugin
// the way Obsidian does, finishes the layout and opens the three panes: the book pane in the left sidebar, the
// timeline and the block references stacked in the right one, and a note in the editor area. Navigation lands: a
// click on a highlight opens its note in the editor area at the block.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { browserShimBundle, ROOT } from "../../test/e2e/harness/build.ts";
import { readConfigFiles, readVault } from "../../test/e2e/harness/index.ts";
import type { DemoStart } from "./user-vault.ts";

const HARNESS = join(ROOT, "test", "e2e", "harness");
/** The bundled demo vault: written by us, so its config folder (core Daily Notes settings) goes into the page too. */
export const DEMO_VAULT_DIR = join(ROOT, "demo", "vault");

/** What the page opens first: this note in the editor, the cursor on this 0-based line (a highlight cited twice). */
export const DEMO_NOTE = "微信读书/Pride and Prejudice.md";
export const DEMO_CURSOR_LINE = 139;

export interface DemoPage {
	readonly html: string;
	readonly files: Readonly<Record<string, string>>;
}

/** Text that can sit inside a <script> element: no `</script`, no `<!--` (JSON and JS both accept `\u003c`). */
function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The shim bundle without its inline source map (tens of KB nobody reading the demo needs), safe inside <script>. */
async function shimScript(): Promise<string> {
	const code = (await browserShimBundle()).replace(/\n\/\/# sourceMappingURL=data:[^\n]*\n?$/, "\n");
	return code.replace(/<\/script/gi, "<\\/script");
}

// Layout for the demo only (the e2e page shows one leaf per sidebar, as one tab group): the book pane gets the
// left sidebar, the right sidebar holds two stacked groups, and a small toolbar switches the theme.
const DEMO_CSS = `
body.wrh-demo .workspace-split.mod-left-split { flex-basis: 360px; }
body.wrh-demo .workspace-split.mod-right-split > .workspace-leaf { display: flex; }
body.wrh-demo .workspace-split.mod-right-split > .workspace-leaf + .workspace-leaf { border-top: var(--border-width) solid var(--divider-color); flex-grow: 0.6; }
body.wrh-demo .markdown-source-view .cm-line.is-target { background-color: var(--text-highlight-bg); border-radius: var(--radius-s); }
body.wrh-demo .demo-bar { position: fixed; left: 0; bottom: 0; width: 44px; display: flex; flex-direction: column; align-items: center; gap: var(--size-4-2); padding: var(--size-4-2) 0; }
body.wrh-demo .demo-bar button { width: 32px; height: 32px; padding: 0; }
`;

// Runs in the page after the shim (which defines window.wrh). Plain ES2018: no TypeScript, no modules.
const BOOT = `
(async function () {
	var data = JSON.parse(document.getElementById("wrh-demo-data").textContent);
	var params = new URLSearchParams(location.search);
	var wrh = window.wrh;
	var theme = params.get("theme") === "dark" || (params.get("theme") === null && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches) ? "dark" : "light";
	wrh.setTheme(theme);
	document.body.classList.add("wrh-demo");
	wrh.start({ files: data.files, configFiles: data.configFiles, manifest: data.manifest, apiVersion: data.apiVersion, language: params.get("lang") || data.language, followNavigation: true, codeMirror: true });
	await wrh.loadPlugin(data.main);
	wrh.layoutReady();
	await until(function () { return document.querySelector(".status-bar-item.plugin-" + data.manifest.id + ".wrh-hidden"); });
	await wrh.openNote(data.note);
	wrh.executeCommand("open-reading-timeline");
	await until(function () { return document.querySelector(".wrh-timeline-entry, .wrh-timeline-empty"); });
	wrh.executeCommand("show-book-highlights");
	var book = await until(function () { var c = document.querySelector('.workspace-leaf-content[data-type="' + data.manifest.id + '-book"]'); return c && c.closest(".workspace-leaf"); });
	document.querySelector(".workspace-split.mod-left-split").appendChild(book);
	wrh.executeCommand("open-block-references");
	await until(function () { return document.querySelector(".wrh-refs-view"); });
	if (data.cursorLine !== null) {
		wrh.setCursor(data.cursorLine);
		await until(function () { return document.querySelector(".wrh-refs-subject"); });
		wrh.editorReveal(data.cursorLine);
	}
	var bar = document.body.appendChild(document.createElement("div"));
	bar.className = "demo-bar";
	var toggle = bar.appendChild(document.createElement("button"));
	toggle.className = "clickable-icon";
	toggle.textContent = "◐";
	toggle.setAttribute("aria-label", "Switch light / dark theme");
	toggle.addEventListener("click", function () { theme = theme === "dark" ? "light" : "dark"; wrh.setTheme(theme); });
	window.wrhDemoReady = true;

	function until(test) {
		return new Promise(function (resolve, reject) {
			var started = Date.now();
			(function poll() {
				var value = test();
				if (value) resolve(value);
				else if (Date.now() - started > 30000) reject(new Error("demo: timed out waiting for the page"));
				else requestAnimationFrame(poll);
			})();
		});
	}
})().catch(function (err) { console.error(err); document.body.setAttribute("data-demo-error", String(err)); });
`;

/** Where the page opens when none is given: the bundled demo vault's note and line. */
const DEMO_START: DemoStart = { note: DEMO_NOTE, cursorLine: DEMO_CURSOR_LINE };

/**
 * The whole page over `vault` (a folder read whole, or notes already read, e.g. by `readNotesFolder`), with `mainJs`
 * (the production bundle) as the plugin, opening `start`'s note (default: the bundled demo vault's), with the UI in
 * `language` unless the page's address says `?lang=`.
 */
export async function buildDemoPage(
	vault: string | Readonly<Record<string, string>>,
	mainJs: string,
	start: DemoStart = DEMO_START,
	language: "en" | "zh" = "en",
	/** The vault's config-folder files (`.obsidian/…`: core Daily Notes settings); only the bundled demo vault's. */
	configFiles: Readonly<Record<string, string>> = typeof vault === "string" && vault === DEMO_VAULT_DIR ? readConfigFiles(vault) : {},
): Promise<DemoPage> {
	const files = typeof vault === "string" ? readVault(vault) : vault;
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string };
	const apiVersion = (JSON.parse(readFileSync(join(ROOT, "node_modules", "obsidian", "package.json"), "utf8")) as { version: string }).version;
	const data = { files, configFiles, manifest, apiVersion, main: mainJs, note: start.note, cursorLine: start.cursorLine, language };
	const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WeRead Highlights — demo</title>
<link rel="icon" href="data:,">
<style>
${readFileSync(join(HARNESS, "obsidian-app.css"), "utf8")}
</style>
<style>
${readFileSync(join(ROOT, "styles.css"), "utf8")}
</style>
<style>${DEMO_CSS}</style>
<script>globalThis.__name = function (fn) { return fn; };</script>
<script>
${await shimScript()}
</script>
</head>
<body class="theme-light mod-linux is-focused">
<script type="application/json" id="wrh-demo-data">${scriptSafeJson(data)}</script>
<script>${BOOT}</script>
</body>
</html>
`;
	return { html, files };
}

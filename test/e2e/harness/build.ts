// Builds what the e2e page loads: the browser shim with the page runtime (one esbuild bundle, built once per
// process), the production main.js and styles.css as they are on disk, and the page around them.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const SHIM_DIR = join(ROOT, "test", "shim");

let bundle: Promise<string> | null = null;

/**
 * The browser build of the shim plus the page runtime, as one IIFE that sets `window.wrh`. The shim's "./dom"
 * (happy-dom) is answered with dom-browser.ts (the page's own window); `platform: "browser"` makes the build fail
 * if anything in the shim reaches for node:* or another Node-only package.
 */
export function browserShimBundle(): Promise<string> {
	bundle ??= esbuild
		.build({
			entryPoints: [join(HARNESS_DIR, "page-runtime.ts")],
			bundle: true,
			write: false,
			format: "iife",
			platform: "browser",
			target: "es2020",
			sourcemap: "inline",
			logLevel: "silent",
			plugins: [
				{
					name: "shim-dom-for-the-browser",
					setup(build) {
						build.onResolve({ filter: /^\.\/dom$/ }, (args) => (args.resolveDir === SHIM_DIR ? { path: join(SHIM_DIR, "dom-browser.ts") } : undefined));
						// The page has a real Worker (main.js starts its inlined derive script): no fake, and no nunjucks in the shim.
						build.onResolve({ filter: /^\.\/worker$/ }, (args) => (args.resolveDir === SHIM_DIR ? { path: join(SHIM_DIR, "worker-browser.ts") } : undefined));
						build.onResolve({ filter: /^happy-dom$/ }, (args) => ({ errors: [{ text: `happy-dom reached the browser build from ${args.importer}` }] }));
					},
				},
			],
		})
		.then((result) => {
			const out = result.outputFiles[0];
			if (!out) throw new Error("esbuild produced no output for the browser shim");
			return out.text;
		});
	return bundle;
}

export type Theme = "light" | "dark";

/** The page: Obsidian's default theme variables and workspace layout, then the plugin's styles.css, then the shim. */
export function harnessHtml(theme: Theme): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>WeRead Highlights e2e</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="obsidian-app.css">
<link rel="stylesheet" href="styles.css">
<script src="shim.js"></script>
</head>
<body class="theme-${theme} mod-linux is-focused">
</body>
</html>`;
}

/** Files the page fetches, by path under the harness origin. */
export async function harnessAssets(theme: Theme): Promise<Record<string, { body: string; contentType: string }>> {
	return {
		"index.html": { body: harnessHtml(theme), contentType: "text/html; charset=utf-8" },
		"obsidian-app.css": { body: readFileSync(join(HARNESS_DIR, "obsidian-app.css"), "utf8"), contentType: "text/css; charset=utf-8" },
		"styles.css": { body: readFileSync(join(ROOT, "styles.css"), "utf8"), contentType: "text/css; charset=utf-8" },
		"shim.js": { body: await browserShimBundle(), contentType: "text/javascript; charset=utf-8" },
	};
}

/** The production bundle as built by `node esbuild.config.mjs production` (scripts/run-tests.mjs builds it first). */
export function productionMainJs(): string {
	return readFileSync(join(ROOT, "main.js"), "utf8");
}

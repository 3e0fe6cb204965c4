import esbuild from "esbuild";
import process from "node:process";
import { builtinModules } from "node:module";

// Obsidian provides these at runtime; bundling them would duplicate the app's own copies.
const OBSIDIAN_PROVIDED = [
	"obsidian",
	"electron",
	"@codemirror/autocomplete",
	"@codemirror/collab",
	"@codemirror/commands",
	"@codemirror/language",
	"@codemirror/lint",
	"@codemirror/search",
	"@codemirror/state",
	"@codemirror/view",
	"@lezer/common",
	"@lezer/highlight",
	"@lezer/lr",
];

// WRH_NO_MINIFY=1 with "production": the production bundle unminified, for CPU profiles with readable names.
const production = process.argv[2] === "production";

// The derive worker (issue 12 item 5: a user's template renders only there, under a time limit) is bundled first,
// into a string main.js starts from a Blob URL (src/obsidian/derive-worker-spawn.ts). Nunjucks comes as its browser
// build, which has no file-system loader. In watch mode the worker is built once, at start.
const workerBuild = await esbuild.build({
	entryPoints: ["src/worker/derive-worker.ts"],
	bundle: true,
	write: false,
	format: "iife",
	target: "es2018",
	minify: production && process.env.WRH_NO_MINIFY !== "1",
	legalComments: "none",
	alias: { nunjucks: "nunjucks/browser/nunjucks.js" },
	logLevel: "warning",
});
const workerSource = workerBuild.outputFiles[0].text;

const context = await esbuild.context({
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [...OBSIDIAN_PROVIDED, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	format: "cjs",
	target: "es2018",
	logLevel: "info",
	// No inline source map and no banner with a date: the production bundle must be byte-for-byte reproducible.
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production && process.env.WRH_NO_MINIFY !== "1",
	legalComments: "none",
	outfile: "main.js",
	define: { __WRH_DERIVE_WORKER__: JSON.stringify(workerSource) },
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}

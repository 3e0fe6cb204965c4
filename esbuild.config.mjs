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

const production = process.argv[2] === "production";

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
	minify: production,
	legalComments: "none",
	outfile: "main.js",
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}

// Bundles core-entry.ts like the production build and loads it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import esbuild from "esbuild";

export type Core = typeof import("./core-entry.ts");

export async function loadCore(): Promise<Core> {
	const result = await esbuild.build({
		entryPoints: [new URL("./core-entry.ts", import.meta.url).pathname],
		bundle: true,
		write: false,
		format: "esm",
		platform: "neutral",
		target: "es2018",
		// Not minified: names stay readable in a --cpu-prof profile; V8 runs both alike.
		minify: false,
		logLevel: "silent",
	});
	const out = result.outputFiles[0];
	if (out === undefined) throw new Error("esbuild produced no core bundle");
	const file = join(mkdtempSync(join(tmpdir(), "wrh-bench-")), "core.mjs");
	writeFileSync(file, out.text);
	return (await import(pathToFileURL(file).href)) as Core;
}

// `npm run demo` (after `npm run build`): writes demo/out/index.html, a self-contained page over the demo vault
// with the production main.js running in it (scripts/demo/page.ts), and prints a short summary.
//   npm run demo -- --serve          also serve it on http://localhost (Ctrl-C stops)
//   npm run demo -- --screenshots    also write docs/<pane>-<light|dark>.png with headless Chromium
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, relative } from "node:path";
import process from "node:process";
import { buildInspectReport } from "../src/core/inspect/report.ts";
import { buildDemoPage } from "./demo/page.ts";
import { takeScreenshots } from "./demo/screenshots.ts";

const ROOT = process.cwd();
const VAULT = join(ROOT, "demo", "vault");
const OUT_DIR = join(ROOT, "demo", "out");
const PAGE = join(OUT_DIR, "index.html");
const DOCS = join(ROOT, "docs");

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== "--serve" && a !== "--screenshots");
if (unknown.length > 0) {
	console.error(`demo: unknown option ${unknown.join(" ")} (use --serve and/or --screenshots)`);
	process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string };
const { html, files } = await buildDemoPage(VAULT, readFileSync(join(ROOT, "main.js"), "utf8"));
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(PAGE, html);

const notes = Object.entries(files)
	.filter(([path]) => path.endsWith(".md"))
	.map(([path, text]) => ({ path, text }));
const report = buildInspectReport(notes);
const highlights = report.books.reduce((n, b) => n + b.highlightCount, 0);
const dangling = report.references.filter((r) => !r.resolved).length;
const rel = (p: string): string => relative(ROOT, p);
console.log(`Demo vault ${rel(VAULT)}: ${report.books.length} books, ${highlights} highlights, ${report.references.length} references (${dangling} dangling).`);
console.log(`Demo page: ${rel(PAGE)} (${Math.round(Buffer.byteLength(html) / 1024)} KB) — open it in any browser.`);

if (args.has("--screenshots")) {
	const written = await takeScreenshots(PAGE, DOCS, manifest.id);
	console.log(`Screenshots: ${written.map(rel).join(", ")}`);
}

if (args.has("--serve")) {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? "/", "http://localhost").pathname;
		if (path !== "/" && path !== "/index.html") {
			res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
			return;
		}
		res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(readFileSync(PAGE));
	});
	const port = Number(process.env.PORT ?? 5178);
	server.on("error", (err: NodeJS.ErrnoException) => {
		if (err.code === "EADDRINUSE" && port !== 0) server.listen(0, "127.0.0.1");
		else throw err;
	});
	server.on("listening", () => {
		const address = server.address();
		const at = typeof address === "object" && address !== null ? address.port : port;
		console.log(`Serving the demo at http://localhost:${at}/ (Ctrl-C to stop)`);
	});
	server.listen(port, "127.0.0.1");
	process.on("SIGINT", () => server.close(() => process.exit(0)));
}

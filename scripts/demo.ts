// `npm run demo` (after `npm run build`): writes demo/out/index.html, a self-contained page over the demo vault
// with the production main.js running in it (scripts/demo/page.ts), and prints a short summary.
//   npm run demo -- --vault PATH     the page over the notes of any folder instead (read-only: nothing is written
//                                    under PATH); --screenshots then writes demo/out/screenshots/, not docs/
//   npm run demo -- --lang zh        the page's UI in Chinese (default English; ?lang= in its address also works)
//   npm run demo -- --serve          also serve it on http://localhost (Ctrl-C stops)
//   npm run demo -- --screenshots    also write docs/<pane>-<light|dark>.png with headless Chromium
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, relative } from "node:path";
import process from "node:process";
import { buildInspectReport, type InspectReport } from "../src/core/inspect/report.ts";
import { readConfigFiles, readVault } from "../test/e2e/harness/index.ts";
import { parseDemoArgs } from "./demo/args.ts";
import { buildDemoPage } from "./demo/page.ts";
import { takeScreenshots } from "./demo/screenshots.ts";
import { chooseDemoStart, readNotesFolder, type DemoStart } from "./demo/user-vault.ts";

const ROOT = process.cwd();
const DEMO_VAULT = join(ROOT, "demo", "vault");
// WRH_DEMO_OUT moves the page elsewhere (the e2e tier runs the command without touching demo/out).
const OUT_DIR = process.env.WRH_DEMO_OUT ?? join(ROOT, "demo", "out");
const PAGE = join(OUT_DIR, "index.html");
const DOCS = join(ROOT, "docs");

const options = parseDemoArgs(process.argv.slice(2));
if (!options.ok) {
	console.error(options.message);
	process.exit(2);
}
const { vault, flags, language } = options;

const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string };
let files: Readonly<Record<string, string>>;
let start: DemoStart | undefined;
let report: InspectReport;
if (vault === null) {
	files = readVault(DEMO_VAULT);
	report = buildInspectReport(notesOf(files));
} else {
	const read = readNotesFolder(vault);
	if (!read.ok) {
		console.error(read.message);
		process.exit(1);
	}
	files = read.files;
	report = buildInspectReport(notesOf(files));
	const chosen = chooseDemoStart(report);
	if (chosen === null) {
		console.error(`demo: --vault ${vault}: no WeRead note there (a note whose frontmatter has doc_type: weread-highlights-reviews) among ${Object.keys(files).length} notes`);
		process.exit(1);
	}
	start = chosen;
}
const { html } = await buildDemoPage(files, readFileSync(join(ROOT, "main.js"), "utf8"), start, language, vault === null ? readConfigFiles(DEMO_VAULT) : {});
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(PAGE, html);

const highlights = report.books.reduce((n, b) => n + b.highlightCount, 0);
const dangling = report.references.filter((r) => !r.resolved).length;
const rel = (p: string): string => relative(ROOT, p) || ".";
const shown = vault === null ? `Demo vault ${rel(DEMO_VAULT)}` : `Vault ${vault}`;
console.log(`${shown}: ${report.books.length} books, ${highlights} highlights, ${report.references.length} references (${dangling} dangling).`);
console.log(`Demo page: ${rel(PAGE)} (${Math.round(Buffer.byteLength(html) / 1024)} KB) — open it in any browser.`);

if (flags.has("--screenshots")) {
	// The README's pictures are of the bundled demo vault; a reader's own vault gets its pictures beside the page.
	const written = await takeScreenshots(PAGE, vault === null ? DOCS : join(OUT_DIR, "screenshots"), manifest.id);
	console.log(`Screenshots: ${written.map(rel).join(", ")}`);
}

if (flags.has("--serve")) {
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

function notesOf(all: Readonly<Record<string, string>>): { path: string; text: string }[] {
	return Object.entries(all)
		.filter(([path]) => path.endsWith(".md"))
		.map(([path, text]) => ({ path, text }));
}

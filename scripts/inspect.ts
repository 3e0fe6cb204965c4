// `npm run --silent inspect -- <folder> [--sync-settings FILE | --no-sync-settings]`: index every .md under
// <folder> and print the design §3 JSON to stdout. Nothing but that JSON goes to stdout; progress and warnings go to
// stderr. The sync plugin's template (issue 12) is read from FILE, else from the folder's own
// .obsidian/plugins/obsidian-weread-plugin/data.json when there is one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { buildInspectReport, type NoteFile } from "../src/core/inspect/report.ts";
import { defaultSettingsPath, templateParser } from "./inspect-template.ts";

function markdownFiles(root: string, dir = root, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue; // .obsidian, .git, .trash: not notes
		const full = join(dir, entry.name);
		if (entry.isDirectory()) markdownFiles(root, full, out);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) out.push(full);
	}
	return out;
}

const USAGE = "usage: npm run --silent inspect -- <folder> [--sync-settings FILE | --no-sync-settings]\n";
const args = process.argv.slice(2);
let folder: string | undefined;
let settingsPath: string | null | undefined;
for (let i = 0; i < args.length; i++) {
	const arg = args[i]!;
	if (arg === "--sync-settings") {
		settingsPath = args[++i];
		if (settingsPath === undefined) {
			process.stderr.write(USAGE);
			process.exit(2);
		}
	} else if (arg === "--no-sync-settings") settingsPath = null;
	else if (folder === undefined && !arg.startsWith("--")) folder = arg;
	else {
		process.stderr.write(USAGE);
		process.exit(2);
	}
}
if (!folder) {
	process.stderr.write(USAGE);
	process.exit(2);
}
try {
	if (!statSync(folder).isDirectory()) throw new Error("not a folder");
} catch {
	process.stderr.write(`inspect: ${folder} is not a readable folder\n`);
	process.exit(2);
}

const paths = markdownFiles(folder).sort();
const files: NoteFile[] = paths.map((p) => ({
	path: relative(folder, p).split(sep).join("/"),
	text: readFileSync(p, "utf8"),
}));
const template = await templateParser(settingsPath === undefined ? defaultSettingsPath(folder) : settingsPath);
process.stderr.write(`inspect: ${template.said}\n`);
const started = performance.now();
const report = buildInspectReport(files, template.parser);
process.stderr.write(
	`inspect: ${files.length} notes, ${report.books.length} WeRead books, ` +
		`${report.books.reduce((n, b) => n + b.highlightCount, 0)} highlights, ` +
		`${report.references.length} references in ${(performance.now() - started).toFixed(0)} ms\n`,
);
process.stdout.write(JSON.stringify(report, null, 2) + "\n");

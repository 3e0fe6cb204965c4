// `npm run demo`: after the build, show the plugin's index working on the bundled fixture vault.
// Until the demo page exists (issue 5) this prints what `inspect` finds there, as a reader would want to see it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { buildInspectReport, type NoteFile } from "../src/core/inspect/report.ts";

const VAULT = "demo/vault";

function notes(dir: string, out: NoteFile[] = []): NoteFile[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) notes(full, out);
		else if (entry.name.endsWith(".md")) {
			out.push({ path: relative(VAULT, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
		}
	}
	return out;
}

const bundle = statSync("main.js");
const report = buildInspectReport(notes(VAULT));
const lines: string[] = [];
lines.push(`Built main.js (${(bundle.size / 1024).toFixed(1)} KB). Demo vault: ${VAULT}`);
lines.push("");
for (const book of report.books) {
	const cited = report.references.filter((r) => r.to === book.path && r.resolved).length;
	lines.push(`${book.title}  (${book.path})`);
	lines.push(`  ${book.highlightCount} highlights, ${book.reviewCount} reviews, cited ${cited}×`);
	for (const h of book.highlights.slice(0, 2)) {
		const when = h.createdAt ?? "undated";
		lines.push(`  ${when}  ${h.chapterTitle ?? "—"}  ${h.text.replace(/\n/g, " ").slice(0, 40)}`);
	}
	if (book.highlights.length > 2) lines.push(`  … and ${book.highlights.length - 2} more`);
	lines.push("");
}
const dangling = report.references.filter((r) => !r.resolved).length;
lines.push(`References to highlights: ${report.references.length} (${dangling} dangling):`);
for (const r of report.references.filter((x) => !x.resolved)) {
	const mark = r.resolved ? "ok" : "dangling";
	lines.push(`  ${r.from}:${r.line + 1} ${r.embed ? "embeds" : "links"} ${r.to}#^${r.blockId}  [${mark}]`);
}
process.stdout.write(lines.join("\n") + "\n");

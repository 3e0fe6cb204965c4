// The demo vault's reading-time cache (demo/vault/.weread-cache/daily-stats.json, written by
// scripts/demo-vault/reading-time.ts): a file the parser reads whole, and a reading day on every day with a highlight.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildInspectReport, type NoteFile } from "../../src/core/inspect/report.ts";
import { parseReadingTimeCache } from "../../src/core/reading-time-cache.ts";

const VAULT = "demo/vault";

function notes(dir: string, out: NoteFile[] = []): NoteFile[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const full = join(dir, entry.name);
		if (entry.isDirectory()) notes(full, out);
		else if (entry.name.endsWith(".md")) out.push({ path: relative(VAULT, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
	}
	return out;
}

test("demo vault: the reading-time cache parses cleanly and covers every highlight day", () => {
	const result = parseReadingTimeCache(readFileSync(join(VAULT, ".weread-cache/daily-stats.json"), "utf8"));
	assert.ok(result.ok);
	assert.deepEqual(result.problems, []);
	const highlightDays = new Set<string>();
	for (const book of buildInspectReport(notes(VAULT)).books) for (const h of book.highlights) if (h.createdAt !== null) highlightDays.add(h.createdAt.slice(0, 10));
	assert.ok(highlightDays.size > 50, `${highlightDays.size} highlight days`);
	const missing = [...highlightDays].filter((d) => !result.days.has(d));
	assert.deepEqual(missing, []);
	// Some reading days hold no highlight (reading without marking), and no day reads past 3 hours.
	assert.ok(result.days.size > highlightDays.size);
	assert.ok(Math.max(...result.days.values()) <= 3 * 3600);
});

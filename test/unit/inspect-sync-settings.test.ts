// `inspect` reads the sync template as the plugin does (issue 12 item 6): the folder's own
// .obsidian/plugins/obsidian-weread-plugin/data.json, or `--sync-settings FILE`, or none (`--no-sync-settings`);
// stderr says which template it used or why none; a looping template is stopped in its worker thread and the
// built-in rules still read the folder. Folders are made in the system's temp dir for each test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TEMPLATE = readFileSync("test/fixtures/templates/star-list-watch-time.njk", "utf8");
/** A note in the template's shape (our own text; the built-in rules read nothing of it). */
const STAR_NOTE = readFileSync("test/fixtures/templates/star-list-watch-time.note.md", "utf8");

interface Report {
	books: { highlights: { text: string; createdAt: string | null; blockId: string | null }[] }[];
}

function vault(settings: string | null): string {
	const dir = mkdtempSync(join(tmpdir(), "wrh-inspect-"));
	writeFileSync(join(dir, "星号之书.md"), STAR_NOTE);
	if (settings !== null) {
		mkdirSync(join(dir, ".obsidian", "plugins", "obsidian-weread-plugin"), { recursive: true });
		writeFileSync(join(dir, ".obsidian", "plugins", "obsidian-weread-plugin", "data.json"), settings);
	}
	return dir;
}

function inspect(...args: string[]) {
	const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/inspect.ts", ...args], { encoding: "utf8" });
	return { ...run, report: run.status === 0 ? (JSON.parse(run.stdout) as Report) : null };
}

const settings = (template: string): string => JSON.stringify({ cookies: [{ name: "wr_skey", value: "secret-cookie" }], template, trimBlocks: false });

test("inspect finds the folder's own sync settings and reads the note with its template's shapes; stderr names the template, never a secret", () => {
	const dir = vault(settings(TEMPLATE));
	try {
		const run = inspect(dir);
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stderr, /template: the top-level template \(before themes\) from .*data\.json, beside the built-in rules/);
		assert.doesNotMatch(run.stderr + run.stdout, /secret-cookie/);
		assert.deepEqual(run.report?.books[0]?.highlights.map((h) => [h.text, h.createdAt, h.blockId]), [
			["路是走出来的，不是想出来的。", "2024-04-10 14:17:05", "3300071752-7-100-114"],
			["每一次出发都是一次告别。", "2024-04-11 08:00:00", "3300071752-7-300-312"],
		]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test("--no-sync-settings: the built-in rules alone, which read nothing of this shape", () => {
	const dir = vault(settings(TEMPLATE));
	try {
		const run = inspect(dir, "--no-sync-settings");
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stderr, /no sync plugin settings; built-in rules only/);
		assert.deepEqual(run.report?.books[0]?.highlights, []);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test("--sync-settings FILE overrides; garbage JSON and a looping template fall back to the built-in rules and say why", () => {
	const dir = vault(null);
	const garbage = join(dir, "garbage.json");
	const looping = join(dir, "looping.json");
	writeFileSync(garbage, "{ not json");
	writeFileSync(looping, settings("{% for i in range(0, 10000) %}{% for j in range(0, 10000) %}{{ i }}{% endfor %}{% endfor %}"));
	try {
		const bad = inspect(dir, "--sync-settings", garbage);
		assert.equal(bad.status, 0, bad.stderr);
		assert.match(bad.stderr, /garbage\.json: not-json; built-in rules only/);
		const loop = inspect(dir, "--sync-settings", looping);
		assert.equal(loop.status, 0, loop.stderr);
		assert.match(loop.stderr, /template the top-level template \(before themes\) not used \(timeout: longer than 3 s\).*; built-in rules only/);
		assert.deepEqual(loop.report?.books[0]?.highlights, []);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

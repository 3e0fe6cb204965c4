// `npm run demo -- --vault PATH` (issue 11, item 13): the demo page over any folder of notes. These tests hold the
// command line, the folder reading (what Obsidian counts as the vault's notes) and the note the page opens on; the
// e2e tier boots the page over such a folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDemoArgs } from "../../scripts/demo/args.ts";
import { chooseDemoStart, readNotesFolder } from "../../scripts/demo/user-vault.ts";
import type { InspectReport } from "../../src/core/inspect/report.ts";

const BOOK = (id: string, title: string): string =>
	`---\ndoc_type: weread-highlights-reviews\nbookId: "${id}"\ntitle: ${title}\n---\n# 高亮划线\n## 第一章\n- 📌 第一条 ^${id}-1-10-20\n    - ⏱ 2024-03-01 08:00:00 \n- 📌 第二条 ^${id}-1-30-40\n    - ⏱ 2024-03-02 08:00:00 \n`;

function tempVault(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "wrh-demo-vault-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

test("demo args: --vault and --lang take a value (also as --x=value); anything else is one clear line", () => {
	const ok = parseDemoArgs(["--vault", "/v", "--screenshots", "--lang=zh"]);
	assert.ok(ok.ok);
	assert.equal(ok.vault, "/v");
	assert.equal(ok.language, "zh");
	assert.deepEqual([...ok.flags], ["--screenshots"]);
	const plain = parseDemoArgs([]);
	assert.ok(plain.ok);
	assert.equal(plain.vault, null);
	assert.equal(plain.language, "en");
	for (const [argv, message] of [
		[["--vault"], /--vault needs a value/],
		[["--vault", "--serve"], /--vault needs a value/],
		[["--lang", "fr"], /--lang fr: use en or zh/],
		[["--bogus"], /unknown option --bogus/],
	] as const) {
		const bad = parseDemoArgs(argv);
		assert.ok(!bad.ok, argv.join(" "));
		assert.match(bad.message, message);
		assert.doesNotMatch(bad.message, /\n/);
	}
});

test("demo vault folder: the notes Obsidian sees — .md files outside dot-folders, nothing else; a missing folder says so", () => {
	const dir = tempVault({
		"微信读书/甲.md": BOOK("1", "甲"),
		"daily/2024-03-01.md": "![[甲#^1-1-10-20]]\n",
		".obsidian/plugins/x/README.md": "not a note",
		".trash/old.md": "deleted",
		"attachments/cover.png": "\u0089PNG",
		"notes/readme.txt": "text",
	});
	try {
		const read = readNotesFolder(dir);
		assert.ok(read.ok);
		assert.deepEqual(Object.keys(read.files).sort(), ["daily/2024-03-01.md", "微信读书/甲.md"]);
		const missing = readNotesFolder(join(dir, "nope"));
		assert.ok(!missing.ok);
		assert.match(missing.message, /no such folder/);
		const file = readNotesFolder(join(dir, "微信读书", "甲.md"));
		assert.ok(!file.ok, "a file is not a vault");
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

function report(books: InspectReport["books"], references: InspectReport["references"] = []): InspectReport {
	return { books, references, health: { unresolvableIds: 0, duplicateIds: 0, dangling: 0 } };
}
function book(path: string, lines: readonly number[]): InspectReport["books"][number] {
	return {
		path,
		bookId: null,
		title: path,
		highlightCount: lines.length,
		reviewCount: 0,
		highlights: lines.map((line, i) => ({ blockId: `id-${i}`, chapterTitle: null, chapterUid: null, rangeStart: null, rangeEnd: null, text: "t", thought: null, createdAt: null, line })),
		reviews: [],
		diagnostics: [],
	} as unknown as InspectReport["books"][number];
}
const ref = (to: string, blockId: string, resolved = true): InspectReport["references"][number] => ({ from: "n.md", line: 0, embed: true, to, blockId, resolved });

test("demo start: the most cited highlight (dangling links do not count), else the first highlight of the largest book", () => {
	// a.md: ids id-0 (line 7), id-1 (line 9); b.md: id-0 (line 12), id-1 (line 15), id-2 (line 20).
	const books = [book("a.md", [7, 9]), book("b.md", [12, 15, 20])];
	assert.deepEqual(chooseDemoStart(report(books, [ref("a.md", "id-0"), ref("b.md", "id-2"), ref("b.md", "id-2")])), { note: "b.md", cursorLine: 20 });
	// Two dangling links to a.md id-1 lose to one resolved link to a.md id-0.
	assert.deepEqual(chooseDemoStart(report(books, [ref("a.md", "id-1", false), ref("a.md", "id-1", false), ref("a.md", "id-0")])), { note: "a.md", cursorLine: 7 });
	assert.deepEqual(chooseDemoStart(report(books)), { note: "b.md", cursorLine: 12 });
	assert.deepEqual(chooseDemoStart(report([book("empty.md", [])])), { note: "empty.md", cursorLine: null });
	assert.equal(chooseDemoStart(report([])), null);
});

test("demo CLI: a missing folder, or one without a WeRead note, is one line on stderr and a failing exit, and nothing is written under it", () => {
	const dir = tempVault({ "notes/plain.md": "# Just a note\n" });
	try {
		const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...args], { encoding: "utf8" });
		const missing = run("--vault", join(dir, "missing"));
		assert.equal(missing.status, 1);
		assert.equal(missing.stderr.trim().split("\n").length, 1, missing.stderr);
		assert.match(missing.stderr, /no such folder/);
		const none = run("--vault", dir);
		assert.equal(none.status, 1);
		assert.equal(none.stderr.trim().split("\n").length, 1, none.stderr);
		assert.match(none.stderr, /no WeRead note there .* among 1 notes/);
		assert.equal(none.stdout, "");
		assert.deepEqual(readNotesFolder(dir), { ok: true, files: { "notes/plain.md": "# Just a note\n" } });
		const usage = run("--vault");
		assert.equal(usage.status, 2);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

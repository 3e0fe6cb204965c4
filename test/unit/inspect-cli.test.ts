import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

// The `inspect` CLI is a contract (design §3): stdout is one JSON document and nothing else.
function runInspect(...args: string[]) {
	return spawnSync(process.execPath, ["--import", "tsx", "scripts/inspect.ts", ...args], { encoding: "utf8" });
}

test("inspect prints only the contract JSON for the fixture vault, references with the right resolved flag", () => {
	const run = runInspect("test/fixtures/vault");
	assert.equal(run.status, 0, run.stderr);
	const report = JSON.parse(run.stdout) as {
		books: { path: string; title: string; highlightCount: number; highlights: { line: number; createdAt: string }[] }[];
		references: unknown[];
	};
	assert.deepEqual(Object.keys(report), ["books", "references", "health"]);
	assert.match(run.stderr, /3 WeRead books, 8 highlights, 6 references/);
	// Books sort by path; ordinary notes (daily/, notes/) are not books.
	assert.deepEqual(
		report.books.map((b) => [b.path, b.title, b.highlightCount]),
		[
			["weread/The Quiet Orchard.md", "The Quiet Orchard", 3],
			["weread/园丁与木匠.md", "园丁与木匠", 3],
			["weread/夜航灯塔.md", "夜航灯塔", 2],
		],
	);
	// Lines counted by hand in the fixture (0-based, frontmatter included).
	assert.deepEqual(
		report.books[1]?.highlights.map((h) => [h.line, h.createdAt]),
		[
			[21, "2023-02-27 07:41:09"],
			[24, "2023-02-27 21:15:44"],
			[30, "2023-03-02 23:59:59"],
		],
	);
	// Per book, the chapters the book pane's outline lists, in its order (issue 11 item 14): chapters with at least
	// one entry, and the part headings above them, so `Part One` (line 20: every highlight under its `### 1. Pruning`)
	// is listed with 0 highlights of its own. Levels are relative to `# 高亮划线`: `###` right under it is level 2
	// (夜航灯塔). Checked by hand in the fixtures.
	assert.deepEqual(
		report.books.map((b) => (b as unknown as { chapters: unknown }).chapters),
		[
			[
				{ title: "Part One", level: 1, line: 20, highlightCount: 0 },
				{ title: "1. Pruning", level: 2, line: 21, highlightCount: 2 },
				{ title: "Part Two", level: 1, line: 28, highlightCount: 1 },
			],
			[
				{ title: "第一章 花园里的清晨", level: 1, line: 18, highlightCount: 2 },
				// One highlight and one thought of 划线评论 that matches no highlight.
				{ title: "第二章 工具与耐心", level: 1, line: 27, highlightCount: 1 },
			],
			[{ title: "第3节 守夜人", level: 2, line: 16, highlightCount: 2 }],
		],
	);
	assert.deepEqual(Object.keys(report.books[0] ?? {}), ["path", "bookId", "title", "highlightCount", "reviewCount", "chapters", "highlights", "reviews", "diagnostics", "health"]);
	// Block-reference health (issue 13), checked by hand in the fixtures: 夜航灯塔 has its two highlights in one
	// blockquote, so the first id does not end its block (Obsidian will not register it); The Quiet Orchard is cited
	// once with an id it no longer has (9900002-12-999-1000); no note carries an id twice.
	assert.deepEqual(
		(report.books as unknown as { path: string; health: unknown }[]).map((b) => [b.path, b.health]),
		[
			["weread/The Quiet Orchard.md", { unresolvableIds: 0, duplicateIds: 0, dangling: 1 }],
			["weread/园丁与木匠.md", { unresolvableIds: 0, duplicateIds: 0, dangling: 0 }],
			["weread/夜航灯塔.md", { unresolvableIds: 1, duplicateIds: 0, dangling: 0 }],
		],
	);
	assert.deepEqual((report as unknown as { health: unknown }).health, { unresolvableIds: 1, duplicateIds: 0, dangling: 1 });
	// Every block link or embed to a WeRead note, by citing note and line; the heading link and the link inside a
	// code fence are not references; the id the book no longer has is listed as unresolved.
	assert.deepEqual(report.references, [
		{ from: "daily/2023-02-27.md", line: 7, embed: true, to: "weread/园丁与木匠.md", blockId: "9900001-3-120-151", resolved: true },
		{ from: "daily/2023-02-27.md", line: 8, embed: true, to: "weread/园丁与木匠.md", blockId: "9900001-3-402-418", resolved: true },
		{ from: "notes/耐心.md", line: 5, embed: false, to: "weread/园丁与木匠.md", blockId: "9900001-4-88-117", resolved: true },
		{ from: "notes/耐心.md", line: 7, embed: false, to: "weread/The Quiet Orchard.md", blockId: "9900002-20-15-80", resolved: true },
		{ from: "notes/耐心.md", line: 9, embed: false, to: "weread/The Quiet Orchard.md", blockId: "9900002-12-999-1000", resolved: false },
		{ from: "notes/耐心.md", line: 11, embed: false, to: "weread/夜航灯塔.md", blockId: "9900003-7-210-238", resolved: true },
	]);
});

test("inspect without a folder prints usage to stderr and exits 2", () => {
	const run = runInspect();
	assert.equal(run.status, 2);
	assert.equal(run.stdout, "");
	assert.match(run.stderr, /usage/);
});

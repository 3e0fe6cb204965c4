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
	assert.deepEqual(Object.keys(report), ["books", "references"]);
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

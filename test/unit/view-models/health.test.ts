// The health pane's view-model (core/view-models/health.ts): states, sections and groups, which fix is said, and
// the bound on rows built for a large vault. Findings are written by hand here.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { HealthFinding } from "../../../src/core/health/findings.ts";
import { buildHealthPane, OPEN_ALL_UP_TO, ROWS_PER_GROUP, type HealthPaneState } from "../../../src/core/view-models/health.ts";

const NONE: HealthPaneState = { toggled: new Set(), shown: new Map() };
const TITLES: Record<string, string> = { "weread/a.md": "甲书", "weread/b.md": "乙书" };
const titleOf = (p: string): string => TITLES[p] ?? p;

const unresolvable = (bookPath: string, line: number, reason: HealthFinding["reason"] = "quote-continues"): HealthFinding => ({ kind: "unresolvable", path: bookPath, line, blockId: `id-${line}`, reason, bookPath });
const dangling = (from: string, line: number, bookPath: string, kind: "dangling" | "daily-embed-broken" = "dangling"): HealthFinding => ({
	kind,
	path: from,
	line,
	blockId: `gone-${line}`,
	reason: kind === "dangling" ? "missing-id" : "sync-daily-missing-id",
	bookPath,
});

test("before the first scan ends: indexing; no findings: healthy, with the number of books checked", () => {
	assert.deepEqual(buildHealthPane({ warm: false, bookCount: 3, findings: [unresolvable("weread/a.md", 1)], titleOf }, NONE), { state: "indexing" });
	assert.deepEqual(buildHealthPane({ warm: true, bookCount: 3, findings: [], titleOf }, NONE), { state: "healthy", books: 3 });
});

test("ids by book, dangling citations and broken daily embeds by citing note; groups by path, rows by line", () => {
	const findings = [
		unresolvable("weread/b.md", 9),
		unresolvable("weread/a.md", 20, "id-characters"),
		unresolvable("weread/a.md", 7),
		dangling("notes/想法.md", 4, "weread/b.md"),
		dangling("daily/2024-03-05.md", 6, "weread/a.md", "daily-embed-broken"),
	];
	const pane = buildHealthPane({ warm: true, bookCount: 2, findings, titleOf }, NONE);
	assert.equal(pane.state, "findings");
	if (pane.state !== "findings") return;
	assert.deepEqual(pane.counts, { unresolvable: 3, duplicate: 0, dangling: 1, dailyEmbedsBroken: 1 });
	assert.equal(pane.templateFix, true);
	assert.equal(pane.resyncFix, true);
	assert.deepEqual(
		pane.sections.map((s) => [s.kind, s.count, s.groups.map((g) => `${g.title} (${g.count}): ${g.rows.map((r) => `${r.line + 1} ^${r.blockId}${r.bookTitle === null ? "" : ` → ${r.bookTitle}`}`).join(", ")}`)]),
		[
			["ids", 3, ["甲书 (2): 8 ^id-7, 21 ^id-20", "乙书 (1): 10 ^id-9"]],
			["dangling", 1, ["想法 (1): 5 ^gone-4 → 乙书"]],
			["daily", 1, ["2024-03-05 (1): 7 ^gone-6 → 甲书"]],
		],
	);
});

test("the fixes are said only for the reasons they fix", () => {
	const only = (reason: HealthFinding["reason"]) => buildHealthPane({ warm: true, bookCount: 1, findings: [unresolvable("weread/a.md", 1, reason)], titleOf }, NONE);
	const flags = (reason: HealthFinding["reason"]): [boolean, boolean] => {
		const p = only(reason);
		return p.state === "findings" ? [p.templateFix, p.resyncFix] : [false, false];
	};
	assert.deepEqual(flags("quote-continues"), [true, false]);
	assert.deepEqual(flags("block-continues"), [true, false]);
	assert.deepEqual(flags("glued"), [true, false]);
	assert.deepEqual(flags("id-characters"), [false, true]);
	assert.deepEqual(flags("duplicate"), [false, false]);
	const onlyDangling = buildHealthPane({ warm: true, bookCount: 1, findings: [dangling("n.md", 1, "weread/a.md")], titleOf }, NONE);
	assert.deepEqual(onlyDangling.state === "findings" && [onlyDangling.templateFix, onlyDangling.resyncFix], [false, false]);
});

test("a large vault: groups start closed and build no rows; an opened group builds ROWS_PER_GROUP, then as many as asked", () => {
	const findings = Array.from({ length: 3000 }, (_, i) => unresolvable(i % 2 === 0 ? "weread/a.md" : "weread/b.md", i));
	assert.ok(findings.length > OPEN_ALL_UP_TO);
	const closed = buildHealthPane({ warm: true, bookCount: 2, findings, titleOf }, NONE);
	assert.ok(closed.state === "findings");
	assert.deepEqual(
		closed.sections[0]?.groups.map((g) => [g.title, g.count, g.open, g.rows.length, g.more]),
		[
			["甲书", 1500, false, 0, 0],
			["乙书", 1500, false, 0, 0],
		],
	);
	const opened = buildHealthPane({ warm: true, bookCount: 2, findings, titleOf }, { toggled: new Set(["ids:weread/a.md"]), shown: new Map([["ids:weread/b.md", 400]]) });
	assert.ok(opened.state === "findings");
	assert.deepEqual(
		opened.sections[0]?.groups.map((g) => [g.open, g.rows.length, g.more, g.rows[0]?.line]),
		[
			[true, ROWS_PER_GROUP, 1500 - ROWS_PER_GROUP, 0],
			[false, 0, 0, undefined],
		],
	);
	const both = buildHealthPane({ warm: true, bookCount: 2, findings, titleOf }, { toggled: new Set(["ids:weread/a.md", "ids:weread/b.md"]), shown: new Map([["ids:weread/b.md", 400]]) });
	assert.ok(both.state === "findings");
	assert.deepEqual(both.sections[0]?.groups[1] && [both.sections[0].groups[1].rows.length, both.sections[0].groups[1].more], [400, 1100]);
});

test("a small section starts open; toggling one of its groups closes it; a large section beside it starts closed", () => {
	const findings = [unresolvable("weread/a.md", 1), unresolvable("weread/b.md", 2)];
	const pane = buildHealthPane({ warm: true, bookCount: 2, findings, titleOf }, { toggled: new Set(["ids:weread/b.md"]), shown: new Map() });
	assert.ok(pane.state === "findings");
	assert.deepEqual(pane.sections[0]?.groups.map((g) => [g.open, g.rows.length]), [
		[true, 1],
		[false, 0],
	]);
	const many = Array.from({ length: OPEN_ALL_UP_TO + 1 }, (_, i) => unresolvable("weread/a.md", i));
	const mixed = buildHealthPane({ warm: true, bookCount: 2, findings: [...many, dangling("n.md", 3, "weread/b.md")], titleOf }, NONE);
	assert.ok(mixed.state === "findings");
	assert.deepEqual(
		mixed.sections.map((s) => [s.kind, s.groups.map((g) => g.open)]),
		[
			["ids", [false]],
			["dangling", [true]],
		],
	);
});

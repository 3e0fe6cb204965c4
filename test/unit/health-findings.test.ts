// Block-reference health findings (issue 13 item 3): one table row per rule that makes Obsidian refuse an id, each
// checked twice — the parser's reason (the code the pane says in words) and what Obsidian registers, as
// test/shim/metadata-blocks.ts models it from the help page. help.obsidian.md, Linking notes and files › Internal
// links › "Link to a block in a note": "A block is a unit of text in your note, such as a paragraph, block quote, or
// even a list item"; the id goes at the end of the block after "a blank space followed by a caret (^)"; "Block
// identifiers can only consist of Latin letters, numbers, and dashes"; "We do not support links to specific parts of
// quotations, callouts, and tables". Every note below is written here; lines are 0-based, counted by hand
// (the frontmatter and two headings take lines 0–5, so a body starts at line 6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { bookHealth } from "../../src/core/health/block-health.ts";
import { bookFindings, countFindings, vaultFindings, type HealthFinding } from "../../src/core/health/findings.ts";
import type { ParsedNote, Reference } from "../../src/core/model.ts";
import { parseNote } from "../../src/core/parse/parse-note.ts";
import { scanMarkdown } from "../shim/metadata.ts";

const PATH = "weread/书.md";

function text(body: readonly string[]): string {
	return ["---", "doc_type: weread-highlights-reviews", 'bookId: "900"', "---", "# 高亮划线", "## 第一章", ...body, ""].join("\n");
}

function parse(body: readonly string[], path = PATH): ParsedNote {
	const parsed = parseNote(path, text(body));
	assert.equal(parsed.kind, "weread");
	return parsed;
}

/** The ids Obsidian registers for the note (the shim's model of the help page), lower-case. */
function registered(body: readonly string[]): string[] {
	return Object.keys(scanMarkdown(text(body)).blocks ?? {});
}

interface RuleCase {
	readonly rule: string;
	readonly body: readonly string[];
	/** The id the rule refuses, its entry's first line and the reason code. */
	readonly id: string;
	readonly line: number;
	readonly reason: HealthFinding["reason"];
}

// Each note also holds a control highlight `^900-9-1-2` that ends its own block: Obsidian registers it and the
// health check says nothing about it.
const CONTROL = ["", "- 📌 对照 ^900-9-1-2", "    - ⏱ 2024-01-09 10:00:00 "];

const RULES: readonly RuleCase[] = [
	{
		rule: "`_` in the id (the June-2022 sync bug): not a letter, digit or dash",
		body: ["- 📌 下划线的编号 ^900-17_100-120", "    - ⏱ 2024-01-01 10:00:00 "],
		id: "900-17_100-120",
		line: 6,
		reason: "id-characters",
	},
	{
		rule: "`~` in the id (official-account ids before 2024-08)",
		body: ["- 📌 波浪号的编号 ^900-1~5-6", "    - ⏱ 2024-01-01 10:00:00 "],
		id: "900-1~5-6",
		line: 6,
		reason: "id-characters",
	},
	{
		rule: "no space before `^` (trimBlocks glues the id to the text)",
		body: ["- 📌 紧贴的编号。^900-1-1-2", "    - ⏱ 2024-01-01 10:00:00 "],
		id: "900-1-1-2",
		line: 6,
		reason: "glued",
	},
	{
		rule: "several highlights in one blockquote: an inner id is a part of the quotation",
		body: ["> 📌 同一个引用块里的第一条", "> ⏱ 2024-01-02 10:00:00 ^900-1-200-210", "> 📌 同一个引用块里的第二条", "> ⏱ 2024-01-02 10:01:00 ^900-1-300-310"],
		id: "900-1-200-210",
		line: 6,
		reason: "quote-continues",
	},
	{
		rule: "a lazy continuation line after the id keeps the blockquote going",
		body: ["> 📌 引用里的划线 ^900-1-1-2", "没有 > 的续行"],
		id: "900-1-1-2",
		line: 6,
		reason: "quote-continues",
	},
	{
		rule: "the id's paragraph goes on below it",
		body: ["📌 段落里的划线 ^900-1-1-2", "⏱ 2024-01-01 10:00:00"],
		id: "900-1-1-2",
		line: 6,
		reason: "block-continues",
	},
	{
		rule: "the id's list item goes on below it (a continuation line of the item)",
		body: ["- 📌 列表里的划线 ^900-1-1-2", "  同一项的续行", "    - ⏱ 2024-01-01 10:00:00 "],
		id: "900-1-1-2",
		line: 6,
		reason: "block-continues",
	},
	{
		rule: "an id an earlier entry already carries: Obsidian keeps the first",
		body: ["- 📌 第一条 ^900-1-1-2", "    - ⏱ 2024-01-01 10:00:00 ", "", "- 📌 又一条同编号 ^900-1-1-2", "    - ⏱ 2024-01-01 10:05:00 "],
		id: "900-1-1-2",
		line: 9,
		reason: "duplicate",
	},
	{
		rule: "two rules at once: the first in the parser's order (characters before the space before `^`)",
		body: ["- 📌 两条规则。^900-17_1-2", "    - ⏱ 2024-01-01 10:00:00 "],
		id: "900-17_1-2",
		line: 6,
		reason: "id-characters",
	},
];

for (const c of RULES) {
	test(`unresolvable id rule: ${c.rule}`, () => {
		const body = [...c.body, ...CONTROL];
		const unresolvable = bookFindings(parse(body), []).filter((f) => f.kind === "unresolvable");
		assert.deepEqual(unresolvable, [{ kind: "unresolvable", path: PATH, line: c.line, blockId: c.id, reason: c.reason, bookPath: PATH }]);
		// What Obsidian registers: the control, and not the refused id at that place. (A duplicate's id is registered,
		// for its first carrier: the link reaches that one, never the second.)
		const ids = registered(body);
		assert.ok(ids.includes("900-9-1-2"), `control registered: ${ids.join(", ")}`);
		if (c.reason === "duplicate") {
			assert.deepEqual(scanMarkdown(text(body)).blocks?.[c.id]?.position.start.line, 6, "Obsidian's block for the id is the first carrier");
		} else {
			assert.ok(!ids.includes(c.id.toLowerCase()), `${c.id} is not registered: ${ids.join(", ")}`);
		}
	});
}

test("a note where every id ends its own block has no findings, and Obsidian registers every id", () => {
	const body = ["- 📌 一 ^900-1-1-2", "    - ⏱ 2024-01-01 10:00:00 ", "", "> 📌 二", "> ⏱ 2024-01-01 10:01:00 ^900-1-3-4", "", "- 📌 三 ^900-1-5-6", ...CONTROL];
	assert.deepEqual(bookFindings(parse(body), []), []);
	assert.deepEqual(registered(body).sort(), ["900-1-1-2", "900-1-3-4", "900-1-5-6", "900-9-1-2"]);
});

const ref = (from: string, line: number, blockId: string, resolved: boolean, to = PATH, embed = true): Reference => ({ from, line, embed, to, blockId, resolved });

test("duplicate ids: one finding per id (case-insensitive) at its second carrier, with how many carry it", () => {
	const n = parse([
		"- 📌 第一条 ^900-1-1-2",
		"    - ⏱ 2024-01-01 10:00:00 ",
		"",
		"- 📌 第二条 ^abc-DEF",
		"    - ⏱ 2024-01-01 10:01:00 ",
		"",
		"- 📌 同编号 ^900-1-1-2",
		"    - ⏱ 2024-01-01 10:02:00 ",
		"",
		"- 📌 大小写不同 ^ABC-def",
		"    - ⏱ 2024-01-01 10:03:00 ",
		"",
		"- 📌 第三次 ^900-1-1-2",
		"    - ⏱ 2024-01-01 10:04:00 ",
	]);
	const duplicates = bookFindings(n, []).filter((f) => f.kind === "duplicate");
	assert.deepEqual(duplicates, [
		{ kind: "duplicate", path: PATH, line: 12, blockId: "900-1-1-2", reason: "repeated-id", bookPath: PATH, carriers: 3 },
		{ kind: "duplicate", path: PATH, line: 15, blockId: "ABC-def", reason: "repeated-id", bookPath: PATH, carriers: 2 },
	]);
});

test("dangling citations are the citing note's rows; those the sync plugin wrote into a daily note are their own kind", () => {
	const n = parse(["- 📌 一 ^900-1-1-2", "    - ⏱ 2024-01-01 10:00:00 "]);
	const refs = [
		ref("日记/2024-01-01.md", 4, "gone-1", false),
		ref("笔记/想法.md", 2, "gone-2", false, PATH, false),
		ref("笔记/想法.md", 3, "900-1-1-2", true),
		ref("笔记/想法.md", 5, "gone-3", false, "weread/别的书.md"),
	];
	const daily = (r: Reference): boolean => r.from.startsWith("日记/");
	assert.deepEqual(
		bookFindings(n, refs, daily).filter((f) => f.kind === "dangling" || f.kind === "daily-embed-broken"),
		[
			{ kind: "daily-embed-broken", path: "日记/2024-01-01.md", line: 4, blockId: "gone-1", reason: "sync-daily-missing-id", bookPath: PATH },
			{ kind: "dangling", path: "笔记/想法.md", line: 2, blockId: "gone-2", reason: "missing-id", bookPath: PATH },
		],
	);
});

test("a sync daily embed of an id that is there but not registered by Obsidian does not resolve either: a broken daily embed", () => {
	// Two highlights glued into one blockquote: only the last id (…-3-4) ends the block; …-1-2 is in the note but
	// Obsidian does not register it, so an embed of it shows "Unable to find section". The index calls it resolved.
	const n = parse(["> 📌 一", "> ⏱ 2024-01-01 10:00:00 ^900-1-1-2", "> 📌 二", "> ⏱ 2024-01-01 10:01:00 ^900-1-3-4"]);
	const refs = [
		ref("日记/2024-01-01.md", 6, "900-1-1-2", true),
		ref("日记/2024-01-01.md", 7, "900-1-3-4", true),
		ref("笔记/想法.md", 2, "900-1-1-2", true),
		ref("日记/2024-01-01.md", 8, "900-1-1-2", true, PATH, false),
	];
	const daily = (r: Reference): boolean => r.from.startsWith("日记/") && r.embed;
	assert.deepEqual(
		bookFindings(n, refs, daily).filter((f) => f.kind !== "unresolvable"),
		[{ kind: "daily-embed-broken", path: "日记/2024-01-01.md", line: 6, blockId: "900-1-1-2", reason: "sync-daily-unregistered-id", bookPath: PATH }],
		"the registered id's embed, the ordinary note's link and a daily note's plain link are no findings",
	);
	// vaultFindings passes resolved embeds on to the book they cite, and only those.
	assert.deepEqual(
		vaultFindings([n], refs, daily).filter((f) => f.kind === "daily-embed-broken").map((f) => f.line),
		[6],
	);
	// inspect has no sync daily test: its counts do not change.
	assert.deepEqual(bookHealth(n, refs), { unresolvableIds: 1, duplicateIds: 0, dangling: 0 });
});

test("the counts inspect reports are the findings counted: dangling includes the sync plugin's broken daily embeds", () => {
	const n = parse([
		"- 📌 下划线 ^900-17_1-2",
		"    - ⏱ 2024-01-01 10:00:00 ",
		"",
		"- 📌 一 ^900-1-1-2",
		"    - ⏱ 2024-01-01 10:01:00 ",
		"",
		"- 📌 重复 ^900-1-1-2",
		"    - ⏱ 2024-01-01 10:02:00 ",
	]);
	const refs = [ref("d.md", 1, "x-1", false), ref("d.md", 2, "x-2", false), ref("n.md", 0, "x-3", false)];
	const findings = bookFindings(n, refs, (r) => r.from === "d.md");
	assert.deepEqual(countFindings(findings), { unresolvable: 2, duplicate: 1, dangling: 1, dailyEmbedsBroken: 2 });
	assert.deepEqual(bookHealth(n, refs), { unresolvableIds: 2, duplicateIds: 1, dangling: 3 });
});

test("vault findings: every book's, in the order given, each citation under the book it cites", () => {
	const a = parse(["- 📌 一。^900-1-1-2", "    - ⏱ 2024-01-01 10:00:00 "], "weread/a.md");
	const b = parse(["- 📌 二 ^900-1-3-4", "    - ⏱ 2024-01-01 10:00:00 "], "weread/b.md");
	const refs = [ref("n.md", 7, "gone", false, "weread/b.md"), ref("n.md", 8, "900-1-3-4", true, "weread/b.md"), ref("n.md", 9, "lost", false, "weread/a.md")];
	assert.deepEqual(
		vaultFindings([a, b], refs).map((f) => `${f.kind} ${f.bookPath} ${f.path}:${f.line} ^${f.blockId} ${f.reason}`),
		["unresolvable weread/a.md weread/a.md:6 ^900-1-1-2 glued", "dangling weread/a.md n.md:9 ^lost missing-id", "dangling weread/b.md n.md:7 ^gone missing-id"],
	);
});

test("hand-built entries without the parser's reason: `_` says characters, anything else that Obsidian does not register it", () => {
	const n = parse([]);
	const entry = { blockId: "a_b", chapterTitle: null, chapterLevel: null, chapterIndex: -1, chapterUid: null, rangeStart: null, rangeEnd: null, text: "t", thought: null, createdAt: null, line: 3, endLine: 3, popularCount: null, blockIdResolvable: false };
	const note: ParsedNote = { ...n, highlights: [entry, { ...entry, blockId: "ok-id", line: 5 }] };
	assert.deepEqual(
		bookFindings(note, []).map((f) => f.reason),
		["id-characters", "unregistered"],
	);
});

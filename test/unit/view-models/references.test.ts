// The block references view-model on the fixture vault (test/fixtures/vault). Every expected line number was
// counted by hand in the fixture notes (0-based, frontmatter included), as in inspect-cli.test.ts.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { extractBlockLinks } from "../../../src/core/links/extract.ts";
import { createLinkResolver } from "../../../src/core/links/resolve.ts";
import {
	contextSegments,
	contextText,
	DanglingCache,
	EntryLocator,
	entryAtLine,
	entryReferences,
	entryReferencesById,
	entrySpans,
	groupByCitingNote,
	noteCitations,
	noteName,
} from "../../../src/core/view-models/references.ts";
import { book, hl, link, rv } from "../index/builders.ts";

const VAULT = "test/fixtures/vault";
const GARDEN = "weread/园丁与木匠.md";
const ORCHARD = "weread/The Quiet Orchard.md";
const LIGHTHOUSE = "weread/夜航灯塔.md";
const DAILY = "daily/2023-02-27.md";
const PATIENCE = "notes/耐心.md";

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : []));
}

/** The fixture vault indexed as `inspect` indexes it: notes, then block links resolved by core's resolver. */
function fixtureIndex(): HighlightIndex {
	const files = walk(VAULT).map((f) => ({ path: relative(VAULT, f).split(sep).join("/"), text: readFileSync(f, "utf8") }));
	const index = new HighlightIndex();
	const resolver = createLinkResolver(files.map((f) => f.path));
	for (const f of files) {
		index.upsertNote(f.path, f.text);
		index.upsertLinks(f.path, resolver.resolveLinks(extractBlockLinks(f.text), f.path));
	}
	return index;
}

describe("references view-model: an entry and the notes citing it", () => {
	const index = fixtureIndex();
	const cases: { name: string; book: string; id: string; notes: [string, string, [number, boolean][]][]; total: number }[] = [
		{ name: "embedded once by the daily note", book: GARDEN, id: "9900001-3-120-151", notes: [[DAILY, "2023-02-27", [[7, true]]]], total: 1 },
		{ name: "the second embed of the daily note", book: GARDEN, id: "9900001-3-402-418", notes: [[DAILY, "2023-02-27", [[8, true]]]], total: 1 },
		{ name: "linked (aliased) from 耐心", book: GARDEN, id: "9900001-4-88-117", notes: [[PATIENCE, "耐心", [[5, false]]]], total: 1 },
		{ name: "linked through a markdown link", book: LIGHTHOUSE, id: "9900003-7-210-238", notes: [[PATIENCE, "耐心", [[11, false]]]], total: 1 },
		{ name: "ids match case-insensitively", book: ORCHARD, id: "9900002-20-15-80".toUpperCase(), notes: [[PATIENCE, "耐心", [[7, false]]]], total: 1 },
		{ name: "cited by nobody", book: ORCHARD, id: "9900002-12-310-368", notes: [], total: 0 },
		{ name: "a thought nobody cites", book: GARDEN, id: "7000001-8AbCdEfGh", notes: [], total: 0 },
	];
	for (const c of cases) {
		test(c.name, () => {
			const model = entryReferencesById(index, c.book, c.id);
			assert.ok(model, "the book has the id");
			assert.equal(model.entry.blockId?.toLowerCase(), c.id.toLowerCase());
			assert.deepEqual(
				model.notes.map((n) => [n.path, n.name, n.lines.map((l) => [l.line, l.embed])]),
				c.notes,
			);
			assert.equal(model.total, c.total);
		});
	}

	test("an id the book does not have gives no model", () => {
		assert.equal(entryReferencesById(index, ORCHARD, "9900002-12-999-1000"), undefined);
		assert.equal(entryReferencesById(index, "notes/耐心.md", "x"), undefined);
	});

	test("dangling references into a book, computed once per index revision", () => {
		const cache = new DanglingCache();
		assert.deepEqual(cache.into(index, ORCHARD), [{ from: PATIENCE, fromName: "耐心", line: 9, embed: false, blockId: "9900002-12-999-1000" }]);
		assert.deepEqual(cache.into(index, GARDEN), []);
		assert.deepEqual(cache.into(index, LIGHTHOUSE), []);
	});

	test("citing notes sort by path; each note's lines by line; a note citing twice keeps both lines", () => {
		const refs = [
			{ from: "z.md", line: 9, embed: false, to: GARDEN, blockId: "b", resolved: true },
			{ from: "a/x.md", line: 4, embed: true, to: GARDEN, blockId: "b", resolved: true },
			{ from: "z.md", line: 2, embed: false, to: GARDEN, blockId: "a", resolved: true },
		];
		assert.deepEqual(
			groupByCitingNote(refs).map((n) => [n.path, n.name, n.lines.map((l) => `${l.line}${l.embed ? "!" : ""}:${l.blockId}`)]),
			[
				["a/x.md", "x", ["4!:b"]],
				["z.md", "z", ["2:a", "9:b"]],
			],
		);
	});
});

describe("references view-model: what an ordinary note cites", () => {
	const index = fixtureIndex();

	test("notes/耐心.md: 4 items in 3 books in the note's order, the dangling id marked (entry null)", () => {
		const model = noteCitations(index, PATIENCE);
		assert.deepEqual(
			model.books.map((b) => [b.bookPath, b.bookTitle, b.items.map((i) => [i.blockId, i.entry?.line ?? "dangling", i.lines.map((l) => l.line)])]),
			[
				[GARDEN, "园丁与木匠", [["9900001-4-88-117", 30, [5]]]],
				[
					ORCHARD,
					"The Quiet Orchard",
					[
						["9900002-20-15-80", 29, [7]],
						["9900002-12-999-1000", "dangling", [9]],
					],
				],
				[LIGHTHOUSE, "夜航灯塔", [["9900003-7-210-238", 17, [11]]]],
			],
		);
		assert.equal(model.entryCount, 3);
		assert.equal(model.danglingCount, 1);
	});

	test("the daily note: two embeds of one book", () => {
		const model = noteCitations(index, DAILY);
		assert.deepEqual(
			model.books.map((b) => [b.bookTitle, b.items.map((i) => [i.entry?.text, i.lines.map((l) => [l.line, l.embed])])]),
			[
				[
					"园丁与木匠",
					[
						["清晨的花园里，露水还没有干，园丁已经在给番茄搭架子。", [[7, true]]],
						["木匠说，好的榫卯不用一颗钉子。", [[8, true]]],
					],
				],
			],
		);
	});

	test("a note citing nothing, and a note that does not exist", () => {
		assert.deepEqual(noteCitations(index, "notes/plain.md"), { path: "notes/plain.md", books: [], entryCount: 0, danglingCount: 0 });
		assert.deepEqual(noteCitations(index, "nowhere.md").books, []);
	});
});

describe("references view-model: the entry under the cursor", () => {
	const index = fixtureIndex();
	const at = (path: string, line: number): string | null => {
		const b = index.book(path);
		assert.ok(b);
		return new EntryLocator().at(b, line)?.blockId ?? null;
	};
	// [book, cursor line, block id of the entry there or null]
	const table: [string, number, string | null][] = [
		[GARDEN, 0, null],
		[GARDEN, 18, null], // chapter heading
		[GARDEN, 20, null], // blank line before the first highlight
		[GARDEN, 21, "9900001-3-120-151"], // its 📌 line
		[GARDEN, 22, "9900001-3-120-151"], // its ⏱ line
		[GARDEN, 23, null],
		[GARDEN, 24, "9900001-3-402-418"],
		[GARDEN, 25, "9900001-3-402-418"],
		[GARDEN, 27, null],
		[GARDEN, 30, "9900001-4-88-117"],
		[GARDEN, 31, "9900001-4-88-117"],
		[GARDEN, 32, null],
		[GARDEN, 37, "7000001-8AbCdEfGh"], // the thought's 📌 line
		[GARDEN, 39, "7000001-8AbCdEfGh"], // its ⏱ line
		[GARDEN, 40, null],
		[GARDEN, 1000, null],
		[ORCHARD, 22, "9900002-12-310-368"],
		[ORCHARD, 23, "9900002-12-310-368"],
		[ORCHARD, 24, null],
		[ORCHARD, 30, "9900002-20-15-80"],
		[LIGHTHOUSE, 17, "9900003-7-210-238"],
		[LIGHTHOUSE, 18, "9900003-7-210-238"],
		[LIGHTHOUSE, 19, "9900003-7-500-514"], // adjacent entries: no blank line between them
		[LIGHTHOUSE, 20, "9900003-7-500-514"],
		[LIGHTHOUSE, 21, null],
	];
	for (const [path, line, id] of table) {
		test(`${noteName(path)} line ${line} → ${id ?? "nothing"}`, () => assert.equal(at(path, line), id));
	}

	test("an empty list, and lines before the first span", () => {
		assert.equal(entryAtLine([], 3), undefined);
		const b = index.book(GARDEN);
		assert.ok(b);
		assert.equal(entryAtLine(entrySpans(b.entries), -1), undefined);
	});

	test("a merged entry is found on its highlight's lines and on its review's lines, and cited by either id", () => {
		const path = "weread/merged.md";
		const merged = new HighlightIndex();
		merged.upsertParsed(
			book(path, {
				chapters: [{ title: "一", level: 1, line: 5 }],
				highlights: [
					hl({ line: 8, endLine: 9, text: "甲乙丙", blockId: "1-1-0-5", chapterTitle: "一", chapterIndex: 0, chapterUid: 1, rangeStart: 0, rangeEnd: 5 }),
					hl({ line: 11, endLine: 12, text: "丁戊", blockId: "1-1-10-15", chapterTitle: "一", chapterIndex: 0, chapterUid: 1, rangeStart: 10, rangeEnd: 15 }),
				],
				reviews: [rv({ line: 20, endLine: 22, kind: "highlight-thought", blockId: "2-AbC", chapterTitle: "一", abstract: "甲乙丙", content: "想法" })],
			}),
		);
		merged.upsertLinks("a.md", [link(3, path, "1-1-0-5"), link(1, path, "2-abc", true)]);
		merged.upsertLinks("b.md", [link(0, path, "2-AbC")]);
		const b = merged.book(path);
		assert.ok(b);
		const entry = b.entries.find((e) => e.blockId === "1-1-0-5");
		assert.ok(entry?.review, "the thought merged into its highlight");
		const locator = new EntryLocator();
		assert.equal(locator.at(b, 9), entry);
		assert.equal(locator.at(b, 21), entry, "the review's lines");
		assert.equal(locator.at(b, 11)?.blockId, "1-1-10-15");
		assert.equal(locator.at(b, 15), undefined);
		for (const id of ["1-1-0-5", "2-abc"]) {
			const model = entryReferencesById(merged, path, id);
			assert.equal(model?.entry, entry);
			assert.deepEqual(
				model?.notes.map((n) => [n.path, n.lines.map((l) => [l.line, l.blockId])]),
				[
					["a.md", [[1, "2-abc"], [3, "1-1-0-5"]]],
					["b.md", [[0, "2-AbC"]]],
				],
			);
			assert.equal(model?.total, 3);
		}
		assert.equal(entryReferences(merged, entry).total, 3);
		assert.deepEqual(
			noteCitations(merged, "a.md").books.map((g) => g.items.map((i) => [i.entry === entry, i.lines.map((l) => l.line)])),
			[[[true, [1, 3]]]],
			"one item for a merged entry cited by both ids",
		);
	});
});

describe("references view-model: context text of a citing line", () => {
	const table: [string, string, [string, boolean][]][] = [
		["aliased wiki link", "工具需要时间磨，人也一样：[[园丁与木匠#^9900001-4-88-117|磨刀]]。", [["工具需要时间磨，人也一样：", false], ["磨刀", true], ["。", false]]],
		["wiki link shows the note name", "Attention is a kind of quiet — see [[The Quiet Orchard#^9900002-20-15-80]].", [["Attention is a kind of quiet — see ", false], ["The Quiet Orchard", true], [".", false]]],
		["an embed alone on its line", "![[园丁与木匠#^9900001-3-120-151]]", [["园丁与木匠", true]]],
		["markdown link shows its text", "A markdown link works too: [light](%E5%A4%9C%E8%88%AA%E7%81%AF%E5%A1%94.md#^9900003-7-210-238).", [["A markdown link works too: ", false], ["light", true], [".", false]]],
		["markdown link without text shows the decoded note name", "[](%E5%A4%9C%E8%88%AA%E7%81%AF%E5%A1%94.md#^x)", [["夜航灯塔", true]]],
		["link to a heading keeps the heading", "See [[folder/Book#Chapter 1]]", [["See ", false], ["Book › Chapter 1", true]]],
		["list marker, task box and trailing block id go", "- [ ] reread [[B#^a-1]] ^note-1", [["reread ", false], ["B", true]]],
		["quote and heading markers go", "> ## Quoted [[B#^x|q]]", [["Quoted ", false], ["q", true]]],
		["numbered list", "12. item", [["item", false]]],
		["HTML stays text", "<img src=x onerror=alert(1)> [[B#^x]]", [["<img src=x onerror=alert(1)> ", false], ["B", true]]],
		["empty line", "", []],
	];
	for (const [name, line, segments] of table) {
		test(name, () => {
			assert.deepEqual(
				contextSegments(line).map((s) => [s.text, s.link]),
				segments,
			);
			assert.equal(contextText(line), segments.map((s) => s[0]).join(""));
		});
	}
});

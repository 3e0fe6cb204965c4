import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as fc from "fast-check";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { ParsedNote, ResolvedLink } from "../../../src/core/model.ts";
import { book, ch, hl, rv, sampleBook } from "./builders.ts";
import { DASH_NOTE, QUOTE_NOTE } from "./notes.ts";

// Random sequences of changes must leave the index exactly as a fresh index built from the final files.
// The model is the vault: path → (content, links). A rename moves both and, like Obsidian with link updates,
// re-points links that resolved to the old path (the index's documented rename semantics).

const PATHS = ["a.md", "w/b.md", "w/浮生六记.md", "d.md"];
const IDS = ["840127-5-120-143", "840127-5-300-320", "401122-7SQWERTYU", "26713355-60-4243-4278", "9988-7AbCdEf", "t-1", "zz"];

type Content = { parsed: (path: string) => ParsedNote } | { text: string };
const CONTENTS: Content[] = [
	{ parsed: (p) => sampleBook(p) },
	{
		parsed: (p) =>
			book(p, {
				title: "Small",
				chapters: [ch("Only", 3)],
				highlights: [hl({ line: 4, text: "tiny 的 text", blockId: "t-1", chapterTitle: "Only", chapterIndex: 0, createdAt: "2023-08-12 01:00:00" })],
				reviews: [rv({ line: 9, kind: "highlight-thought", chapterTitle: "Only", abstract: "tiny 的 text", content: "merged", blockId: "zz" })],
			}),
	},
	{ parsed: (p) => book(p, { title: "Empty" }) },
	{ text: DASH_NOTE },
	{ text: QUOTE_NOTE },
	{ text: "# not a WeRead note\n[[浮生六记#^840127-5-120-143]]\n" },
];

type Op =
	| { kind: "upsert"; path: string; content: number }
	| { kind: "remove"; path: string }
	| { kind: "rename"; from: string; to: string }
	| { kind: "links"; path: string; links: ResolvedLink[] };

const pathArb = fc.constantFrom(...PATHS);
const linkArb: fc.Arbitrary<ResolvedLink> = fc.record({
	line: fc.nat(4),
	embed: fc.boolean(),
	linkpath: fc.constant("x"),
	blockId: fc.constantFrom(...IDS),
	to: fc.constantFrom<string | null>(...PATHS, null, "other.md"),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("upsert" as const), path: pathArb, content: fc.nat(CONTENTS.length - 1) }),
	fc.record({ kind: fc.constant("remove" as const), path: pathArb }),
	fc.record({ kind: fc.constant("rename" as const), from: pathArb, to: pathArb }),
	fc.record({ kind: fc.constant("links" as const), path: pathArb, links: fc.array(linkArb, { maxLength: 4 }) }),
);

interface FileModel {
	content?: number;
	links?: ResolvedLink[];
}

function upsert(index: HighlightIndex, path: string, content: number): void {
	const c = CONTENTS[content];
	if (c === undefined) throw new Error("no content");
	if ("text" in c) index.upsertNote(path, c.text);
	else index.upsertParsed(c.parsed(path));
}

function apply(index: HighlightIndex, model: Map<string, FileModel>, op: Op): void {
	switch (op.kind) {
		case "upsert":
			upsert(index, op.path, op.content);
			model.set(op.path, { ...model.get(op.path), content: op.content });
			return;
		case "remove":
			index.removeNote(op.path);
			model.delete(op.path);
			return;
		case "links":
			index.upsertLinks(op.path, op.links);
			model.set(op.path, { ...model.get(op.path), links: op.links });
			return;
		case "rename": {
			index.renameNote(op.from, op.to);
			if (op.from === op.to) return;
			const moved = model.get(op.from);
			model.delete(op.from);
			if (moved === undefined) model.delete(op.to);
			else model.set(op.to, moved);
			for (const file of model.values()) {
				file.links = file.links?.map((l) => (l.to === op.from ? { ...l, to: op.to } : l));
			}
		}
	}
}

function fresh(model: Map<string, FileModel>): HighlightIndex {
	const index = new HighlightIndex();
	for (const path of [...model.keys()].sort()) {
		const file = model.get(path);
		if (file?.content !== undefined) upsert(index, path, file.content);
		if (file?.links !== undefined) index.upsertLinks(path, file.links);
	}
	return index;
}

function dump(index: HighlightIndex): string {
	return JSON.stringify({
		books: index.books(),
		outline: index.books().map((b) => index.book(b.path)?.chapters.map((c) => [c.title, c.entries.map((e) => [e.key, e.kind, e.blockId, e.thought, e.day])])),
		days: index.byDay().map((b) => [b.key, b.entries.map((e) => e.key)]),
		weeks: index.buckets("week", 0).map((b) => [b.key, b.entries.length]),
		refs: index.references(),
		dangling: index.danglingReferences(),
		from: PATHS.map((p) => index.referencesFrom(p)),
		to: PATHS.flatMap((p) => IDS.map((id) => [index.citedCount(p, id), index.byBlockId(p, id)?.key ?? null])),
		search: ["的", "text", "浮生", "merged"].map((q) => index.search(q).map((e) => e.key)),
	});
}

describe("HighlightIndex: random change sequences (fast-check, seeded)", () => {
	test("end in the same state as a fresh index built from the final files", () => {
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
				const index = new HighlightIndex();
				const model = new Map<string, FileModel>();
				const heard: number[] = [];
				index.subscribe((r) => heard.push(r));
				for (const op of ops) {
					const before = index.revision;
					const notified = heard.length;
					apply(index, model, op);
					// A change notifies exactly once, with the new revision; a no-op neither grows it nor notifies.
					if (index.revision === before) assert.equal(heard.length, notified);
					else assert.deepEqual(heard.slice(notified), [index.revision]);
					// Read between changes, as panes do: what a change leaves cached (sorted paths, summaries, years) must hold.
					index.books();
					assert.deepEqual(index.years(), [...new Set([...index.dayCounts().keys()].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b));
				}
				assert.equal(dump(index), dump(fresh(model)));
			}),
			{ seed: 20230813, numRuns: 400 },
		);
	});

	test("the same sequence inside one batch notifies at most once and ends in the same state", () => {
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
				const index = new HighlightIndex();
				const model = new Map<string, FileModel>();
				const heard: number[] = [];
				index.subscribe((r) => heard.push(r));
				index.batch(() => ops.forEach((op) => apply(index, model, op)));
				assert.deepEqual(heard, index.revision === 0 ? [] : [index.revision]);
				assert.equal(dump(index), dump(fresh(model)));
			}),
			{ seed: 7, numRuns: 200 },
		);
	});
});

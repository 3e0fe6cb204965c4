import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { book, hl, link, observed, sampleBook } from "./builders.ts";

const B = "weread/浮生六记.md";

describe("HighlightIndex: revision, subscribe, batch", () => {
	test("each real change grows the revision and notifies with it", () => {
		const { index, heard } = observed();
		assert.equal(index.revision, 0);
		index.upsertParsed(sampleBook(B));
		index.upsertLinks("d.md", [link(1, B, "840127-5-120-143")]);
		index.renameNote(B, "b.md");
		index.removeNote("b.md");
		assert.deepEqual(heard, [1, 2, 3, 4]);
		assert.equal(index.revision, 4);
	});

	test("no-ops change nothing and notify nobody", () => {
		const { index, heard } = observed();
		const parsed = sampleBook(B);
		index.upsertParsed(parsed);
		index.upsertLinks("d.md", [link(1, B, "840127-5-120-143"), link(2, null, "x")]);
		heard.length = 0;
		const before = index.revision;
		index.upsertParsed(parsed); // the same parse result again
		index.upsertLinks("d.md", [link(1, B, "840127-5-120-143")]); // the unresolved link was never kept
		index.upsertLinks("e.md", [link(1, null, "x")]); // nothing to keep
		index.upsertLinks("f.md", []);
		index.removeNote("absent.md");
		index.renameNote("absent.md", "elsewhere.md");
		index.renameNote(B, B);
		index.upsertParsed({ kind: "not-weread", path: "plain.md" });
		assert.deepEqual(heard, []);
		assert.equal(index.revision, before);
	});

	test("batch: many changes, one notification with the final revision; nested batches notify once", () => {
		const { index, heard } = observed();
		index.batch(() => {
			index.upsertParsed(sampleBook(B));
			index.batch(() => {
				index.upsertParsed(book("b.md", { highlights: [hl({ line: 1, text: "t" })] }));
			});
			assert.deepEqual(heard, [], "nothing is heard inside the batch");
			index.upsertLinks("d.md", [link(1, B, "840127-5-120-143")]);
		});
		assert.deepEqual(heard, [3]);
		index.batch(() => index.removeNote("absent.md"));
		assert.deepEqual(heard, [3], "a batch without changes notifies nobody");
	});

	test("a batch whose function throws still notifies the changes it made, then rethrows", () => {
		const { index, heard } = observed();
		assert.throws(() =>
			index.batch(() => {
				index.upsertParsed(sampleBook(B));
				throw new Error("boom");
			}),
		);
		assert.deepEqual(heard, [1]);
		index.upsertParsed(book("x.md"));
		assert.deepEqual(heard, [1, 2], "the index is out of batch mode afterwards");
	});

	test("unsubscribe stops notifications; the same function subscribed twice is heard twice", () => {
		const index = new HighlightIndex();
		const heard: string[] = [];
		const fn = (r: number): void => void heard.push(`f${r}`);
		const offA = index.subscribe(fn);
		const offB = index.subscribe(fn);
		index.upsertParsed(sampleBook(B));
		offA();
		index.removeNote(B);
		offB();
		index.upsertParsed(sampleBook(B));
		assert.deepEqual(heard, ["f1", "f1", "f2"]);
	});

	test("a throwing listener does not keep the others from hearing; its error surfaces", () => {
		const index = new HighlightIndex();
		const heard: number[] = [];
		index.subscribe(() => {
			throw new Error("broken view");
		});
		index.subscribe((r) => heard.push(r));
		assert.throws(() => index.upsertParsed(sampleBook(B)), /broken view/);
		assert.deepEqual(heard, [1]);
		assert.ok(index.book(B), "the change itself was applied");
	});
});

// The timeline's filter by a span of days (issue 14: a month, a streak or a year from the year in reading), on a
// hand-built index:
//   a.md  2023-01-31 09:00 "apple", 2023-02-01 10:00 "banana", 2023-02-28 08:00 "cherry", undated "damson"
//   b.md  2023-02-14 12:00 "apple tart", 2023-03-01 07:00 "elder"
// February 2023 (02-01 … 02-28) holds banana, apple tart, cherry: newest first cherry (02-28), apple tart (02-14),
// banana (02-01); undated entries are in no span.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { translator } from "../../../src/core/i18n.ts";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { TimelineModel, type TimelineRows, type TimelineState } from "../../../src/core/view-models/timeline.ts";
import { book, hl } from "../index/builders.ts";

const A = "weread/a.md";
const B = "weread/b.md";

function sample(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(
		book(A, {
			highlights: [
				hl({ line: 10, text: "apple", createdAt: "2023-01-31 09:00:00" }),
				hl({ line: 12, text: "banana", createdAt: "2023-02-01 10:00:00" }),
				hl({ line: 14, text: "cherry", createdAt: "2023-02-28 08:00:00" }),
				hl({ line: 16, text: "damson", createdAt: null }),
			],
		}),
	);
	index.upsertParsed(
		book(B, {
			highlights: [
				hl({ line: 10, text: "apple tart", createdAt: "2023-02-14 12:00:00" }),
				hl({ line: 12, text: "elder", createdAt: "2023-03-01 07:00:00" }),
			],
		}),
	);
	return index;
}

const BASE: TimelineState = { grouping: "day", weekStartsOn: 1, query: "", book: null, day: null };
const FEBRUARY = { from: "2023-02-01", to: "2023-02-28" };

function texts(rows: TimelineRows): string[] {
	const out: string[] = [];
	for (let i = 0; i < rows.length; i++) {
		const row = rows.row(i);
		out.push(row?.kind === "entry" ? row.entry.text : `# ${row?.groupKey ?? "?"}`);
	}
	return out;
}

describe("timeline range filter", () => {
	const en = translator("en");

	test("a month: its days' entries only, newest first, grouped as asked", () => {
		const model = new TimelineModel(sample(), () => en);
		assert.deepEqual(texts(model.rows({ ...BASE, range: FEBRUARY })), ["# 2023-02-28", "cherry", "# 2023-02-14", "apple tart", "# 2023-02-01", "banana"]);
		assert.deepEqual(texts(model.rows({ ...BASE, grouping: "month", range: FEBRUARY })), ["# 2023-02", "cherry", "apple tart", "banana"]);
		assert.equal(model.rows({ ...BASE, range: FEBRUARY }).entryCount, 3);
		// Without a range (or with null): every entry, the undated one last.
		assert.equal(model.rows({ ...BASE, range: null }).entryCount, 6);
	});

	test("with a book or a search: both filters apply", () => {
		const model = new TimelineModel(sample(), () => en);
		assert.deepEqual(texts(model.rows({ ...BASE, range: FEBRUARY, book: A })), ["# 2023-02-28", "cherry", "# 2023-02-01", "banana"]);
		// "apple" matches apple (January) and apple tart (February): the range keeps the second.
		assert.deepEqual(texts(model.rows({ ...BASE, range: FEBRUARY, query: "apple" })), ["# 2023-02-14", "apple tart"]);
	});

	test("a day, when set, wins over a range; an equal range from another object is the same state (cached rows)", () => {
		const model = new TimelineModel(sample(), () => en);
		assert.deepEqual(texts(model.rows({ ...BASE, range: FEBRUARY, day: "2023-03-01" })), ["# 2023-03-01", "elder"]);
		const first = model.rows({ ...BASE, range: { ...FEBRUARY } });
		assert.equal(model.rows({ ...BASE, range: { ...FEBRUARY } }), first);
		assert.notEqual(model.rows({ ...BASE, range: { from: "2023-02-01", to: "2023-03-01" } }), first);
		assert.equal(model.rows({ ...BASE, range: { from: "2023-02-01", to: "2023-03-01" } }).entryCount, 4);
	});
});

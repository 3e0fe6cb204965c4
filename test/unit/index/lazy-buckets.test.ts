// Lazy buckets: the same groups and entries as `buckets`, sizes known without ordering any day, and after a change
// the timeline model orders only the days whose rows are read (the 500k-highlight update figure rests on that).
import { afterEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { translator } from "../../../src/core/i18n.ts";
import { DayStore } from "../../../src/core/index/day-store.ts";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import type { Grouping } from "../../../src/core/index/types.ts";
import { TimelineModel } from "../../../src/core/view-models/timeline.ts";
import { book, hl } from "./builders.ts";

/** `books` books, each with one highlight on each of `days` consecutive days from 2024-01-01 (and one undated). */
function spread(books: number, days: number): HighlightIndex {
	const index = new HighlightIndex();
	for (let b = 0; b < books; b++) {
		const highlights = [];
		for (let d = 0; d < days; d++) {
			const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
			highlights.push(hl({ line: 10 + 2 * d, text: `b${b} d${d}`, createdAt: `${date} ${String(b % 24).padStart(2, "0")}:00:00` }));
		}
		highlights.push(hl({ line: 10 + 2 * days, text: `b${b} undated`, createdAt: null }));
		index.upsertParsed(book(`weread/${String(b).padStart(2, "0")}.md`, { highlights }));
	}
	return index;
}

const original = DayStore.prototype.entriesOn;
let reads: string[] = [];
function countReads(): void {
	reads = [];
	DayStore.prototype.entriesOn = function (this: DayStore, key: string) {
		reads.push(key);
		return original.call(this, key);
	};
}
afterEach(() => {
	DayStore.prototype.entriesOn = original;
});

describe("lazy buckets", () => {
	for (const grouping of ["day", "week", "month"] as const satisfies readonly Grouping[]) {
		test(`${grouping}: the same keys, counts and entries as buckets(), with and without a range`, () => {
			const index = spread(5, 70);
			for (const range of [undefined, { from: "2024-01-15", to: "2024-02-20" }]) {
				const eager = index.buckets(grouping, 0, range);
				const lazy = index.lazyBuckets(grouping, 0, range);
				assert.deepEqual(
					lazy.map((b) => [b.key, b.count]),
					eager.map((b) => [b.key, b.entries.length]),
				);
				lazy.forEach((b, i) => assert.deepEqual(b.entries(), eager[i]?.entries));
				const first = lazy[0];
				assert.ok(first !== undefined && first.entries() === first.entries(), "one array per bucket");
			}
			assert.equal(index.lazyBuckets(grouping).at(-1)?.key, "undated");
			assert.equal(index.lazyBuckets(grouping).at(-1)?.count, 5);
		});
	}

	test("after a change, the timeline's row count orders no day; reading a row orders only its day", () => {
		const index = spread(8, 200);
		const t = translator("en");
		const model = new TimelineModel(index, () => t);
		const state = { grouping: "day", weekStartsOn: 1, query: "", book: null, day: null } as const;
		model.rows(state).row(1);
		// Book 03 changes on all of its 200 days (its hour moves): each of those days must be ordered again.
		const changed = [];
		for (let d = 0; d < 200; d++) {
			const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
			changed.push(hl({ line: 10 + 2 * d, text: `b3 d${d} edited`, createdAt: `${date} 23:30:00` }));
		}
		changed.push(hl({ line: 410, text: "b3 undated", createdAt: null }));
		countReads();
		index.upsertParsed(book("weread/03.md", { highlights: changed }));
		const rows = model.rows(state);
		assert.equal(rows.length, 200 + 200 * 8 + 1 + 8, "200 day headers, 1,600 entries, the undated header and 8 entries");
		assert.deepEqual(reads, [], "no day ordered to count rows");
		const row = rows.row(1);
		assert.equal(row?.kind, "entry");
		assert.deepEqual(reads, ["2024-07-18"], "only the newest day");
		assert.equal(row?.kind === "entry" ? row.entry.text : "", "b3 d199 edited", "the edited entry (23:30) is the newest of its day");
	});
});

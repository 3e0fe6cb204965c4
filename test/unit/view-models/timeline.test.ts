// The timeline view-model: groups, order, filters and their combinations on a small hand-built index whose expected
// rows are worked out below; the same model at 100k entries (structure only, no timing).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { translator } from "../../../src/core/i18n.ts";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { SEARCH_LIMIT, TimelineModel, type TimelineRows, type TimelineState } from "../../../src/core/view-models/timeline.ts";
import { book, hl } from "../index/builders.ts";

const A = "weread/a.md";
const B = "weread/b.md";

// 2023-01-01 is a Sunday, 2023-01-02 a Monday, 2023-02-15 a Wednesday.
function sample(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(
		book(A, {
			title: "Alpha",
			author: "Ann",
			highlights: [
				hl({ line: 10, text: "apple pie", createdAt: "2023-01-01 09:00:00" }),
				hl({ line: 12, text: "banana", createdAt: "2023-01-02 10:00:00" }),
				hl({ line: 14, text: "Cherry", createdAt: "2023-01-02 08:00:00", thought: "sour" }),
				hl({ line: 16, text: "undated apple", createdAt: null }),
			],
		}),
	);
	index.upsertParsed(
		book(B, {
			title: "Beta",
			author: "Bob Appleseed",
			highlights: [hl({ line: 10, text: "durian", createdAt: "2023-01-02 11:00:00" }), hl({ line: 12, text: "elder", createdAt: "2023-02-15 12:00:00" })],
		}),
	);
	return index;
}

const BASE: TimelineState = { grouping: "day", weekStartsOn: 1, query: "", book: null, day: null };

/** Rows as short strings: `# key label (count)` for headers, `path:line` for entries. */
function dump(rows: TimelineRows): string[] {
	const out: string[] = [];
	for (let i = 0; i < rows.length; i++) {
		const row = rows.row(i);
		if (row === undefined) throw new Error(`no row ${i}`);
		out.push(row.kind === "header" ? `# ${row.groupKey} ${row.label} (${row.count})` : `${row.entry.bookPath === A ? "a" : "b"}:${row.entry.line}`);
	}
	return out;
}

function model(index: HighlightIndex, locale: "en" | "zh" = "en"): TimelineModel {
	const t = translator(locale);
	return new TimelineModel(index, () => t);
}

describe("timeline view-model", () => {
	test("day groups, newest first, within a day by time, undated last", () => {
		const rows = model(sample()).rows(BASE);
		assert.deepEqual(dump(rows), [
			"# 2023-02-15 2023-02-15 · Wednesday (1)",
			"b:12",
			"# 2023-01-02 2023-01-02 · Monday (3)",
			"b:10",
			"a:12",
			"a:14",
			"# 2023-01-01 2023-01-01 · Sunday (1)",
			"a:10",
			"# undated Undated (1)",
			"a:16",
		]);
		assert.equal(rows.length, 10);
		assert.equal(rows.entryCount, 6);
		assert.equal(rows.row(10), undefined);
		assert.equal(rows.row(-1), undefined);
		assert.equal(rows.isHeader(2), true);
		assert.equal(rows.isHeader(3), false);
	});

	test("week groups honour the week start; month groups", () => {
		const index = sample();
		assert.deepEqual(dump(model(index).rows({ ...BASE, grouping: "week", weekStartsOn: 1 })), [
			"# 2023-02-13 Week of 2023-02-13 (1)",
			"b:12",
			"# 2023-01-02 Week of 2023-01-02 (3)",
			"b:10",
			"a:12",
			"a:14",
			// Sunday 2023-01-01 belongs to the Monday-started week of 2022-12-26.
			"# 2022-12-26 Week of 2022-12-26 (1)",
			"a:10",
			"# undated Undated (1)",
			"a:16",
		]);
		assert.deepEqual(dump(model(index).rows({ ...BASE, grouping: "week", weekStartsOn: 0 })), [
			"# 2023-02-12 Week of 2023-02-12 (1)",
			"b:12",
			// With Sunday starts, 2023-01-01 and 2023-01-02 share a week.
			"# 2023-01-01 Week of 2023-01-01 (4)",
			"b:10",
			"a:12",
			"a:14",
			"a:10",
			"# undated Undated (1)",
			"a:16",
		]);
		assert.deepEqual(dump(model(index).rows({ ...BASE, grouping: "month" })), ["# 2023-02 2023-02 (1)", "b:12", "# 2023-01 2023-01 (4)", "b:10", "a:12", "a:14", "a:10", "# undated Undated (1)", "a:16"]);
		const zh = model(index, "zh").rows({ ...BASE, grouping: "month" });
		const head = zh.row(0);
		assert.equal(head?.kind === "header" ? head.label : null, "2023年2月");
	});

	test("search: text, thought and the book's author match; case-insensitive; every term must match", () => {
		const index = sample();
		const m = model(index);
		// "apple": a:10 and a:16 by text, every entry of Beta by its author "Bob Appleseed".
		assert.deepEqual(dump(m.rows({ ...BASE, query: "APPLE" })), [
			"# 2023-02-15 2023-02-15 · Wednesday (1)",
			"b:12",
			"# 2023-01-02 2023-01-02 · Monday (1)",
			"b:10",
			"# 2023-01-01 2023-01-01 · Sunday (1)",
			"a:10",
			"# undated Undated (1)",
			"a:16",
		]);
		assert.deepEqual(dump(m.rows({ ...BASE, query: "apple  pie" })), ["# 2023-01-01 2023-01-01 · Sunday (1)", "a:10"]);
		assert.deepEqual(dump(m.rows({ ...BASE, query: "sour" })), ["# 2023-01-02 2023-01-02 · Monday (1)", "a:14"]);
		assert.deepEqual(dump(m.rows({ ...BASE, query: "nothing-like-this" })), []);
		assert.equal(m.rows({ ...BASE, query: "apple" }).truncated, false);
	});

	test("book filter, day filter and every combination with search", () => {
		const m = model(sample());
		assert.deepEqual(dump(m.rows({ ...BASE, book: A })), [
			"# 2023-01-02 2023-01-02 · Monday (2)",
			"a:12",
			"a:14",
			"# 2023-01-01 2023-01-01 · Sunday (1)",
			"a:10",
			"# undated Undated (1)",
			"a:16",
		]);
		assert.deepEqual(dump(m.rows({ ...BASE, day: "2023-01-02" })), ["# 2023-01-02 2023-01-02 · Monday (3)", "b:10", "a:12", "a:14"]);
		assert.deepEqual(dump(m.rows({ ...BASE, day: "2023-01-02", book: A })), ["# 2023-01-02 2023-01-02 · Monday (2)", "a:12", "a:14"]);
		assert.deepEqual(dump(m.rows({ ...BASE, day: "2023-01-02", query: "apple" })), ["# 2023-01-02 2023-01-02 · Monday (1)", "b:10"]);
		assert.deepEqual(dump(m.rows({ ...BASE, book: B, query: "apple" })), ["# 2023-02-15 2023-02-15 · Wednesday (1)", "b:12", "# 2023-01-02 2023-01-02 · Monday (1)", "b:10"]);
		assert.deepEqual(dump(m.rows({ ...BASE, book: A, query: "apple" })), ["# 2023-01-01 2023-01-01 · Sunday (1)", "a:10", "# undated Undated (1)", "a:16"]);
		assert.deepEqual(dump(m.rows({ ...BASE, book: A, day: "2023-01-02", query: "cherry" })), ["# 2023-01-02 2023-01-02 · Monday (1)", "a:14"]);
		assert.deepEqual(dump(m.rows({ ...BASE, day: "2023-03-01" })), []);
		// A day filter under week grouping: one group, the day's week.
		assert.deepEqual(dump(m.rows({ ...BASE, grouping: "week", day: "2023-01-01" })), ["# 2022-12-26 Week of 2022-12-26 (1)", "a:10"]);
	});

	test("a day's or a book's matches equal the index's own search restricted to them", () => {
		const index = sample();
		const m = model(index);
		for (const query of ["apple", "a", "an", "bob", "alpha", "sour", "CHERRY sour", "e r", "pie apple", "zzz"]) {
			const expected = new Set(index.search(query, 1000).map((e) => e.key));
			for (const filter of [{ day: "2023-01-02" }, { day: "2023-01-01" }, { book: A }, { book: B }] as const) {
				const rows = m.rows({ ...BASE, query, ...filter });
				const got = new Set<string>();
				for (let i = 0; i < rows.length; i++) {
					const row = rows.row(i);
					if (row?.kind === "entry") got.add(row.entry.key);
				}
				const unfiltered = m.rows({ ...BASE, ...filter });
				const want = new Set<string>();
				for (let i = 0; i < unfiltered.length; i++) {
					const row = unfiltered.row(i);
					if (row?.kind === "entry" && expected.has(row.entry.key)) want.add(row.entry.key);
				}
				assert.deepEqual([...got].sort(), [...want].sort(), `${query} ${JSON.stringify(filter)}`);
			}
		}
	});

	test("the heatmap counts what the list shows under search and book filters; the day filter is left out", () => {
		const index = sample();
		let searches = 0;
		const counted = Object.assign(Object.create(index) as HighlightIndex, {
			search: (query: string, limit?: number) => {
				searches++;
				return index.search(query, limit);
			},
		});
		const m = model(counted);
		const counts = (state: Partial<TimelineState>, range?: { from: string; to: string }): [string, number][] => [...m.heatmapSource({ ...BASE, ...state }).dayCounts(range)].sort();
		// No filter: every dated entry (the undated apple is not on the heatmap).
		assert.deepEqual(counts({}), [
			["2023-01-01", 1],
			["2023-01-02", 3],
			["2023-02-15", 1],
		]);
		// Book A: apple pie (01-01), banana and Cherry (01-02); a day filter on top changes nothing.
		const bookA: [string, number][] = [
			["2023-01-01", 1],
			["2023-01-02", 2],
		];
		assert.deepEqual(counts({ book: A }), bookA);
		assert.deepEqual(counts({ book: A, day: "2023-01-02" }), bookA);
		// "apple": apple pie (01-01), and both of Beta's entries through its author Bob Appleseed (01-02, 02-15).
		const apple: [string, number][] = [
			["2023-01-01", 1],
			["2023-01-02", 1],
			["2023-02-15", 1],
		];
		assert.equal(m.rows({ ...BASE, query: "apple" }).entryCount, 4);
		assert.deepEqual(counts({ query: "apple" }), apple);
		assert.equal(searches, 1, "the heatmap reuses the list's search");
		m.rows({ ...BASE, query: "apple", day: "2023-01-01" });
		m.rows({ ...BASE, query: "apple", day: "2023-02-15" });
		assert.deepEqual(counts({ query: "apple", day: "2023-02-15" }), apple);
		assert.equal(searches, 1, "picking days does not search again");
		assert.deepEqual(counts({ query: "apple" }, { from: "2023-01-02", to: "2023-12-31" }), apple.slice(1));
		assert.deepEqual(counts({ query: "apple", book: A }), [["2023-01-01", 1]]);
		assert.deepEqual(counts({ query: "zzz" }), []);
		// A change in the index is counted again.
		index.upsertParsed(book("weread/c.md", { title: "Gamma", highlights: [hl({ line: 3, text: "crab apple", createdAt: "2023-03-01 07:00:00" })] }));
		assert.deepEqual(counts({ query: "apple" }), [...apple, ["2023-03-01", 1]]);
	});

	test("rows are cached per index revision and state; a change in the index gives new rows", () => {
		const index = sample();
		const m = model(index);
		const first = m.rows(BASE);
		assert.equal(m.rows({ ...BASE }), first);
		assert.notEqual(m.rows({ ...BASE, grouping: "week" }), first);
		index.upsertParsed(book("weread/c.md", { title: "Gamma", highlights: [hl({ line: 3, text: "fig", createdAt: "2023-03-01 07:00:00" })] }));
		const next = m.rows(BASE);
		assert.notEqual(next, first);
		assert.deepEqual(dump(next).slice(0, 2), ["# 2023-03-01 2023-03-01 · Wednesday (1)", `${"b"}:3`]);
	});

	test("sameKinds: rows with headers at the same places (a note edited, no group resized) match; other groups do not", () => {
		const index = sample();
		const m = model(index);
		const first = m.rows(BASE);
		assert.equal(first.sameKinds(first), true);
		// B's texts change, its days and counts do not.
		index.upsertParsed(book(B, { title: "Beta", highlights: [hl({ line: 10, text: "durian!", createdAt: "2023-01-02 11:30:00" }), hl({ line: 12, text: "elder!", createdAt: "2023-02-15 12:00:00" })] }));
		const edited = m.rows(BASE);
		assert.notEqual(edited, first);
		assert.equal(edited.sameKinds(first), true);
		// One more entry on 2023-01-02: a group grows, every header after it moves.
		index.upsertParsed(book(B, { title: "Beta", highlights: [hl({ line: 10, text: "durian", createdAt: "2023-01-02 11:00:00" }), hl({ line: 12, text: "elder", createdAt: "2023-02-15 12:00:00" }), hl({ line: 14, text: "fig", createdAt: "2023-01-02 07:00:00" })] }));
		assert.equal(m.rows(BASE).sameKinds(edited), false);
		// As many rows, headers elsewhere: the week grouping of the same entries.
		const days = m.rows(BASE);
		const weeks = m.rows({ ...BASE, grouping: "week" });
		assert.equal(weeks.sameKinds(days), weeks.length === days.length && dump(weeks).every((r, i) => r.startsWith("#") === (dump(days)[i] ?? "").startsWith("#")));
	});

	test("indexOfEntry finds an entry's row, and -1 when a filter hides it", () => {
		const index = sample();
		const m = model(index);
		const entry = index.byDay({ from: "2023-01-02", to: "2023-01-02" })[0]?.entries[2];
		assert.ok(entry);
		const rows = m.rows(BASE);
		const i = rows.indexOfEntry(entry);
		assert.equal(i, 5);
		assert.equal(rows.row(i)?.key, entry.key);
		assert.equal(m.rows({ ...BASE, book: B }).indexOfEntry(entry), -1);
		const undated = index.entries().at(-1);
		assert.ok(undated);
		assert.equal(m.rows({ ...BASE, grouping: "month" }).indexOfEntry(undated), 8);
	});

	test("search results stop at SEARCH_LIMIT and say so", () => {
		const index = new HighlightIndex();
		const highlights = Array.from({ length: SEARCH_LIMIT + 10 }, (_, i) => hl({ line: i * 3, text: `common ${i}`, createdAt: `2022-0${(i % 9) + 1}-1${i % 10} 10:00:00` }));
		index.upsertParsed(book("weread/big.md", { highlights }));
		const rows = model(index).rows({ ...BASE, query: "common" });
		assert.equal(rows.entryCount, SEARCH_LIMIT);
		assert.equal(rows.truncated, true);
	});

	test("100k entries: the row model has one header per group and every entry, in the index's order", () => {
		const index = new HighlightIndex();
		const perBook = 1000;
		index.batch(() => {
			for (let b = 0; b < 100; b++) {
				const highlights = Array.from({ length: perBook }, (_, i) => {
					const n = b * perBook + i;
					// ~3 years of days; a few undated.
					const day = new Date(Date.UTC(2021, 0, 1) + (n % 1100) * 86_400_000).toISOString().slice(0, 10);
					return hl({ line: i * 3, text: `h${n}`, createdAt: n % 997 === 0 ? null : `${day} ${String(n % 24).padStart(2, "0")}:00:00` });
				});
				index.upsertParsed(book(`weread/b${String(b).padStart(3, "0")}.md`, { highlights }));
			}
		});
		const m = model(index);
		for (const grouping of ["day", "week", "month"] as const) {
			const rows = m.rows({ ...BASE, grouping });
			const buckets = index.buckets(grouping, 1);
			assert.equal(rows.entryCount, 100_000);
			assert.equal(rows.length, 100_000 + buckets.length);
			assert.equal(rows.groups.length, buckets.length);
			// Spot checks across the whole range against the index's own flattening.
			const flat: string[] = [];
			for (const b of buckets) {
				flat.push(`group:${b.key}`);
				for (const e of b.entries) flat.push(e.key);
			}
			for (let i = 0; i < rows.length; i += 997) assert.equal(rows.row(i)?.key, flat[i], `${grouping} row ${i}`);
			assert.equal(rows.row(rows.length - 1)?.key, flat[flat.length - 1]);
			assert.equal(rows.row(rows.length - 1)?.groupKey, "undated");
		}
	});
});


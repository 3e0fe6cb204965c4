// highlights({ book, from, to, query, limit }): filters, order, bounds and argument checks, over the hand-dated fixture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { compareNewestFirst, createApi, DEFAULT_HIGHLIGHT_LIMIT, MAX_HIGHLIGHT_LIMIT } from "../../../src/core/api/index.ts";
import { book, hl } from "../index/builders.ts";
import { ARCHIVE, apiIndex, FUSHENG, NEWEST_FIRST, OTHER, where } from "./fixture.ts";

function api(index: HighlightIndex = apiIndex()): ReturnType<typeof createApi>["api"] {
	return createApi({ index, ready: () => true, changes: () => () => {}, reportError: () => {} }).api;
}

test("highlights(): every entry newest first, undated last, ties by book path then line", () => {
	assert.deepEqual(where(api().highlights()), NEWEST_FIRST);
	assert.deepEqual(where(api().highlights({})), NEWEST_FIRST);
});

test("highlights(): the whole-vault path (the timeline's day buckets) orders exactly as compareNewestFirst", () => {
	const index = apiIndex();
	const sorted = [...index.entries()].sort(compareNewestFirst).map((e) => [e.bookPath, e.line]);
	assert.deepEqual(where(api(index).highlights()), sorted);
});

test("highlights(): from/to are inclusive days and leave undated entries out", () => {
	const a = api();
	assert.deepEqual(where(a.highlights({ from: "2023-08-13", to: "2023-08-15" })), [[FUSHENG, 22], [OTHER, 5], [FUSHENG, 12]]);
	assert.deepEqual(where(a.highlights({ from: "2023-08-16" })), [[OTHER, 9], [FUSHENG, 46]]);
	assert.deepEqual(where(a.highlights({ to: "2023-08-12" })), [[FUSHENG, 40], [FUSHENG, 15], [ARCHIVE, 3]]);
	assert.deepEqual(where(a.highlights({ from: "2023-08-14", to: "2023-08-14" })), []);
	assert.deepEqual(where(a.highlights({ from: "2023-08-16", to: "2023-08-13" })), [], "an inverted range holds nothing");
});

test("highlights(): book is a path, else every book with exactly that title; unknown → nothing", () => {
	const a = api();
	assert.deepEqual(where(a.highlights({ book: FUSHENG })), [[FUSHENG, 46], [FUSHENG, 22], [FUSHENG, 12], [FUSHENG, 40], [FUSHENG, 15], [FUSHENG, 56]]);
	assert.deepEqual(where(a.highlights({ book: "Walden" })), [[OTHER, 9], [OTHER, 5], [ARCHIVE, 3]], "two books titled Walden");
	assert.deepEqual(where(a.highlights({ book: "浮生六记" })), where(a.highlights({ book: FUSHENG })), "the title of one book");
	assert.deepEqual(where(a.highlights({ book: "walden" })), [], "titles match exactly");
	assert.deepEqual(where(a.highlights({ book: "weread/none.md" })), []);
	assert.deepEqual(where(a.highlights({ book: FUSHENG, from: "2023-08-13", to: "2023-08-15" })), [[FUSHENG, 22], [FUSHENG, 12]]);
});

test("highlights(): query uses the index's search (every term; text, thought, chapter, title, author; any case)", () => {
	const a = api();
	assert.deepEqual(where(a.highlights({ query: "SIMPLIFY" })), [[OTHER, 5]]);
	assert.deepEqual(where(a.highlights({ query: "童趣" })), [[FUSHENG, 22]], "in a thought");
	assert.deepEqual(where(a.highlights({ query: "闲情记趣" })), [[FUSHENG, 46], [FUSHENG, 22]], "in a chapter title");
	assert.deepEqual(where(a.highlights({ query: "walden woods" })), [[OTHER, 9]], "title and text: both terms");
	assert.deepEqual(where(a.highlights({ query: "沈复" })), where(a.highlights({ book: FUSHENG })), "the author: the whole book, newest first");
	assert.deepEqual(where(a.highlights({ query: "沈复", from: "2023-08-13" })), [[FUSHENG, 46], [FUSHENG, 22], [FUSHENG, 12]]);
	assert.deepEqual(where(a.highlights({ query: "walden", book: ARCHIVE })), [[ARCHIVE, 3]]);
	assert.deepEqual(where(a.highlights({ query: "nowhere" })), []);
	assert.deepEqual(where(a.highlights({ query: "   " })), NEWEST_FIRST, "a query of no terms filters nothing");
});

test("highlights(): limit takes the newest n; default 1000; clamped to 10,000", () => {
	const a = api();
	assert.deepEqual(where(a.highlights({ limit: 2 })), NEWEST_FIRST.slice(0, 2));
	assert.deepEqual(where(a.highlights({ query: "沈复", limit: 1 })), [[FUSHENG, 46]]);
	assert.deepEqual(where(a.highlights({ book: "Walden", limit: 2 })), [[OTHER, 9], [OTHER, 5]]);

	// Fewer wanted than matched: only the newest days are sorted; the result is still the head of the full order.
	const all = where(a.highlights());
	for (let limit = 1; limit <= NEWEST_FIRST.length; limit++) {
		assert.deepEqual(where(a.highlights({ limit })), all.slice(0, limit), `whole vault, limit ${limit}`);
		assert.deepEqual(where(a.highlights({ book: FUSHENG, limit })), where(a.highlights({ book: FUSHENG })).slice(0, limit), `one book, limit ${limit}`);
		assert.deepEqual(where(a.highlights({ query: "e", limit })), where(a.highlights({ query: "e" })).slice(0, limit), `a query, limit ${limit}`);
	}
	assert.ok(a.highlights({ query: "e" }).length >= 4, "the query matches several entries");

	const big = new HighlightIndex();
	const count = MAX_HIGHLIGHT_LIMIT + 5;
	const highlights = Array.from({ length: count }, (_, i) =>
		hl({ line: i, text: `line ${i}`, createdAt: `2020-01-01 ${String(Math.floor(i / 3600) % 24).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}` }),
	);
	big.upsertParsed(book("weread/Big.md", { highlights }));
	const b = api(big);
	assert.equal(b.highlights().length, DEFAULT_HIGHLIGHT_LIMIT);
	assert.equal(b.highlights({ limit: 1_000_000 }).length, MAX_HIGHLIGHT_LIMIT);
	assert.equal(b.highlights({ book: "weread/Big.md", limit: 1_000_000 }).length, MAX_HIGHLIGHT_LIMIT);
	assert.equal(b.highlights({ query: "line", limit: 1_000_000 }).length, MAX_HIGHLIGHT_LIMIT);
	assert.equal(b.highlights({ limit: 3 })[0]?.line, count - 1, "newest first: the last line has the latest time");
});

test("highlights(): a wrong argument throws a TypeError naming it", () => {
	const a = api();
	const bad: [unknown, RegExp][] = [
		[{ from: "2023/08/13" }, /from must be a yyyy-MM-dd day/],
		[{ to: "2023-8-1" }, /to must be a yyyy-MM-dd day/],
		[{ from: 20230813 }, /from must be a string/],
		[{ book: 5 }, /book must be a string/],
		[{ query: ["a"] }, /query must be a string/],
		[{ limit: 0 }, /limit must be a positive integer, not 0/],
		[{ limit: 1.5 }, /limit must be a positive integer/],
		[{ limit: "10" }, /limit must be a positive integer, not string/],
		[{ limit: Number.NaN }, /limit must be a positive integer/],
		["2023-08-13", /query must be an object/],
		[null, /query must be an object/],
	];
	for (const [query, message] of bad) assert.throws(() => a.highlights(query as never), { name: "TypeError", message }, JSON.stringify(query));
});

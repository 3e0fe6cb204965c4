// The scripting API (issue 14, item 6) on the bench's large index: what a dataviewjs block pays per call. Each call
// builds fresh frozen records, so the figures are the mapping + freezing on top of the index query; `highlights`
// is bounded (1,000 by default, 10,000 at most), so its cost must not grow with the vault beyond the query itself.
import type { createApi as CreateApi } from "../../src/core/api/create-api.ts";
import type { HighlightIndex } from "../../src/core/index/highlight-index.ts";
import { timeMedian } from "./measure.ts";

export interface ScriptApiFigures {
	/** `books()` after a change (the list rebuilt), ms. */
	readonly api_books_ms: number;
	/** `highlights()`: the newest 1,000 of the whole vault, ms. */
	readonly api_highlights_default_ms: number;
	/** `highlights({ limit: 10000 })`: the cap, ms. */
	readonly api_highlights_cap_ms: number;
	/** `highlights({ query })`, the index's search warm, newest 1,000 of the matches, median over the queries, ms. */
	readonly api_highlights_query_ms: number;
	/** `highlights({ book })` of the largest book, ms. */
	readonly api_highlights_book_ms: number;
}

/**
 * `createApi` comes from the bench's core bundle (core-entry.ts must export it) so the figures are the shipped code's.
 * `bigBook` is the path of the largest note. Needs no DOM: the change port is a no-op.
 */
export function benchScriptApi(createApi: typeof CreateApi, index: HighlightIndex, bigBook: string, queries: readonly string[], runs = 5): ScriptApiFigures {
	const { api } = createApi({ index, ready: () => true, changes: () => () => {}, reportError: () => {} });
	// books() is cached per index revision: time the rebuild, as after every change.
	const booksMs = timeMedian(() => {
		index.upsertLinks("bench/api-touch.md", []);
		index.upsertLinks("bench/api-touch.md", [{ line: 0, embed: false, linkpath: "x", blockId: "x", to: "bench/none.md" }]);
		api.books();
	}, runs);
	const queryTimes = queries.map((query) => timeMedian(() => api.highlights({ query }), runs));
	return {
		api_books_ms: booksMs,
		api_highlights_default_ms: timeMedian(() => api.highlights(), runs),
		api_highlights_cap_ms: timeMedian(() => api.highlights({ limit: 10_000 }), runs),
		api_highlights_query_ms: queryTimes.sort((a, b) => a - b)[queryTimes.length >> 1] ?? NaN,
		api_highlights_book_ms: timeMedian(() => api.highlights({ book: bigBook }), runs),
	};
}

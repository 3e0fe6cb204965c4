// A small index for the API tests: three books (two titled "Walden"), every entry kind, a tie in time across books,
// an undated review, an id Obsidian does not register, and citations (one dangling).
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { book, hl, link, sampleBook } from "../index/builders.ts";

export const FUSHENG = "weread/浮生六记.md";
export const OTHER = "weread/Other.md";
export const ARCHIVE = "archive/Walden.md";

export function apiIndex(): HighlightIndex {
	const index = new HighlightIndex();
	index.upsertParsed(sampleBook(FUSHENG));
	index.upsertParsed(
		book(OTHER, {
			title: "Walden",
			author: "Thoreau",
			bookId: "9",
			highlights: [
				hl({ line: 5, text: "Simplify, simplify.", blockId: "9-1-1-2", blockIdResolvable: false, createdAt: "2023-08-13 08:00:00" }),
				hl({ line: 9, text: "I went to the woods", blockId: "9-1-3-4", createdAt: "2024-01-02 10:00:00" }),
			],
		}),
	);
	index.upsertParsed(book(ARCHIVE, { title: "Walden", highlights: [hl({ line: 3, text: "Time is but the stream", createdAt: "2022-05-01 07:30:00" })] }));
	index.upsertLinks("notes/a.md", [link(3, FUSHENG, "840127-5-300-320", true), link(8, FUSHENG, "no-such-id")]);
	index.upsertLinks("notes/b.md", [link(1, FUSHENG, "840127-5-300-320")]);
	return index;
}

/** [bookPath, line] of each record: the order and membership a query returned. */
export function where(records: readonly { bookPath: string; line: number }[]): [string, number][] {
	return records.map((r) => [r.bookPath, r.line]);
}

/** Every entry of the fixture, newest first (worked out by hand from the dates above). */
export const NEWEST_FIRST: [string, number][] = [
	[OTHER, 9], // 2024-01-02 10:00:00
	[FUSHENG, 46], // 2023-08-16 00:00:00 chapter review
	[FUSHENG, 22], // 2023-08-15 23:59:59
	[OTHER, 5], // 2023-08-13 08:00:00, the same time as the next: "weread/Other.md" < "weread/浮生六记.md"
	[FUSHENG, 12], // 2023-08-13 08:00:00
	[FUSHENG, 40], // 2023-08-12 21:10:05 thought
	[FUSHENG, 15], // 2023-08-12 21:04:19
	[ARCHIVE, 3], // 2022-05-01 07:30:00
	[FUSHENG, 56], // undated book review: last
];

import type { BookEntry, TimelineEntry } from "../core/index";

// How often notes cite each entry of the book the pane shows, asked once per book and index revision. The change
// check (did this book's citations change?), the header's cited share, the only-uncited toggle and the rows' badges
// all read them; asking the index is ~5 ms a pass over a book of 8,660 entries, and opening the pane or typing in
// its filter renders several times over one revision. Citations are the index's (its links): the pane hears of a
// change only as an index change, so within one revision they stand.

/** A book's citation counts at one index revision. */
export interface BookCitations {
	readonly book: BookEntry;
	readonly revision: number;
	/** Times cited, by entry (any entry of the book); 0 for the uncited. */
	count(entry: TimelineEntry): number;
	/** Changes exactly when one of the book's counts does. */
	readonly key: string;
}

export class CitationCounts {
	private last: BookCitations | null = null;

	constructor(
		private readonly citedCount: (entry: TimelineEntry) => number,
		private readonly revision: () => number,
	) {}

	of(book: BookEntry): BookCitations {
		const revision = this.revision();
		if (this.last !== null && this.last.book === book && this.last.revision === revision) return this.last;
		// Only the cited entries are kept: most of a book is not cited, and `book.entries` holds every entry the pane
		// shows (the chapters' and the book reviews'), so any entry not kept is cited 0 times.
		const counts = new Map<TimelineEntry, number>();
		const cited: string[] = [];
		book.entries.forEach((e, i) => {
			const n = this.citedCount(e);
			if (n === 0) return;
			counts.set(e, n);
			cited.push(`${i}:${n}`);
		});
		this.last = { book, revision, count: (e) => counts.get(e) ?? 0, key: cited.join(",") };
		return this.last;
	}
}

import type { TimelineEntry } from "../index";
import type { BookSection, ChapterItem } from "./book";

// The book's sections as the one run of rows the windowed list shows (issue 15 item 4): each chapter's title, then
// its entries; time order and book reviews have no title. A book of 8,660 highlights is as many rows, and the list
// asks about a few dozen of them: so the run is never built — row i is found from the sections' first rows by a
// binary search, and the list's height estimates come a run (a title, then a section's entries) at a time.

/** One row: a chapter's title (book order) or an entry. */
export type BookListRow = { readonly kind: "section"; readonly chapter: ChapterItem } | { readonly kind: "entry"; readonly entry: TimelineEntry };

export class BookRowIndex {
	/** Rows in all. */
	readonly length: number;
	/** Index of each section's first row (its title when it has one). */
	private readonly starts: Int32Array;

	constructor(private readonly sections: readonly BookSection[]) {
		this.starts = new Int32Array(sections.length);
		let n = 0;
		sections.forEach((s, k) => {
			this.starts[k] = n;
			n += (s.chapter === null ? 0 : 1) + s.entries.length;
		});
		this.length = n;
	}

	/** Row i, or undefined outside 0…length-1. */
	at(i: number): BookListRow | undefined {
		if (!(i >= 0 && i < this.length)) return undefined;
		// The last section whose first row is at or before i.
		let lo = 0;
		let hi = this.sections.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] as number) <= i) lo = mid;
			else hi = mid - 1;
		}
		const section = this.sections[lo] as BookSection;
		let offset = i - (this.starts[lo] as number);
		if (section.chapter !== null) {
			if (offset === 0) return { kind: "section", chapter: section.chapter };
			offset--;
		}
		const entry = section.entries[offset];
		return entry === undefined ? undefined : { kind: "entry", entry };
	}

	/** Every row's kind as runs in row order: a section's title (1 row), then its entries. */
	runs(visit: (kind: BookListRow["kind"], from: number, count: number) => void): void {
		this.sections.forEach((s, k) => {
			let from = this.starts[k] as number;
			if (s.chapter !== null) visit("section", from++, 1);
			if (s.entries.length > 0) visit("entry", from, s.entries.length);
		});
	}

	/** The row of a chapter's title (by ChapterItem.key), or -1 when no section shows it. */
	indexOfChapter(key: string): number {
		const k = this.sections.findIndex((s) => s.chapter?.key === key);
		return k === -1 ? -1 : (this.starts[k] as number);
	}
}

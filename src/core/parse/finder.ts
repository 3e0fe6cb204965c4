// Native substring search (indexOf runs in C++, several times faster than a charCodeAt loop) without its risk: a
// search that fails inside the current line would run on to the end of the note, and once per line that is
// quadratic on a hostile note. A Finder searches one text and remembers its last answer: while the queries move
// forward through the text (the scanner's do), each stretch of it is searched at most once.

export class Finder {
	/** The last query position and its answer: no occurrence of the needle in [from, at) (or after from, at -1). */
	private from = -1;
	private at = -1;

	constructor(
		private readonly src: string,
		private readonly needle: string,
	) {}

	/** `src.indexOf(needle, p)`, from memory when an earlier search already covered [p, answer]. */
	next(p: number): number {
		if (p >= this.from && this.from >= 0 && (this.at < 0 || p <= this.at)) return this.at;
		this.from = p;
		this.at = this.src.indexOf(this.needle, p);
		return this.at;
	}

	/** First occurrence that lies wholly inside [from, to), or -1. */
	firstIn(from: number, to: number): number {
		const at = this.next(from);
		return at >= 0 && at + this.needle.length <= to ? at : -1;
	}

	/**
	 * Last occurrence that lies wholly inside [from, to), or -1. Searches backwards from `to` natively (in a
	 * wrapped highlight the needle sits near the end). A miss may have scanned back past `from`; the forward search
	 * that follows it remembers the next occurrence, which answers the queries up to it and stops the backward
	 * searches after it: each stretch of text is scanned a bounded number of times.
	 */
	lastIn(from: number, to: number): number {
		const last = to - this.needle.length;
		if (last < from) return -1;
		if (this.from >= 0 && from >= this.from && (this.at < 0 || from <= this.at)) {
			// Known: the first occurrence at or after `from` is `this.at`.
			if (this.at < 0 || this.at > last) return -1;
			return this.src.lastIndexOf(this.needle, last);
		}
		const at = this.src.lastIndexOf(this.needle, last);
		if (at >= from) return at;
		this.next(from);
		return -1;
	}
}

// Lines of a note on demand: the frontmatter reader wants strings, the body scanner only offsets. Splitting the
// whole note up front (one string per line) costs as much as a bare line split, a large share of the parse budget;
// here only the lines asked for are found, and only the frontmatter's become strings.
// Lines split on `\n` only (a `\u2028` inside highlight text is text); a `\r` ending a line (CRLF files) and the
// BOM at the start of the note are not part of any line.

export class NoteLines {
	/** Offset where line k starts, for the lines found so far. */
	private readonly starts: number[];
	/** Offset where the line after the last found one starts, or -1 when the last found line is the note's last. */
	private next: number;

	constructor(private readonly text: string) {
		const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
		this.starts = [bom];
		this.next = this.after(bom);
	}

	/** Offset of the line after the one that starts at `start`, or -1 at the end of the note. */
	private after(start: number): number {
		const nl = this.text.indexOf("\n", start);
		return nl < 0 ? -1 : nl + 1;
	}

	/** Start offset of line k, or -1 when the note has no line k. */
	startOf(k: number): number {
		const starts = this.starts;
		while (starts.length <= k) {
			if (this.next < 0) return -1;
			starts.push(this.next);
			this.next = this.after(this.next);
		}
		return starts[k] as number;
	}

	/** Line k without its `\r`, or undefined past the end. */
	line(k: number): string | undefined {
		const start = this.startOf(k);
		if (start < 0) return undefined;
		return this.text.slice(start, lineEnd(this.text, start));
	}
}

/** End offset of the line that starts at `start`: before its `\n` and a `\r` right before it. */
function lineEnd(text: string, start: number): number {
	const nl = text.indexOf("\n", start);
	let end = nl < 0 ? text.length : nl;
	if (end > start && text.charCodeAt(end - 1) === 13) end--;
	return end;
}

// What a template-derived recognizer reads from a note (issue 12 item 3): one entry per highlight, thought or
// review it found, in the parser's own units (0-based lines, `yyyy-MM-dd HH:mm:ss` times). Plain data, so a
// recognizer can run anywhere and its output can be merged into a parse result (apply-recognizer.ts).

export type RecognizedKind = "highlight" | "highlight-thought" | "chapter-review" | "book-review";

export interface RecognizedEntry {
	readonly kind: RecognizedKind;
	readonly text: string;
	readonly thought: string | null;
	/** `yyyy-MM-dd HH:mm:ss` (minutes get `:00`), or null when the template prints no time of day. */
	readonly createdAt: string | null;
	/** `yyyy-MM-dd`, or null when the template prints no date. */
	readonly createdDate: string | null;
	/** Without `^`. */
	readonly blockId: string | null;
	readonly chapterTitle: string | null;
	/** 0-based first line of the entry. */
	readonly line: number;
	/** 0-based last line of the entry. */
	readonly endLine: number;
}

/** A compiled recognizer: reads a whole note's text. Never throws. */
export interface NoteRecognizer {
	recognize(text: string): RecognizedEntry[];
}

// The Editor of a MarkdownView: text as lines and one cursor (no selection ranges, no undo). What the code under
// test reads is `getCursor()`; what a test does is `setCursor()`, which behaves like the user placing the caret in
// a focused CodeMirror editor: CodeMirror writes the DOM selection, so the document fires 'selectionchange'.
import type { EditorPosition } from "obsidian";

export class Editor {
	private lines: string[];
	private cursor: EditorPosition = { line: 0, ch: 0 };

	constructor(
		text: string,
		/** The document the editor lives in (a popout window has its own). */
		private readonly doc: Document = activeDocument,
	) {
		this.lines = text.split(/\r?\n/);
	}

	getValue(): string {
		return this.lines.join("\n");
	}

	setValue(content: string): void {
		this.lines = content.split(/\r?\n/);
		this.cursor = this.clip(this.cursor);
	}

	getLine(line: number): string {
		return this.lines[line] ?? "";
	}

	lineCount(): number {
		return this.lines.length;
	}

	lastLine(): number {
		return this.lines.length - 1;
	}

	getCursor(_side?: "from" | "to" | "head" | "anchor"): EditorPosition {
		return { ...this.cursor };
	}

	/** A number is a line (ch 0), as in Obsidian. Fires the document's 'selectionchange' like a focused editor. */
	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.cursor = this.clip(typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos);
		this.doc.dispatchEvent(new Event("selectionchange"));
	}

	private clip(pos: EditorPosition): EditorPosition {
		const line = Math.max(0, Math.min(pos.line, this.lastLine()));
		return { line, ch: Math.max(0, Math.min(pos.ch, this.getLine(line).length)) };
	}
}

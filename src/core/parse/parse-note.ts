import type { ParseResult } from "../model";

/** Parse one note. Pure and total: never throws; odd input gives diagnostics, not exceptions. */
export function parseNote(path: string, text: string): ParseResult {
	void text;
	return { kind: "not-weread", path };
}

import type { RecognizedKind } from "./recognized";

// The shapes derived from a template (derive-shapes.ts), as plain JSON: they cross a Worker boundary and are
// compiled into a recognizer on the other side (recognizer.ts). A line of an entry is a list of segments: fixed
// text, a wildcard (decoration that varies, e.g. a colour), or a hole where a field goes.

export const SHAPE_SPEC_VERSION = 1;

/** A section heading as shapes compare it: trimmed, its numbers alike (`## 书评 No.1` and `No.2` are one section). */
export function sectionKey(heading: string): string {
	return heading.trim().replace(/\d+/g, "0");
}

/** How a time is written: the parts present, and the date separator. */
export type TimeForm = "ymd-hms" | "ymd-hm" | "ymd" | "hms" | "hm";

export type Segment =
	| { readonly lit: string }
	| { readonly wild: true }
	/** A number the book's data wrote (an id, a range, a count): any digits. */
	| { readonly num: true }
	/** `text`/`thought`: the first (or only) line of it; `textTail`/`thoughtTail`: the last line of a longer one. */
	| { readonly hole: "text" | "thought" | "textTail" | "thoughtTail" | "id" }
	| { readonly hole: "time"; readonly form: TimeForm; readonly sep: string };

export interface ShapeLine {
	readonly segments: readonly Segment[];
}

export interface EntryShape {
	readonly kind: RecognizedKind;
	readonly lines: readonly ShapeLine[];
	/** Lines written between a text's (or thought's) lines that carry none of it (e.g. `>` from `replace("\n", "\n>\n>")`). */
	readonly fillers: readonly string[];
	/** The heading the entries sit under (`# 高亮划线`), when all of them share one; the shape applies only there. */
	readonly section: string | null;
}

export interface ChapterShape {
	readonly level: number;
	readonly before: string;
	readonly after: string;
}

export interface ShapeSpec {
	readonly version: typeof SHAPE_SPEC_VERSION;
	/** Of the template text and trimBlocks: equal fingerprints, equal shapes. */
	readonly fingerprint: string;
	readonly entries: readonly EntryShape[];
	readonly chapters: readonly ChapterShape[];
	/** Every section heading the shapes name: seeing one in a note changes the current section. */
	readonly sections: readonly string[];
	/**
	 * The built-in rules alone read everything these shapes read from the template's own render (every entry, with
	 * its time, id and thought): a standard template. The recognizer would add nothing, so it need not run.
	 */
	readonly builtInCovers: boolean;
}

export type DeriveFailure = "render-error" | "renders-nothing" | "no-entries";

export type DeriveResult =
	| { readonly ok: true; readonly spec: ShapeSpec; readonly warnings: readonly string[] }
	| { readonly ok: false; readonly reason: DeriveFailure; readonly detail: string };

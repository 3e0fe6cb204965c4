import type { NoteRecognizer, RecognizedEntry } from "./recognized";
import { sectionKey, SHAPE_SPEC_VERSION, type EntryShape, type Segment, type ShapeSpec, type TimeForm } from "./shape-spec";

// A derived ShapeSpec compiled into a recognizer (issue 12 item 3): each entry shape's lines become anchored regular
// expressions; a note is read line by line, trying the most specific shape first where its section allows, and an
// entry's text or thought may run over continuation lines up to the shape's next line. Linear in the note (each
// line is tried against a handful of shapes, most rejected by their fixed first characters). Never throws.

type HoleName = "text" | "thought" | "textTail" | "thoughtTail" | "id" | "time";

interface CompiledLine {
	readonly re: RegExp;
	/** Capture group order. */
	readonly holes: readonly { name: HoleName; form?: TimeForm }[];
	/** The fixed text before the first hole (cheap rejection), and before a tail hole (its continuation prefix). */
	readonly head: string;
	readonly tail: "textTail" | "thoughtTail" | null;
	readonly tailPrefix: string;
}

interface CompiledShape {
	readonly shape: EntryShape;
	readonly lines: readonly CompiledLine[];
	readonly fillers: ReadonlySet<string>;
}

const MAX_CONTINUATION = 40;
const NONE: readonly CompiledShape[] = [];
const HEADING = /^#{1,6}\s/;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function timeSource(form: TimeForm, sep: string): string {
	const s = escape(sep);
	const ymd = `\\d{4}${s}\\d{1,2}${s}\\d{1,2}`;
	switch (form) {
		case "ymd-hms":
			return `(${ymd}\\s+\\d{1,2}:\\d{2}:\\d{2})`;
		case "ymd-hm":
			return `(${ymd}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)`;
		case "ymd":
			return `(${ymd})`;
		case "hms":
			return `(\\d{1,2}:\\d{2}:\\d{2})`;
		case "hm":
			return `(\\d{1,2}:\\d{2}(?::\\d{2})?)`;
	}
}

function compileLine(segments: readonly Segment[]): CompiledLine {
	let source = "^";
	const holes: { name: HoleName; form?: TimeForm }[] = [];
	let head = "";
	let headDone = false;
	let tail: CompiledLine["tail"] = null;
	let tailPrefix = "";
	let before = "";
	for (const g of segments) {
		if ("lit" in g) {
			source += escape(g.lit);
			if (!headDone) head += g.lit;
			before += g.lit;
			continue;
		}
		headDone = true;
		if ("wild" in g) {
			source += ".*?";
			before = "";
			continue;
		}
		if ("num" in g) {
			source += "\\d+";
			before = "";
			continue;
		}
		switch (g.hole) {
			case "text":
			case "textTail":
				source += "(.+?)";
				break;
			case "thought":
			case "thoughtTail":
				source += "(.*?)";
				break;
			case "id":
				source += "([A-Za-z0-9_~-]+)";
				break;
			case "time":
				source += timeSource(g.form, g.sep);
				break;
		}
		if ((g.hole === "textTail" || g.hole === "thoughtTail") && tail === null) {
			tail = g.hole;
			tailPrefix = before;
		}
		holes.push(g.hole === "time" ? { name: "time", form: g.form } : { name: g.hole });
		before = "";
	}
	// `s`: a text may hold U+2028 (seen in real notes), which `.` does not match without it.
	return { re: new RegExp(`${source}\\s*$`, "s"), holes, head, tail, tailPrefix };
}

/**
 * The recognizer a spec calls for: none when the built-in rules already read the template fully (`builtInCovers`,
 * a standard template: running one would only cost time), else the compiled one. Throws as compileRecognizer.
 */
export function recognizerFor(spec: ShapeSpec): NoteRecognizer | null {
	return spec.builtInCovers ? null : compileRecognizer(spec);
}

/** Several recognizers as one (the current template and the one the file says was active): their entries together; the merge drops an entry read twice. */
export function combineRecognizers(recognizers: readonly NoteRecognizer[]): NoteRecognizer {
	if (recognizers.length === 1) return recognizers[0]!;
	return { recognize: (text) => recognizers.flatMap((r) => r.recognize(text)) };
}

/** Compile a spec (from a worker: checked, not trusted). Throws on a spec of another version or shape. */
export function compileRecognizer(spec: ShapeSpec): NoteRecognizer {
	if (spec === null || typeof spec !== "object" || spec.version !== SHAPE_SPEC_VERSION || !Array.isArray(spec.entries)) {
		throw new Error(`Unknown shape spec version ${String((spec as { version?: unknown } | null)?.version)}`);
	}
	const shapes: CompiledShape[] = spec.entries
		.map((shape: EntryShape): CompiledShape => ({ shape, lines: shape.lines.map((l) => compileLine(l.segments)), fillers: new Set<string>(shape.fillers) }))
		.sort(byTrialOrder);
	const sections = new Set(spec.sections);
	const chapters = spec.chapters.map((c) => new RegExp(`^${escape(c.before)}(.+?)${escape(c.after)}\\s*$`, "s"));
	return {
		recognize(text: string): RecognizedEntry[] {
			try {
				return recognize(text, shapes, sections, chapters);
			} catch {
				return [];
			}
		},
	};
}

/**
 * Which shape is tried first at a line: the one whose first line says most (anchors — an id or a time — and fixed
 * text), so `- 📌 text ^id` is tried before `- 📌 text` that continues on the next lines; among equal first lines, one
 * whose text fits on a line before one whose text continues, then the longer (a thought line after the highlight).
 */
function byTrialOrder(a: CompiledShape, b: CompiledShape): number {
	const weight = (s: CompiledShape): number => {
		const first = s.shape.lines[0]!.segments;
		return first.reduce((n, g) => n + ("lit" in g ? g.lit.trim().length : "hole" in g && (g.hole === "id" || g.hole === "time") ? 10 : 0), 0);
	};
	const tails = (s: CompiledShape): number => (s.lines.some((l) => l.tail !== null) ? 1 : 0);
	return weight(b) - weight(a) || tails(a) - tails(b) || b.lines.length - a.lines.length;
}

interface Captured {
	text: string[];
	thought: string[];
	date: string | null;
	clock: string | null;
	id: string | null;
}

function recognize(text: string, shapes: readonly CompiledShape[], sections: ReadonlySet<string>, chapters: readonly RegExp[]): RecognizedEntry[] {
	const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/).map((l) => l.trimEnd());
	let i = 0;
	if (lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		i = end < 0 ? lines.length : end + 1;
	}
	const out: RecognizedEntry[] = [];
	const byFirstChar = new Map<number, CompiledShape[]>();
	const unanchored: CompiledShape[] = [];
	for (const s of shapes) {
		const head = s.lines[0]!.head;
		if (head === "") unanchored.push(s);
		else byFirstChar.set(head.charCodeAt(0), [...(byFirstChar.get(head.charCodeAt(0)) ?? []), s]);
	}
	let section: string | null = null;
	let chapter: string | null = null;
	// Whether a line starts an entry, asked again for the same line from every position a continuation passes over:
	// remembered per line and section, so a note costs linear time whatever its shapes.
	const memo = new Map<string | null, Int8Array>();
	const starts = (j: number, sec: string | null): boolean => {
		let known = memo.get(sec);
		if (known === undefined) memo.set(sec, (known = new Int8Array(lines.length)));
		if (known[j] === 0) known[j] = startsEntry(lines[j]!, shapes, sec) ? 1 : 2;
		return known[j] === 1;
	};
	while (i < lines.length) {
		const line = lines[i]!;
		if (HEADING.test(line)) {
			const key = sectionKey(line);
			if (sections.has(key)) section = key;
			else {
				for (const c of chapters) {
					const m = c.exec(line);
					if (m) {
						chapter = m[1]!.trim();
						break;
					}
				}
			}
		}
		// The longest match wins (a thought that runs over two lines, not its first line alone); among equals, the
		// shape tried first.
		let best: RecognizedEntry | null = null;
		// No shape starts at a blank line, and a shape whose first line has fixed text starts only with its first
		// character: most lines are rejected without a regular expression.
		const candidates = line === "" ? NONE : [...(byFirstChar.get(line.charCodeAt(0)) ?? NONE), ...unanchored];
		for (const s of candidates) {
			if (s.shape.section !== null && s.shape.section !== section) continue;
			const entry = matchAt(lines, i, s, chapter, starts);
			if (entry !== null && (best === null || entry.endLine > best.endLine)) best = entry;
		}
		if (best === null) i++;
		else {
			out.push(best);
			i = best.endLine + 1;
		}
	}
	return out;
}

/** Whether `line` starts an entry of some shape: a text's continuation never runs into the next entry. */
function startsEntry(line: string, shapes: readonly CompiledShape[], section: string | null): boolean {
	return shapes.some((s) => {
		if (s.shape.section !== null && s.shape.section !== section) return false;
		const first = s.lines[0]!;
		// Only a first line that says something: `> (text)` alone would take every quoted continuation line, and
		// `(text) ^(id)` every highlight's last line.
		const anchored = first.head.trim().length >= 2 || first.holes.some((h) => h.name === "time");
		return anchored && line.startsWith(first.head) && first.re.test(line);
	});
}

function matchAt(lines: readonly string[], at: number, s: CompiledShape, chapter: string | null, starts: (line: number, section: string | null) => boolean): RecognizedEntry | null {
	const first = s.lines[0]!;
	if (!lines[at]!.startsWith(first.head) || HEADING.test(lines[at]!) && !HEADING.test(first.head)) return null;
	const got: Captured = { text: [], thought: [], date: null, clock: null, id: null };
	let j = at;
	for (let k = 0; k < s.lines.length; k++) {
		const cl = s.lines[k]!;
		if (k > 0) {
			let blanks = 0;
			while (j < lines.length && lines[j] === "" && blanks < 2 && cl.tail === null) {
				j++;
				blanks++;
			}
		}
		if (j >= lines.length) return null;
		if (cl.tail !== null && k > 0) {
			// Continuation lines of a text or thought, up to the line the tail closes.
			const into = cl.tail === "textTail" ? got.text : got.thought;
			let n = 0;
			const next = s.lines[k + 1];
			// The tail is the first line that matches it AND is followed by the shape's next line (a loose tail,
			// `   (text)`, also matches the continuation lines before it).
			const closes = (at: number): boolean => {
				if (!cl.re.test(lines[at]!)) return false;
				if (next === undefined) return true;
				let b = at + 1;
				while (b < lines.length && lines[b] === "" && b - at <= 2) b++;
				return b < lines.length && next.re.test(lines[b]!);
			};
			// A line that starts an entry is neither a continuation nor a tail: the text ended before it.
			while (j < lines.length && (starts(j, s.shape.section) || !closes(j))) {
				const l = lines[j]!;
				// A blank line ends the paragraph (unless the template writes blank lines inside a text), a heading the
				// section, a line that starts an entry the text.
				if (HEADING.test(l) || ++n > MAX_CONTINUATION || (l === "" && !s.fillers.has("")) || starts(j, s.shape.section)) return null;
				if (!s.fillers.has(l.trim())) into.push(stripPrefix(l, cl.tailPrefix));
				j++;
			}
			if (j >= lines.length) return null;
		}
		const m = cl.re.exec(lines[j]!);
		if (m === null) return null;
		cl.holes.forEach((h, g) => take(got, h.name, h.form, m[g + 1] ?? ""));
		j++;
	}
	const date = got.date;
	const clock = got.clock;
	const createdAt = date !== null && clock !== null ? `${date} ${clock}` : null;
	const textValue = got.text.join("\n").trim();
	// A callout's type line (`[!quote]`) opens a block; it is never the highlighted text.
	if (textValue === "" || /^\[![^\]]*\]/.test(textValue)) return null;
	const thought = got.thought.join("\n").trim();
	return {
		kind: s.shape.kind,
		text: textValue,
		thought: thought === "" ? null : thought,
		createdAt,
		createdDate: date,
		blockId: got.id,
		chapterTitle: s.shape.kind === "book-review" ? null : chapter,
		line: at,
		endLine: j - 1,
	};
}

function stripPrefix(line: string, prefix: string): string {
	if (prefix !== "" && line.startsWith(prefix)) return line.slice(prefix.length).trimStart();
	const p = prefix.trim();
	const t = line.trimStart();
	return p !== "" && t.startsWith(p) ? t.slice(p.length).trimStart() : t;
}

const pad = (s: string): string => s.padStart(2, "0");

function take(got: Captured, name: HoleName, form: TimeForm | undefined, value: string): void {
	switch (name) {
		// A tail's indent is the sync version's, not the text's (2024+ indents continuation lines by three spaces).
		case "text":
		case "textTail":
		case "thought":
		case "thoughtTail":
			(name.startsWith("text") ? got.text : got.thought).push(name.endsWith("Tail") ? value.trimStart() : value);
			return;
		case "id":
			got.id ??= value;
			return;
		case "time": {
			const m = /(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(value);
			if (m && got.date === null) got.date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
			if (form === "ymd") return;
			const c = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(value);
			if (c && got.clock === null) got.clock = `${pad(c[1]!)}:${c[2]}:${c[3] ?? "00"}`;
			return;
		}
	}
}

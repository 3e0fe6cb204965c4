import { parseNote } from "../parse/parse-note";
import { compileRecognizer } from "./recognizer";
import { renderTemplate } from "./render-template";
import { BOOK_VALUES, sentinelBook, type SentinelEntry } from "./sentinel-book";
import { sectionKey, SHAPE_SPEC_VERSION, type ChapterShape, type DeriveResult, type EntryShape, type Segment, type ShapeLine, type ShapeSpec, type TimeForm } from "./shape-spec";

// Issue 12 item 3: a template's note shapes, learned by rendering it. The sentinel book (sentinel-book.ts) is
// rendered twice (the second time with other colour and style indexes); where each entry's text, thought and time
// sentinel lands gives that entry's lines, and the `^id` ending a line gives its id. Entries of one kind with the
// same line structure are generalised into one shape: fixed text where every sample agrees, a wildcard where they
// differ (a colour, a deeplink's numbers). Pure and synchronous, so it can run in a Worker (the template is user
// code: see derive-worker-host.ts for the time limit).

const SENTINEL = /(?:HLQ|THQ|ABQ|CRQ|BRQ|CHQ)\d{3}[ZW]/;
/** A block id ending a line: Obsidian's `^id` (letters, digits, `-`; the sync plugin also writes `_`). */
const END_ID = /(?:^|[\s>])\^([A-Za-z0-9_~-]+)$/;

interface Hole {
	readonly start: number;
	readonly end: number;
	readonly segment: Segment;
}

/** One rendered entry, as lines of segments, before generalisation. */
interface Sample {
	readonly kind: SentinelEntry["kind"];
	readonly lines: ShapeLine[];
	readonly fillers: string[];
	readonly sections: string[];
}

const cache = new Map<string, DeriveResult>();
const CACHE_LIMIT = 8;

/** The shapes of `template` (cached per text and trimBlocks). Never throws. */
export function deriveShapeSpec(template: string, trimBlocks: boolean): DeriveResult {
	const key = `${trimBlocks ? 1 : 0}${template}`;
	const known = cache.get(key);
	if (known !== undefined) return known;
	const result = derive(template, trimBlocks);
	if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
	cache.set(key, result);
	return result;
}

function derive(template: string, trimBlocks: boolean): DeriveResult {
	const books = [sentinelBook(0), sentinelBook(1)];
	const outputs: string[] = [];
	try {
		for (const book of books) outputs.push(renderTemplate(template, trimBlocks, book.context));
	} catch (error) {
		return { ok: false, reason: "render-error", detail: error instanceof Error ? error.message.split("\n").filter((l) => l.trim() !== "").slice(-1)[0] ?? error.message : String(error) };
	}
	if (outputs[0]!.trim() === "") return { ok: false, reason: "renders-nothing", detail: "The template renders only whitespace" };
	const samples: Sample[] = [];
	const chapters: ChapterShape[] = [];
	books.forEach((book, b) => {
		const lines = outputs[b]!.split(/\r?\n/).map((l) => l.trimEnd());
		for (const entry of book.entries) {
			const sample = sampleOf(entry, lines);
			if (sample !== null) samples.push(sample);
		}
		if (b === 0) chapters.push(...chapterShapes(lines, book.chapterTitles));
	});
	const warnings: string[] = [];
	const entries = generalise(samples, warnings);
	if (entries.length === 0) return { ok: false, reason: "no-entries", detail: "The template prints no highlight with a time or an id" };
	const sections = [...new Set(entries.map((e) => e.section).filter((s): s is string => s !== null))];
	const spec: ShapeSpec = { version: SHAPE_SPEC_VERSION, fingerprint: fingerprint(template, trimBlocks), entries, chapters, sections, builtInCovers: false };
	return { ok: true, spec: { ...spec, builtInCovers: builtInCovers(outputs[0]!, spec) }, warnings };
}

/**
 * Whether the built-in rules read the template's own render as fully as its shapes do: each entry the recognizer
 * reads there, the built-in parse has too (overlapping lines, same time, id and thought). Then the template is one
 * of the standard ones and running the recognizer on every note would only cost time.
 */
function builtInCovers(rendered: string, spec: ShapeSpec): boolean {
	// parseNote reads only notes with the WeRead frontmatter; a template that writes none gets it added (one line
	// then shifts every line by the same amount for both readers).
	const text = /^---\r?\n[\s\S]*?doc_type:\s*weread-highlights-reviews/.test(rendered) ? rendered : `---\ndoc_type: weread-highlights-reviews\n---\n${rendered}`;
	const parsed = parseNote("template.md", text);
	if (parsed.kind !== "weread") return false;
	const found = compileRecognizer(spec).recognize(text);
	const entries = [...parsed.highlights.map((h) => ({ ...h, thought: h.thought })), ...parsed.reviews.map((r) => ({ ...r, thought: r.kind === "highlight-thought" ? r.content : null }))];
	return found.every((e) =>
		entries.some((b) => b.line <= e.endLine && e.line <= b.endLine && b.createdAt === e.createdAt && (e.blockId === null || b.blockId === e.blockId) && (e.thought === null || b.thought !== null)),
	);
}

/** FNV-1a over trimBlocks and the text: a short stable key (collisions only cost a stale cache hit elsewhere). */
function fingerprint(template: string, trimBlocks: boolean): string {
	let h = 0x811c9dc5;
	const s = `${trimBlocks ? 1 : 0}${template}`;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, "0") + s.length.toString(16);
}

interface Found {
	readonly line: number;
	readonly col: number;
	readonly length: number;
}

function find(lines: readonly string[], token: string): Found | null {
	for (let i = 0; i < lines.length; i++) {
		const col = lines[i]!.indexOf(token);
		if (col >= 0) return { line: i, col, length: token.length };
	}
	return null;
}

const two = (n: number): string => String(n).padStart(2, "0");

/** The ways a template may print an entry's time, longest first. */
function timeCandidates(e: SentinelEntry): { text: string; form: TimeForm; sep: string }[] {
	const out: { text: string; form: TimeForm; sep: string }[] = [];
	const hm = `${two(e.hour)}:${two(e.minute)}`;
	const hms = `${hm}:${two(e.second)}`;
	for (const sep of ["-", "/"]) {
		const ymd = `${e.year}${sep}${two(e.month)}${sep}${two(e.day)}`;
		out.push({ text: `${ymd} ${hms}`, form: "ymd-hms", sep }, { text: `${ymd} ${hm}`, form: "ymd-hm", sep });
	}
	for (const sep of ["-", "/"]) out.push({ text: `${e.year}${sep}${two(e.month)}${sep}${two(e.day)}`, form: "ymd", sep });
	out.push({ text: hms, form: "hms", sep: "" }, { text: hm, form: "hm", sep: "" });
	return out;
}

function sampleOf(entry: SentinelEntry, lines: readonly string[]): Sample | null {
	const textParts = entry.text.map((t) => find(lines, t));
	if (textParts.some((p) => p === null)) return null;
	const thoughtParts = entry.thought?.map((t) => find(lines, t)) ?? [];
	const thoughtShown = thoughtParts.length > 0 && thoughtParts.every((p) => p !== null);
	const holes = new Map<number, Hole[]>();
	const add = (line: number, hole: Hole): void => {
		const list = holes.get(line) ?? [];
		list.push(hole);
		holes.set(line, list);
	};
	const fillerRanges: [number, number][] = [];
	const placeParts = (parts: readonly (Found | null)[], first: "text" | "thought", tail: "textTail" | "thoughtTail"): void => {
		const p0 = parts[0]!;
		const last = parts[parts.length - 1]!;
		if (last.line === p0.line) {
			add(p0.line, { start: p0.col, end: last.col + last.length, segment: { hole: first } });
			return;
		}
		add(p0.line, { start: p0.col, end: p0.col + p0.length, segment: { hole: first } });
		add(last.line, { start: last.col, end: last.col + last.length, segment: { hole: tail } });
		fillerRanges.push([p0.line + 1, last.line - 1]);
	};
	placeParts(textParts, "text", "textTail");
	if (thoughtShown) placeParts(thoughtParts, "thought", "thoughtTail");

	const located = [...holes.keys()];
	let first = Math.min(...located);
	let last = Math.max(...located);
	// The time: near the entry (a few lines around it), the most precise form first; a date and a separate clock
	// (`[[2001-02-03]] 04:05`) are two holes.
	const taken = (line: number, start: number, end: number): boolean => (holes.get(line) ?? []).some((h) => start < h.end && h.start < end);
	let dated = false;
	let clocked = false;
	for (const c of timeCandidates(entry)) {
		if ((c.form === "hms" || c.form === "hm") && clocked) continue;
		if (c.form !== "hms" && c.form !== "hm" && dated) continue;
		for (let i = Math.max(0, first - 3); i <= Math.min(lines.length - 1, last + 3); i++) {
			const col = lines[i]!.indexOf(c.text);
			if (col < 0 || taken(i, col, col + c.text.length)) continue;
			add(i, { start: col, end: col + c.text.length, segment: { hole: "time", form: c.form, sep: c.sep } });
			if (c.form === "ymd-hms" || c.form === "ymd-hm") dated = clocked = true;
			else if (c.form === "ymd") dated = true;
			else clocked = true;
			break;
		}
	}
	first = Math.min(...holes.keys());
	last = Math.max(...holes.keys());
	// An id on the line after the entry's last (`> ^id` alone) belongs to it when that line carries no sentinel.
	const after = lines[last + 1];
	if (after !== undefined && END_ID.test(after) && !SENTINEL.test(after) && !(holes.get(last) ?? []).some((h) => "hole" in h.segment && h.segment.hole === "id")) {
		if (!END_ID.test(lines[last]!)) last++;
	}

	// A line right above the entry that carries no field (a callout's `> [!quote|notitle]`, `> [!Cite]+ <span…>`) opens
	// it: part of its shape, and the anchor that tells it from any other quote. A heading, a blank line, or a line with
	// a field or an id (the previous entry's end) is not.
	const lead = lines[first - 1];
	if (lead !== undefined && lead.trim() !== "" && !/^\s*#{1,6}\s/.test(lead) && !SENTINEL.test(lead) && !END_ID.test(lead) && !/\d{4}-\d{2}-\d{2}/.test(lead)) first--;
	const isFiller = (i: number): boolean => fillerRanges.some(([a, b]) => i >= a && i <= b);
	const shapeLines: ShapeLine[] = [];
	const fillers: string[] = [];
	for (let i = first; i <= last; i++) {
		const line = lines[i]!;
		const own = [...(holes.get(i) ?? [])];
		if (own.length === 0 && isFiller(i)) {
			fillers.push(line.trim());
			continue;
		}
		if (own.length === 0 && line.trim() === "") continue;
		const id = END_ID.exec(line);
		if (id !== null) {
			const start = line.length - id[1]!.length;
			if (!taken(i, start, line.length)) own.push({ start, end: line.length, segment: { hole: "id" } });
		}
		shapeLines.push({ segments: segmentsOf(line, own) });
	}
	return { kind: entry.kind, lines: shapeLines, fillers: [...new Set(fillers)], sections: headingsAbove(lines, first) };
}

function segmentsOf(line: string, holes: Hole[]): Segment[] {
	holes.sort((a, b) => a.start - b.start);
	const out: Segment[] = [];
	let at = 0;
	for (const h of holes) {
		if (h.start > at) out.push({ lit: line.slice(at, h.start) });
		out.push(h.segment);
		at = Math.max(at, h.end);
	}
	if (at < line.length) out.push({ lit: line.slice(at) });
	return out.flatMap(dataInLiteral);
}

/** Headings above `line` that carry no sentinel, nearest first: candidates for the entry's section. */
function headingsAbove(lines: readonly string[], line: number): string[] {
	const out: string[] = [];
	for (let i = line - 1; i >= 0; i--) {
		const l = lines[i]!;
		if (/^#{1,6}\s/.test(l) && !SENTINEL.test(l) && !/\d{5}/.test(l)) out.push(sectionKey(l));
	}
	return out;
}

function chapterShapes(lines: readonly string[], titles: readonly string[]): ChapterShape[] {
	const levels = [1, 2, 3, 1];
	const out: ChapterShape[] = [];
	const seen = new Set<string>();
	titles.forEach((title, c) => {
		for (const line of lines) {
			const col = line.indexOf(title);
			if (col < 0 || !/^\s*#{1,6}\s/.test(line)) continue;
			// The heading marks only: what the template writes between them and the title (`0.1 `, a number) is
			// part of the title as the note shows it, as the built-in rules read it.
			const marks = /^\s*#{1,6}\s+/.exec(line)![0];
			const shape = { level: levels[c] ?? 1, before: marks, after: line.slice(col + title.length) };
			const key = JSON.stringify(shape);
			if (!seen.has(key)) out.push(shape);
			seen.add(key);
			break;
		}
	});
	return out;
}

function signature(s: Sample): string {
	const lineSig = s.lines.map((l) => l.segments.map((g) => ("lit" in g ? "L" : "wild" in g ? "W" : "num" in g ? "N" : g.hole === "time" ? `T${g.form}${g.sep}` : g.hole)).join(","));
	return `${s.kind}|${lineSig.join("|")}`;
}

/** One shape per kind and line structure; fixed text where all samples agree, a wildcard where they differ. */
function generalise(samples: readonly Sample[], warnings: string[]): EntryShape[] {
	const groups = new Map<string, Sample[]>();
	for (const s of samples) {
		const key = signature(s);
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const out: EntryShape[] = [];
	for (const members of groups.values()) {
		const base = members[0]!;
		const lines = base.lines.map((line, li) => ({
			segments: line.segments.flatMap((seg, si) => mergeSegment(seg, members.map((m) => m.lines[li]!.segments[si]!))),
		}));
		const holes = lines.flatMap((l) => l.segments).filter((g): g is Extract<Segment, { hole: string }> => "hole" in g);
		if (!holes.some((h) => h.hole === "text")) continue;
		if (!holes.some((h) => h.hole === "time" || h.hole === "id")) {
			warnings.push(`${base.kind}: printed with neither a time nor an id; left to the built-in rules`);
			continue;
		}
		const section = base.sections.find((h) => members.every((m) => m.sections.includes(h))) ?? null;
		out.push({ kind: base.kind, lines, fillers: [...new Set(members.flatMap((m) => m.fillers))], section });
	}
	// Most specific first: more lines, then more fixed text.
	const fixed = (e: EntryShape): number => e.lines.reduce((n, l) => n + l.segments.reduce((m, g) => m + ("lit" in g ? g.lit.trim().length : 0), 0), 0);
	return out.sort((a, b) => b.lines.length - a.lines.length || fixed(b) - fixed(a));
}

/**
 * Fixed text that is really data the samples happen to share: the book's own values (its id, title, author…, the
 * same in every sample but not in every book) become wildcards, and runs of two or more digits (chapter uids,
 * ranges, counts) any digits.
 */
function dataInLiteral(seg: Segment): Segment[] {
	if (!("lit" in seg)) return [seg];
	const out: Segment[] = [];
	const pattern = new RegExp(`${BOOK_VALUES.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|\\d{2,}`, "g");
	let at = 0;
	for (const m of seg.lit.matchAll(pattern)) {
		if (m.index > at) out.push({ lit: seg.lit.slice(at, m.index) });
		out.push(/^\d+$/.test(m[0]) ? { num: true } : { wild: true });
		at = m.index + m[0].length;
	}
	if (at < seg.lit.length) out.push({ lit: seg.lit.slice(at) });
	return out;
}

function mergeSegment(seg: Segment, all: readonly Segment[]): Segment[] {
	if (!("lit" in seg)) return [seg];
	const texts = all.map((g) => ("lit" in g ? g.lit : ""));
	if (texts.every((t) => t === texts[0])) return [seg];
	let p = 0;
	const shortest = Math.min(...texts.map((t) => t.length));
	while (p < shortest && texts.every((t) => t[p] === texts[0]![p])) p++;
	let s = 0;
	while (s < shortest - p && texts.every((t) => t[t.length - 1 - s] === texts[0]![texts[0]!.length - 1 - s])) s++;
	const out: Segment[] = [];
	if (p > 0) out.push({ lit: texts[0]!.slice(0, p) });
	out.push({ wild: true });
	if (s > 0) out.push({ lit: texts[0]!.slice(texts[0]!.length - s) });
	return out;
}

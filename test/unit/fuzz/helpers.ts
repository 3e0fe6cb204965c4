// Shared by the fuzz tests (not a test file itself): the parser's invariants, the seed notes, the mutations, and a
// linearity probe. Everything takes the function under test as an argument so a scratch script can hand it a
// deliberately broken parser and watch the checks go red (how the tests were shown to be able to fail).
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Chapter, ParseResult } from "../../../src/core/model.ts";

export type Parse = (path: string, text: string) => ParseResult;

const DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
const LEVELS = new Set(["error", "warning", "info"]);

/** Every invariant the parse contract (design §3, model.ts) promises, on any input. */
export function checkParse(text: string, r: ParseResult, path = "note.md"): void {
	assert.equal(r.path, path);
	if (r.kind === "not-weread") return;
	assert.equal(r.kind, "weread");
	const lineCount = text.split("\n").length;
	assert.equal(r.lineCount, lineCount, "lineCount");
	const inRange = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < lineCount;
	assert.ok(r.meta.title.length > 0, "title never empty");
	r.chapters.forEach((c, i) => {
		assert.ok(inRange(c.line) && Number.isInteger(c.level) && c.level >= 1, `chapter ${i}`);
		if (i > 0) assert.ok(c.line > (r.chapters[i - 1]?.line ?? -1), "chapters in file order");
	});
	let prevLine = -1;
	for (const h of r.highlights) {
		assert.ok(inRange(h.line) && inRange(h.endLine) && h.line <= h.endLine, `highlight lines ${h.line}-${h.endLine} of ${lineCount}`);
		assert.ok(h.line > prevLine, `highlights in file order (${h.line} after ${prevLine})`);
		prevLine = h.line;
		assert.ok(Number.isInteger(h.chapterIndex) && h.chapterIndex >= -1 && h.chapterIndex < r.chapters.length, "chapterIndex");
		const chapter: Chapter | undefined = r.chapters[h.chapterIndex];
		if (h.chapterIndex >= 0) {
			assert.equal(h.chapterTitle, chapter?.title, "chapterTitle matches chapters[chapterIndex]");
			assert.ok((chapter?.line ?? Infinity) < h.line, "a highlight comes after its chapter heading");
		}
		checkStamp(h.createdAt, h.createdDate);
		assert.ok(h.blockId === null || (h.blockId.length > 0 && !h.blockId.startsWith("^")), `id ${h.blockId}`);
		if (h.blockIdResolvable) assert.ok(h.blockId !== null && /^[A-Za-z0-9-]+$/.test(h.blockId), `resolvable id ${h.blockId}`);
		assert.equal(typeof h.text, "string");
		assert.ok(h.thought === null || typeof h.thought === "string");
		assert.ok(h.popularCount === null || (Number.isInteger(h.popularCount) && h.popularCount >= 0));
		for (const n of [h.chapterUid, h.rangeStart, h.rangeEnd]) assert.ok(n === null || (Number.isSafeInteger(n) && n >= 0), `number ${n}`);
	}
	prevLine = -1;
	for (const rv of r.reviews) {
		assert.ok(inRange(rv.line) && inRange(rv.endLine) && rv.line <= rv.endLine, `review lines ${rv.line}-${rv.endLine}`);
		assert.ok(rv.line > prevLine, "reviews in file order");
		prevLine = rv.line;
		assert.ok(["highlight-thought", "chapter-review", "book-review"].includes(rv.kind));
		checkStamp(rv.createdAt, rv.createdDate);
		assert.ok(rv.blockId === null || (rv.blockId.length > 0 && !rv.blockId.startsWith("^")));
	}
	let prevDiag = -1;
	for (const d of r.diagnostics) {
		assert.ok(inRange(d.line), `diagnostic ${d.code} at ${d.line}`);
		assert.ok(d.line >= prevDiag, "diagnostics sorted by line");
		prevDiag = d.line;
		assert.ok(LEVELS.has(d.level) && /^[a-z][a-z0-9-]*$/.test(d.code) && d.message.length > 0, d.code);
	}
	assert.ok(r.meta.lastReadDate === null || DAY.test(r.meta.lastReadDate));
}

function checkStamp(createdAt: string | null, createdDate: string | null | undefined): void {
	assert.ok(createdAt === null || DATETIME.test(createdAt), `createdAt ${createdAt}`);
	if (createdAt !== null) assert.equal(createdDate, createdAt.slice(0, 10), "createdDate is createdAt's day");
	assert.ok(createdDate === null || createdDate === undefined || DAY.test(createdDate), `createdDate ${createdDate}`);
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((n) => {
		const full = join(dir, n);
		return statSync(full).isDirectory() ? walk(full) : n.endsWith(".md") && n !== "README.md" ? [full] : [];
	});
}

/** Real shapes to mutate: the golden fixtures, the fixture vault and the demo vault (all written for this project). */
export function seedNotes(): { path: string; text: string }[] {
	const roots = ["test/fixtures/notes", "test/fixtures/vault", "demo/vault"].map((d) => resolve(process.cwd(), d));
	return roots.flatMap(walk).sort().map((p) => ({ path: p, text: readFileSync(p, "utf8") }));
}

export type Mutation =
	| { kind: "drop" | "dup" | "shuffle" | "nest-quote" | "nest-list"; at: number; span: number }
	| { kind: "truncate-fm"; at: number }
	| { kind: "insert-char"; at: number; char: string }
	| { kind: "crlf" | "bom" | "cr-only" }
	| { kind: "splice"; at: number; other: string };

/** Control characters and friends a synced or hand-edited file can carry. */
export const HOSTILE_CHARS = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ud800", "\udc00", "\r", "\t"];

export function mutate(text: string, muts: readonly Mutation[]): string {
	let lines = text.split("\n");
	const at = (n: number): number => (lines.length === 0 ? 0 : n % lines.length);
	for (const m of muts) {
		switch (m.kind) {
			case "drop":
				lines.splice(at(m.at), 1 + (m.span % 4));
				break;
			case "dup": {
				const i = at(m.at);
				lines.splice(i, 0, ...lines.slice(i, i + 1 + (m.span % 4)));
				break;
			}
			case "shuffle": {
				// Reverse a window, then rotate it: reorders lines inside one neighbourhood (entries, headings, stamps).
				const i = at(m.at);
				const w = lines.slice(i, i + 2 + (m.span % 8)).reverse();
				const k = m.span % Math.max(1, w.length);
				lines.splice(i, w.length, ...w.slice(k), ...w.slice(0, k));
				break;
			}
			case "nest-quote":
				lines[at(m.at)] = "> ".repeat(1 + (m.span % 40)) + (lines[at(m.at)] ?? "");
				break;
			case "nest-list":
				lines[at(m.at)] = "  ".repeat(m.span % 12) + "- ".repeat(1 + (m.span % 7)) + (lines[at(m.at)] ?? "");
				break;
			case "truncate-fm": {
				// Cut inside the frontmatter: the closing `---` (and maybe doc_type) goes.
				const end = lines.indexOf("---", 1);
				const cut = end > 0 ? 1 + (m.at % end) : at(m.at);
				lines = lines.slice(0, cut).concat(lines.slice(end > 0 ? end + 1 : cut));
				break;
			}
			case "insert-char": {
				const joined = lines.join("\n");
				const i = m.at % (joined.length + 1);
				lines = (joined.slice(0, i) + m.char + joined.slice(i)).split("\n");
				break;
			}
			case "crlf":
				lines = lines.map((l) => l + "\r");
				break;
			case "cr-only":
				lines = [lines.join("\r")];
				break;
			case "bom":
				lines[0] = "\uFEFF" + (lines[0] ?? "");
				break;
			case "splice":
				lines.splice(at(m.at), 0, ...m.other.split("\n"));
				break;
		}
	}
	return lines.join("\n");
}

/** Fastest of `runs` timings of `fn` (the minimum is the least noisy estimate on a shared machine). */
export function bestTime(fn: () => void, runs = 5): number {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * Time to parse `shape(n)` vs `shape(8n)`. Linear work gives a ratio near 8, quadratic near 64; both sizes are
 * parsed first once to warm the JIT. The caller picks `n` so the small input takes a few ms (timer noise).
 */
export function growthRatio(parse: Parse, shape: (n: number) => string, n: number): { ratio: number; small: number; large: number } {
	const a = shape(n);
	const b = shape(8 * n);
	parse("n.md", a);
	parse("n.md", b);
	const small = bestTime(() => parse("n.md", a));
	const large = bestTime(() => parse("n.md", b), 3);
	return { ratio: large / Math.max(small, 0.05), small, large };
}

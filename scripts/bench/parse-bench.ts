// Parse throughput: parseNote next to the line-split floor and two general Markdown parsers, on the same text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../../src/core/model.ts";
import type { GenFile } from "../gen-vault/generate.ts";
import { extractWithMarkdownIt, extractWithMdast, lineScan } from "./baselines.ts";
import { log, median, now, timeMedian } from "./measure.ts";

type ParseFn = (path: string, text: string) => ParseResult;

export interface ParseFigures {
	readonly parse_mb_s: number;
	readonly linescan_mb_s: number;
	readonly mdast_mb_s: number;
	readonly markdownit_mb_s: number;
	/** parseNote on ../shared/corpus (real notes of every era), when present. */
	readonly parse_corpus_mb_s: number | null;
	readonly linescan_corpus_mb_s: number | null;
	readonly sample_mb: number;
	readonly sample_highlights: number;
}

function mb(texts: readonly string[]): number {
	let bytes = 0;
	for (const t of texts) bytes += Buffer.byteLength(t, "utf8");
	return bytes / 1e6;
}

/** MB/s of `run` over `texts`, median of `runs`. */
function throughput(texts: readonly string[], run: (t: string) => unknown, runs: number): number {
	const size = mb(texts);
	let sink = 0;
	const ms = timeMedian(() => {
		for (const t of texts) if (run(t) !== undefined) sink++;
	}, runs);
	if (sink < 0) log("impossible");
	return size / (ms / 1000);
}

/** Every `📌` entry parseNote reads: highlights, and the highlights quoted by thoughts in `# 读书笔记`. */
/** MB/s of each of `runs` over the same texts, timed in alternation (round after round), so a burst of load on this
 * shared machine hits all of them alike and their ratio holds; median per function. */
function interleaved(texts: readonly string[], fns: readonly ((t: string) => unknown)[], rounds: number): number[] {
	const size = mb(texts);
	const times: number[][] = fns.map(() => []);
	let sink = 0;
	for (let round = -1; round < rounds; round++) {
		fns.forEach((fn, k) => {
			const t0 = now();
			for (const t of texts) if (fn(t) !== undefined) sink++;
			if (round >= 0) (times[k] as number[]).push(now() - t0);
		});
	}
	if (sink < 0) log("impossible");
	return times.map((ts) => size / (median(ts) / 1000));
}

function countParsed(parse: ParseFn, texts: readonly string[]): number {
	let n = 0;
	for (const t of texts) {
		const r = parse("x.md", t);
		if (r.kind === "weread") n += r.highlights.length + r.reviews.filter((v) => v.kind === "highlight-thought").length;
	}
	return n;
}

/** A sample of the generated WeRead notes of about `targetMb` (every era and note size in the vault's mix). */
export function sampleNotes(files: readonly GenFile[], targetMb: number): string[] {
	const books = files.filter((f) => f.path.startsWith("weread/"));
	const out: string[] = [];
	let size = 0;
	// Every k-th book, so the sample keeps the vault's mix of eras and sizes.
	const step = Math.max(1, Math.floor(mb(books.map((b) => b.text)) / targetMb));
	for (let i = 0; i < books.length && size < targetMb; i += step) {
		const t = (books[i] as GenFile).text;
		out.push(t);
		size += Buffer.byteLength(t, "utf8") / 1e6;
	}
	return out;
}

export function corpusNotes(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter((f) => f.endsWith(".md") && f !== "SOURCES.md")
			.map((f) => readFileSync(join(dir, f), "utf8"));
	} catch {
		return [];
	}
}

export function benchParse(parseNote: ParseFn, texts: readonly string[], corpus: readonly string[], quick: boolean): ParseFigures {
	const runs = quick ? 3 : 7;
	const expected = countParsed(parseNote, texts);
	const mdastCount = texts.reduce((n, t) => n + extractWithMdast(t).length, 0);
	const mdCount = texts.reduce((n, t) => n + extractWithMarkdownIt(t).length, 0);
	log(`highlights found: parseNote ${expected}, mdast ${mdastCount}, markdown-it ${mdCount}`);
	if (mdastCount !== expected || mdCount !== expected) {
		throw new Error(`unfair comparison: parseNote finds ${expected} highlights, mdast ${mdastCount}, markdown-it ${mdCount}`);
	}
	const [linescan, parse] = interleaved(texts, [lineScan, (t) => parseNote("x.md", t)], runs * 2) as [number, number];
	// The general parsers are slow; fewer runs keep the bench short (they are not the figure under optimisation).
	const mdast = throughput(texts, extractWithMdast, quick ? 1 : 3);
	const markdownit = throughput(texts, extractWithMarkdownIt, quick ? 2 : 5);
	let corpusParse: number | null = null;
	let corpusScan: number | null = null;
	if (corpus.length > 0) {
		// Small notes: repeat them so one timed run is long enough to mean something.
		const reps = Math.max(1, Math.ceil(4 / mb(corpus)));
		const repeated = Array.from({ length: reps }, () => corpus).flat();
		[corpusScan, corpusParse] = interleaved(repeated, [lineScan, (t) => parseNote("x.md", t)], runs * 2) as [number, number];
	}
	return {
		parse_mb_s: parse,
		linescan_mb_s: linescan,
		mdast_mb_s: mdast,
		markdownit_mb_s: markdownit,
		parse_corpus_mb_s: corpusParse,
		linescan_corpus_mb_s: corpusScan,
		sample_mb: mb(texts),
		sample_highlights: expected,
	};
}

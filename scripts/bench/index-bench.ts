// The index: cold build, one-note update with an open timeline, heap per highlight, search.
import type { GenFile } from "../gen-vault/generate.ts";
import type { Core } from "./core-bundle.ts";
import { fullGc, log, median, now } from "./measure.ts";

type Index = InstanceType<Core["HighlightIndex"]>;

/** Index `files` as the inspect CLI does (notes, then their resolved block links), then force the lazy views. */
export function coldIndex(core: Core, files: readonly GenFile[]): { index: Index; ms: number } {
	const t0 = now();
	const index = new core.HighlightIndex();
	const resolver = core.createLinkResolver(files.map((f) => f.path));
	index.batch(() => {
		for (const f of files) {
			index.upsertNote(f.path, f.text);
			if (f.path.startsWith("daily/") || f.path.startsWith("notes/")) index.upsertLinks(f.path, resolver.resolveLinks(core.extractBlockLinks(f.text), f.path));
		}
	});
	index.books();
	index.byDay();
	return { index, ms: now() - t0 };
}

const STATE = { grouping: "day", weekStartsOn: 1, query: "", book: null, day: null } as const;

/**
 * One 866-highlight note changes (one highlight's text edited) while the timeline is open: re-index it, recompute the
 * timeline rows, and read the first screen of rows. Median of several edits.
 */
export function updateOne(core: Core, index: Index, big: GenFile, runs: number): number {
	const t = core.translator("en");
	const model = new core.TimelineModel(index, () => t);
	model.rows(STATE);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		// A different edit each time (so the index really re-parses), same size.
		const text = big.text.replace("📌 ", `📌 改${i} `);
		const t0 = now();
		index.upsertNote(big.path, text);
		const rows = model.rows(STATE);
		for (let r = 0; r < 40 && r < rows.length; r++) rows.row(r);
		times.push(now() - t0);
	}
	return median(times);
}

/** Search as the timeline runs it (index.search capped at SEARCH_LIMIT, sorted newest first), warm; median. */
export function searchTimes(core: Core, index: Index, queries: readonly string[]): { firstMs: number; ms: number } {
	const t = core.translator("en");
	const model = new core.TimelineModel(index, () => t);
	const t0 = now();
	model.rows({ ...STATE, query: queries[0] ?? "x" });
	const firstMs = now() - t0;
	const times: number[] = [];
	for (const q of queries.slice(1)) {
		const t1 = now();
		model.rows({ ...STATE, query: q });
		times.push(now() - t1);
	}
	return { firstMs, ms: median(times) };
}

/** Bytes the index keeps per highlight after a full GC, everything it retains included (text, and any note text a
 * sliced string keeps alive). The files are dropped before measuring, so only what the index holds counts. */
export function heapPerHighlight(core: Core, makeFiles: () => GenFile[], highlights: number): number {
	fullGc();
	const before = process.memoryUsage().heapUsed;
	let files: GenFile[] | null = makeFiles();
	const { index } = coldIndex(core, files);
	files = null;
	fullGc();
	const after = process.memoryUsage().heapUsed;
	if (index.books().length === 0) log("empty index?");
	return (after - before) / highlights;
}

// The bookshelf at scale (issue 14 item 5): ms to build the shelf's rows from a warm index (5,000 books at 500k
// highlights) and to filter, sort and group them as the pane does on every control change and live update.
//
// `benchShelf(shelf, index)` is the figure function bench.ts can call on the 500k index it already builds (with
// `buildShelf`/`shelfBooks` exported from core-entry.ts). Run alone — `node --import tsx scripts/bench/shelf-bench.ts
// [--quick]` — it bundles the core as the production build does (es2018, one module), generates the seeded vault
// bench.ts uses, indexes it as index-bench.ts does and prints the figures as JSON.
import process from "node:process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import esbuild from "esbuild";
import { generateVault, type GenFile } from "../gen-vault/generate.ts";
import { log, median, now, timeMedian } from "./measure.ts";
import type { ShelfBook, ShelfQuery, ShelfSource, ShelfViewModel } from "../../src/core/view-models/shelf.ts";
import type { BookEntry } from "../../src/core/index/types.ts";

/** What the bench needs of the core bundle. */
export interface ShelfCore {
	shelfBooks(index: ShelfSource): ShelfBook[];
	buildShelf(books: readonly ShelfBook[], query: ShelfQuery, collator: Intl.Collator): ShelfViewModel;
}

/** An index as the shelf reads it, and the one-note change of a live update. */
export interface ShelfIndex extends ShelfSource {
	upsertNote(path: string, text: string): void;
	book(path: string): BookEntry | undefined;
}

export interface ShelfFigures {
	readonly shelf_books: number;
	/** shelfBooks on a warm index: every row from the cached summaries and the frontmatter. */
	readonly shelf_rows_ms_500k: number;
	/** buildShelf per sort order (no filter, no groups), zh collation (pinyin): the slowest comparator. */
	readonly shelf_sort_title_zh_ms_500k: number;
	readonly shelf_sort_last_read_ms_500k: number;
	readonly shelf_sort_highlights_ms_500k: number;
	/** Grouped by status, sorted by last read. */
	readonly shelf_group_status_ms_500k: number;
	/** A filter keystroke ("的"), sorted by title in zh. */
	readonly shelf_filter_ms_500k: number;
	/** One book re-indexed (a sync rewrote it), then the rows and the default view rebuilt: the live update. */
	readonly shelf_live_update_ms_500k: number;
}

const Q: ShelfQuery = { sort: "last-read", grouping: "none", filter: "" };

export function benchShelf(shelf: ShelfCore, index: ShelfIndex, big: GenFile, runs = 7): ShelfFigures {
	const zh = new Intl.Collator("zh");
	const rowsMs = timeMedian(() => void shelf.shelfBooks(index), runs);
	const rows = shelf.shelfBooks(index);
	const build = (query: Partial<ShelfQuery>): number => timeMedian(() => void shelf.buildShelf(rows, { ...Q, ...query }, zh), runs);
	const live: number[] = [];
	for (let i = 0; i < runs; i++) {
		const text = big.text.replace("📌 ", `📌 架${i} `);
		const t0 = now();
		index.upsertNote(big.path, text);
		shelf.buildShelf(shelf.shelfBooks(index), Q, zh);
		live.push(now() - t0);
	}
	return {
		shelf_books: rows.length,
		shelf_rows_ms_500k: rowsMs,
		shelf_sort_title_zh_ms_500k: build({ sort: "title" }),
		shelf_sort_last_read_ms_500k: build({ sort: "last-read" }),
		shelf_sort_highlights_ms_500k: build({ sort: "highlights" }),
		shelf_group_status_ms_500k: build({ grouping: "status" }),
		shelf_filter_ms_500k: build({ sort: "title", filter: "的" }),
		shelf_live_update_ms_500k: median(live),
	};
}

const ENTRY = `
export { HighlightIndex } from "./src/core/index/highlight-index.ts";
export { extractBlockLinks } from "./src/core/links/extract.ts";
export { createLinkResolver } from "./src/core/links/resolve.ts";
export { buildShelf, shelfBooks } from "./src/core/view-models/shelf.ts";
`;

interface Bundle extends ShelfCore {
	HighlightIndex: new () => ShelfIndex & { batch(fn: () => void): void; upsertLinks(path: string, links: unknown): void; books(): unknown };
	extractBlockLinks(text: string): unknown;
	createLinkResolver(paths: readonly string[]): { resolveLinks(links: unknown, from: string): unknown };
}

async function loadBundle(): Promise<Bundle> {
	const root = new URL("../../", import.meta.url).pathname;
	const result = await esbuild.build({ stdin: { contents: ENTRY, resolveDir: root, loader: "ts" }, bundle: true, write: false, format: "esm", platform: "neutral", target: "es2018", logLevel: "silent" });
	const out = result.outputFiles[0];
	if (out === undefined) throw new Error("esbuild produced no bundle");
	const file = join(mkdtempSync(join(tmpdir(), "wrh-shelf-bench-")), "shelf.mjs");
	writeFileSync(file, out.text);
	return (await import(pathToFileURL(file).href)) as Bundle;
}

async function main(): Promise<void> {
	const quick = process.argv.includes("--quick");
	const highlights = quick ? 20_000 : 500_000;
	const core = await loadBundle();
	log(`shelf: generating ${highlights} highlights`);
	// The seed and the first book's size bench.ts uses.
	const files = generateVault({ highlights, seed: 20_261_128, fixedSizes: [866] }).files;
	log("shelf: indexing");
	const index = new core.HighlightIndex();
	const resolver = core.createLinkResolver(files.map((f) => f.path));
	index.batch(() => {
		for (const f of files) {
			index.upsertNote(f.path, f.text);
			if (f.path.startsWith("daily/") || f.path.startsWith("notes/")) index.upsertLinks(f.path, resolver.resolveLinks(core.extractBlockLinks(f.text), f.path));
		}
	});
	index.books();
	const big = files.find((f) => f.path.startsWith("weread/"));
	if (big === undefined) throw new Error("no book in the generated vault");
	log("shelf: measuring");
	process.stdout.write(`${JSON.stringify(benchShelf(core, index, big), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

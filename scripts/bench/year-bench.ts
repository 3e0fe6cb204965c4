// The year in reading (issue 14 item 4) at 500k highlights: how long the busiest year's figures take to compute, the
// first time after the index is built (its days already ordered, as an open timeline leaves them) and again after a
// one-note change (a new revision: no cache). Runnable alone:
//   node --import tsx scripts/bench/year-bench.ts [highlights]      (default 500000)
// and callable from bench.ts with the index it already built (see `yearFigures`).
import process from "node:process";
import { pathToFileURL } from "node:url";
import { yearStats as sourceYearStats } from "../../src/core/view-models/year-stats.ts";
import { yearsWithData } from "../../src/core/view-models/timeline-heatmap.ts";
import { generateVault, type GenFile } from "../gen-vault/generate.ts";
import { loadCore, type Core } from "./core-bundle.ts";
import { coldIndex } from "./index-bench.ts";
import { log, median, now } from "./measure.ts";

type Index = InstanceType<Core["HighlightIndex"]>;
/** `yearStats` itself: from the bundled core once core-entry.ts exports it, else from the source (under tsx). */
type YearStatsFn = typeof sourceYearStats;

export interface YearFigures {
	/** The year's figures, first computation on a freshly built index (ms). */
	readonly year_stats_first_ms_500k: number;
	/** The same after a one-note change (median of several changes, ms). */
	readonly year_stats_ms_500k: number;
	/** Dated entries in the year measured (its busiest): the work behind the figures. */
	readonly year_stats_entries: number;
}

/** The year with the most dated entries: the heaviest to sum up. */
function busiestYear(index: Index): number {
	const perYear = new Map<number, number>();
	for (const [day, n] of index.dayCounts()) perYear.set(Number(day.slice(0, 4)), (perYear.get(Number(day.slice(0, 4))) ?? 0) + n);
	let best = yearsWithData(index)[0] ?? 2024;
	for (const [year, n] of perYear) if (n > (perYear.get(best) ?? 0)) best = year;
	return best;
}

export function yearFigures(index: Index, big: GenFile, runs: number, compute: YearStatsFn = sourceYearStats): YearFigures {
	const year = busiestYear(index);
	const t0 = now();
	const first = compute(index, year, null);
	const firstMs = now() - t0;
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		// A different edit each time, so the index really changes (as index-bench's updateOne does).
		index.upsertNote(big.path, big.text.replace("📌 ", `📌 年${i} `));
		const t1 = now();
		compute(index, year, null);
		times.push(now() - t1);
	}
	return { year_stats_first_ms_500k: firstMs, year_stats_ms_500k: median(times), year_stats_entries: first.entries };
}

async function main(): Promise<void> {
	const highlights = Number(process.argv[2] ?? 500_000);
	const core = await loadCore();
	log(`generating ${highlights} highlights`);
	const files = [...generateVault({ highlights, seed: 20_261_128, fixedSizes: [866] }).files];
	log(`cold index at ${highlights}`);
	const { index } = coldIndex(core, files);
	const big = files.find((f) => f.path.startsWith("weread/")) as GenFile;
	const compute = (core as Partial<{ yearStats: YearStatsFn }>).yearStats ?? sourceYearStats;
	process.stdout.write(`${JSON.stringify(yearFigures(index, big, 9, compute), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	main().catch((err: unknown) => {
		process.stderr.write(`year bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
		process.exit(1);
	});
}

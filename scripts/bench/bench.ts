// `npm run bench [-- --json] [-- --write] [-- --quick] [-- --no-browser] [-- --parse-only]` (design §8, issue 6): parse throughput next
// to the line-split floor and two Markdown parsers, the index (cold build, one-note update with an open timeline,
// heap per highlight, search) and the timeline pane in headless Chromium, in one run on a seeded synthetic vault.
// Prints a table with each goal met or missed; `--json` prints one JSON object instead; `--write` records the table
// in BENCHMARKS.md with the machine, date and commit. Speed goals live here only, never in timed tests.
import { spawnSync } from "node:child_process";
import process from "node:process";
import { generateVault, type GenFile } from "../gen-vault/generate.ts";
import { benchBrowser, type BrowserFigures } from "./browser-bench.ts";
import { loadCore } from "./core-bundle.ts";
import { benchBookPane } from "./book-pane-bench.ts";
import { benchWarmStart } from "./warm-start-bench.ts";
import { benchEditor } from "./editor-bench.ts";
import { benchScriptApi } from "./script-api-bench.ts";
import { benchShelf } from "./shelf-bench.ts";
import { yearFigures } from "./year-bench.ts";
import { coldIndex, heapPerHighlight, searchTimes, updateOne } from "./index-bench.ts";
import { log } from "./measure.ts";
import { benchParse, corpusNotes, sampleNotes } from "./parse-bench.ts";
import { renderTable, writeBenchmarks, type Figures } from "./report.ts";
import { cpuTimes, stealPercentSince } from "./steal.ts";
import { benchTemplates } from "./template-bench.ts";
import { statSync } from "node:fs";

/** The production bundle's size, when one is built (npm run build): nunjucks' browser build rides in its worker. */
function mainJsBytes(): number | null {
	try {
		return statSync(new URL("../../main.js", import.meta.url)).size;
	} catch {
		return null;
	}
}

const args = new Set(process.argv.slice(2));

// Heap figures need a full GC on demand: re-execute under --expose-gc when the flag is missing.
if (typeof (globalThis as { gc?: unknown }).gc !== "function") {
	const child = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", ...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)], { stdio: "inherit" });
	process.exit(child.status ?? 1);
}

const quick = args.has("--quick");
const SEED = 20_261_128;
const SIZES = quick ? { small: 5_000, large: 20_000, browser: 10_000, parseMb: 1 } : { small: 50_000, large: 500_000, browser: 100_000, parseMb: 4 };
const BIG_NOTE = 866;

function vault(highlights: number): GenFile[] {
	// The first book is the largest real note's size: the one re-indexed in the update figure.
	return [...generateVault({ highlights, seed: SEED, fixedSizes: [BIG_NOTE] }).files];
}

async function main(): Promise<void> {
	const core = await loadCore();
	const figures: Partial<Figures> = { quick };
	const cpuAtStart = cpuTimes();

	log(`generating ${SIZES.small} highlights`);
	let small: GenFile[] | null = vault(SIZES.small);
	log("parse throughput");
	Object.assign(figures, benchParse(core.parseNote, sampleNotes(small, SIZES.parseMb), corpusNotes(new URL("../../../shared/corpus/", import.meta.url).pathname), quick));
	log("template shapes (issue 12)");
	Object.assign(figures, benchTemplates(core, sampleNotes(small, SIZES.parseMb), new URL("../../../shared/corpus/", import.meta.url).pathname, quick));
	figures.main_js_bytes = mainJsBytes();

	if (args.has("--parse-only")) {
		// For work on the parser: the parse figures alone, in seconds rather than minutes.
		process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
		return;
	}

	log(`cold index at ${SIZES.small}`);
	figures.cold_index_ms_50k = coldIndex(core, small).ms;
	small = null;
	figures.heap_bytes_per_highlight = heapPerHighlight(core, () => vault(SIZES.small), SIZES.small);

	log(`generating ${SIZES.large} highlights`);
	let large: GenFile[] | null = vault(SIZES.large);
	log(`cold index at ${SIZES.large}`);
	const built = coldIndex(core, large);
	figures.cold_index_ms_500k = built.ms;
	const big = large.find((f) => f.path.startsWith("weread/")) as GenFile;
	large = null;
	figures.update_ms_866 = updateOne(core, built.index, big, quick ? 5 : 9);
	const search = searchTimes(core, built.index, ["国家", "zzqx", "的人", "reading river", "第3章 发展", "qqzz", "电力", "silence", "中国 人民", "xxyy"]);
	figures.search_first_ms_500k = search.firstMs;
	figures.search_ms_500k = search.ms;
	log("scripting API (issue 14)");
	Object.assign(figures, benchScriptApi(core.createApi, built.index, big.path, ["国家", "reading river", "第3章 发展", "中国 人民"]));
	log("a year in reading (issue 14)");
	Object.assign(figures, yearFigures(built.index, big, quick ? 5 : 9, core.yearStats));
	log("bookshelf (issue 14)");
	Object.assign(figures, benchShelf(core, built.index, big, quick ? 5 : 7));

	log(`node figures: ${JSON.stringify(figures)}`);
	if (!args.has("--no-browser")) {
		log(`Chromium at ${SIZES.browser} highlights`);
		const files = vault(SIZES.browser);
		const index = coldIndex(core, files).index;
		const t = core.translator("en");
		figures.timeline_rows = new core.TimelineModel(index, () => t).rows({ grouping: "day", weekStartsOn: 1, query: "", book: null, day: null }).length;
		const browser: BrowserFigures | null = await benchBrowser(files);
		if (browser !== null) Object.assign(figures, browser);
		log(`a start with the persistent cache warm and cold (issue 15), ${SIZES.browser} highlights`);
		const warm = await benchWarmStart(files);
		if (warm !== null) Object.assign(figures, warm);
		log("book pane at 8,660 highlights (issue 15)");
		const bookPane = await benchBookPane();
		if (bookPane !== null) Object.assign(figures, bookPane);
		log("citation badges in the editor (issue 13)");
		const editor = await benchEditor();
		if (editor !== null) Object.assign(figures, editor);
	}

	figures.cpu_steal_percent = stealPercentSince(cpuAtStart);
	const all = figures as Figures;
	if (args.has("--json")) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
	else process.stdout.write(renderTable(all));
	if (args.has("--write")) writeBenchmarks(all);
}

main().catch((err: unknown) => {
	process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
	process.exit(1);
});

// The table (terminal and BENCHMARKS.md) and the goals of issue 6 it checks.
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { BrowserFigures } from "./browser-bench.ts";
import type { BookPaneFigures } from "./book-pane-bench.ts";
import type { WarmStartFigures } from "./warm-start-bench.ts";
import type { EditorFigures } from "./editor-bench.ts";
import type { ScriptApiFigures } from "./script-api-bench.ts";
import type { ShelfFigures } from "./shelf-bench.ts";
import type { YearFigures } from "./year-bench.ts";
import type { ParseFigures } from "./parse-bench.ts";
import type { TemplateFigures } from "./template-bench.ts";

export interface Figures extends ParseFigures, Partial<BrowserFigures>, Partial<TemplateFigures>, Partial<EditorFigures>, Partial<ScriptApiFigures>, Partial<ShelfFigures>, Partial<YearFigures>, Partial<BookPaneFigures>, Partial<WarmStartFigures> {
	main_js_bytes?: number | null;
	readonly quick: boolean;
	cold_index_ms_50k: number;
	cold_index_ms_500k: number;
	update_ms_866: number;
	heap_bytes_per_highlight: number;
	search_ms_500k: number;
	search_first_ms_500k: number;
	timeline_rows?: number;
	/** Share of CPU time the host took from this VM during the run (Linux /proc/stat), or null. */
	cpu_steal_percent?: number | null;
}

interface Row {
	readonly label: string;
	readonly value: string;
	readonly goal: string;
	/** null: no goal (context figure) or not measured. */
	readonly met: boolean | null;
}

const f1 = (x: number | undefined | null): string => (x === undefined || x === null || Number.isNaN(x) ? "—" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;
const below = (x: number | undefined, goal: number): boolean | null => (x === undefined ? null : x < goal);

export function rows(f: Figures): Row[] {
	const large = f.quick ? "20k" : "500k";
	const small = f.quick ? "5k" : "50k";
	const view = f.quick ? "10k" : "100k";
	const out: Row[] = [
		{ label: "parseNote (generated notes)", value: `${f1(f.parse_mb_s)} MB/s`, goal: "", met: null },
		{ label: "line-split floor (same text)", value: `${f1(f.linescan_mb_s)} MB/s`, goal: "", met: null },
		{ label: "mdast-util-from-markdown", value: `${f1(f.mdast_mb_s)} MB/s`, goal: "", met: null },
		{ label: "markdown-it", value: `${f1(f.markdownit_mb_s)} MB/s`, goal: "", met: null },
		{ label: "parseNote ÷ floor", value: ratio(f.parse_mb_s, f.linescan_mb_s), goal: "≥ 0.25×", met: f.parse_mb_s / f.linescan_mb_s >= 0.25 },
		{ label: "parseNote ÷ mdast", value: ratio(f.parse_mb_s, f.mdast_mb_s), goal: "≥ 10×", met: f.parse_mb_s / f.mdast_mb_s >= 10 },
		{ label: "parseNote ÷ markdown-it", value: ratio(f.parse_mb_s, f.markdownit_mb_s), goal: "≥ 3×", met: f.parse_mb_s / f.markdownit_mb_s >= 3 },
	];
	if (f.template_derive_ms_median !== undefined) {
		out.push(
			{ label: `template shapes derived (${f.templates_derived ?? 0} corpus templates), median / max`, value: `${f1(f.template_derive_ms_median)} / ${f1(f.template_derive_ms_max)} ms`, goal: "", met: null },
			{ label: "parse with the template's recognizer beside it (generated notes)", value: `${f1(f.parse_mb_s_with_recognizer)} MB/s (without: ${f1(f.parse_mb_s_without_recognizer)})`, goal: "", met: null },
			{ label: "parse with each vault's recognizer (corpus)", value: `${f1(f.parse_corpus_mb_s_with_recognizer)} MB/s (without: ${f1(f.parse_corpus_mb_s_without_recognizer)})`, goal: "", met: null },
		);
	}
	if (f.main_js_bytes !== undefined && f.main_js_bytes !== null) out.push({ label: "main.js (production, with the derive worker)", value: `${(f.main_js_bytes / 1024).toFixed(0)} KB`, goal: "", met: null });
	if (f.parse_corpus_mb_s !== null && f.linescan_corpus_mb_s !== null) {
		out.push({ label: "parseNote ÷ floor (real corpus notes)", value: `${ratio(f.parse_corpus_mb_s, f.linescan_corpus_mb_s)} (${f1(f.parse_corpus_mb_s)} MB/s)`, goal: "(≥ 0.25×)", met: null });
	}
	out.push(
		{ label: `cold index, ${small} highlights`, value: `${f1(f.cold_index_ms_50k)} ms`, goal: "< 1000 ms", met: below(f.cold_index_ms_50k, 1000) },
		{ label: `cold index, ${large} highlights`, value: `${f1(f.cold_index_ms_500k)} ms`, goal: "< 10000 ms", met: below(f.cold_index_ms_500k, 10_000) },
		{ label: `re-index one 866-highlight note + timeline (${large})`, value: `${f1(f.update_ms_866)} ms`, goal: "< 20 ms", met: below(f.update_ms_866, 20) },
		{ label: "heap per indexed highlight (text incl.)", value: `${f1(f.heap_bytes_per_highlight)} B`, goal: "≤ 1024 B", met: f.heap_bytes_per_highlight <= 1024 },
		{ label: `search, ${large} highlights (warm)`, value: `${f1(f.search_ms_500k)} ms`, goal: "< 100 ms", met: below(f.search_ms_500k, 100) },
		{ label: `a year in reading at ${large} (busiest year, ${f.year_stats_entries ?? "—"} entries): first / after a one-note change`, value: `${f1(f.year_stats_first_ms_500k)} / ${f1(f.year_stats_ms_500k)} ms`, goal: "< 100 ms", met: f.year_stats_first_ms_500k === undefined ? null : f.year_stats_first_ms_500k < 100 },
		{ label: `bookshelf at ${large} (${f.shelf_books ?? "—"} books): rows / sort by title (zh) / a filter keystroke`, value: `${f1(f.shelf_rows_ms_500k)} / ${f1(f.shelf_sort_title_zh_ms_500k)} / ${f1(f.shelf_filter_ms_500k)} ms`, goal: "< 50 ms each", met: f.shelf_rows_ms_500k === undefined ? null : Math.max(f.shelf_rows_ms_500k, f.shelf_sort_title_zh_ms_500k ?? 0, f.shelf_filter_ms_500k ?? 0) < 50 },
		{ label: "… one book re-indexed, then the shelf rebuilt (live update)", value: `${f1(f.shelf_live_update_ms_500k)} ms`, goal: "< 100 ms", met: below(f.shelf_live_update_ms_500k, 100) },
		{ label: `first search, ${large} (builds haystacks)`, value: `${f1(f.search_first_ms_500k)} ms`, goal: "", met: null },
		{ label: `scripting API at ${large}: books() / highlights() / its 10,000 cap / a query / one book`, value: `${[f.api_books_ms, f.api_highlights_default_ms, f.api_highlights_cap_ms, f.api_highlights_query_ms, f.api_highlights_book_ms].map(f1).join(" / ")} ms`, goal: "", met: null },
		{ label: "plugin onload (Chromium)", value: `${f1(f.onload_ms)} ms`, goal: "< 20 ms", met: below(f.onload_ms, 20) },
		{ label: `longest task during first scan (${view})`, value: `${f1(f.first_scan_longest_task_ms)} ms`, goal: "≤ 50 ms", met: f.first_scan_longest_task_ms === undefined ? null : f.first_scan_longest_task_ms <= 50 },
		{ label: `first scan in Chromium (${view})`, value: `${f1(f.first_scan_ms)} ms`, goal: "", met: null },
		{ label: `timeline first render, ${f.timeline_rows ?? view} rows`, value: `${f1(f.timeline_first_render_ms_100k)} ms`, goal: "< 100 ms", met: below(f.timeline_first_render_ms_100k, 100) },
		{ label: "timeline scroll frame", value: `${f1(f.timeline_scroll_frame_ms_100k)} ms`, goal: "< 16 ms", met: below(f.timeline_scroll_frame_ms_100k, 16) },
		{ label: "timeline first render, CPU 4× slower", value: `${f1(f.timeline_first_render_ms_100k_cpu4x)} ms`, goal: "< 400 ms", met: below(f.timeline_first_render_ms_100k_cpu4x, 400) },
		{ label: `one 866-highlight note changes under the open timeline (Chromium, ${view}): main-thread time`, value: `${f1(f.timeline_update_ms_866_browser)} ms`, goal: "(< 20 ms)", met: null },
		{ label: "… its longest task", value: `${f1(f.timeline_update_longest_task_ms_866_browser)} ms`, goal: "", met: null },
		{ label: `book pane, 8,660 highlights (Chromium, ${f.book_pane_rows_in_dom_8660 ?? "—"} entry rows in the DOM): first render`, value: `${f1(f.book_pane_render_ms_8660)} ms`, goal: "< 50 ms", met: below(f.book_pane_render_ms_8660, 50) },
		{ label: "… a scroll frame", value: `${f1(f.book_pane_scroll_frame_ms_8660)} ms`, goal: "< 16 ms", met: below(f.book_pane_scroll_frame_ms_8660, 16) },
	);
	if (f.warm_start_ms_100k !== undefined) {
		out.push(
			{ label: `start → the timeline's first render (Chromium, ${view}): cache warm / cold / cache off`, value: `${f1(f.warm_start_ms_100k)} / ${f1(f.cold_start_ms_100k)} / ${f1(f.cold_start_ms_100k_cache_off)} ms`, goal: "warm < 300 ms", met: below(f.warm_start_ms_100k, 300) },
			{ label: "… CPU 4× slower: cache warm / cold", value: `${f1(f.warm_start_ms_100k_cpu4x)} / ${f1(f.cold_start_ms_100k_cpu4x)} ms`, goal: "warm < 1000 ms", met: below(f.warm_start_ms_100k_cpu4x, 1000) },
			{ label: "… warm: until the index is complete, 1× / 4× CPU; rows of the first render", value: `${f1(f.warm_start_complete_ms_100k)} / ${f1(f.warm_start_complete_ms_100k_cpu4x)} ms; ${f.warm_start_first_rows_100k ?? "—"}`, goal: "", met: null },
			{ label: "… book notes the warm start read; its longest task (≥ 50 ms counted)", value: `${f.warm_start_books_read_100k ?? "—"}; ${f1(f.warm_start_longest_task_ms_100k)} ms`, goal: "", met: null },
			{ label: "… after a cold start, until the cache holds every book (idle-period writes, 2 s delay included); its longest task", value: `${f1(f.cache_write_back_ms_100k)} ms; ${f1(f.cache_write_back_longest_task_ms_100k)} ms`, goal: "no task ≥ 50 ms", met: f.cache_write_back_longest_task_ms_100k === undefined ? null : f.cache_write_back_longest_task_ms_100k < 50 },
		);
	}
	if (f.editor_keystroke_ms_866 !== undefined) {
		const cost = (on: number | undefined, off: number | undefined): number | undefined => (on === undefined || off === undefined ? undefined : on - off);
		const f2 = (x: number | undefined): string => (x === undefined ? "—" : x.toFixed(2));
		const keystroke = cost(f.editor_keystroke_ms_866, f.editor_keystroke_ms_866_off);
		const scroll = cost(f.editor_scroll_ms_866, f.editor_scroll_ms_866_off);
		out.push(
			{ label: `citation badges, 866-highlight note (Chromium, ${f.editor_badges_visible_866 ?? "—"} in view): one keystroke with / without them`, value: `${f2(f.editor_keystroke_ms_866)} / ${f2(f.editor_keystroke_ms_866_off)} ms`, goal: "badges add < 1 ms", met: keystroke === undefined ? null : keystroke < 1 },
			{ label: "… one scroll to a new part of the note (measure + redraw)", value: `${f2(f.editor_scroll_ms_866)} / ${f2(f.editor_scroll_ms_866_off)} ms`, goal: "badges add < 1 ms", met: scroll === undefined ? null : scroll < 1 },
			{ label: "… opening the note until its viewport is drawn", value: `${f1(f.editor_first_decoration_ms_866)} / ${f1(f.editor_first_decoration_ms_866_off)} ms`, goal: "", met: null },
		);
	}
	return out;
}

export function renderTable(f: Figures): string {
	const lines = ["| figure | value | goal | |", "|---|---:|---|---|"];
	for (const r of rows(f)) lines.push(`| ${r.label} | ${r.value} | ${r.goal} | ${r.met === null ? "" : r.met ? "met" : "**missed**"} |`);
	return `${lines.join("\n")}\n`;
}

function machine(): string {
	const cpu = os.cpus()[0]?.model ?? "unknown CPU";
	return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function commit(): string {
	try {
		const sha = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
		const dirty = execSync("git status --porcelain", { encoding: "utf8" }).trim() !== "";
		return dirty ? `${sha} (+ uncommitted changes)` : sha;
	} catch {
		return "unknown";
	}
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the recorded table in BENCHMARKS.md (the text around the markers is kept). */
export function writeBenchmarks(f: Figures, file = "BENCHMARKS.md"): void {
	const block = [
		START,
		`Recorded by \`npm run bench -- --write\`${f.quick ? " (--quick: smaller sizes)" : ""} on ${new Date().toISOString().slice(0, 10)}, commit ${commit()}.`,
		`Machine: ${machine()}.${typeof f.cpu_steal_percent === "number" ? ` CPU time taken by the host (steal) during the run: ${f.cpu_steal_percent.toFixed(0)} %.` : ""}`,
		"",
		renderTable(f).trimEnd(),
		"",
		"```json",
		JSON.stringify(f, null, 2),
		"```",
		END,
	].join("\n");
	const old = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
	const at = old.indexOf(START);
	const end = old.indexOf(END);
	const next = at >= 0 && end > at ? old.slice(0, at) + block + old.slice(end + END.length) : `${old.trimEnd()}\n\n${block}\n`;
	writeFileSync(file, next);
}

// A start with the persistent cache warm against one without it (issue 15 item 1), in headless Chromium over the e2e
// harness (production main.js, Chromium's real IndexedDB) at ~100k highlights:
// - cold_start_ms_100k: a device that never opened the vault: from the plugin's load (onload, layout ready, the
//   timeline opened right away as a restored pane would be) until the timeline's first render (its first row laid
//   out). A cold start draws the list when the index is complete. Every book note is read and parsed; the results are
//   then written back in idle periods.
// - warm_start_ms_100k: the same, started again over the same IndexedDB and vault id after the write-back finished:
//   no note changed, so none is read. The timeline's first render comes before the index is complete: it draws the
//   newest days once every book that has entries on them is in (IndexSync's exactAfter); `…_complete_…` is until the
//   index is complete and the list drawn whole.
// - … _cpu4x: the same with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), a phone.
// Each figure is the median of RUNS page loads; the log lists every load. The write-back itself is timed too (from
// the end of the cold start until every book is stored): it runs in idle periods and blocks no frame, but a restart
// before it ends starts colder.
import process from "node:process";
import { log, median } from "./measure.ts";
import { browserBenchSetup } from "./browser-bench.ts";
import type { GenFile } from "../gen-vault/generate.ts";

export interface WarmStartFigures {
	readonly cold_start_ms_100k: number;
	/** The same start with the cache turned off (the setting): what a cold start cost before the cache. */
	readonly cold_start_ms_100k_cache_off: number;
	readonly warm_start_ms_100k: number;
	readonly cold_start_ms_100k_cpu4x: number;
	readonly warm_start_ms_100k_cpu4x: number;
	/** The warm start until the index is complete and the timeline drawn whole (1× and 4× CPU). */
	readonly warm_start_complete_ms_100k: number;
	readonly warm_start_complete_ms_100k_cpu4x: number;
	/** Rows the warm start's first render drew (entry rows and day headers in the window). */
	readonly warm_start_first_rows_100k: number;
	/** Book notes the warm start read (0 when every one came from the cache). */
	readonly warm_start_books_read_100k: number;
	/** After a cold start: until the cache holds every book (idle-period writes). */
	readonly cache_write_back_ms_100k: number;
	/** The longest task ('longtask' ≥ 50 ms, else 0) while a cold start's results are written back, 1× and 4× CPU. */
	readonly cache_write_back_longest_task_ms_100k: number;
	/** The longest main-thread task of the warm start ('longtask' entries: 0 when none reached 50 ms). */
	readonly warm_start_longest_task_ms_100k: number;
}

const RUNS = Number(process.env.WRH_WARM_RUNS ?? 3);

interface PageWindow {
	wrh: {
		loadPlugin(source: string): Promise<void>;
		layoutReady(): void;
		executeCommand(id: string): boolean;
		app: { vault: { reads: { method: string; path: string }[] } } | null;
		cacheRecordCount(name: string): Promise<number>;
	};
}

/**
 * In the page: load the plugin, lay out, open the timeline; resolve when the index is complete and a row is laid out.
 * Watched with a MutationObserver (a polling loop would add its own tasks to what is measured); long tasks (≥ 50 ms)
 * from the browser's own 'longtask' entries.
 */
async function startTimed(source: string): Promise<{ ms: number; completeMs: number; firstRows: number; reads: number; longest: number; loadMs: number }> {
	const w = window as unknown as PageWindow;
	const tasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) tasks.push(e.duration);
	});
	observer.observe({ type: "longtask" });
	let scanning = false;
	let first: { at: number; rows: number } | null = null;
	const rendered = (): void => {
		if (first !== null) return;
		const rows = document.querySelectorAll(".wrh-timeline .wrh-vlist-row");
		if (rows.length === 0) return;
		(rows[0] as Element).getBoundingClientRect();
		first = { at: performance.now(), rows: rows.length };
	};
	const ready = (): boolean => {
		rendered();
		const status = document.querySelector(".status-bar-item.plugin-weread-highlights");
		if (status === null) return false;
		// Hidden before the scan starts too: only once it was shown (the scan ran) does hidden mean done.
		if (!status.classList.contains("wrh-hidden")) scanning = true;
		const row = document.querySelector(".wrh-timeline .wrh-vlist-row");
		if (!scanning || !status.classList.contains("wrh-hidden") || row === null) return false;
		row.getBoundingClientRect();
		return true;
	};
	const done = new Promise<number>((resolve) => {
		const mo = new MutationObserver(() => {
			if (!ready()) return;
			mo.disconnect();
			resolve(performance.now());
		});
		mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
	});
	const t0 = performance.now();
	await w.wrh.loadPlugin(source);
	const loadMs = performance.now() - t0;
	w.wrh.layoutReady();
	w.wrh.executeCommand("open-reading-timeline");
	ready();
	const end = await done;
	observer.disconnect();
	const reads = (w.wrh.app?.vault.reads ?? []).filter((r) => r.method === "cachedRead").length;
	const firstAt = (first as { at: number; rows: number } | null) ?? { at: end, rows: 0 };
	return { ms: firstAt.at - t0, completeMs: end - t0, firstRows: firstAt.rows, reads, longest: tasks.reduce((m, d) => Math.max(m, d), 0), loadMs };
}

/** In the page: ms until the vault's cache database holds `books` records (polled every 50 ms; 60 s at most). */
async function writeBackTimed(args: { name: string; books: number }): Promise<{ ms: number; longest: number }> {
	const t0 = performance.now();
	// The write-back runs in idle periods: no task of it should reach 50 ms ('longtask' entries).
	const tasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) tasks.push(e.duration);
	});
	observer.observe({ type: "longtask" });
	const longest = (): number => tasks.reduce((m, d) => Math.max(m, d), 0);
	const count = (): Promise<number> => (window as unknown as PageWindow).wrh.cacheRecordCount(args.name);
	while (performance.now() - t0 < 60_000) {
		if ((await count()) >= args.books) {
			observer.disconnect();
			return { ms: performance.now() - t0, longest: longest() };
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	observer.disconnect();
	return { ms: NaN, longest: longest() };
}

export async function benchWarmStart(files: readonly GenFile[]): Promise<WarmStartFigures | null> {
	const harness = await browserBenchSetup("the warm start");
	if (harness === null) return null;
	const { openHarness, closeSharedBrowser } = harness;
	const { productionMainJs } = await import("../../test/e2e/harness/build.ts");
	const source = productionMainJs();
	const vault = Object.fromEntries(files.map((f) => [f.path, f.text]));
	const books = files.filter((f) => f.text.includes("doc_type: weread-highlights-reviews")).length;
	const once = async (appId: string, cpu4x: boolean, dataJson?: string): Promise<{ ms: number; completeMs: number; firstRows: number; reads: number; longest: number; loadMs: number; writeBack: { ms: number; longest: number } }> => {
		const h = await openHarness({ files: vault, load: false, appId, dataJson });
		try {
			const cdp = await h.page.context().newCDPSession(h.page);
			if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
			const start = await h.page.evaluate(startTimed, source);
			if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
			await cdp.detach();
			const writeBack = await h.page.evaluate(writeBackTimed, { name: `weread-highlights/note-cache/${appId}`, books });
			await h.assertNoErrors();
			return { ...start, writeBack };
		} finally {
			await h.close();
		}
	};
	try {
		const cold: number[] = [];
		const coldOff: number[] = [];
		const warm: number[] = [];
		const cold4: number[] = [];
		const warm4: number[] = [];
		const warmComplete: number[] = [];
		const warmComplete4: number[] = [];
		const firstRows: number[] = [];
		const writeBacks: number[] = [];
		const writeBackTasks: number[] = [];
		const longest: number[] = [];
		let warmReads = 0;
		for (let run = 0; run < RUNS; run++) {
			// A vault id of its own per run: the browser profile is shared by every page of the bench.
			const id = `bench-${process.pid}-${run}`;
			const off = await once(`${id}-off`, false, JSON.stringify({ persistentCache: false }));
			coldOff.push(off.ms);
			const c = await once(id, false);
			const w = await once(id, false);
			const c4 = await once(`${id}-cpu4x`, true);
			const w4 = await once(`${id}-cpu4x`, true);
			cold.push(c.ms);
			warm.push(w.ms);
			cold4.push(c4.ms);
			warm4.push(w4.ms);
			warmComplete.push(w.completeMs);
			warmComplete4.push(w4.completeMs);
			firstRows.push(w.firstRows);
			writeBacks.push(c.writeBack.ms);
			writeBackTasks.push(Math.max(c.writeBack.longest, c4.writeBack.longest));
			longest.push(w.longest);
			warmReads = Math.max(warmReads, w.reads, w4.reads);
			log(`warm start run ${run}: cache off ${off.ms.toFixed(0)} ms (${off.reads} read); cold ${c.ms.toFixed(0)} ms (${c.reads} notes read, write-back ${c.writeBack.ms.toFixed(0)} ms, its longest task ${c.writeBack.longest.toFixed(0)} ms; at 4× CPU ${c4.writeBack.longest.toFixed(0)} ms), warm ${w.ms.toFixed(0)} ms (${w.firstRows} rows; complete ${w.completeMs.toFixed(0)} ms; ${w.reads} read, longest task ${w.longest.toFixed(1)} ms, plugin load ${w.loadMs.toFixed(0)} ms); 4× CPU: cold ${c4.ms.toFixed(0)} ms, warm ${w4.ms.toFixed(0)} ms (complete ${w4.completeMs.toFixed(0)} ms; ${w4.reads} read)`);
		}
		return {
			cold_start_ms_100k: median(cold),
			cold_start_ms_100k_cache_off: median(coldOff),
			warm_start_ms_100k: median(warm),
			cold_start_ms_100k_cpu4x: median(cold4),
			warm_start_ms_100k_cpu4x: median(warm4),
			warm_start_complete_ms_100k: median(warmComplete),
			warm_start_complete_ms_100k_cpu4x: median(warmComplete4),
			warm_start_first_rows_100k: median(firstRows),
			warm_start_books_read_100k: warmReads,
			cache_write_back_ms_100k: median(writeBacks),
			cache_write_back_longest_task_ms_100k: Math.max(...writeBackTasks),
			warm_start_longest_task_ms_100k: median(longest),
		};
	} finally {
		await closeSharedBrowser();
	}
}

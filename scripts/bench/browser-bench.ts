// In headless Chromium (the e2e harness: production main.js over the browser shim): the plugin's onload, the longest
// main-thread task during the first index scan, and the timeline pane at ~100k rows — first render, a scroll frame,
// the first render again with the CPU throttled 4× (a phone), and one 866-highlight note changing under the open
// timeline (re-read, re-parse, re-index, re-render).
import { spawnSync } from "node:child_process";
import process from "node:process";
import type { GenFile } from "../gen-vault/generate.ts";
import { log } from "./measure.ts";

export interface BrowserFigures {
	readonly onload_ms: number;
	readonly first_scan_longest_task_ms: number;
	readonly first_scan_ms: number;
	readonly timeline_first_render_ms_100k: number;
	readonly timeline_scroll_frame_ms_100k: number;
	readonly timeline_first_render_ms_100k_cpu4x: number;
	/** Main-thread time from the vault's 'modify' of the 866-highlight note until the open timeline shows it. */
	readonly timeline_update_ms_866_browser: number;
	readonly timeline_update_longest_task_ms_866_browser: number;
}

interface PageGlobals {
	wrh: { obsidian: { Plugin: { prototype: { load(): void } } }; executeCommand(id: string): boolean; sim: { modify(path: string, text: string): Promise<void> } | null };
	__bench: { onloadMs: number; gaps: number[]; longtasks: { start: number; duration: number }[]; scanFrom: number; stop: boolean };
}

/** Installed before main.js loads: times Plugin#load (onload and what it awaits), watches long tasks. */
function instrument(): void {
	const w = window as unknown as PageGlobals;
	const bench = { onloadMs: -1, gaps: [] as number[], longtasks: [] as { start: number; duration: number }[], scanFrom: Infinity, stop: true };
	w.__bench = bench;
	const proto = w.wrh.obsidian.Plugin.prototype;
	const load = proto.load;
	proto.load = function (this: { _onloadResult?: Promise<unknown> }) {
		const t0 = performance.now();
		load.call(this);
		void Promise.resolve(this._onloadResult).then(() => {
			bench.onloadMs = performance.now() - t0;
		});
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: "longtask", buffered: true });
}

/** A task-gap monitor: a MessageChannel ping-pong records how long the main thread was away between two pings —
 * the longest task, including those under the 50 ms that 'longtask' entries start at. */
function startGapMonitor(): void {
	const bench = (window as unknown as PageGlobals).__bench;
	bench.stop = false;
	bench.gaps = [];
	bench.scanFrom = performance.now();
	const ch = new MessageChannel();
	let last = performance.now();
	ch.port1.onmessage = () => {
		const t = performance.now();
		bench.gaps.push(t - last);
		last = t;
		if (!bench.stop) ch.port2.postMessage(0);
	};
	ch.port2.postMessage(0);
}

/** Runs the open-timeline command; resolves with ms until the first row is in the DOM and laid out. */
export async function openTimelineTimed(): Promise<number> {
	const w = window as unknown as PageGlobals;
	const t0 = performance.now();
	const seen = new Promise<void>((resolve) => {
		const check = (): boolean => {
			const row = document.querySelector(".wrh-vlist-row");
			if (row === null) return false;
			row.getBoundingClientRect();
			resolve();
			return true;
		};
		const mo = new MutationObserver(() => {
			if (check()) mo.disconnect();
		});
		mo.observe(document.body, { childList: true, subtree: true });
	});
	w.wrh.executeCommand("open-reading-timeline");
	await seen;
	const last = document.querySelectorAll(".wrh-vlist-row");
	(last[last.length - 1] as HTMLElement | undefined)?.getBoundingClientRect();
	return performance.now() - t0;
}

/**
 * The vault changes one note (a sync rewriting it) while the timeline is open. Sums the main thread's busy stretches
 * (gaps of a MessageChannel ping-pong longer than 1 ms: the change debounce in between is idle) from the end of the
 * shim's 'modify' until the timeline re-rendered for it, and the longest of them. The re-render is seen as the list's
 * rows changing or, when every row on screen is unchanged and the list keeps it, the summary line above the list
 * being set again: both happen in the timeline's one refresh task (the one timed), whichever comes first.
 */
export async function updateTimed([path, text]: readonly [string, string]): Promise<{ busy: number; longest: number; tasks: number[] }> {
	const w = window as unknown as PageGlobals;
	const rows = document.querySelector(".wrh-vlist-rows") as HTMLElement;
	const summary = document.querySelector(".wrh-timeline-summary") as HTMLElement;
	const busy: number[] = [];
	let stop = false;
	const ch = new MessageChannel();
	let last = performance.now();
	ch.port1.onmessage = () => {
		const t = performance.now();
		if (t - last > 1) busy.push(t - last);
		last = t;
		if (!stop) ch.port2.postMessage(0);
	};
	const rebuilt = new Promise<void>((resolve) => {
		const mo = new MutationObserver(() => {
			mo.disconnect();
			resolve();
		});
		mo.observe(rows, { childList: true });
		mo.observe(summary, { childList: true, characterData: true, subtree: true });
	});
	// The shim's own work for the change (Obsidian's: metadata parsing) is done when modify resolves; the plugin's
	// starts after its change debounce. Time from there.
	await w.wrh.sim?.modify(path, text);
	last = performance.now();
	ch.port2.postMessage(0);
	await rebuilt;
	// The refresh task ends after this microtask: one more ping measures it.
	await new Promise<void>((resolve) => setTimeout(resolve, 0));
	stop = true;
	return { busy: busy.reduce((a, b) => a + b, 0), longest: busy.reduce((m, b) => Math.max(m, b), 0), tasks: busy.map((b) => Math.round(b)) };
}

/** Scroll frames: jump the list far (every row new), run the scroll handler and layout synchronously; per frame ms. */
export async function scrollFrames(steps: number): Promise<{ times: number[]; rows: number }> {
	const scroller = document.querySelector(".wrh-vlist") as HTMLElement;
	const rows = document.querySelector(".wrh-vlist-rows") as HTMLElement;
	const times: number[] = [];
	for (let k = 1; k <= steps; k++) {
		await new Promise((r) => requestAnimationFrame(r));
		const t0 = performance.now();
		scroller.scrollTop = (k * 7919 * 97) % Math.max(1, rows.offsetHeight - scroller.clientHeight);
		scroller.dispatchEvent(new Event("scroll"));
		const all = rows.querySelectorAll(".wrh-vlist-row");
		(all[all.length - 1] as HTMLElement | undefined)?.getBoundingClientRect();
		times.push(performance.now() - t0);
	}
	return { times, rows: rows.querySelectorAll(".wrh-vlist-row").length };
}

function med(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : (s[s.length >> 1] as number);
}

interface ChromiumHelper {
	ensureChromium(): { ok: true; path: string } | { ok: false; message: string };
}
// Plain JS shared with scripts/run-tests.mjs; imported by a non-literal specifier so tsc does not ask for typings.
const CHROMIUM_HELPER: string = "../chromium.mjs";

type HarnessModules = typeof import("../../test/e2e/harness/index.ts") & typeof import("../../test/e2e/harness/browser.ts");

/**
 * What a Chromium bench needs: Debian's Chromium (null, said in the log, when there is none), the production
 * main.js freshly built (the harness loads the bundle as it is on disk, as `npm test e2e` does), and the harness.
 */
export async function browserBenchSetup(what: string): Promise<HarnessModules | null> {
	const { ensureChromium } = (await import(CHROMIUM_HELPER)) as ChromiumHelper;
	const chromium = ensureChromium();
	if (!chromium.ok) {
		log(`no Chromium, ${what} skipped: ${chromium.message}`);
		return null;
	}
	process.env.WRH_CHROMIUM = chromium.path;
	const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	if (build.status !== 0) throw new Error("production build failed");
	return { ...(await import("../../test/e2e/harness/index.ts")), ...(await import("../../test/e2e/harness/browser.ts")) };
}

export async function benchBrowser(files: readonly GenFile[]): Promise<BrowserFigures | null> {
	const harness = await browserBenchSetup("browser figures");
	if (harness === null) return null;
	const { openHarness, closeSharedBrowser } = harness;
	const vault = Object.fromEntries(files.map((f) => [f.path, f.text]));
	const big = files.find((f) => f.path.startsWith("weread/")) as GenFile;
	const edited = big.text.replace("📌 ", "📌 改 ");
	const run = async (cpu4x: boolean): Promise<{ onload: number; longest: number; longtask: number; scanMs: number; first: number; frames: number[]; rows: number; update: { busy: number; longest: number; tasks: number[] } }> => {
		const h = await openHarness({ files: vault, load: false });
		try {
			await h.page.evaluate(instrument);
			await h.loadPlugin();
			const onload = await h.page.evaluate(() => (window as unknown as PageGlobals).__bench.onloadMs);
			await h.page.evaluate(startGapMonitor);
			const t0 = Date.now();
			await h.layoutReady();
			const scanMs = Date.now() - t0;
			const { gaps, longtasks } = await h.page.evaluate(() => {
				const b = (window as unknown as PageGlobals).__bench;
				b.stop = true;
				// 'buffered' also reports tasks from before the scan — the harness putting the vault into the page
				// (over a second at 100k highlights) — which are not the plugin's: count those from the scan on only.
				return { gaps: b.gaps, longtasks: b.longtasks.filter((e) => e.start >= b.scanFrom).map((e) => e.duration) };
			});
			const cdp = await h.page.context().newCDPSession(h.page);
			if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
			const first = await h.page.evaluate(openTimelineTimed);
			const { times, rows } = cpu4x ? { times: [], rows: 0 } : await h.page.evaluate(scrollFrames, 30);
			const update = cpu4x ? { busy: NaN, longest: NaN, tasks: [] } : await h.page.evaluate(updateTimed, [big.path, edited] as const);
			if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
			await cdp.detach();
			await h.assertNoErrors();
			return { onload, longest: gaps.reduce((m, g) => Math.max(m, g), 0), longtask: longtasks.reduce((m, g) => Math.max(m, g), 0), scanMs, first, frames: times, rows, update };
		} finally {
			await h.close();
		}
	};
	try {
		const plain = await run(false);
		log(`browser: onload ${plain.onload.toFixed(1)} ms, scan ${plain.scanMs} ms, longest task ${plain.longest.toFixed(1)} ms (longtask ${plain.longtask.toFixed(1)}), first render ${plain.first.toFixed(1)} ms, ${plain.rows} rows in the DOM, update of the 866-highlight note ${plain.update.busy.toFixed(1)} ms busy (longest task ${plain.update.longest.toFixed(1)} ms; tasks ${plain.update.tasks.join(", ")} ms)`);
		const slow = await run(true);
		log(`browser 4× CPU: first render ${slow.first.toFixed(1)} ms`);
		return {
			onload_ms: plain.onload,
			first_scan_longest_task_ms: Math.max(plain.longest, plain.longtask),
			first_scan_ms: plain.scanMs,
			timeline_first_render_ms_100k: plain.first,
			timeline_scroll_frame_ms_100k: med(plain.frames),
			timeline_first_render_ms_100k_cpu4x: slow.first,
			timeline_update_ms_866_browser: plain.update.busy,
			timeline_update_longest_task_ms_866_browser: plain.update.longest,
		};
	} finally {
		await closeSharedBrowser();
	}
}

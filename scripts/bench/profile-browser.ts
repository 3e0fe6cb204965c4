// `node --import tsx scripts/bench/profile-browser.ts [highlights] [--no-profile] [--cpu4x]`: the browser bench's first scan, first timeline
// render and scroll frames under the CDP sampling profiler, with an unminified main.js so names stay readable. Prints, for each phase,
// the longest task seen by the gap monitor and the top functions by self and total time. A diagnosis aid (issue 6),
// not a figure of record: `npm run bench` remains that. Rebuilds the production main.js when done.
import { spawnSync } from "node:child_process";
import process from "node:process";
import esbuild from "esbuild";
import { generateVault } from "../gen-vault/generate.ts";
import { scrollFrames } from "./browser-bench.ts";
import { summarize, type Profile } from "./cpu-profile.ts";

async function main(): Promise<void> {
	const n = Number(process.argv[2] ?? 100_000);
	const profiling = !process.argv.includes("--no-profile");
	const files = generateVault({ highlights: n, seed: 20_261_128, fixedSizes: [866] }).files;
	await esbuild.build({ entryPoints: ["src/main.ts"], bundle: true, external: ["obsidian", "electron"], format: "cjs", target: "es2018", minify: false, outfile: "main.js", logLevel: "silent" });
	const { ensureChromium } = (await import("../chromium.mjs" as string)) as { ensureChromium(): { ok: boolean; path: string } };
	process.env.WRH_CHROMIUM = ensureChromium().path;
	const { openHarness } = await import("../../test/e2e/harness/index.ts");
	const { closeSharedBrowser } = await import("../../test/e2e/harness/browser.ts");
	const h = await openHarness({ files: Object.fromEntries(files.map((f) => [f.path, f.text])), load: false });
	try {
		await h.page.evaluate(() => {
			const w = window as unknown as { __lt: { s: number; d: number }[] };
			w.__lt = [];
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) w.__lt.push({ s: e.startTime, d: e.duration });
			}).observe({ type: "longtask", buffered: true });
		});
		const tl = await h.page.evaluate(() => performance.now());
		await h.loadPlugin();
		const tr = await h.page.evaluate(() => performance.now());
		const cdp = await h.page.context().newCDPSession(h.page);
		await cdp.send("Profiler.enable");
		await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
		await h.page.evaluate(() => {
			const w = window as unknown as { __gaps: { t: number; d: number }[] ; __stop: boolean };
			w.__gaps = [];
			w.__stop = false;
			const ch = new MessageChannel();
			let last = performance.now();
			ch.port1.onmessage = () => {
				const t = performance.now();
				w.__gaps.push({ t: last, d: t - last });
				last = t;
				if (!w.__stop) ch.port2.postMessage(0);
			};
			ch.port2.postMessage(0);
		});
		if (profiling) await cdp.send("Profiler.start");
		const pageT0 = await h.page.evaluate(() => performance.now());
		const t0 = Date.now();
		await h.layoutReady();
		const scanMs = Date.now() - t0;
		const scan = profiling ? ((await cdp.send("Profiler.stop")).profile as Profile) : null;
		const gaps = await h.page.evaluate(() => {
			const w = window as unknown as { __gaps: { t: number; d: number }[]; __stop: boolean };
			w.__stop = true;
			return [...w.__gaps].sort((a, b) => b.d - a.d).slice(0, 5);
		});
		const lt = await h.page.evaluate(() => (window as unknown as { __lt: { s: number; d: number }[] }).__lt);
		process.stdout.write(`loadPlugin at ${tl.toFixed(0)}..${tr.toFixed(0)}; longtasks: ${lt.map((e) => `${e.s.toFixed(0)}+${e.d.toFixed(0)}`).join(", ")}\n`);
		process.stdout.write(`scan ${scanMs} ms; longest gaps: ${gaps.map((g) => `${g.d.toFixed(1)}@+${(g.t - pageT0).toFixed(0)}`).join(", ")}\n`);
		if (scan !== null) summarize("first scan", scan);
		// `--cpu4x`: the first render with the CPU throttled as the bench's phone figure is taken.
		const cpu4x = process.argv.includes("--cpu4x");
		if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
		if (profiling) await cdp.send("Profiler.start");
		const first = await h.page.evaluate(async () => {
			const t = performance.now();
			(window as unknown as { wrh: { executeCommand(id: string): boolean } }).wrh.executeCommand("open-reading-timeline");
			for (;;) {
				const row = document.querySelector(".wrh-vlist-row");
				if (row !== null) { row.getBoundingClientRect(); break; }
				await new Promise((r) => setTimeout(r, 0));
			}
			return performance.now() - t;
		});
		const render = profiling ? ((await cdp.send("Profiler.stop")).profile as Profile) : null;
		if (cpu4x) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
		process.stdout.write(`first render ${first.toFixed(1)} ms\n`);
		if (render !== null) summarize("first render", render);
		// Scroll frames as the bench takes them: jump far (every row new), scroll handler and layout synchronously.
		if (profiling) await cdp.send("Profiler.start");
		const frames = (await h.page.evaluate(scrollFrames, 60)).times.sort((a, b) => a - b);
		const scroll = profiling ? ((await cdp.send("Profiler.stop")).profile as Profile) : null;
		process.stdout.write(`scroll frames: median ${frames[30]?.toFixed(1)} ms, max ${frames[59]?.toFixed(1)} ms\n`);
		if (scroll !== null) summarize("scroll frames", scroll);
		// One 866-highlight note changes under the open timeline (the bench's update figure).
		const big = files.find((f) => f.path.startsWith("weread/"));
		if (big !== undefined) {
			if (profiling) await cdp.send("Profiler.start");
			const updateMs = await h.page.evaluate(async ([path, text]) => {
				const w = window as unknown as { wrh: { sim: { modify(p: string, t: string): Promise<void> } } };
				const rows = document.querySelector(".wrh-vlist-rows") as HTMLElement;
				const summary = document.querySelector(".wrh-timeline-summary") as HTMLElement;
				// The refresh as the bench sees it (updateTimed): the rows change, or the summary is set again when
				// every row on screen is kept.
				const rebuilt = new Promise<void>((resolve) => {
					const mo = new MutationObserver(() => {
						mo.disconnect();
						resolve();
					});
					mo.observe(rows, { childList: true });
					mo.observe(summary, { childList: true, characterData: true, subtree: true });
				});
				const t = performance.now();
				await w.wrh.sim.modify(path, text);
				await rebuilt;
				return performance.now() - t;
			}, [big.path, big.text.replace("📌 ", "📌 改 ")] as const);
			const update = profiling ? ((await cdp.send("Profiler.stop")).profile as Profile) : null;
			process.stdout.write(`update: ${updateMs.toFixed(1)} ms wall (debounce included)\n`);
			if (update !== null) summarize("update", update);
		}
	} finally {
		await h.close();
		await closeSharedBrowser();
		// Leave the production main.js behind, as `npm run build` would (the e2e tests load it).
		spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	}
}

main().catch((err: unknown) => {
	process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
	process.exit(1);
});

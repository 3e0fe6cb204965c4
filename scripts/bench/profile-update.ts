// `node --import tsx scripts/bench/profile-update.ts [highlights] [updates] [--profile [--save=FILE]] [--trace] [--unminified]`: the
// browser bench's update figure (timeline_update_ms_866_browser, measured by the same updateTimed) taken `updates`
// times in one page, the note alternating between its edited and its original text, after the bench's own first
// render and scroll frames. `--profile`: the CDP sampling profiler over the updates (top self and total times);
// `--trace`: the renderer's own work in the same stretch (style, layout, paint; from a devtools.timeline trace), which
// the JS profiler only shows as time inside the function that forced it. `--unminified` keeps function names (and
// rebuilds the production main.js when done). A diagnosis aid for issue 15 item 3, not a figure of record.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import process from "node:process";
import esbuild from "esbuild";
import { generateVault } from "../gen-vault/generate.ts";
import { browserBenchSetup, openTimelineTimed, scrollFrames, updateTimed } from "./browser-bench.ts";
import { summarize, type Profile } from "./cpu-profile.ts";

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: { beginData?: { dirtyObjects?: number; totalObjects?: number; stackTrace?: { functionName: string; lineNumber: number }[] } } }

const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const n = Number(positional[0] ?? 100_000);
const updates = Number(positional[1] ?? 7);
const profiling = process.argv.includes("--profile");
const tracing = process.argv.includes("--trace");
const unminified = process.argv.includes("--unminified");

function med(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[s.length >> 1] ?? NaN;
}

async function main(): Promise<void> {
	const files = generateVault({ highlights: n, seed: 20_261_128, fixedSizes: [866] }).files;
	const harness = await browserBenchSetup("update profile");
	if (harness === null) return;
	if (unminified) await esbuild.build({ entryPoints: ["src/main.ts"], bundle: true, external: ["obsidian", "electron"], format: "cjs", target: "es2018", minify: false, outfile: "main.js", logLevel: "silent" });
	const big = files.find((f) => f.path.startsWith("weread/"));
	if (big === undefined) throw new Error("no book note");
	const edited = big.text.replace("📌 ", "📌 改 ");
	const h = await harness.openHarness({ files: Object.fromEntries(files.map((f) => [f.path, f.text])), load: false });
	try {
		await h.loadPlugin();
		await h.layoutReady();
		await h.page.evaluate(openTimelineTimed);
		await h.page.evaluate(scrollFrames, 30);
		const cdp = await h.page.context().newCDPSession(h.page);
		if (profiling) {
			await cdp.send("Profiler.enable");
			await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
			await cdp.send("Profiler.start");
		}
		const events: TraceEvent[] = [];
		if (tracing) {
			cdp.on("Tracing.dataCollected", (e) => {
				events.push(...(e.value as unknown as TraceEvent[]));
			});
			await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack", transferMode: "ReportEvents" });
		}
		const busy: number[] = [];
		for (let k = 0; k < updates; k++) {
			const r = await h.page.evaluate(updateTimed, [big.path, k % 2 === 0 ? edited : big.text] as const);
			busy.push(r.busy);
			process.stdout.write(`update ${k + 1}: ${r.busy.toFixed(1)} ms busy (tasks ${r.tasks.join(", ")} ms)\n`);
		}
		process.stdout.write(`median ${med(busy).toFixed(1)} ms, min ${Math.min(...busy).toFixed(1)}, max ${Math.max(...busy).toFixed(1)}\n`);
		if (profiling) {
			const profile = (await cdp.send("Profiler.stop")).profile as Profile;
			summarize(`${updates} updates`, profile);
			// `--save=FILE`: the raw profile, for Chrome DevTools' Performance panel or a script.
			const save = process.argv.find((a) => a.startsWith("--save="));
			if (save !== undefined) writeFileSync(save.slice("--save=".length), JSON.stringify(profile));
		}
		if (tracing) {
			const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
			await cdp.send("Tracing.end");
			await done;
			const byName = new Map<string, number>();
			for (const e of events) if (e.ph === "X" && e.dur !== undefined) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
			const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
			process.stdout.write(`\n== trace over ${updates} updates (inclusive ms, all threads)\n${top.map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join("\n")}\n`);
			// The main thread's long tasks, each with the renderer work inside it (inclusive ms; nested events overlap).
			const main = events.find((e) => e.name === "FireAnimationFrame")?.tid;
			const tasks = events.filter((e) => e.tid === main && e.name === "RunTask" && (e.dur ?? 0) > 3000);
			for (const task of tasks) {
				const end = task.ts + (task.dur ?? 0);
				const inside = new Map<string, { ms: number; count: number }>();
				for (const e of events) {
					if (e.tid !== main || e === task || e.ph !== "X" || e.ts < task.ts || e.ts >= end) continue;
					const s = inside.get(e.name) ?? { ms: 0, count: 0 };
					s.ms += (e.dur ?? 0) / 1000;
					s.count++;
					inside.set(e.name, s);
				}
				const parts = [...inside].filter(([, v]) => v.ms >= 0.3).sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
				// `tdur` is the thread's own clock: the task's CPU time, without the time the OS gave to other processes.
				process.stdout.write(`task ${((task.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)} ms): ${parts.map(([k, v]) => `${k} ${v.ms.toFixed(1)}${v.count > 1 ? `×${v.count}` : ""}`).join(", ")}\n`);
				if (process.argv.includes("--events")) {
					for (const e of events) {
						if (e.tid !== main || e === task || e.ph !== "X" || e.ts < task.ts || e.ts >= end || (e.dur ?? 0) < 200) continue;
						process.stdout.write(`    +${((e.ts - task.ts) / 1000).toFixed(1)} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.name}\n`);
					}
				}
				const layouts = events.filter((e) => e.tid === main && e.name === "Layout" && e.ts >= task.ts && e.ts < end);
				for (const l of layouts) {
					const d = l.args?.beginData;
					const at = (d?.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}:${f.lineNumber}`).join(" < ");
					process.stdout.write(`    layout ${((l.dur ?? 0) / 1000).toFixed(1)} ms, ${d?.dirtyObjects ?? "?"}/${d?.totalObjects ?? "?"} objects${at === "" ? "" : ` at ${at}`}\n`);
				}
			}
		}
		await h.assertNoErrors();
	} finally {
		await h.close();
		await harness.closeSharedBrowser();
		if (unminified) spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	}
}

main().catch((err: unknown) => {
	process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
	process.exit(1);
});

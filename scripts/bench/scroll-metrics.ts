// `node --import tsx scripts/bench/scroll-metrics.ts`: per jump-scroll frame of the timeline at 100k rows (as the bench takes
// them), how many style recalculations and layouts Chromium ran and how long each took (CDP Performance metrics) —
// counts hold steady on this noisy shared machine where wall times do not. A diagnosis aid for issue 6, not a figure.
import process from "node:process";
import { spawnSync } from "node:child_process";
import { generateVault } from "../gen-vault/generate.ts";
import { scrollFrames } from "./browser-bench.ts";
const files = generateVault({ highlights: 100000, seed: 20_261_128, fixedSizes: [866] }).files;
spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
const { ensureChromium } = (await import("../chromium.mjs" as string)) as { ensureChromium(): { ok: boolean; path: string } };
process.env.WRH_CHROMIUM = ensureChromium().path;
const { openHarness } = await import("../../test/e2e/harness/index.ts");
const { closeSharedBrowser } = await import("../../test/e2e/harness/browser.ts");
const h = await openHarness({ files: Object.fromEntries(files.map((f) => [f.path, f.text])), load: true });
try {
	await h.layoutReady();
	await h.page.evaluate(async () => {
		(window as any).wrh.executeCommand("open-reading-timeline");
		for (;;) { if (document.querySelector(".wrh-vlist-row")) break; await new Promise((r) => setTimeout(r, 10)); }
		await new Promise((r) => setTimeout(r, 500));
	});
	const cdp = await h.page.context().newCDPSession(h.page);
	await cdp.send("Performance.enable");
	const get = async () => Object.fromEntries(((await cdp.send("Performance.getMetrics")) as any).metrics.map((m: any) => [m.name, m.value]));
	const before = await get();
	const times = (await h.page.evaluate(scrollFrames, 30)).times.sort((a, b) => a - b);
	const after = await get();
	const d = (k: string) => (after[k] - before[k]);
	console.log(`median ${times[15]!.toFixed(1)} ms; per frame: layouts ${(d("LayoutCount") / 30).toFixed(1)}, style recalcs ${(d("RecalcStyleCount") / 30).toFixed(1)}, layout ${(d("LayoutDuration") * 1000 / 30).toFixed(2)} ms, style ${(d("RecalcStyleDuration") * 1000 / 30).toFixed(2)} ms, script ${(d("ScriptDuration") * 1000 / 30).toFixed(2)} ms, task ${(d("TaskDuration") * 1000 / 30).toFixed(2)} ms`);
} finally {
	await h.close();
	await closeSharedBrowser();
}

// `node --import tsx scripts/bench/browser-only.ts [highlights] [runs]`: only the Chromium figures of `npm run bench`
// (first scan's longest task, first render, scroll frame, 4× CPU first render), `runs` times, as JSON lines — for
// before/after comparisons without the ~4 minutes of node-side benchmarks. Rebuilds the production main.js.
import process from "node:process";
import { generateVault } from "../gen-vault/generate.ts";
import { benchBrowser } from "./browser-bench.ts";

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 1);
const files = generateVault({ highlights: n, seed: 20_261_128, fixedSizes: [866] }).files;
for (let r = 0; r < runs; r++) process.stdout.write(`${JSON.stringify(await benchBrowser(files))}\n`);

// `node --import tsx scripts/bench/warm-start-alone.ts [highlights]`: the warm-start figures alone (warm-start-bench.ts),
// over the vault npm run bench uses in Chromium (100k highlights by default).
import process from "node:process";
import { generateVault } from "../gen-vault/generate.ts";
import { benchWarmStart } from "./warm-start-bench.ts";

const highlights = Number(process.argv[2] ?? 100_000);
// bench.ts's SEED and its 866-highlight first book: the same vault `npm run bench` times.
const figures = await benchWarmStart([...generateVault({ highlights, seed: 20_261_128, fixedSizes: [866] }).files]);
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);

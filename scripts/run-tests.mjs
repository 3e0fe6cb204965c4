// `npm test`: every tier in one `node --test` run, so CI reads one summary.
// One entry file per tier: a process per test file costs ~3 s on 2 cores (design §10).
// Usage: npm test [-- unit|view|e2e ...]   (no argument = every tier)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import process from "node:process";
import { ensureChromium, ensureFonts } from "./chromium.mjs";

const ALL_TIERS = ["unit", "view", "e2e"];
const asked = process.argv.slice(2).filter((a) => ALL_TIERS.includes(a));
const tiers = asked.length > 0 ? asked : ALL_TIERS;
const env = { ...process.env };

if (tiers.includes("e2e")) {
	// The e2e tier loads the production bundle, so build it first (esbuild: well under a second).
	const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	if (build.status !== 0) process.exit(build.status ?? 1);
	const chromium = ensureChromium();
	if (!chromium.ok) {
		console.error(chromium.message);
		process.exit(1);
	}
	env.WRH_CHROMIUM = chromium.path;
	ensureFonts();
}

const entries = tiers.map((t) => `test/${t}/all.entry.ts`).filter((f) => existsSync(f));
const result = spawnSync(
	process.execPath,
	["--import", "tsx", "--import", "./test/register-shim.mjs", "--test", "--test-reporter=spec", ...entries],
	{ stdio: "inherit", env },
);
process.exit(result.status ?? 1);

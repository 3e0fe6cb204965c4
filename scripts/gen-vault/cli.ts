// `npx tsx scripts/gen-vault/cli.ts <out-folder> [--highlights 50000] [--seed 1]`: write a synthetic vault to disk.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { generateVault } from "./generate.ts";

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith("--"));
const flag = (name: string, fallback: number): number => {
	const i = args.indexOf(`--${name}`);
	const v = i >= 0 ? Number(args[i + 1]) : fallback;
	return Number.isFinite(v) ? v : fallback;
};
if (!out) {
	process.stderr.write("usage: tsx scripts/gen-vault/cli.ts <out-folder> [--highlights N] [--seed S]\n");
	process.exit(2);
}
const vault = generateVault({ highlights: flag("highlights", 50_000), seed: flag("seed", 20_261_128) });
for (const f of vault.files) {
	const full = join(out, f.path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, f.text);
}
process.stderr.write(
	`gen-vault: ${vault.bookCount} books, ${vault.highlightCount} highlights, ${vault.citationCount} citations, ${vault.files.length} files → ${out}\n`,
);

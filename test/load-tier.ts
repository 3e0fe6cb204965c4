// Imports every `*.test.ts` below a tier folder, so the whole tier runs in one process (design §10).
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

function testFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...testFiles(full));
		else if (entry.name.endsWith(".test.ts")) out.push(full);
	}
	return out.sort();
}

export async function loadTier(dir: string): Promise<void> {
	for (const file of testFiles(dir)) {
		process.env.WRH_TEST_FILE = relative(process.cwd(), file);
		await import(pathToFileURL(file).href);
	}
}

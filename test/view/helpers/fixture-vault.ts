// The fixture vault (test/fixtures/vault) as the `files` of createTestApp: vault path → text.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const VAULT = "test/fixtures/vault";

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export function fixtureVaultFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const f of walk(VAULT)) files[relative(VAULT, f).split(sep).join("/")] = readFileSync(f, "utf8");
	return files;
}

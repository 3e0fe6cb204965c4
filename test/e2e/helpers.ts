// Shared by the e2e pane tests: the demo vault read once, a harness per test that always checks for page problems.
import { join } from "node:path";
import { ROOT } from "./harness/build.ts";
import { openHarness, readConfigFiles, readVault, type Harness, type HarnessOptions } from "./harness/index.ts";

export const DEMO_VAULT = readVault(join(ROOT, "demo", "vault"));
/** The demo vault's config folder: the core Daily Notes settings (daily/, YYYY-MM-DD). */
export const DEMO_CONFIG = readConfigFiles(join(ROOT, "demo", "vault"));

export const PP = "微信读书/Pride and Prejudice.md";
export const LUNYU = "微信读书/论语.md";

/** A fresh page over the demo vault (unless `files` says otherwise), layout ready and indexed; closed afterwards. */
export async function withDemo(run: (h: Harness) => Promise<void>, options: HarnessOptions = {}): Promise<void> {
	const h = await openHarness({ files: DEMO_VAULT, configFiles: DEMO_CONFIG, ...options });
	try {
		await h.layoutReady();
		await run(h);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
}

import { after } from "node:test";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { loadTier } from "../load-tier.ts";
import { closeSharedBrowser } from "./harness/browser.ts";

// One Chromium for the whole tier (each test opens its own page); closed after the last test of the run.
after(closeSharedBrowser);

await loadTier(dirname(fileURLToPath(import.meta.url)));

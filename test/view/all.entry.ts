import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { loadTier } from "../load-tier.ts";

await loadTier(dirname(fileURLToPath(import.meta.url)));

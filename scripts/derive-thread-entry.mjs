// The worker thread's entry: a worker does not inherit the parent's tsx loader, so it registers tsx itself before
// loading the TypeScript (scripts/derive-thread.ts).
import { register } from "tsx/esm/api";

register();
await import("./derive-thread.ts");

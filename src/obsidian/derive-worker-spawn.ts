import type { WorkerLike } from "./derive-worker-host";

// Starts the derive worker from the script esbuild inlined into main.js (esbuild.config.mjs `define`). A build
// without it (the test shim's) has no such constant: spawning then fails, and the host reports "worker-failed"
// unless a test put a fake `Worker` in place.
declare const __WRH_DERIVE_WORKER__: string | undefined;

export function spawnDeriveWorker(): WorkerLike {
	const source = typeof __WRH_DERIVE_WORKER__ === "string" ? __WRH_DERIVE_WORKER__ : "";
	const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
	const worker = new Worker(url);
	// The Blob URL is needed only until the script has loaded; it is released with the worker (one per template).
	const terminate = worker.terminate.bind(worker);
	worker.terminate = () => {
		terminate();
		URL.revokeObjectURL(url);
	};
	return worker;
}

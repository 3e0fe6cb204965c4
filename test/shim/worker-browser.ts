// The browser build's answer to "./worker" (test/e2e/harness/build.ts): the page has the real Worker, which runs
// main.js's inlined derive script, so nothing is faked. A test that wants a hanging or crashing worker there uses a
// template that really loops or runs out of memory.
export type WorkerMode = "run" | "hang" | "crash";

export const workerLog = { spawned: 0, terminated: 0, requests: 0 };

export function _setWorkerMode(_next: WorkerMode): () => void {
	throw new Error("The e2e page runs the real Worker: use a template that loops or fails instead");
}

export function installWorker(): void {}

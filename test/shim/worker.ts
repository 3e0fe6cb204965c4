// A stand-in for the DOM `Worker` in the node tiers (Node has no Web Worker; the e2e tier runs the real one in
// Chromium, with main.js's inlined script). It runs the very function the real worker runs (src/worker/
// derive-answer.ts) and models what our host relies on, as the HTML standard specifies workers:
// - messages arrive asynchronously, in a later task, never during postMessage ("message" events are queued tasks);
// - data crosses as a structured clone (no shared objects, no functions);
// - terminate() stops it at once: no message is delivered after it (nothing queued runs).
// Modes let a test make it hang (a looping template: no answer ever) or crash (out of memory: an `error` event).
import { answerDeriveRequest } from "../../src/worker/derive-answer";
import { registerIoSource } from "./clock";

export type WorkerMode = "run" | "hang" | "crash";

let mode: WorkerMode = "run";

/** What happened to fake workers, for tests to assert (spawned, terminated, requests seen). */
export const workerLog = { spawned: 0, terminated: 0, requests: 0 };

/** Shim only: how the next workers behave, until the returned function puts back the previous mode. */
export function _setWorkerMode(next: WorkerMode): () => void {
	const before = mode;
	mode = next;
	return () => void (mode = before);
}

// Captured at load: a FakeClock replaces the window's timers, and worker tasks do not run on the page's clock.
const realTask: (fn: () => void) => void =
	typeof globalThis.setImmediate === "function" ? globalThis.setImmediate.bind(globalThis) : (fn) => void Promise.resolve().then(fn);
/**
 * Worker tasks under way. A real derive takes tens of milliseconds (BENCHMARKS.md), far under the timeouts a test
 * fast-forwards past (the first scan's 1 s wait, the 3 s derive limit): a FakeClock flush waits for them
 * (clock.ts `registerIoSource`). A hanging worker schedules nothing, so it is never waited for.
 */
let running = 0;
registerIoSource(() => running > 0);
const laterTask = (fn: () => void): void => {
	running++;
	realTask(() => {
		running--;
		fn();
	});
};

class FakeWorker {
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
	onmessageerror: ((event: unknown) => void) | null = null;
	private terminated = false;
	private readonly mode = mode;

	constructor(_url: string | URL) {
		workerLog.spawned++;
	}

	postMessage(data: unknown): void {
		workerLog.requests++;
		const request = structuredClone(data);
		if (this.mode === "hang") return;
		laterTask(() => {
			if (this.terminated) return;
			if (this.mode === "crash") {
				this.onerror?.({ message: "Out of memory", preventDefault: () => {} });
				return;
			}
			const answer = structuredClone(answerDeriveRequest(request));
			laterTask(() => !this.terminated && this.onmessage?.({ data: answer }));
		});
	}

	terminate(): void {
		if (!this.terminated) workerLog.terminated++;
		this.terminated = true;
	}
}

/** Installs the fake where there is no real Worker (node); a browser keeps its own. */
export function installWorker(): void {
	const g = globalThis as { Worker?: unknown };
	if (typeof g.Worker === "undefined") g.Worker = FakeWorker;
}

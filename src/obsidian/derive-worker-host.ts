import { DERIVE_TIMEOUT_MS } from "../constants";
import type { NoteRecognizer } from "../core/template/recognized";
import { templateFingerprint } from "../core/cache/template-fingerprint";
import type { ShapeSpec } from "../core/template/shape-spec";
import type { BuildRecognizer, RecognizerOutcome, ShapesFailure } from "./template-shapes";

// Issue 12 item 5: a user's template is code (Nunjucks loops, filters, recursion), so rendering it can take any time
// and memory — `{% for i in range(0, 1e9) %}` is one line. It is rendered only inside a Worker, which the main thread
// terminates when no answer came within the time limit: Obsidian never freezes, and the index keeps the built-in
// parser. Only the derived shape spec (plain JSON) crosses back; the recognizer is compiled from it here.
//
// The worker's script is the bundled src/worker/derive-worker.ts, inlined as a string at build time (esbuild
// `define`, esbuild.config.mjs) and started from a Blob URL, the way Obsidian plugins ship workers in one main.js
// (the community plugin format has no place for a second script file).

export { DERIVE_TIMEOUT_MS };

/** The part of a Worker the host uses (DOM `Worker` has it; tests give a fake). */
export interface WorkerLike {
	postMessage(message: unknown): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror?: ((event: MessageEvent) => void) | null;
}

/** What the worker answers: `deriveShapeSpec`'s result (derive-shapes.ts), as JSON. */
export type DeriveAnswer = { readonly ok: true; readonly spec: unknown } | { readonly ok: false; readonly reason: ShapesFailure; readonly detail: string };

export interface WorkerBuilderOptions {
	readonly spawn: () => WorkerLike;
	/** Spec → recognizer, on the main thread (cheap: regular expressions); null when none is needed. Throws on a spec it cannot use. */
	readonly compile: (spec: unknown) => NoteRecognizer | null;
	readonly timeoutMs?: number;
	readonly setTimer?: (fn: () => void, ms: number) => number;
	readonly clearTimer?: (id: number) => void;
}

/** A BuildRecognizer that renders in a fresh Worker per template and caches what came back per template text. */
export function workerRecognizerBuilder(options: WorkerBuilderOptions): BuildRecognizer {
	const cache = new Map<string, RecognizerOutcome>();
	const setTimer = options.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
	const clearTimer = options.clearTimer ?? ((id) => window.clearTimeout(id));
	return async (template, trimBlocks) => {
		const key = `${trimBlocks ? 1 : 0}\n${template}`;
		const known = cache.get(key);
		if (known !== undefined) return known;
		const answer = await askWorker(options.spawn, { template, trimBlocks }, options.timeoutMs ?? DERIVE_TIMEOUT_MS, setTimer, clearTimer);
		const outcome = toOutcome(answer, options.compile);
		// A timeout may be a busy device, not a looping template: it is not cached, so the next change tries again.
		if (!(outcome.ok === false && outcome.reason === "timeout")) cache.set(key, outcome);
		return outcome;
	};
}

function toOutcome(answer: DeriveAnswer, compile: (spec: unknown) => NoteRecognizer | null): RecognizerOutcome {
	if (!answer.ok) return answer;
	try {
		return { ok: true, recognizer: compile(answer.spec), shapes: templateFingerprint(answer.spec as ShapeSpec) };
	} catch (error) {
		return { ok: false, reason: "worker-failed", detail: `The derived shapes could not be compiled: ${String(error)}` };
	}
}

function askWorker(
	spawn: () => WorkerLike,
	request: { template: string; trimBlocks: boolean },
	timeoutMs: number,
	setTimer: (fn: () => void, ms: number) => number,
	clearTimer: (id: number) => void,
): Promise<DeriveAnswer> {
	return new Promise((resolve) => {
		let worker: WorkerLike;
		try {
			worker = spawn();
		} catch (error) {
			resolve({ ok: false, reason: "worker-failed", detail: `The worker could not start: ${String(error)}` });
			return;
		}
		let done = false;
		const finish = (answer: DeriveAnswer): void => {
			if (done) return;
			done = true;
			clearTimer(timer);
			worker.onmessage = null;
			worker.onerror = null;
			worker.terminate();
			resolve(answer);
		};
		const timer = setTimer(
			() => finish({ ok: false, reason: "timeout", detail: `The template took longer than ${timeoutMs / 1000} s to render` }),
			timeoutMs,
		);
		worker.onmessage = (event) => finish(readAnswer(event.data));
		// A worker that runs out of memory (a template building a huge list) or fails to load ends here.
		worker.onerror = (event) => {
			event.preventDefault?.();
			const message = typeof event.message === "string" && event.message !== "" ? event.message : "The worker stopped";
			finish({ ok: false, reason: "worker-failed", detail: message });
		};
		worker.onmessageerror = () => finish({ ok: false, reason: "worker-failed", detail: "The worker's answer could not be read" });
		worker.postMessage(request);
	});
}

const FAILURES: readonly ShapesFailure[] = ["render-error", "renders-nothing", "no-entries", "timeout", "worker-failed"];

/** The worker's message, checked: anything else is a failure, not a crash. */
function readAnswer(data: unknown): DeriveAnswer {
	if (typeof data === "object" && data !== null && "ok" in data) {
		const d = data as { ok: unknown; spec?: unknown; reason?: unknown; detail?: unknown };
		if (d.ok === true && "spec" in d) return { ok: true, spec: d.spec };
		if (d.ok === false && FAILURES.includes(d.reason as ShapesFailure)) {
			return { ok: false, reason: d.reason as ShapesFailure, detail: typeof d.detail === "string" ? d.detail : "" };
		}
	}
	return { ok: false, reason: "worker-failed", detail: "The worker answered something unexpected" };
}

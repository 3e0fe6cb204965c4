// The worker host (issue 12 item 5): a template renders only in a Worker the host terminates when no answer came in
// time, so a looping template cannot freeze Obsidian. Fake workers and a fake timer here: each test drives exactly
// one path (answer, silence, crash, garbage, no worker at all). The real Worker runs in the e2e tier.
import { templateFingerprint } from "../../src/core/cache/template-fingerprint";
import { test } from "node:test";
import assert from "node:assert/strict";
import { DERIVE_TIMEOUT_MS, workerRecognizerBuilder, type WorkerLike } from "../../src/obsidian/derive-worker-host.ts";
import type { NoteRecognizer } from "../../src/core/template/recognized.ts";

type Behaviour = { kind: "answer"; data: unknown } | { kind: "silent" } | { kind: "error"; message: string };

class ScriptedWorker implements WorkerLike {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	posted: unknown[] = [];
	constructor(private readonly behaviour: Behaviour) {}
	postMessage(message: unknown): void {
		this.posted.push(message);
		const b = this.behaviour;
		// Answers come in a later task, as a real worker's do.
		if (b.kind === "answer") void Promise.resolve().then(() => !this.terminated && this.onmessage?.({ data: b.data } as MessageEvent));
		if (b.kind === "error") void Promise.resolve().then(() => this.onerror?.({ message: b.message, preventDefault() {} } as ErrorEvent));
	}
	terminate(): void {
		this.terminated = true;
	}
}

/** Timers that fire only when the test says so. */
function manualTimers() {
	const pending = new Map<number, () => void>();
	let next = 1;
	return {
		setTimer: (fn: () => void, _ms: number) => {
			pending.set(next, fn);
			return next++;
		},
		clearTimer: (id: number) => void pending.delete(id),
		fireAll: () => {
			for (const [id, fn] of [...pending]) {
				pending.delete(id);
				fn();
			}
		},
		get count() {
			return pending.size;
		},
	};
}

const RECOGNIZER: NoteRecognizer = { recognize: () => [] };

function setup(behaviours: Behaviour[], compile: (spec: unknown) => NoteRecognizer = () => RECOGNIZER) {
	const timers = manualTimers();
	const workers: ScriptedWorker[] = [];
	const build = workerRecognizerBuilder({
		spawn: () => {
			const b = behaviours[Math.min(workers.length, behaviours.length - 1)]!;
			const w = new ScriptedWorker(b);
			workers.push(w);
			return w;
		},
		compile,
		setTimer: timers.setTimer,
		clearTimer: timers.clearTimer,
	});
	return { build, timers, workers };
}

test("an answer with a spec is compiled on the main thread; the worker is terminated and its timer cleared", async () => {
	const specs: unknown[] = [];
	const { build, timers, workers } = setup([{ kind: "answer", data: { ok: true, spec: { version: 1 } } }], (spec) => {
		specs.push(spec);
		return RECOGNIZER;
	});
	const outcome = await build("{{ metaData.title }}", true);
	// The spec's fingerprint: `spec:` and a hash of its canonical JSON (template-fingerprint.ts), the cache's key part.
	assert.deepEqual(outcome, { ok: true, recognizer: RECOGNIZER, shapes: templateFingerprint({ version: 1 } as never) });
	assert.match(outcome.ok ? outcome.shapes : "", /^spec:/);
	assert.deepEqual(specs, [{ version: 1 }]);
	assert.deepEqual(workers[0]!.posted, [{ template: "{{ metaData.title }}", trimBlocks: true }]);
	assert.equal(workers[0]!.terminated, true);
	assert.equal(timers.count, 0);
});

test("a worker that never answers (a looping template) is terminated at the time limit: a timeout, not a freeze", async () => {
	const { build, timers, workers } = setup([{ kind: "silent" }]);
	const pending = build("{% for i in range(0, 1e9) %}{% endfor %}", false);
	let settled = false;
	void pending.then(() => (settled = true));
	await Promise.resolve();
	assert.equal(settled, false, "no answer yet, and nothing blocks");
	timers.fireAll();
	const outcome = await pending;
	assert.equal(outcome.ok, false);
	assert.equal(!outcome.ok && outcome.reason, "timeout");
	assert.match(!outcome.ok ? outcome.detail : "", new RegExp(`${DERIVE_TIMEOUT_MS / 1000} s`));
	assert.equal(workers[0]!.terminated, true);
});

test("a timeout is not cached (the device may only have been busy); a failure to render is", async () => {
	const { build, timers, workers } = setup([{ kind: "silent" }, { kind: "answer", data: { ok: false, reason: "render-error", detail: "unexpected token" } }]);
	const first = build("T", false);
	timers.fireAll();
	assert.equal((await first).ok, false);
	const second = await build("T", false);
	assert.deepEqual(second, { ok: false, reason: "render-error", detail: "unexpected token" });
	await build("T", false);
	assert.equal(workers.length, 2, "the render error came from the cache the third time");
});

test("the same template text is derived once; another trimBlocks is another template", async () => {
	const { build, workers } = setup([{ kind: "answer", data: { ok: true, spec: {} } }]);
	await build("T", false);
	await build("T", false);
	await build("T", true);
	assert.equal(workers.length, 2);
});

test("a worker that dies (out of memory) gives worker-failed with its message", async () => {
	const { build } = setup([{ kind: "error", message: "Out of memory" }]);
	assert.deepEqual(await build("T", false), { ok: false, reason: "worker-failed", detail: "Out of memory" });
});

test("an answer of the wrong shape is a failure, not a crash", async () => {
	for (const data of [null, "spec", { ok: "yes" }, { ok: false, reason: "made-up" }, { ok: true }]) {
		const { build } = setup([{ kind: "answer", data }]);
		const outcome = await build("T", false);
		assert.equal(!outcome.ok && outcome.reason, "worker-failed", JSON.stringify(data));
	}
});

test("a worker that cannot start, or a spec that cannot be compiled, gives worker-failed", async () => {
	const noWorker = workerRecognizerBuilder({
		spawn: () => {
			throw new Error("Workers are disabled");
		},
		compile: () => RECOGNIZER,
	});
	const a = await noWorker("T", false);
	assert.equal(!a.ok && a.reason, "worker-failed");
	assert.match(!a.ok ? a.detail : "", /Workers are disabled/);

	const { build } = setup([{ kind: "answer", data: { ok: true, spec: { version: 99 } } }], () => {
		throw new Error("unknown spec version 99");
	});
	const b = await build("T", false);
	assert.equal(!b.ok && b.reason, "worker-failed");
	assert.match(!b.ok ? b.detail : "", /unknown spec version 99/);
});

import { deriveShapeSpec } from "../core/template/derive-shapes";

// What the derive worker does with one request, as a plain function: the browser worker (derive-worker.ts), the
// Node worker thread of `inspect` (scripts/derive-thread.ts) and the shim's fake Worker all call this, so the three
// cannot drift. Runs the user's template: call it only where a time limit can stop it (a worker the caller
// terminates).

export interface DeriveRequest {
	readonly template: string;
	readonly trimBlocks: boolean;
}

/** The answer posted back: `deriveShapeSpec`'s result, JSON only; a request of the wrong shape is a failure. */
export function answerDeriveRequest(request: unknown): unknown {
	if (typeof request !== "object" || request === null) return { ok: false, reason: "worker-failed", detail: "Bad request" };
	const { template, trimBlocks } = request as Partial<DeriveRequest>;
	if (typeof template !== "string" || typeof trimBlocks !== "boolean") return { ok: false, reason: "worker-failed", detail: "Bad request" };
	try {
		return deriveShapeSpec(template, trimBlocks);
	} catch (error) {
		// deriveShapeSpec is meant never to throw; a stack overflow in a recursive template still can.
		return { ok: false, reason: "render-error", detail: error instanceof Error ? error.message : String(error) };
	}
}

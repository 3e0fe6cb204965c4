// Timing helpers. The machine is shared and noisy: every figure is the median of several runs after a warm-up, and
// the figures that count are ratios of figures taken in the same run.
import { performance } from "node:perf_hooks";

export function now(): number {
	return performance.now();
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	const mid = s.length >> 1;
	return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
export function timeMedian(fn: () => void, runs: number, warmup = 1): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = now();
		fn();
		times.push(now() - t0);
	}
	return median(times);
}

/** Full garbage collection; the bench runs under --expose-gc (bench.ts re-executes itself with the flag). */
export function fullGc(): void {
	const g = (globalThis as { gc?: (opts?: unknown) => void }).gc;
	if (g === undefined) throw new Error("run with --expose-gc");
	for (let i = 0; i < 3; i++) g();
}

export function log(msg: string): void {
	process.stderr.write(`bench: ${msg}\n`);
}

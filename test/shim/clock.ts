// A controllable clock: tests advance time explicitly, never sleep. Installed on the happy-dom `window` (production
// code uses `window.setTimeout` / `window.setInterval` / `window.performance.now()`, as the Obsidian lint asks).
// No Node imports: the e2e tier's browser build runs on real timers and uses only `flushMicrotasks` from here.

// Captured at load, before a FakeClock can replace the window's timers: Node's setImmediate where there is one (it
// runs after pending I/O callbacks), else a MessageChannel message (a real macrotask in a browser).
const realSetImmediate: (cb: () => void) => void =
	typeof globalThis.setImmediate === "function"
		? globalThis.setImmediate.bind(globalThis)
		: (() => {
				const channel = new MessageChannel();
				const queue: (() => void)[] = [];
				channel.port1.onmessage = () => queue.shift()?.();
				return (cb: () => void) => {
					queue.push(cb);
					channel.port2.postMessage(null);
				};
			})();

interface Timer {
	id: number;
	at: number;
	fn: (...args: unknown[]) => unknown;
	args: unknown[];
	interval: number | null;
}

/** Let every pending promise callback run (one macrotask turn drains the whole microtask queue). */
/**
 * Shim I/O that answers in real tasks (the fake IndexedDB). A flush waits until it is done: real I/O of this size
 * takes a few milliseconds, far less than the timers a test fast-forwards past, so a FakeClock must not fire a 2 s
 * timeout while a database answer is still on its way.
 */
const ioSources = new Set<() => boolean>();

export function registerIoSource(busy: () => boolean): void {
	ioSources.add(busy);
}

function ioBusy(): boolean {
	for (const busy of ioSources) if (busy()) return true;
	return false;
}

export async function flushMicrotasks(): Promise<void> {
	await new Promise<void>((resolve) => realSetImmediate(resolve));
	for (let turns = 0; turns < 10_000 && ioBusy(); turns++) await new Promise<void>((resolve) => realSetImmediate(resolve));
}

export class FakeClock {
	/** Milliseconds since the clock started; what `window.performance.now()` returns. */
	now = 0;
	private nextId = 1;
	private readonly timers = new Map<number, Timer>();
	private restore: (() => void) | null = null;

	setTimeout = (fn: (...args: unknown[]) => unknown, ms = 0, ...args: unknown[]): number =>
		this.add(fn, ms, args, null);
	clearTimeout = (id: number | undefined): void => {
		if (id !== undefined) this.timers.delete(id);
	};
	setInterval = (fn: (...args: unknown[]) => unknown, ms = 0, ...args: unknown[]): number =>
		this.add(fn, ms, args, Math.max(1, ms));
	clearInterval = (id: number | undefined): void => {
		if (id !== undefined) this.timers.delete(id);
	};
	/**
	 * An idle period 1 ms from now, with up to 50 ms to spend (the most a browser grants: W3C "Cooperative Scheduling of
	 * Background Tasks", §"idle periods"); `timeRemaining()` counts down with the fake time the callback spends.
	 */
	requestIdleCallback = (cb: (deadline: { didTimeout: boolean; timeRemaining(): number }) => void): number =>
		this.add(
			() => {
				const start = this.now;
				cb({ didTimeout: false, timeRemaining: () => Math.max(0, 50 - (this.now - start)) });
			},
			1,
			[],
			null,
		);
	cancelIdleCallback = (id: number): void => {
		this.timers.delete(id);
	};
	/** A frame every 16 ms, as a 60 Hz display would give. */
	requestAnimationFrame = (cb: (t: number) => void): number => this.add(() => cb(this.now), 16, [], null);
	cancelAnimationFrame = (id: number): void => {
		this.timers.delete(id);
	};

	private add(fn: Timer["fn"], ms: number, args: unknown[], interval: number | null): number {
		const id = this.nextId++;
		this.timers.set(id, { id, at: this.now + Math.max(0, ms), fn, args, interval });
		return id;
	}

	/** Timers (timeouts + intervals) still scheduled. */
	get pendingTimers(): number {
		return this.timers.size;
	}

	get pendingIntervals(): number {
		let n = 0;
		for (const t of this.timers.values()) if (t.interval !== null) n++;
		return n;
	}

	/** Spend `ms` of "CPU time" without letting any timer fire (models synchronous work taking time). */
	spend(ms: number): void {
		this.now += ms;
	}

	/** Advance time by `ms`, firing due timers in order and draining microtasks before and after each. */
	async advance(ms: number): Promise<void> {
		const target = this.now + ms;
		await flushMicrotasks();
		for (;;) {
			const next = this.nextDue(target);
			if (!next) break;
			this.fire(next);
			await flushMicrotasks();
		}
		this.now = Math.max(this.now, target);
		await flushMicrotasks();
	}

	/** Fire timeouts until none is left (intervals excluded: they never run out). Throws after `limit` firings. */
	async runAll(limit = 100_000): Promise<void> {
		await flushMicrotasks();
		for (let i = 0; i < limit; i++) {
			let next: Timer | null = null;
			for (const t of this.timers.values()) if (t.interval === null && (!next || t.at < next.at)) next = t;
			if (!next) return;
			this.fire(next);
			await flushMicrotasks();
		}
		throw new Error(`FakeClock.runAll: still firing after ${limit} timers (a timer loop?)`);
	}

	private nextDue(target: number): Timer | null {
		let next: Timer | null = null;
		for (const t of this.timers.values()) if (t.at <= target && (!next || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
		return next;
	}

	private fire(t: Timer): void {
		this.now = Math.max(this.now, t.at);
		if (t.interval === null) this.timers.delete(t.id);
		else t.at = this.now + t.interval;
		t.fn(...t.args);
	}

	/** Put the clock on `win` (setTimeout & co, performance.now). `uninstall()` restores the originals. */
	install(win: object): this {
		const w = win as Record<string, unknown>;
		const keys = ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "performance"];
		const saved = new Map(keys.map((k) => [k, Object.getOwnPropertyDescriptor(w, k)] as const));
		const perf = { now: () => this.now, timeOrigin: 0, mark() {}, measure() {} };
		for (const k of keys) {
			const value = k === "performance" ? perf : (this as unknown as Record<string, unknown>)[k];
			Object.defineProperty(w, k, { value, configurable: true, writable: true });
		}
		this.restore = () => {
			for (const [k, d] of saved) {
				if (d) Object.defineProperty(w, k, d);
				else delete w[k];
			}
		};
		return this;
	}

	uninstall(): void {
		this.timers.clear();
		this.restore?.();
		this.restore = null;
	}
}

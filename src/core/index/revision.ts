// The index's revision counter and its listeners. One notification per outermost `batch`, however many changes it
// made, so an initial scan of thousands of notes re-renders each view once.

type Listener = (revision: number) => void;

export class Revision {
	private value = 0;
	private depth = 0;
	private pending = false;
	// One object per subscription, so the same function subscribed twice is two subscriptions.
	private readonly listeners = new Set<{ readonly fn: Listener }>();

	get current(): number {
		return this.value;
	}

	/** Record one real change: the revision grows now; listeners hear of it now or when the batch ends. */
	bump(): void {
		this.value++;
		if (this.depth > 0) this.pending = true;
		else this.emit();
	}

	batch(fn: () => void): void {
		this.depth++;
		try {
			fn();
		} finally {
			this.depth--;
			if (this.depth === 0 && this.pending) {
				this.pending = false;
				this.emit();
			}
		}
	}

	subscribe(fn: Listener): () => void {
		const sub = { fn };
		this.listeners.add(sub);
		return () => {
			this.listeners.delete(sub);
		};
	}

	/** Every listener runs even if one throws (one broken view must not freeze the others); the first error is rethrown. */
	private emit(): void {
		let failure: { error: unknown } | null = null;
		for (const sub of [...this.listeners]) {
			if (!this.listeners.has(sub)) continue;
			try {
				sub.fn(this.value);
			} catch (error) {
				failure ??= { error };
			}
		}
		if (failure !== null) throw failure.error;
	}
}

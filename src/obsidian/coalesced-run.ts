/**
 * Runs an async check one at a time: a request while one runs asks for exactly one more run after it (the file it
 * looks at may have changed meanwhile), however many requests came. The readers of other plugins' files (the sync
 * plugin's settings, its reading-time cache, the daily-note settings) look again on focus, on intervals and on
 * events that can arrive together.
 */
export class CoalescedRun {
	private running: Promise<void> | null = null;
	private again = false;

	constructor(
		private readonly check: () => Promise<void>,
		/** True once the owner is unloaded: no further run starts. */
		private readonly stopped: () => boolean,
	) {}

	request(): Promise<void> {
		if (this.stopped()) return Promise.resolve();
		if (this.running) {
			this.again = true;
			return this.running;
		}
		const run = async (): Promise<void> => {
			do {
				this.again = false;
				await this.check();
			} while (this.again && !this.stopped());
		};
		this.running = run().finally(() => {
			this.running = null;
		});
		return this.running;
	}
}

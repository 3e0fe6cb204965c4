// What the shim records across a test: notices shown, exceptions thrown inside event listeners, DOM listeners and
// intervals registered through Component. `createTestApp()` resets it; `TestApp.assertClean()` reads it.
export const ledger = {
	notices: [] as string[],
	/** Errors thrown by listeners: Obsidian's `tryTrigger` catches and logs them, so a test must look here. */
	listenerErrors: [] as unknown[],
	/** DOM listeners added by `Component.registerDomEvent` and not yet removed. */
	liveDomEvents: 0,
	/** Interval ids handed to `Component.registerInterval` and not yet cleared by an unload. */
	liveIntervals: new Set<number>(),
	reset(): void {
		this.notices.length = 0;
		this.listenerErrors.length = 0;
		this.liveDomEvents = 0;
		this.liveIntervals.clear();
	},
};

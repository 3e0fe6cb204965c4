// onChange over the adapter's (already coalesced) change port: fan-out, isolation of a throwing listener,
// unsubscribe, and listening to the port only while someone listens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createApi, type WeReadApiChange } from "../../../src/core/api/index.ts";
import { apiIndex } from "./fixture.ts";

/** A change port the test fires by hand, counting live subscriptions. */
function port(): { changes: (notify: () => void) => () => void; fire: () => void; live: () => number } {
	const subs = new Set<() => void>();
	return {
		changes: (notify) => {
			const sub = (): void => notify();
			subs.add(sub);
			return () => subs.delete(sub);
		},
		fire: () => {
			for (const s of [...subs]) s();
		},
		live: () => subs.size,
	};
}

test("onChange: every listener hears a frozen { revision, ready }; one that throws is reported and the others still hear", () => {
	const index = apiIndex();
	const p = port();
	const errors: unknown[] = [];
	let ready = false;
	const { api } = createApi({ index, ready: () => ready, changes: p.changes, reportError: (e) => errors.push(e) });
	const heard: WeReadApiChange[] = [];
	const boom = new Error("script bug");
	api.onChange(() => {
		throw boom;
	});
	api.onChange((c) => heard.push(c));
	p.fire();
	ready = true;
	index.removeNote("archive/Walden.md");
	p.fire();
	assert.deepEqual(heard, [
		{ revision: index.revision - 1, ready: false },
		{ revision: index.revision, ready: true },
	]);
	assert.ok(heard.every((c) => Object.isFrozen(c)));
	assert.deepEqual(errors, [boom, boom]);
});

test("onChange: unsubscribe stops that listener only; the port is listened to only while a listener is", () => {
	const p = port();
	const { api } = createApi({ index: apiIndex(), ready: () => true, changes: p.changes, reportError: () => {} });
	assert.equal(p.live(), 0, "nobody listens yet");
	let a = 0;
	let b = 0;
	const offA = api.onChange(() => a++);
	const offB = api.onChange(() => b++);
	assert.equal(p.live(), 1, "one port subscription for all listeners");
	p.fire();
	offA();
	offA();
	p.fire();
	assert.deepEqual([a, b], [1, 2]);
	offB();
	assert.equal(p.live(), 0, "the last unsubscribe lets go of the port");
	api.onChange(() => a++);
	assert.equal(p.live(), 1);
	p.fire();
	assert.equal(a, 2);
});

test("onChange: the same function subscribed twice is two subscriptions; a listener unsubscribing another mid-call is honoured", () => {
	const p = port();
	const { api } = createApi({ index: apiIndex(), ready: () => true, changes: p.changes, reportError: () => {} });
	const calls: string[] = [];
	const twice = (): number => calls.push("twice");
	const offFirst = api.onChange(twice);
	api.onChange(twice);
	let offLater = (): void => {};
	api.onChange(() => {
		calls.push("stopper");
		offLater();
	});
	offLater = api.onChange(() => calls.push("later"));
	p.fire();
	offFirst();
	p.fire();
	assert.deepEqual(calls, ["twice", "twice", "stopper", "twice", "stopper"]);
	assert.throws(() => api.onChange("not a function" as never), { name: "TypeError" });
});

test("onChange: close() drops every listener and the port; a late port call reaches nobody", () => {
	const p = port();
	let lateNotify: (() => void) | null = null;
	const handle = createApi({
		index: apiIndex(),
		ready: () => true,
		changes: (notify) => {
			lateNotify = notify;
			return p.changes(notify);
		},
		reportError: () => {},
	});
	let heard = 0;
	handle.api.onChange(() => heard++);
	handle.close();
	assert.equal(p.live(), 0);
	(lateNotify as (() => void) | null)?.();
	assert.equal(heard, 0);
});

// The scripting API through the real plugin, reached the way a dataviewjs or Templater script reaches it:
// `app.plugins.getPlugin("weread-highlights").api` (the shim's app.plugins: test/shim/plugins.ts). Live updates
// after vault changes, coalesced; unsubscribe; a throwing listener; and the plugin's unload ending it all.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import type { WeReadApiChange, WeReadHighlightsApi, WeReadHighlightsPlugin as PublicPlugin } from "../../api/weread-highlights-api";
import { createTestApp, loadPlugin, NOTHING_LEFT, type TestApp } from "../shim/test-app.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";

const ID = "weread-highlights";
const ORCHARD = "weread/The Quiet Orchard.md";
const ADDED = "\n> 📌 Fruit falls when it is ready. \n> ⏱ 2024-06-11 07:00:00 ^9900002-20-90-120\n";

/** What a script does: ask the app for the plugin, then for its api. */
function scriptApi(t: TestApp): WeReadHighlightsApi | undefined {
	return (t.app.plugins.getPlugin(ID) as unknown as PublicPlugin | null)?.api;
}

async function warm(): Promise<{ t: TestApp; unload: () => Promise<void> }> {
	const t = createTestApp({ files: fixtureVaultFiles() });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, unload };
}

/** The Quiet Orchard's note with one more highlight at the end of Part Two. */
function withAddedHighlight(t: TestApp): string {
	return (t.app.vault._text(ORCHARD) ?? "").replace("\n\n\n# 读书笔记", `${ADDED}\n\n# 读书笔记`);
}

test("script api: a script reaches books, highlights and references of the vault through app.plugins.getPlugin", async () => {
	const { t, unload } = await warm();
	const api = scriptApi(t);
	assert.ok(api, "the plugin and its api are there");
	assert.equal(api.version, 1);
	assert.equal(api.isReady(), true);
	assert.deepEqual(
		api.books().map((b) => [b.path, b.title, b.highlightCount]),
		[
			[ORCHARD, "The Quiet Orchard", 3],
			["weread/园丁与木匠.md", "园丁与木匠", 3],
			["weread/夜航灯塔.md", "夜航灯塔", 2],
		],
	);
	assert.deepEqual(
		api.highlights({ book: "The Quiet Orchard" }).map((h) => [h.createdAt, h.chapterTitle, h.blockId, h.linkable]),
		[
			["2024-06-10 22:30:00", "Part Two", "9900002-20-15-80", true],
			["2024-05-03 08:05:40", "1. Pruning", "9900002-12-700-736", true],
			["2024-05-03 08:02:11", "1. Pruning", "9900002-12-310-368", true],
		],
	);
	assert.deepEqual(api.highlights({ query: "attention" }).map((h) => h.text), ["Quiet is not the absence of sound but the presence of attention."]);
	assert.deepEqual(api.referencesTo(ORCHARD, "9900002-20-15-80"), [{ from: "notes/耐心.md", line: 7, embed: false, resolved: true }]);
	assert.deepEqual(api.referencesTo(ORCHARD, "9900002-12-999-1000"), [{ from: "notes/耐心.md", line: 9, embed: false, resolved: false }]);
	assert.ok(Object.isFrozen(api.books()) && api.books().every((b) => Object.isFrozen(b)));
	assert.throws(() => {
		(api.highlights()[0] as { text: string }).text = "x";
	}, TypeError);
	await unload();
	t.assertClean();
	t.dispose();
});

test("script api: the plugin's api is a read-only property; before layout ready it is there but not ready and empty", async () => {
	const t = createTestApp({ files: fixtureVaultFiles() });
	const { plugin, unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	const api = scriptApi(t);
	assert.ok(api);
	assert.equal(plugin.api, api, "the same object a script gets");
	assert.equal(api.isReady(), false);
	assert.deepEqual(api.books(), []);
	assert.throws(() => {
		(plugin as unknown as { api: unknown }).api = {};
	}, TypeError);
	const heard: WeReadApiChange[] = [];
	api.onChange((c) => heard.push(c));
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(heard.length, 1, "the first scan: one coalesced call");
	assert.deepEqual(heard[0], { revision: heard[0]?.revision, ready: true });
	assert.equal(api.books().length, 3);
	await unload();
	t.assertClean();
	t.dispose();
});

test("script api: onChange hears a vault change once (coalesced), sees the new data, and nothing after unsubscribe", async () => {
	const { t, unload } = await warm();
	const api = scriptApi(t);
	assert.ok(api);
	const heard: WeReadApiChange[] = [];
	const seen: number[] = [];
	const off = api.onChange((c) => {
		heard.push(c);
		seen.push(api.highlights({ book: ORCHARD }).length);
	});
	const before = heard.length;
	const text = withAddedHighlight(t);
	await t.sim.modify(ORCHARD, text);
	await t.sim.modify(ORCHARD, `${text}\n`);
	await t.clock.runAll();
	assert.equal(heard.length - before, 1, "two quick edits, one call");
	assert.deepEqual(seen, [4], "the listener sees the added highlight");
	assert.equal(api.highlights({ book: ORCHARD })[0]?.text, "Fruit falls when it is ready.");
	assert.equal(heard[0]?.ready, true);

	off();
	await t.sim.modify(ORCHARD, (t.app.vault._text(ORCHARD) ?? "").replace(ADDED, "\n"));
	await t.clock.runAll();
	assert.equal(heard.length - before, 1, "nothing after unsubscribe");
	assert.equal(api.highlights({ book: ORCHARD }).length, 3, "the index did change");
	await unload();
	t.assertClean();
	t.dispose();
});

test("script api: a listener that throws is reported in the console; the other listeners and the panes carry on", async () => {
	const { t, unload } = await warm();
	const api = scriptApi(t);
	assert.ok(api);
	const errors: unknown[][] = [];
	const original = console.error;
	console.error = (...args: unknown[]) => errors.push(args);
	try {
		const boom = new Error("a script's bug");
		api.onChange(() => {
			throw boom;
		});
		let calls = 0;
		api.onChange(() => calls++);
		await t.sim.modify(ORCHARD, withAddedHighlight(t));
		await t.clock.runAll();
		assert.equal(calls, 1);
		assert.equal(errors.length, 1);
		assert.equal(errors[0]?.[1], boom);
		assert.match(String(errors[0]?.[0]), /onChange listener threw/);
		assert.equal(api.highlights({ book: ORCHARD }).length, 4);
	} finally {
		console.error = original;
	}
	await unload();
	t.assertClean();
	t.dispose();
});

test("script api: unload drops a pending notification and every listener, leaves nothing registered, and an old api object throws", async () => {
	const { t, unload } = await warm();
	const api = scriptApi(t);
	assert.ok(api);
	let calls = 0;
	api.onChange(() => calls++);
	await t.sim.modify(ORCHARD, withAddedHighlight(t));
	// Step until the index has the change (after IndexSync's own debounce); our coalescing timer is then pending.
	for (let i = 0; i < 40 && api.highlights({ book: ORCHARD }).length < 4; i++) await t.clock.advance(25);
	assert.equal(api.highlights({ book: ORCHARD }).length, 4);
	assert.equal(calls, 0, "not yet notified");
	assert.ok(t.lifecycle().pendingTimers > 0, "the notification is still pending");
	await unload();
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT, "the pending notification's timer went with the plugin");
	await t.clock.runAll();
	assert.equal(calls, 0, "never called after unload");
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
	assert.equal(t.app.plugins.getPlugin(ID), null, "a disabled plugin is not in app.plugins");
	assert.throws(() => api.books(), /WeRead Highlights was unloaded/);
	assert.throws(() => api.onChange(() => {}), /WeRead Highlights was unloaded/);
	t.assertClean();
	t.dispose();
});

test("script api: a reloaded plugin gives a new api; the old one stays dead", async () => {
	const { t, unload } = await warm();
	const old = scriptApi(t);
	await unload();
	const again = await loadPlugin(WeReadHighlightsPlugin, t);
	await t.clock.runAll();
	const api = scriptApi(t);
	assert.ok(api && old && api !== old);
	assert.equal(api.books().length, 3);
	assert.throws(() => old.highlights(), /unloaded/);
	await again.unload();
	await t.clock.runAll();
	assert.deepEqual(t.lifecycle(), NOTHING_LEFT);
	t.assertClean();
	t.dispose();
});

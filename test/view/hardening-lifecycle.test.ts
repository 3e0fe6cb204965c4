// Lifecycle (issue 7): the plugin loaded and unloaded 50 times in one app with every pane open each time leaves no
// listener, DOM listener, interval, timer, view type, hover source, command, settings tab, status bar item, ribbon
// icon or `wrh-` DOM node behind (Obsidian turns a disabled plugin's open views into empty ones; the shim does too).
// And a corrupt or foreign data.json stays as it is through a whole session and a reload, until a setting changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { createTestApp, loadPlugin, NOTHING_LEFT } from "../shim/test-app.ts";
import { GARDEN } from "./helpers/book-pane.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";
import { ALL_COMMANDS, openEveryPane, wrhNodes } from "./helpers/hardening.ts";

test("lifecycle: 50 load/unload cycles with every pane open leave nothing registered and no wrh- node", async () => {
	// Other tests' apps may still be in the document: only nodes that appear during this test count.
	const earlier = new Set(wrhNodes());
	const t = createTestApp({ files: fixtureVaultFiles() });
	t.app.workspace.triggerLayoutReady();
	for (let cycle = 0; cycle < 50; cycle++) {
		const loaded = await loadPlugin(WeReadHighlightsPlugin, t);
		await t.clock.runAll();
		await openEveryPane(t, GARDEN, 21, "notes/plain.md");
		const open = t.lifecycle();
		assert.ok(open.views === 6 && open.listeners > 0 && open.commands === ALL_COMMANDS.length, `cycle ${cycle}: loaded ${JSON.stringify(open)}`);
		assert.ok(activeDocument.querySelectorAll(".wrh-book-view .wrh-entry, .wrh-timeline .wrh-entry, .wrh-refs .wrh-entry").length >= 3, `cycle ${cycle}: panes show rows`);
		assert.ok(activeDocument.querySelectorAll(".wrh-health .wrh-health-row").length >= 2, `cycle ${cycle}: the health pane shows rows`);
		assert.equal(activeDocument.querySelectorAll(".wrh-shelf .wrh-shelf-book").length, 3, `cycle ${cycle}: the shelf shows its books`);
		assert.ok(activeDocument.querySelectorAll(".wrh-year .wrh-year-card").length >= 4, `cycle ${cycle}: the year pane shows its figures`);
		await loaded.unload();
		await t.clock.runAll();
		assert.deepEqual(t.lifecycle(), NOTHING_LEFT, `cycle ${cycle}`);
		assert.deepEqual(wrhNodes().filter((n) => !earlier.has(n)).map((n) => n.className), [], `cycle ${cycle}: wrh- nodes left`);
	}
	t.assertClean();
	t.dispose();
});

const STORED = "weread-highlights";

for (const [kind, raw] of [
	["corrupt", '{"folders": ["weread"'],
	["foreign", JSON.stringify({ version: 9, vaults: [{ name: "other plugin" }], folders: "weread", timelineGrouping: 3 })],
] as const) {
	test(`lifecycle: a ${kind} data.json gives defaults and one notice per load, survives a whole session and a reload, until a setting changes`, async () => {
		const warn = console.warn;
		console.warn = () => {};
		try {
			const t = createTestApp({ files: fixtureVaultFiles(), dataJson: raw, apiVersion: "1.13.1" });
			t.app.workspace.triggerLayoutReady();
			let loaded = await loadPlugin(WeReadHighlightsPlugin, t);
			await t.clock.runAll();
			assert.equal(t.notices.length, 1);
			const tab = (): NonNullable<(typeof t.app.settingTabs)[0]> => {
				const found = t.app.settingTabs[0];
				assert.ok(found);
				return found;
			};
			assert.deepEqual(
				["folders", "timelineGrouping", "weekStartsOn", "bookOrder", "mergeThoughts", "showPopularCounts", "language"].map((k) => tab().getControlValue(k)),
				["", DEFAULT_SETTINGS.timelineGrouping, String(DEFAULT_SETTINGS.weekStartsOn), DEFAULT_SETTINGS.bookOrder, DEFAULT_SETTINGS.mergeThoughts, DEFAULT_SETTINGS.showPopularCounts, DEFAULT_SETTINGS.language],
				"defaults",
			);
			// A whole session: every pane, both renderings of the settings tab, vault events; then disable and enable.
			await openEveryPane(t, GARDEN, 21, "notes/plain.md");
			tab()._open();
			tab().display();
			await t.sim.modify(GARDEN, `${t.app.vault._text(GARDEN) ?? ""}\n`);
			await t.clock.runAll();
			await loaded.unload();
			loaded = await loadPlugin(WeReadHighlightsPlugin, t);
			await t.clock.runAll();
			assert.equal(t.notices.length, 2, "the reloaded plugin reads the same file and says so once");
			assert.equal(t.app.savedData.length, 0);
			assert.equal(t.app.pluginData.get(STORED), raw, "kept byte for byte");

			// The first change writes the settings; after that the file is ours and a reload is silent.
			tab()._open();
			const toggle = Array.from(tab().containerEl.querySelectorAll<HTMLElement>(".setting-item"))
				.find((r) => r.querySelector(".setting-item-name")?.textContent === "Merge thoughts into highlights")
				?.querySelector<HTMLElement>(".checkbox-container");
			assert.ok(toggle);
			toggle.click();
			await t.clock.runAll();
			assert.equal(t.app.savedData.length, 1);
			assert.deepEqual(JSON.parse(t.app.pluginData.get(STORED) ?? "null"), { ...DEFAULT_SETTINGS, mergeThoughts: !DEFAULT_SETTINGS.mergeThoughts });
			await loaded.unload();
			loaded = await loadPlugin(WeReadHighlightsPlugin, t);
			await t.clock.runAll();
			assert.equal(t.notices.length, 2, "no notice for settings we wrote");
			await loaded.unload();
			t.assertClean();
			t.dispose();
		} finally {
			console.warn = warn;
		}
	});
}

// The production main.js in Chromium, loaded the way Obsidian loads it (CommonJS, `require("obsidian")` answered by
// the browser build of the shim), over the fixture vault: it loads, indexes after layout ready, shows its settings,
// and leaves nothing behind when disabled. No console errors or page errors anywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { openHarness, readVault, type Harness } from "./harness/index.ts";
import { NOTHING_LEFT } from "../shim/lifecycle.ts";

const WEREAD_NOTES = Object.entries(readVault())
	.filter(([path, text]) => path.endsWith(".md") && /^doc_type: weread-highlights-reviews$/m.test(text))
	.map(([path]) => path)
	.sort();

const SETTING_NAMES = [
	"Folders to scan",
	"Timeline grouping",
	"Week starts on",
	"Order in the book pane",
	"Merge thoughts into highlights",
	"Show popular counts",
	"Language",
	"Read note shapes from the sync plugin's template",
	"Citation counts in book notes",
	"Show uncited highlights as 0",
	"Book covers on the bookshelf",
	"Follow the active daily note",
	"Keep the index on this device",
];

async function withHarness(run: (h: Harness) => Promise<void>, options: Parameters<typeof openHarness>[0] = {}): Promise<void> {
	const h = await openHarness(options);
	try {
		await run(h);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
}

test("e2e: main.js loads in Chromium; after layout ready it indexes the vault, showing progress, then hides the status", async () => {
	assert.ok(WEREAD_NOTES.length >= 3, "the fixture vault has WeRead notes");
	await withHarness(async (h) => {
		await h.statusBarItem().waitFor({ state: "attached" });
		assert.equal(await h.statusBarItem().isVisible(), false, "hidden before the layout is ready");
		assert.deepEqual(await h.cachedReads(), [], "nothing read before layout ready");
		const first = await h.layoutReady();
		assert.equal(first, `Indexing 0 / ${WEREAD_NOTES.length}`);
		assert.equal(await h.statusBarItem().isVisible(), false, "hidden once the index is built");
		assert.deepEqual((await h.cachedReads()).sort(), WEREAD_NOTES, "read exactly the WeRead notes");
		// The editor area shows an opened note (what a click-through lands on); the page as Obsidian lays it out.
		await h.openNote(WEREAD_NOTES[0] ?? "");
		assert.ok((await h.page.locator(".mod-root .cm-line").count()) > 5);
		await h.screenshot("workspace", "light");
		await h.screenshot("workspace", "dark");
	});
});

test("e2e: the settings tab renders its settings (1.13 declarative and pre-1.13 display) in light and dark", async () => {
	for (const apiVersion of ["1.13.1", "1.12.7"]) {
		await withHarness(
			async (h) => {
				const tab = await h.openSettings();
				assert.deepEqual(await tab.locator(".setting-item-name").allTextContents(), [...SETTING_NAMES, "WeRead sync plugin settings"], `names on ${apiVersion}`);
				assert.equal(await tab.locator(".checkbox-container").count(), 8);
				assert.equal(await tab.locator("select.dropdown").count(), 4);
				assert.equal(await tab.locator("textarea").inputValue(), "weread");
				// A change through the real DOM reaches the store and data.json.
				await tab.locator("select.dropdown").first().selectOption("month");
				await h.page.waitForFunction(() => {
					const app = (window as unknown as { wrh: { app: { pluginData: Map<string, string | undefined> } } }).wrh.app;
					return (app.pluginData.get("weread-highlights") ?? "").includes('"month"');
				});
				if (apiVersion === "1.13.1") {
					const modal = h.page.locator(".modal.mod-settings");
					const light = await h.screenshot("settings", "light", modal);
					const dark = await h.screenshot("settings", "dark", modal);
					assert.ok(existsSync(light) && existsSync(dark));
				}
			},
			{ apiVersion, dataJson: JSON.stringify({ ...DEFAULT_SETTINGS, folders: ["weread"] }) },
		);
	}
});

test("e2e: unloading the plugin leaves nothing registered, scheduled or in the DOM", async () => {
	await withHarness(async (h) => {
		await h.layoutReady();
		await h.openSettings();
		await h.closeSettings();
		const loaded = await h.lifecycle();
		assert.ok(loaded.listeners >= 4, "vault and metadata listeners while loaded");
		assert.equal(loaded.statusBarItems, 1);
		assert.equal(loaded.settingTabs, 1);
		await h.unload();
		assert.deepEqual(await h.lifecycle(), { ...NOTHING_LEFT, pluginElements: 0 });
	});
});

test("e2e: a page error or console error is caught by the harness (the checks above are not vacuous)", async () => {
	const h = await openHarness({ load: false });
	try {
		const consoleError = h.page.waitForEvent("console", (msg) => msg.type() === "error");
		const pageError = h.page.waitForEvent("pageerror");
		await h.page.evaluate(() => {
			console.error("boom from the page");
			window.setTimeout(() => {
				throw new Error("thrown in a timer");
			}, 0);
		});
		await Promise.all([consoleError, pageError]);
		await assert.rejects(() => h.assertNoErrors(), /boom from the page[\s\S]*thrown in a timer/);
	} finally {
		await h.close();
	}
});

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openBrowser, type BrowserSession } from "./harness/browser.ts";

// The production bundle is CommonJS that `require`s "obsidian"; Obsidian evaluates it with its own `require`.
// Here the page answers `require("obsidian")` with a minimal stand-in and checks the plugin class loads and runs.
let session: BrowserSession;

before(async () => {
	session = await openBrowser();
});

after(async () => {
	await session.close();
});

test("the production main.js evaluates as CommonJS in Chromium and its plugin loads", async () => {
	const bundle = readFileSync("main.js", "utf8");
	const result = await session.page.evaluate((source) => {
		const calls: string[] = [];
		class Component {
			load(): void {
				calls.push("load");
				(this as unknown as { onload(): void }).onload();
			}
			onload(): void {}
			onunload(): void {}
		}
		class Plugin extends Component {
			constructor(
				public app: unknown,
				public manifest: unknown,
			) {
				super();
			}
		}
		const obsidian = { Component, Plugin };
		const module = { exports: {} as Record<string, unknown> };
		const requireFn = (id: string): unknown => {
			if (id === "obsidian") return obsidian;
			throw new Error(`unexpected require(${id})`);
		};
		new Function("module", "exports", "require", source)(module, module.exports, requireFn);
		const PluginClass = (module.exports.default ?? module.exports) as new (a: unknown, m: unknown) => Component;
		const plugin = new PluginClass({}, { id: "weread-highlights" });
		plugin.load();
		return { isPlugin: plugin instanceof Plugin, calls };
	}, bundle);
	assert.equal(result.isPlugin, true);
	assert.deepEqual(result.calls, ["load"]);
	assert.deepEqual(session.errors, []);
});

// The sync template's shapes in Chromium, with the real Worker: main.js starts its inlined derive script from a Blob
// URL (no fake anywhere), the template renders there with Nunjucks' browser build, and the timeline shows what only
// the template's shapes read. A template that never finishes is terminated at the limit while the page goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness/build.ts";
import type { Harness } from "./harness/index.ts";
import { withDemo } from "./helpers.ts";

const SETTINGS_PATH = ".obsidian/plugins/obsidian-weread-plugin/data.json";
const TEMPLATE = readFileSync(join(ROOT, "test/fixtures/templates/star-list-watch-time.njk"), "utf8");
const TIMELINE = "weread-highlights-timeline";

/** A note in the template's shape (our own text; the built-in rules read nothing of it). */
const STAR_NOTE = readFileSync(join(ROOT, "test/fixtures/templates/star-list-watch-time.note.md"), "utf8");
const DASH_NOTE = ["---", "doc_type: weread-highlights-reviews", 'bookId: "26785321"', "title: 标准之书", "---", "# 高亮划线", "## 第一章", "- 📌 标准格式的一条划线 ^26785321-4-10-20", "    - ⏱ 2024-04-09 09:00:00 ", ""].join("\n");
const FILES = { "weread/星号之书.md": STAR_NOTE, "weread/标准之书.md": DASH_NOTE };

const settings = (template: string): string => JSON.stringify({ cookies: [{ name: "wr_skey", value: "secret" }], template, trimBlocks: false });

/** The demo harness over this test's own vault and sync settings. */
function withVault(template: string, run: (h: Harness) => Promise<void>): Promise<void> {
	return withDemo(run, { files: FILES, configFiles: { [SETTINGS_PATH]: settings(template) } });
}

async function statusLine(h: Harness): Promise<string> {
	const tab = await h.openSettings();
	const row = tab.locator(".setting-item", { has: h.page.locator(".setting-item-name", { hasText: "WeRead sync plugin settings" }) });
	return (await row.locator(".setting-item-description").textContent()) ?? "";
}

test("e2e: the real Worker derives the sync template's shapes; the timeline shows the highlights only they read", async () => {
	await withVault(TEMPLATE, async (h) => {
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		await pane.locator(".wrh-heatmap-summary", { hasText: "3 entries on 3 days" }).waitFor({ timeout: 10_000 });
		const texts = await pane.locator(".wrh-entry-text").allTextContents();
		assert.deepEqual(texts.slice(0, 3), ["每一次出发都是一次告别。", "路是走出来的，不是想出来的。", "标准格式的一条划线"]);
		assert.equal(await statusLine(h), "Found (0 themes, no active theme id); the template from before themes: notes read with its shapes: 1");
	});
});

test("e2e: a template that never finishes rendering is stopped at 3 s; the standard note is read meanwhile; the tab says why", async () => {
	// Ten thousand times ten thousand iterations: minutes of work in the worker, no memory to speak of.
	const looping = "{% for i in range(0, 10000) %}{% for j in range(0, 10000) %}{{ i }}{% endfor %}{% endfor %}";
	await withVault(looping, async (h) => {
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		await pane.locator(".wrh-heatmap-summary", { hasText: "1 entries on 1 days" }).waitFor({ timeout: 5_000 });
		// The open tab's status line follows the template's state: first "reading…", then the timeout.
		const tab = await h.openSettings();
		const status = tab.locator(".setting-item-description", { hasText: "could not be read" });
		await status.waitFor({ timeout: 10_000 });
		assert.equal(
			await status.textContent(),
			"Found (0 themes, no active theme id); the template from before themes could not be read (it took longer than 3 s to render); the standard formats are read as before",
		);
	});
});

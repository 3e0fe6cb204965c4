// Day → daily note and "This day, and years ago" in Chromium over the demo vault (issue 14 items 1 and 2). The demo
// vault's core Daily Notes settings (.obsidian/daily-notes.json: folder daily, format YYYY-MM-DD) come in as
// config files. From demo/vault (scripts/demo-vault):
//   daily/2026-11-26.md exists; 2026-11-25 has highlights (Pride and Prejudice) and no daily note.
//   2026-08-02: 4 highlights of 城市的河流 (16:11 … 16:21; the first with its thought of 16:11:58 merged in, so one
//   row); 2025-08-02: 4 highlights of 庄子今读 (14:10 … 14:27); both days have daily notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withDemo } from "./helpers.ts";

const TIMELINE = "weread-highlights-timeline";

test("e2e daily notes: a day header's button opens that day's daily note; a day without one has none", async () => {
	await withDemo(async (h) => {
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		const header = pane.locator('.wrh-timeline-group[data-key="group:2026-11-26"]');
		await header.waitFor();
		const button = header.locator(".wrh-timeline-group-note");
		assert.equal(await button.getAttribute("aria-label"), "Open the daily note of 2026-11-26");
		await button.click();
		await h.page.waitForFunction(() => document.querySelector(".workspace-leaf") !== null);
		const nav = await h.navigation();
		assert.deepEqual(
			nav.files.map((f) => [f.path, f.side]),
			[["daily/2026-11-26.md", "main"]],
		);
		assert.equal(await pane.locator('.wrh-timeline-group[data-key="group:2026-11-25"] .wrh-timeline-group-note').count(), 0);
		await h.screenshot("daily-note-header");
	});
});

test("e2e daily notes: opening a daily note shows \"This day\" and \"On this day\" in the timeline; a row opens its highlight", async () => {
	await withDemo(async (h) => {
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		await pane.locator(".wrh-timeline-group").first().waitFor();
		await h.openNote("daily/2026-08-02.md");
		const block = pane.locator('.wrh-this-day[data-day="2026-08-02"]');
		await block.waitFor();
		assert.equal(await block.locator(".wrh-this-day-toggle").textContent(), "This day · 2026-08-02");
		// Three rows a section, newest first, and "show all" for the fourth.
		assert.equal(await block.locator('[data-section="this-day"] .wrh-entry').count(), 3);
		assert.equal(await block.locator('[data-section="this-day"] .wrh-this-day-more').textContent(), "Show all 4");
		assert.deepEqual(await block.locator(".wrh-this-day-subheading").allTextContents(), ["A year ago · 2025-08-02"]);
		assert.equal(await block.locator('.wrh-this-day-year[data-day="2025-08-02"] .wrh-entry').count(), 3);
		// The block sits above the list and has a size (not hidden, not zero-height).
		const box = await block.boundingBox();
		assert.ok(box !== null && box.height > 100, `the block is laid out (${JSON.stringify(box)})`);
		await h.screenshot("this-day", "light", pane);
		await h.screenshot("this-day", "dark", pane);
		// A row of last year's section opens its highlight like a row of the list.
		await block.locator('.wrh-this-day-year[data-day="2025-08-02"] .wrh-entry').first().click();
		// The newest of that day is 虚者，心斋也。(14:27:33), block id 26186563-10-1575-1582 in 庄子今读.md.
		const nav = await h.navigation();
		assert.deepEqual(nav.links, [{ linktext: "微信读书/庄子今读.md#^26186563-10-1575-1582", sourcePath: "", newLeaf: false, state: null }]);
		assert.deepEqual(nav.files.map((f) => f.path), ["daily/2026-08-02.md"], "only the daily note opened by hand");
		// "Show all" filters the list to the day.
		await block.locator('[data-section="this-day"] .wrh-this-day-more').click();
		await pane.locator(".wrh-timeline-summary", { hasText: "4 entries" }).waitFor();
		assert.equal(await pane.locator(".wrh-timeline-filters").textContent().then((t) => t?.includes("2026-08-02")), true);
	});
});

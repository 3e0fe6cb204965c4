// Reading time in Chromium over the demo vault (issue 14 item 3): the demo's `.weread-cache/daily-stats.json` reaches
// the page as a file only the adapter reads (the harness puts hidden-folder files there, as Obsidian's vault index
// skips them), the heatmap offers "Time read", and coloured by it the grid follows the cache's days in the theme's
// green; tooltips and day headers carry the minutes. Screenshots into test/e2e/out/.
// Hand-read from demo/vault/.weread-cache/daily-stats.json (0-based months): "2026-10-26": 3201 s (26 November,
// 53.35 min → 53 min), "2026-10-27": 2262 s (27 November, 37.7 min → 38 min); 59 keys are in 2026, all before today.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import type { Locator } from "playwright-core";
import { withDemo } from "./helpers.ts";

const TIMELINE = "weread-highlights-timeline";

const activeCells = (heatmap: Locator): Promise<number> => heatmap.locator(".wrh-heatmap-cell:not(.wrh-heat-0)").count();
const afterColour = (cell: Locator): Promise<string> => cell.evaluate((el) => getComputedStyle(el, "::after").backgroundColor);

test("e2e reading time: the demo's cache gives the heatmap a Time read toggle; by time, the reading days are coloured; tooltips and day headers show minutes", async () => {
	await withDemo(async (h) => {
		await h.page.clock.setFixedTime(new Date("2026-12-02T10:00:00"));
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		const heatmap = pane.locator(".wrh-heatmap");
		const toggle = heatmap.locator(".wrh-heatmap-colour");
		await toggle.waitFor();
		assert.equal(await heatmap.locator(".wrh-heatmap-year").textContent(), "2026");
		assert.equal(await toggle.getAttribute("aria-pressed"), "false");
		const nov26 = heatmap.locator('.wrh-heatmap-cell[data-day="2026-11-26"]');
		assert.match((await nov26.getAttribute("aria-label")) ?? "", /^2026-11-26: \d+ entries · 53 min read$/);
		assert.equal(await nov26.getAttribute("data-seconds"), "3201");
		assert.equal(await pane.locator('.wrh-timeline-group[data-key="group:2026-11-27"] .wrh-timeline-group-time').textContent(), "38 min read");
		const byEntries = await activeCells(heatmap);
		const accent = await afterColour(nov26);

		await toggle.click();
		await pane.locator(".wrh-heatmap.is-by-time").waitFor();
		assert.equal(await heatmap.locator(".wrh-heatmap-colour").getAttribute("aria-pressed"), "true");
		assert.equal(await activeCells(heatmap), 59, "every reading day of 2026 is coloured");
		assert.ok(byEntries < 59, `fewer days have entries (${byEntries}) than reading time`);
		assert.match(await pane.locator(".wrh-heatmap-summary").textContent() ?? "", /^\d+ h( \d+ min)? read on 59 days$/);
		assert.notEqual(await afterColour(heatmap.locator('.wrh-heatmap-cell[data-day="2026-11-26"]')), accent, "by time the cells take another colour");

		for (const theme of ["light", "dark"] as const) {
			const path = await h.screenshot("heatmap-time-read", theme, heatmap);
			assert.ok(statSync(path).size > 5_000, `${path} holds a picture`);
			const whole = await h.screenshot("pane-timeline-time-read", theme, h.page.locator(`.workspace-leaf-content[data-type="${TIMELINE}"]`));
			assert.ok(statSync(whole).size > 10_000, `${whole} holds a picture`);
		}
	});
});

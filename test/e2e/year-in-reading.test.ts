// The year in reading (issue 14 item 4) in Chromium over the demo vault: a month bar leads to the timeline filtered
// to that month, by keyboard (Tab to the bar, Enter) and by a click; the heatmap's year label opens the pane.
// Expected values from the vault files (`npm run inspect -- demo/vault`, checked by hand):
//   April 2026: Meditations ⏱ 2026-04-12 06:45:40, 06:51:09, 06:57:55 (3 highlights) and 钟表匠的星期三's book
//   review written 2026-04-26 22:48:04 → the bar says 3 highlights, the timeline shows 4 entries on 2 days.
//   February 2026: Meditations, 7 highlights (2026-02-07 ×4, 2026-02-21 ×3) and a thought of 2026-02-21 23:11:31
//   that annotates the highlight of 23:10:39 and merges into it → 7 highlights, 7 entries.
// "Today" is fixed with playwright's page clock (the pane opens on today's year when it has entries).
import { test } from "node:test";
import assert from "node:assert/strict";
import { withDemo } from "./helpers.ts";

const YEAR = "weread-highlights-year";
const TIMELINE = "weread-highlights-timeline";

test("e2e year in reading: a month bar (Enter, then a click) shows the timeline filtered to that month; the heatmap's year label opens the pane", async () => {
	await withDemo(async (h) => {
		await h.page.clock.setFixedTime(new Date("2026-12-02T10:00:00"));
		const pane = await h.openPane("show-year-in-reading", YEAR);
		await pane.locator(".wrh-year-card").first().waitFor();
		assert.equal(await pane.locator(".wrh-year-title").textContent(), "2026 in reading");
		const april = pane.locator('.wrh-year-month[data-month="4"]');
		assert.equal(await april.getAttribute("aria-label"), "Apr: 3 highlights");

		// Keyboard: focus the March bar, Tab to April, Enter.
		await pane.locator('.wrh-year-month[data-month="3"]').focus();
		await h.page.keyboard.press("Tab");
		assert.equal(await april.evaluate((el) => el === document.activeElement), true, "Tab reaches the next bar");
		await h.page.keyboard.press("Enter");
		const timeline = h.page.locator(`.workspace-leaf-content[data-type="${TIMELINE}"] > .view-content`);
		const chip = timeline.locator('.wrh-timeline-chip[data-filter="range"]');
		await chip.filter({ hasText: "Dates: 2026-04-01 to 2026-04-30" }).waitFor();
		assert.equal(await timeline.locator(".wrh-timeline-summary").textContent(), "4 entries");
		const headers = await timeline.locator(".wrh-timeline-group").evaluateAll((els) => els.map((el) => el.querySelector(".wrh-timeline-group-label")?.textContent ?? el.textContent));
		assert.deepEqual(headers, ["2026-04-26 · Sunday", "2026-04-12 · Sunday"]);

		// A click (a tap on a phone) on February replaces the month.
		const february = pane.locator('.wrh-year-month[data-month="2"]');
		assert.equal(await february.getAttribute("aria-label"), "Feb: 7 highlights");
		await february.click();
		await chip.filter({ hasText: "Dates: 2026-02-01 to 2026-02-28" }).waitFor();
		assert.equal(await timeline.locator(".wrh-timeline-summary").textContent(), "7 entries");

		// The heatmap's year label, in the timeline, opens that year (the same pane).
		await timeline.locator('[aria-label="Previous year"]').click();
		await timeline.locator("button.wrh-heatmap-year", { hasText: "2025" }).click();
		await pane.locator(".wrh-year-title", { hasText: "2025 in reading" }).waitFor();
		assert.equal(await h.page.locator(`.workspace-leaf-content[data-type="${YEAR}"]`).count(), 1);
	});
});

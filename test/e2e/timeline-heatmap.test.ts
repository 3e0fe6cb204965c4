// The timeline's heatmap in Chromium, where it has a real layout: it opens with the newest week holding entries in
// view (issue 11: a vault read until April opened on an all-grey July–December), keeps that after a year change and
// a day pick, and today's year stops at today. "Today" is the page's clock, fixed with playwright's page.clock
// (`new Date()` is what the pane reads). A year of weeks is wider than the sidebar here (asserted, so "in view" is
// never vacuous).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { withDemo } from "./helpers.ts";
import type { Harness } from "./harness/index.ts";

const TIMELINE = "weread-highlights-timeline";

/** A WeRead note of one chapter with a highlight at each time (ids from the range, so every one is distinct). */
function note(bookId: string, title: string, times: readonly string[]): string {
	const highlights = times.map((at, i) => `> 📌 Highlight ${i + 1} of ${title}. \n> ⏱ ${at} ^${bookId}-1-${i * 100}-${i * 100 + 50}\n`);
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${bookId}"\ntitle: ${title}\n---\n# 高亮划线\n## Chapter 1\n${highlights.join("\n")}\n# 读书笔记\n\n# 本书评论\n`;
}

async function openHeatmap(h: Harness, today: string): Promise<Locator> {
	await h.page.clock.setFixedTime(new Date(`${today}T10:00:00`));
	const pane = await h.openPane("open-reading-timeline", TIMELINE);
	await pane.locator(".wrh-heatmap-cell").first().waitFor();
	return pane.locator(".wrh-heatmap");
}

/** Whether the day's cell lies wholly inside the scroller's visible box; and that the grid overflows it. */
async function inView(heatmap: Locator, day: string): Promise<boolean> {
	const r = await heatmap.locator(".wrh-heatmap-scroll").evaluate((scroller, d) => {
		const cell = scroller.querySelector(`.wrh-heatmap-cell[data-day="${d}"]`);
		if (cell === null) return { found: false, visible: false, overflows: false };
		const a = scroller.getBoundingClientRect();
		const c = cell.getBoundingClientRect();
		return { found: true, visible: c.left >= a.left && c.right <= a.right && c.width > 0, overflows: scroller.scrollWidth > scroller.clientWidth + 50 };
	}, day);
	assert.ok(r.found, `a cell for ${day}`);
	assert.ok(r.overflows, "the year is wider than the sidebar");
	return r.visible;
}

const days = (heatmap: Locator): Promise<string[]> => heatmap.locator(".wrh-heatmap-cell").evaluateAll((els) => els.map((e) => e.getAttribute("data-day") ?? ""));

test("e2e heatmap: a vault whose last highlight is in April of an earlier year opens with that week in view; so does the year before, and a day pick keeps it", async () => {
	const files = { "weread/Spring.md": note("9910001", "Spring", ["2023-03-01 21:00:00", "2024-02-05 21:00:00", "2024-03-11 21:00:00", "2024-04-17 21:00:00"]) };
	await withDemo(
		async (h) => {
			const heatmap = await openHeatmap(h, "2026-12-02");
			// No entry this year: the latest year with entries, drawn whole (2024 is a leap year).
			assert.equal(await heatmap.locator(".wrh-heatmap-year").textContent(), "2024");
			assert.equal((await days(heatmap)).length, 366);
			assert.equal(await heatmap.locator(".wrh-heatmap-summary").textContent(), "3 entries on 3 days");
			assert.ok(await inView(heatmap, "2024-04-17"), "the newest highlight's week is in view");

			await heatmap.locator('[aria-label="Previous year"]').click();
			await heatmap.locator(".wrh-heatmap-year", { hasText: "2023" }).waitFor();
			assert.ok(await inView(heatmap, "2023-03-01"), "after a year change, that year's newest week is in view");
			// Picking the day redraws the heatmap (the cell is marked); the grid does not jump away from it.
			await heatmap.locator('.wrh-heatmap-cell[data-day="2023-03-01"]').click();
			await heatmap.locator('.wrh-heatmap-cell[data-day="2023-03-01"][aria-pressed="true"]').waitFor();
			assert.ok(await inView(heatmap, "2023-03-01"), "the picked day stays in view");
		},
		{ files },
	);
});

test("e2e heatmap: in the current year's first half the grid ends at today's week, with the newest reading in view", async () => {
	const files = { "weread/Winter.md": note("9910002", "Winter", ["2026-01-10 08:00:00", "2026-03-20 22:15:00"]) };
	await withDemo(
		async (h) => {
			// Monday 2026-04-20.
			const heatmap = await openHeatmap(h, "2026-04-20");
			assert.equal(await heatmap.locator(".wrh-heatmap-year").textContent(), "2026");
			const drawn = await days(heatmap);
			// Jan 1 to Apr 20: 31 + 28 + 31 + 20 = 110 cells, the last one today; nothing of May to December.
			assert.equal(drawn.length, 110);
			assert.equal(drawn.at(-1), "2026-04-20");
			assert.deepEqual(await heatmap.locator(".wrh-heatmap-month").allTextContents(), ["Jan", "Feb", "Mar", "Apr"]);
			// A sidebar holds about 25 weeks: the grid (17 weeks) fits, so check it without the overflow condition.
			const box = await heatmap.locator(".wrh-heatmap-scroll").boundingBox();
			const cell = await heatmap.locator('.wrh-heatmap-cell[data-day="2026-03-20"]').boundingBox();
			assert.ok(box !== null && cell !== null && cell.x >= box.x && cell.x + cell.width <= box.x + box.width, "the newest reading is in view");
		},
		{ files },
	);
});

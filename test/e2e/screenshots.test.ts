// Screenshots of the three panes over the demo vault, light and dark, into test/e2e/out/ (git-ignored): what a
// reviewer looks at to see styles.css render against Obsidian's theme variables.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import type { Locator } from "playwright-core";
import { PP, withDemo } from "./helpers.ts";
import type { Harness, Theme } from "./harness/index.ts";

const THEMES: readonly Theme[] = ["light", "dark"];

function leafOf(h: Harness, type: string): Locator {
	return h.page.locator(`.workspace-leaf-content[data-type="weread-highlights-${type}"]`);
}

async function shoot(h: Harness, name: string, target: Locator): Promise<void> {
	for (const theme of THEMES) {
		const path = await h.screenshot(name, theme, target);
		assert.ok(statSync(path).size > 10_000, `${path} holds a picture`);
	}
}

test("e2e screenshots: the timeline, the book pane, the references pane and the health pane in light and dark themes", async () => {
	await withDemo(async (h) => {
		await h.openNote(PP);
		const timeline = await h.openPane("open-reading-timeline", "weread-highlights-timeline");
		await timeline.locator(".wrh-timeline-entry").first().waitFor();
		await shoot(h, "pane-timeline", leafOf(h, "timeline"));

		const book = await h.openPane("show-book-highlights", "weread-highlights-book");
		await book.locator(".wrh-book-header").waitFor();
		await shoot(h, "pane-book", leafOf(h, "book"));

		const refs = await h.openPane("open-block-references", "weread-highlights-references");
		await h.setCursor(139);
		await refs.locator(".wrh-refs-subject").waitFor();
		await shoot(h, "pane-references", leafOf(h, "references"));

		const health = await h.openPane("check-block-references", "weread-highlights-health");
		await health.locator(".wrh-health-counts").waitFor();
		// One book's group open, as the README picture shows it (test/e2e/health.test.ts checks what it holds).
		await health.locator(".wrh-health-group-head", { hasText: "论语" }).click();
		await health.locator(".wrh-health-group", { hasText: "论语" }).locator(".wrh-health-row").first().waitFor();
		await health.evaluate((el) => el.scrollTo(0, 0));
		await shoot(h, "pane-health", leafOf(h, "health"));
	});
});

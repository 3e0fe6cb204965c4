// The demo page `npm run demo` writes (scripts/demo/page.ts): self-contained, it boots the production main.js over the
// demo vault, opens the three panes, and a click on a highlight shows its note in the editor area at the block.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildDemoPage, DEMO_NOTE } from "../../scripts/demo/page.ts";
import { ROOT, productionMainJs } from "./harness/build.ts";
import { sharedBrowser } from "./harness/browser.ts";

test("e2e demo page: it opens offline with the three panes, and a click on a highlight shows the note at its block", async () => {
	const { html } = await buildDemoPage(join(ROOT, "demo", "vault"), productionMainJs());
	const page = await (await sharedBrowser()).newPage();
	const errors: string[] = [];
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
	page.on("pageerror", (err) => errors.push(err.message));
	// Nothing outside the page may be fetched: the file must work offline.
	const requests: string[] = [];
	page.on("request", (req) => {
		if (!req.url().startsWith("data:")) requests.push(req.url());
	});
	try {
		await page.setContent(html);
		await page.waitForFunction(() => (window as unknown as { wrhDemoReady?: boolean }).wrhDemoReady === true || document.body.hasAttribute("data-demo-error"));
		assert.equal(await page.evaluate(() => document.body.getAttribute("data-demo-error")), null);
		assert.ok(await page.locator(".mod-left-split .wrh-book-title", { hasText: "Pride and Prejudice" }).isVisible(), "book pane on the left");
		assert.ok(await page.locator(".mod-right-split .wrh-timeline-entry").first().isVisible(), "timeline on the right");
		assert.ok(await page.locator(".mod-right-split .wrh-refs-subject", { hasText: "I cannot fix on the hour" }).isVisible(), "references follow the cursor");
		assert.match((await page.locator(".mod-root .cm-line").first().textContent()) ?? "", /^---/, `${DEMO_NOTE} in the editor`);

		// 论语's first highlight, found with the timeline's search: the editor shows 论语 with the block marked.
		await page.locator(".wrh-timeline-search").fill("学而时习之");
		await page.locator(".wrh-timeline-entry", { hasText: "不亦君子乎" }).click();
		const target = page.locator(".mod-root .cm-line.is-target");
		await target.last().waitFor();
		assert.match((await target.last().textContent()) ?? "", /\^695233-3-594-630$/);
		assert.match((await target.first().textContent()) ?? "", /^- 📌 学而时习之/);
		await page.locator(".mod-left-split .wrh-book-title", { hasText: "论语" }).waitFor();
		assert.deepEqual(requests, []);
		assert.deepEqual(errors, []);
	} finally {
		await page.close();
	}
});

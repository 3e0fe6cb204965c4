// The block-reference health pane in Chromium over the demo vault (issue 13 item 3). Expected values from
// demo/vault (demo/README.md says why each is there; test/unit/demo-vault.test.ts derives them):
//   105 ids Obsidian does not register: 104 of the glued-blockquote eras and book reviews with their ⏱ line in the
//   same paragraph (`npm run --silent inspect -- demo/vault` before issue 13's changes to the vault), plus 论语's
//   June-2022 id `695233-5_429-434` (绘事后素, line 65, 1-based); no duplicate ids;
//   dangling: notes/On attention.md line 19 (Walden), notes/慢下来.md line 23 (慢读的艺术), notes/无用之用.md line 17
//   (庄子今读); the sync plugin's embed in daily/2025-06-01.md line 8 of the Walden highlight deleted later, and four
//   of its embeds of ids that are in the book but that Obsidian does not register (the glued-blockquote era):
//   daily/2025-10-06.md lines 8 and 10 (唐诗三百首 lines 48 and 54), daily/2026-02-07.md lines 8 and 9 (Meditations
//   lines 45 and 47), all 1-based.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LUNYU, withDemo } from "./helpers.ts";

const HEALTH = "weread-highlights-health";

test("e2e health pane: counts, the template fix, groups by book (closed: many) and by citing note (open: few); a row opens its line", async () => {
	await withDemo(async (h) => {
		const pane = await h.openPane("check-block-references", HEALTH);
		await pane.locator(".wrh-health-counts").waitFor();
		assert.deepEqual(await pane.locator(".wrh-health-count-n").allTextContents(), ["105", "0", "3", "5"]);
		assert.deepEqual(await pane.locator(".wrh-health-section-title > span:first-child").allTextContents(), [
			"Ids Obsidian does not register",
			"Citations whose block is gone",
			"Daily-note embeds from the sync plugin that no longer resolve",
		]);
		assert.deepEqual(await pane.locator(".wrh-health-section-ids .wrh-health-fix").allTextContents(), [
			"Fix in your sync template: put a blank line after each highlight, so that its id ends its own block.",
			"Ids with _ or ~ were written by older versions of the sync plugin: syncing the book again writes ids Obsidian accepts.",
		]);
		// Twelve books, each a closed group; no id row is built.
		assert.equal(await pane.locator(".wrh-health-section-ids .wrh-health-group-head").count(), 12);
		assert.equal(await pane.locator(".wrh-health-section-ids .wrh-health-row").count(), 0);
		assert.deepEqual(await pane.locator(".wrh-health-section-dangling .wrh-health-row .wrh-health-line-no").allTextContents(), ["Line 19", "Line 23", "Line 17"]);
		assert.deepEqual(await pane.locator(".wrh-health-section-daily .wrh-health-row .wrh-health-block-id").allTextContents(), [
			"^32485520-4-4447-4522",
			"^922107-9-3716-3749",
			"^922107-12-98-137",
			"^3300063519-4-2817-2933",
			"^3300063519-4-3619-3844",
		]);

		await pane.locator(".wrh-health-group-head", { hasText: "论语" }).click();
		const lunyu = pane.locator(".wrh-health-group", { hasText: "论语" }).locator(".wrh-health-row");
		await lunyu.first().waitFor();
		assert.deepEqual(await lunyu.locator(".wrh-health-block-id").allTextContents(), ["^695233-5_429-434", "^72608135-8dBXq4JjZ"]);
		await lunyu.first().click();
		const opened = (await h.navigation()).files.at(-1);
		assert.deepEqual(opened, { path: LUNYU, openState: { eState: { line: 64 } }, side: "main" });
	});
});

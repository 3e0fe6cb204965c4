// The demo page `npm run demo` writes (scripts/demo/page.ts): self-contained, it boots the production main.js over the
// demo vault, opens the three panes, and a click on a highlight shows its note in the editor area at the block.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
		// The editor (a real CodeMirror editor, with the plugin's badges) shows the note around the cursor's highlight.
		assert.ok(await page.locator(".mod-root .cm-line", { hasText: "^3300105522-62-653-817" }).isVisible(), `${DEMO_NOTE} in the editor`);
		assert.equal(await page.locator(".mod-root .cm-line", { hasText: "^3300105522-62-653-817" }).locator(".wrh-cite-badge").textContent(), "2", "with its citation count");

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

test("e2e demo page over another folder (npm run demo -- --vault PATH): it reads the folder without writing to it and opens on its most cited highlight", async () => {
	const vault = mkdtempSync(join(tmpdir(), "wrh-demo-user-vault-"));
	const out = mkdtempSync(join(tmpdir(), "wrh-demo-out-"));
	try {
		cpSync(join(ROOT, "test", "fixtures", "vault"), vault, { recursive: true });
		mkdirSync(join(vault, ".obsidian"));
		writeFileSync(join(vault, ".obsidian", "app.json"), "{}");
		const before = snapshot(vault);
		const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/demo.ts", "--vault", vault, "--lang", "zh"], {
			encoding: "utf8",
			env: { ...process.env, WRH_DEMO_OUT: out },
		});
		assert.equal(run.status, 0, run.stderr);
		// Counted by hand in test/fixtures/vault: 3 books (3 + 3 + 2 highlights), 6 block links of which 1 dangles.
		assert.match(run.stdout, /: 3 books, 8 highlights, 6 references \(1 dangling\)\./);
		assert.deepEqual(snapshot(vault), before, "nothing under the vault changed");

		const page = await (await sharedBrowser()).newPage();
		try {
			await page.setContent(readFileSync(join(out, "index.html"), "utf8"));
			await page.waitForFunction(() => (window as unknown as { wrhDemoReady?: boolean }).wrhDemoReady === true || document.body.hasAttribute("data-demo-error"));
			assert.equal(await page.evaluate(() => document.body.getAttribute("data-demo-error")), null);
			// Every cited highlight there is cited once; the first of them in path order is The Quiet Orchard's
			// "Quiet is not the absence of sound…" (9900002-20-15-80, cited from notes/耐心.md), so the page opens that
			// note with the cursor on it and the references pane shows the citing note.
			assert.ok(await page.locator(".mod-left-split .wrh-book-title", { hasText: "The Quiet Orchard" }).isVisible());
			assert.ok(await page.locator(".mod-right-split .wrh-refs-subject", { hasText: "Quiet is not the absence of sound" }).isVisible());
			assert.ok(await page.locator(".mod-right-split .wrh-refs-note-name", { hasText: "耐心" }).first().isVisible());
			// --lang zh: the timeline's toolbar speaks Chinese.
			assert.ok(await page.locator(".wrh-timeline-search[placeholder='搜索划线']").isVisible());
		} finally {
			await page.close();
		}
	} finally {
		rmSync(vault, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
	}
});

/** Every path under `dir` with its size, mtime and text: what "nothing was written" compares. */
function snapshot(dir: string): string[] {
	const rows: string[] = [];
	const walk = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			const st = statSync(full);
			if (entry.isDirectory()) {
				rows.push(`${full}/ ${st.mtimeMs}`);
				walk(full);
			} else rows.push(`${full} ${st.size} ${st.mtimeMs} ${readFileSync(full, "utf8")}`);
		}
	};
	walk(dir);
	return rows.sort();
}

// `npm run demo -- --screenshots`: the demo page in headless Chromium (the e2e tier's browser), each pane cropped
// to its leaf, in light and dark, as the PNGs the README shows (docs/<pane>-<theme>.png).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { openBrowser } from "../../test/e2e/harness/browser.ts";
// @ts-expect-error -- a plain .mjs helper without types (shared with scripts/run-tests.mjs).
import { ensureChromium, ensureFonts } from "../chromium.mjs";

const PANES = [
	{ name: "timeline", type: "timeline" },
	{ name: "book", type: "book" },
	{ name: "references", type: "references" },
	// The book note in the editor area, with its citation badges (issue 13).
	{ name: "note-badges", type: null },
	// The year in reading (issue 14): not on the page until its command opens it, in a main-area tab (so it comes
	// after the note's picture); 2025, the demo vault's one whole year.
	{ name: "year", type: "year", open: { command: "show-year-in-reading", year: 2025 } },
] as const;

/** Runs a pane's command in the page and shows the year asked for, once the pane has drawn its figures. */
async function openInPage(page: Page, manifestId: string, open: { readonly command: string; readonly year: number }): Promise<void> {
	await page.evaluate(
		async ({ command, year, type }) => {
			const wrh = (window as unknown as { wrh: { executeCommand(id: string): boolean; app: { workspace: { getLeavesOfType(t: string): { view: { showYear?: (y: number) => void } }[] } } } }).wrh;
			wrh.executeCommand(command);
			for (let i = 0; i < 300 && wrh.app.workspace.getLeavesOfType(type)[0]?.view.showYear === undefined; i++) await new Promise((r) => requestAnimationFrame(r));
			wrh.app.workspace.getLeavesOfType(type)[0]?.view.showYear?.(year);
		},
		{ command: open.command, year: open.year, type: `${manifestId}-year` },
	);
	await page.locator(".wrh-year .wrh-year-card").first().waitFor();
}

/** Writes docs/<pane>-<theme>.png for the page at `htmlPath`; returns the paths written. */
export async function takeScreenshots(htmlPath: string, outDir: string, manifestId: string): Promise<string[]> {
	const chromium = (ensureChromium as () => { ok: true; path: string } | { ok: false; message: string })();
	if (!chromium.ok) throw new Error(chromium.message);
	process.env.WRH_CHROMIUM = chromium.path;
	(ensureFonts as () => void)();
	mkdirSync(outDir, { recursive: true });
	const session = await openBrowser();
	const written: string[] = [];
	try {
		const { page } = session;
		await page.setViewportSize({ width: 1280, height: 1000 });
		for (const theme of ["light", "dark"] as const) {
			await page.goto(`${pathToFileURL(htmlPath).href}?theme=${theme}`);
			await page.waitForFunction(() => (window as unknown as { wrhDemoReady?: boolean }).wrhDemoReady === true || document.body.hasAttribute("data-demo-error"));
			const failed = await page.evaluate(() => document.body.getAttribute("data-demo-error"));
			if (failed !== null) throw new Error(`the demo page failed: ${failed}`);
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			// The theme switch of the page is for readers, not for the pictures.
			await page.addStyleTag({ content: ".demo-bar { display: none !important; }" });
			for (const pane of PANES) {
				const path = join(outDir, `${pane.name}-${theme}.png`);
				if ("open" in pane) await openInPage(page, manifestId, pane.open);
				// The timeline alone in the right sidebar (the references pane below it folded away) shows more rows.
				const fold = pane.type === "timeline" ? await page.addStyleTag({ content: `.mod-right-split > .workspace-leaf:has(> [data-type="${manifestId}-references"]) { display: none !important; }` }) : null;
				// Cropped to the pane's content: the shim's empty view header adds nothing to the picture.
				const leafType = pane.type === null ? "markdown" : `${manifestId}-${pane.type}`;
				await page.locator(`.mod-root .workspace-leaf-content[data-type="${leafType}"] > .view-content, .workspace-split .workspace-leaf-content[data-type="${leafType}"] > .view-content`).first().screenshot({ path, animations: "disabled" });
				await fold?.evaluate((el) => el.parentNode?.removeChild(el));
				written.push(path);
			}
		}
		if (session.errors.length > 0) throw new Error(`the demo page logged errors:\n${session.errors.join("\n")}`);
	} finally {
		await session.close();
	}
	return written;
}

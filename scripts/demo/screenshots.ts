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
	{ name: "health", type: "health" },
] as const;

/**
 * The block-reference health pane is not part of the demo page's layout (it opens on a command): open it for its
 * picture, with one book's group open (论语: its `_` id and its book review), as a reader would look at it.
 */
async function openHealthPane(page: import("playwright-core").Page, manifestId: string): Promise<void> {
	await page.evaluate(() => (window as unknown as { wrh: { executeCommand(id: string): void } }).wrh.executeCommand("check-block-references"));
	const pane = page.locator(`.workspace-leaf-content[data-type="${manifestId}-health"] > .view-content`);
	await pane.locator(".wrh-health-counts").waitFor();
	await pane.locator(".wrh-health-group-head", { hasText: "论语" }).click();
	await pane.locator(".wrh-health-group", { hasText: "论语" }).locator(".wrh-health-row").first().waitFor();
	// The click scrolled the group into view; the picture starts at the counts, with no row under the mouse.
	await pane.evaluate((el) => el.scrollTo(0, 0));
	await page.mouse.move(0, 0);
}
/** Opened by command once the panes above are taken: `ready` is what shows the pane has drawn its rows. */
const LATER_PANES = [
	{ name: "shelf", type: "shelf", command: "open-bookshelf", ready: ".wrh-shelf-book" },
	// The year in reading (issue 14) on 2025, the demo vault's one whole year.
	{ name: "year", type: "year", command: "show-year-in-reading", ready: ".wrh-year-card", year: 2025 },
] as const;

/** Shows `year` in the year pane (what its switcher or the heatmap's year label would do). */
async function showYear(page: Page, manifestId: string, year: number): Promise<void> {
	await page.evaluate(
		({ type, year: y }) => {
			const ws = (window as unknown as { wrh: { app: { workspace: { getLeavesOfType(t: string): { view: { showYear?: (y: number) => void } }[] } } } }).wrh.app.workspace;
			ws.getLeavesOfType(type)[0]?.view.showYear?.(y);
		},
		{ type: `${manifestId}-year`, year },
	);
	await page.locator(".wrh-year-title", { hasText: String(year) }).waitFor();
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
				// Opened last, so the other pictures show the page as a reader first sees it.
				if (pane.type === "health") await openHealthPane(page, manifestId);
				// The timeline alone in the right sidebar (the references pane below it folded away) shows more rows;
				// the health pane alone too (it opens below the other two).
				const others = pane.type === "timeline" ? ["references"] : pane.type === "health" ? ["timeline", "references"] : [];
				const hide = others.map((o) => `.mod-right-split > .workspace-leaf:has(> [data-type="${manifestId}-${o}"]) { display: none !important; }`);
				// A stacked leaf grows by 0.6 (the demo page's layout): alone, the health pane takes the whole height.
				if (pane.type === "health") hide.push(`.mod-right-split > .workspace-leaf:has(> [data-type="${manifestId}-health"]) { flex-grow: 1 !important; }`);
				const fold = hide.length > 0 ? await page.addStyleTag({ content: hide.join("\n") }) : null;
				// Cropped to the pane's content: the shim's empty view header adds nothing to the picture.
				const leafType = pane.type === null ? "markdown" : `${manifestId}-${pane.type}`;
				await page.locator(`.mod-root .workspace-leaf-content[data-type="${leafType}"] > .view-content, .workspace-split .workspace-leaf-content[data-type="${leafType}"] > .view-content`).first().screenshot({ path, animations: "disabled" });
				await fold?.evaluate((el) => el.parentNode?.removeChild(el));
				written.push(path);
			}
			// Panes the page does not open at start (the bookshelf and the year in reading, issue 14): opened by their command after the others,
			// each a tab in the editor area, so the pictures above stay as they were.
			for (const pane of LATER_PANES) {
				const path = join(outDir, `${pane.name}-${theme}.png`);
				await page.evaluate((id) => (window as unknown as { wrh: { executeCommand(id: string): boolean } }).wrh.executeCommand(id), pane.command);
				const content = page.locator(`.workspace-leaf-content[data-type="${manifestId}-${pane.type}"] > .view-content`).first();
				await content.locator(pane.ready).first().waitFor();
				if ("year" in pane) await showYear(page, manifestId, pane.year);
				await content.screenshot({ path, animations: "disabled" });
				written.push(path);
			}
		}
		if (session.errors.length > 0) throw new Error(`the demo page logged errors:\n${session.errors.join("\n")}`);
	} finally {
		await session.close();
	}
	return written;
}

// The book pane on a book of 8,660 highlights (issue 15 item 4: 10× the largest real book), in headless Chromium
// over the e2e harness (production main.js):
// - book_pane_render_ms_8660: "Show book highlights" in the open note until the pane's first entry row is in the DOM
//   and laid out (with the rows the same task built: the last one is laid out too);
// - book_pane_scroll_frame_ms_8660: the median frame of scroll jumps to far-apart places in the book — write
//   scrollTop, run the scroll handler, lay out the rows in view (what the next animation frame would do).
// Each figure is the median over RUNS page loads; the log lists every load's figures too (the machine is shared).
// Run alone: `node --import tsx scripts/bench/book-pane-bench.ts`.
//
// What the render figure holds (CDP trace, Chromium 150, 2 cores): the shim's command and leaf opening (~3 ms); the
// pane's JavaScript — citation counts, the view-model, the first rows' DOM (~10 ms); one forced style recalculation
// and layout of the new pane (~15 ms), ~6 ms of which is the page's first use of the pane's interface font sizes
// (the renderer asks the browser process to match each font of Obsidian's stack; most are not installed here). In
// Obsidian the app's own interface has used most of those sizes before the pane opens; in this fresh page the pane
// is the first.
import process from "node:process";
import { BIG_BOOK_PATH, bigBookNote } from "../../test/view/helpers/big-book.ts";
import { browserBenchSetup } from "./browser-bench.ts";
import { log, median } from "./measure.ts";

export interface BookPaneFigures {
	readonly book_pane_render_ms_8660: number;
	readonly book_pane_scroll_frame_ms_8660: number;
	/** Entry rows in the DOM after the scroll jumps (8,660 when the pane is not windowed). */
	readonly book_pane_rows_in_dom_8660: number;
}

const RUNS = 5;
const SCROLLS = 30;

type PageWindow = { wrh: { executeCommand(id: string): boolean; openNote(path: string): Promise<void> } };

/** In the page: open the note, run the command and time it to the first laid-out row; then the scroll jumps. */
async function measureInPage(args: { path: string; scrolls: number }): Promise<{ render: number; frames: number[]; rows: number }> {
	const w = window as unknown as PageWindow;
	await w.wrh.openNote(args.path);
	// Let what opening the note set off (the editor, the plugin's work for the active note) finish untimed: the
	// figure is the pane's.
	for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
	await new Promise((r) => setTimeout(r, 300));
	const laidOut = (): boolean => {
		const rows = document.querySelectorAll(".wrh-book-view .wrh-entry");
		if (rows.length === 0) return false;
		rows[0]?.getBoundingClientRect();
		rows[rows.length - 1]?.getBoundingClientRect();
		return true;
	};
	const t0 = performance.now();
	const seen = new Promise<void>((resolve) => {
		const mo = new MutationObserver(() => {
			if (!laidOut()) return;
			mo.disconnect();
			resolve();
		});
		mo.observe(document.body, { childList: true, subtree: true });
	});
	w.wrh.executeCommand("show-book-highlights");
	await seen;
	const render = performance.now() - t0;
	// The windowed list's scroller; before it (the unwindowed pane), the pane's content element scrolled.
	const scroller = (document.querySelector(".wrh-book-list") ?? document.querySelector(".wrh-book-view")) as HTMLElement;
	const frames: number[] = [];
	for (let k = 1; k <= args.scrolls; k++) {
		await new Promise((r) => requestAnimationFrame(r));
		const s = performance.now();
		scroller.scrollTop = ((k * 7919) % 97) / 97 * Math.max(1, scroller.scrollHeight - scroller.clientHeight);
		scroller.dispatchEvent(new Event("scroll"));
		const rows = scroller.querySelectorAll(".wrh-entry");
		rows[rows.length - 1]?.getBoundingClientRect();
		frames.push(performance.now() - s);
	}
	return { render, frames, rows: scroller.querySelectorAll(".wrh-entry").length };
}

export async function benchBookPane(): Promise<BookPaneFigures | null> {
	const harness = await browserBenchSetup("book pane figures");
	if (harness === null) return null;
	const { openHarness, closeSharedBrowser } = harness;
	const vault = { [BIG_BOOK_PATH]: bigBookNote() };
	try {
		const runs: { render: number; frame: number; rows: number }[] = [];
		// A warm-up load first (Chromium's caches, the bundle's first compile), then RUNS.
		for (let r = 0; r <= RUNS; r++) {
			// A real CodeMirror editor (windowed, as in Obsidian) shows the note: the harness's plain source view would put
			// all of its 30,000 lines in the DOM, and the main area re-laying them out as the sidebar opens is no cost of the pane.
			const h = await openHarness({ files: vault, codeMirror: true, viewport: { width: 1280, height: 900 } });
			try {
				await h.layoutReady();
				const out = await h.page.evaluate(measureInPage, { path: BIG_BOOK_PATH, scrolls: SCROLLS });
				await h.assertNoErrors();
				if (r > 0) runs.push({ render: out.render, frame: median(out.frames), rows: out.rows });
			} finally {
				await h.close();
			}
		}
		const figures: BookPaneFigures = {
			book_pane_render_ms_8660: median(runs.map((r) => r.render)),
			book_pane_scroll_frame_ms_8660: median(runs.map((r) => r.frame)),
			book_pane_rows_in_dom_8660: median(runs.map((r) => r.rows)),
		};
		const each = (xs: readonly number[]): string => xs.map((x) => x.toFixed(1)).join(", ");
		log(`book pane (median of ${RUNS} runs): ${JSON.stringify(figures)}; runs: render ${each(runs.map((r) => r.render))} ms, scroll frame ${each(runs.map((r) => r.frame))} ms`);
		return figures;
	} finally {
		await closeSharedBrowser();
	}
}

// `node --import tsx scripts/bench/book-pane-bench.ts`: these figures alone, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(`${JSON.stringify(await benchBookPane(), null, 2)}\n`);
}

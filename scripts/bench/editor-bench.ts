// The citation badges' cost in the editor (issue 13 item 2), in headless Chromium over a real CodeMirror 6 editor
// (the e2e harness with `codeMirror: true`: the production main.js registers its extension there as in Obsidian),
// on one 866-highlight note (the largest real one) with a third of its highlights cited:
// - first decoration: opening the note until CodeMirror has drawn its measured viewport, badges in it;
// - a keystroke: one typed character, CodeMirror's whole synchronous update;
// - a scroll: a jump to a new part of the note, then CodeMirror's measure and redraw at once (what its next animation
//   frame would do).
// Keystrokes and scrolls are timed A/B in the same editor: batches with the plugin's extension alternate with
// batches without it (the shim takes it out of the editor's compartment between batches, untimed), so the
// difference of the two medians is what the badges cost, free of drift between page loads. Chromium's clock ticks
// in 0.1 ms: each sample times a batch and divides.
import process from "node:process";
import { generateVault, type GenFile } from "../gen-vault/generate.ts";
import { browserBenchSetup } from "./browser-bench.ts";
import { log, median } from "./measure.ts";

export interface EditorFigures {
	readonly editor_badges_visible_866: number;
	readonly editor_first_decoration_ms_866: number;
	readonly editor_first_decoration_ms_866_off: number;
	readonly editor_keystroke_ms_866: number;
	readonly editor_keystroke_ms_866_off: number;
	readonly editor_scroll_ms_866: number;
	readonly editor_scroll_ms_866_off: number;
}

interface EditorLike {
	readonly state: { readonly doc: { readonly length: number; readonly lines: number; line(n: number): { from: number } } };
	readonly scrollDOM: HTMLElement;
	readonly contentDOM: HTMLElement;
	dispatch(spec: unknown): void;
	measure(): void;
}
type PageWindow = { wrh: { editorView(): EditorLike; editorNoteView(): { _withPluginExtensions(on: boolean): void }; openNote(path: string): Promise<void> } };

type Sample = { open: number; badges: number; keys: { on: number[]; off: number[] }; scrolls: { on: number[]; off: number[] } };

/** Page loads the figures are medians of; the first decoration alternates badges on (even runs) and off (odd). */
const RUNS = 10;
const KEYSTROKES = 400;
const SCROLLS = 200;

/** In the page: open the note and time it; then type and scroll, with and without the badges in turn. */
async function measureInPage(args: { path: string; keystrokes: number; scrolls: number }): Promise<Sample> {
	const w = window as unknown as PageWindow;
	const t0 = performance.now();
	await w.wrh.openNote(args.path);
	const cm = w.wrh.editorView();
	// CodeMirror draws a first guess of its viewport at once and the measured one in its first frame: the note is
	// drawn once that has run, with the badges of the measured viewport.
	cm.measure();
	const open = performance.now() - t0;
	const badges = cm.contentDOM.querySelectorAll(".wrh-cite-badge").length;
	const note = w.wrh.editorNoteView();
	const BATCH = 10;
	const keys = { on: [] as number[], off: [] as number[] };
	// Type in a highlight's line near the top (the line stays; its badge is looked up again each time).
	const at = cm.state.doc.line(40).from + 6;
	let typed = 0;
	for (let k = 0; k < args.keystrokes; k += BATCH) {
		for (const on of [true, false]) {
			note._withPluginExtensions(on);
			const s = performance.now();
			for (let b = 0; b < BATCH; b++) cm.dispatch({ changes: { from: at + typed++, insert: "字" } });
			(on ? keys.on : keys.off).push((performance.now() - s) / BATCH);
		}
	}
	const scrolls = { on: [] as number[], off: [] as number[] };
	const max = cm.scrollDOM.scrollHeight - cm.scrollDOM.clientHeight;
	let jump = 0;
	for (let k = 0; k < args.scrolls; k += BATCH) {
		for (const on of [true, false]) {
			note._withPluginExtensions(on);
			cm.measure();
			const s = performance.now();
			for (let b = 0; b < BATCH; b++) {
				cm.scrollDOM.scrollTop = ((++jump * 7919) % 97) / 97 * max;
				cm.measure();
			}
			(on ? scrolls.on : scrolls.off).push((performance.now() - s) / BATCH);
		}
	}
	note._withPluginExtensions(true);
	return { open, badges, keys, scrolls };
}


export async function benchEditor(): Promise<EditorFigures | null> {
	const harness = await browserBenchSetup("editor figures");
	if (harness === null) return null;
	const { openHarness, closeSharedBrowser } = harness;
	const files: readonly GenFile[] = generateVault({ highlights: 2_000, seed: 20_261_202, fixedSizes: [866], citeShare: 0.33 }).files;
	const vault = Object.fromEntries(files.map((f) => [f.path, f.text]));
	const big = files.find((f) => f.path.startsWith("weread/")) as GenFile;
	const run = async (badges: boolean): Promise<Sample> => {
		const h = await openHarness({ files: vault, codeMirror: true, viewport: { width: 1280, height: 900 }, dataJson: JSON.stringify({ version: 1, citationBadges: badges }) });
		try {
			await h.layoutReady();
			const out = await h.page.evaluate(measureInPage, { path: big.path, keystrokes: KEYSTROKES, scrolls: SCROLLS });
			await h.assertNoErrors();
			return out;
		} finally {
			await h.close();
		}
	};
	try {
		// A warm-up run, then RUNS runs; each figure is the median over the runs of each run's median.
		await run(true);
		const runs: Sample[] = [];
		for (let r = 0; r < RUNS; r++) runs.push(await run(r % 2 === 0));
		// Keystrokes and scrolls: the A/B of the runs with the setting on (in the others the extension builds nothing).
		const fig = (pick: (s: Sample) => number, only?: boolean): number => median(runs.filter((_, r) => only === undefined || (r % 2 === 0) === only).map(pick));
		const figures: EditorFigures = {
			editor_badges_visible_866: fig((s) => s.badges, true),
			editor_first_decoration_ms_866: fig((s) => s.open, true),
			editor_first_decoration_ms_866_off: fig((s) => s.open, false),
			editor_keystroke_ms_866: fig((s) => median(s.keys.on), true),
			editor_keystroke_ms_866_off: fig((s) => median(s.keys.off), true),
			editor_scroll_ms_866: fig((s) => median(s.scrolls.on), true),
			editor_scroll_ms_866_off: fig((s) => median(s.scrolls.off), true),
		};
		log(`editor (median of ${RUNS} runs): ${JSON.stringify(figures)}`);
		return figures;
	} finally {
		await closeSharedBrowser();
	}
}

// `node --import tsx scripts/bench/editor-bench.ts`: these figures alone, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(`${JSON.stringify(await benchEditor(), null, 2)}\n`);
}

// The citation badges' cost in the editor (issue 13 item 2), in headless Chromium over a real CodeMirror 6 editor
// (the e2e harness with `codeMirror: true`: the production main.js registers its extension there as in Obsidian).
// One 866-highlight note (the largest real one) with a third of its highlights cited, opened twice: badges on, and
// badges off (the setting; the extension then builds nothing). The difference is what the badges cost:
// - first decoration: opening the note until CodeMirror has drawn it (the first build of the badges is part of it);
// - a keystroke: one typed character, CodeMirror's whole synchronous update (our plugin's rebuild of the visible
//   lines included), median of many;
// - a scroll: a jump to a new part of the note, then CodeMirror's measure and redraw run at once (what the next
//   animation frame would do), median of many.
import process from "node:process";
import { spawnSync } from "node:child_process";
import { generateVault, type GenFile } from "../gen-vault/generate.ts";
import { log } from "./measure.ts";

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
type PageWindow = { wrh: { editorView(): EditorLike; openNote(path: string): Promise<void> } };

const KEYSTROKES = 400;
const SCROLLS = 200;

/** In the page: open the note and time it; then type and scroll, each timed alone. */
async function measureInPage(args: { path: string; keystrokes: number; scrolls: number }): Promise<{ open: number; badges: number; keys: number[]; scrolls: number[] }> {
	const w = window as unknown as PageWindow;
	const t0 = performance.now();
	await w.wrh.openNote(args.path);
	const cm = w.wrh.editorView();
	// CodeMirror draws a first guess of its viewport at once and the measured one in its first frame: the note is
	// drawn once that has run (the badges of the measured viewport in it, when they are on).
	cm.measure();
	const open = performance.now() - t0;
	const badges = cm.contentDOM.querySelectorAll(".wrh-cite-badge").length;
	// Chromium's clock ticks in 0.1 ms: each sample times BATCH operations and divides.
	const BATCH = 10;
	const keys: number[] = [];
	// Type in the middle of a highlight's line near the top (the line stays, its badge is rebuilt each time).
	const at = cm.state.doc.line(40).from + 6;
	for (let k = 0; k < args.keystrokes; k += BATCH) {
		const s = performance.now();
		for (let b = 0; b < BATCH; b++) cm.dispatch({ changes: { from: at + k + b, insert: "字" } });
		keys.push((performance.now() - s) / BATCH);
	}
	const scrolls: number[] = [];
	const max = cm.scrollDOM.scrollHeight - cm.scrollDOM.clientHeight;
	for (let k = 0; k < args.scrolls; k += BATCH) {
		await new Promise((r) => requestAnimationFrame(r));
		const s = performance.now();
		for (let b = 0; b < BATCH; b++) {
			cm.scrollDOM.scrollTop = (((k + b + 1) * 7919) % 97) / 97 * max;
			// CodeMirror's scroll handler would measure in the next frame; `measure()` does it now: new lines drawn.
			cm.measure();
		}
		scrolls.push((performance.now() - s) / BATCH);
	}
	return { open, badges, keys, scrolls };
}

function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : (s[s.length >> 1] as number);
}

export async function benchEditor(): Promise<EditorFigures | null> {
	const { ensureChromium } = (await import("../chromium.mjs" as string)) as { ensureChromium(): { ok: true; path: string } | { ok: false; message: string } };
	const chromium = ensureChromium();
	if (!chromium.ok) {
		log(`no Chromium, editor figures skipped: ${chromium.message}`);
		return null;
	}
	process.env.WRH_CHROMIUM = chromium.path;
	const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	if (build.status !== 0) throw new Error("production build failed");
	const { openHarness } = await import("../../test/e2e/harness/index.ts");
	const { closeSharedBrowser } = await import("../../test/e2e/harness/browser.ts");
	const files: readonly GenFile[] = generateVault({ highlights: 2_000, seed: 20_261_202, fixedSizes: [866], citeShare: 0.33 }).files;
	const vault = Object.fromEntries(files.map((f) => [f.path, f.text]));
	const big = files.find((f) => f.path.startsWith("weread/")) as GenFile;
	const run = async (badges: boolean): Promise<{ open: number; badges: number; keys: number[]; scrolls: number[] }> => {
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
		// Off first, then on, then off and on again: the second pair is the one reported (a warm browser).
		await run(false);
		await run(true);
		const off = await run(false);
		const on = await run(true);
		log(`editor: ${on.badges} badges drawn; open ${on.open.toFixed(1)} ms (off ${off.open.toFixed(1)}), keystroke ${median(on.keys).toFixed(3)} ms (off ${median(off.keys).toFixed(3)}), scroll ${median(on.scrolls).toFixed(3)} ms (off ${median(off.scrolls).toFixed(3)})`);
		return {
			editor_badges_visible_866: on.badges,
			editor_first_decoration_ms_866: on.open,
			editor_first_decoration_ms_866_off: off.open,
			editor_keystroke_ms_866: median(on.keys),
			editor_keystroke_ms_866_off: median(off.keys),
			editor_scroll_ms_866: median(on.scrolls),
			editor_scroll_ms_866_off: median(off.scrolls),
		};
	} finally {
		await closeSharedBrowser();
	}
}

// `node --import tsx scripts/bench/editor-bench.ts`: these figures alone, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(`${JSON.stringify(await benchEditor(), null, 2)}\n`);
}

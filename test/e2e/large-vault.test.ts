// The timeline over a generated vault of 50,000 highlights (scripts/gen-vault, generated once for this file): it
// opens, scrolls all the way to the oldest entry, and the windowed list keeps the DOM small the whole way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { generateVault } from "../../scripts/gen-vault/generate.ts";
import { DEFAULT_OVERSCAN, MAX_RENDERED_ROWS } from "../../src/views/render/virtual-list.ts";
import { openHarness } from "./harness/index.ts";

const HIGHLIGHTS = 50_000;
const TIMELINE = "weread-highlights-timeline";

test(`e2e large vault: the timeline over ${HIGHLIGHTS.toLocaleString("en")} highlights scrolls to the oldest entry with a bounded DOM`, async (t) => {
	const started = Date.now();
	const vault = generateVault({ highlights: HIGHLIGHTS });
	t.diagnostic(`generated ${vault.files.length} notes in ${Date.now() - started} ms`);
	assert.ok(vault.highlightCount >= HIGHLIGHTS);
	const files = Object.fromEntries(vault.files.map((f) => [f.path, f.text]));
	// The oldest time written in any book note: the last entry of a newest-first timeline (every generated entry is dated).
	let oldest = "9999";
	for (const f of vault.files) for (const m of f.text.matchAll(/⏱ (\d{4}-\d\d-\d\d \d\d:\d\d)/g)) if ((m[1] ?? "9999") < oldest) oldest = m[1] ?? oldest;

	const h = await openHarness({ files });
	try {
		await h.layoutReady();
		const pane = await h.openPane("open-reading-timeline", TIMELINE);
		await pane.locator(".wrh-timeline-entry").first().waitFor();
		const summary = (await pane.locator(".wrh-timeline-summary").textContent()) ?? "";
		const total = Number(summary.replace(/\D/g, ""));
		assert.ok(total >= HIGHLIGHTS, `every highlight is on the timeline (${summary})`);

		// Scroll down in steps through the whole list, then pin the end until the last row is in view; count the
		// rendered rows at every step.
		const result = await h.page.evaluate(
			async ({ type }) => {
				const leaf = document.querySelector(`.workspace-leaf-content[data-type="${type}"]`);
				const scroller = leaf?.querySelector<HTMLElement>(".wrh-vlist");
				if (!scroller) throw new Error("no windowed list");
				const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
				const counts: number[] = [];
				const minHeights: number[] = [];
				const sample = (): void => {
					const rows = Array.from(scroller.querySelectorAll<HTMLElement>(".wrh-vlist-row"));
					counts.push(rows.length);
					minHeights.push(Math.min(...rows.map((r) => r.getBoundingClientRect().height)));
				};
				for (let step = 1; step <= 20; step++) {
					scroller.scrollTop = (scroller.scrollHeight * step) / 20;
					await frame();
					await frame();
					sample();
				}
				// Heights are measured as rows render, so the end moves a little: aim again until it holds.
				const wrh = (window as unknown as { wrh: { app: { workspace: { getLeavesOfType(t: string): { view: { list: { length: number } | null } }[] } } } }).wrh;
				const length = wrh.app.workspace.getLeavesOfType(type)[0]?.view.list?.length ?? -1;
				let last: HTMLElement | null = null;
				for (let tries = 0; tries < 50; tries++) {
					scroller.scrollTop = scroller.scrollHeight;
					await frame();
					sample();
					last = scroller.querySelector<HTMLElement>(`.wrh-vlist-row[data-index="${length - 1}"]`);
					if (last) {
						const a = last.getBoundingClientRect();
						const b = scroller.getBoundingClientRect();
						if (a.bottom <= b.bottom + 1 && a.top >= b.top - 1) break;
					}
					last = null;
				}
				return {
					length,
					counts,
					minHeight: Math.min(...minHeights),
					viewport: scroller.clientHeight,
					lastTime: last?.querySelector("time")?.getAttribute("datetime") ?? null,
					lastIsEntry: last?.classList.contains("wrh-timeline-entry") ?? false,
				};
			},
			{ type: TIMELINE },
		);
		assert.ok(result.length > total, `rows = entries + day headers (${result.length})`);
		assert.equal(result.lastIsEntry, true, "the last row is in view and is an entry");
		assert.equal(result.lastTime?.slice(0, 16).replace("T", " "), oldest, "the oldest entry is the last one");
		// The bound: what fits in the viewport at the smallest row height seen, plus the overscan on both sides.
		const bound = Math.ceil(result.viewport / result.minHeight) + 2 * DEFAULT_OVERSCAN + 1;
		const most = Math.max(...result.counts);
		assert.ok(bound < 60 && bound <= MAX_RENDERED_ROWS, `a bound well below the ${result.length} rows (${bound})`);
		assert.ok(most <= bound, `at most ${bound} rows in the DOM at any scroll position (saw ${most}; viewport ${result.viewport}px, rows ≥ ${result.minHeight}px)`);
		assert.ok(Math.min(...result.counts) > 0);
		t.diagnostic(`${total} entries, ${result.length} rows; rendered rows per scroll step ≤ ${most} (bound ${bound}, viewport ${result.viewport}px)`);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
});

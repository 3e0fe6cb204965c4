// Citation counts in a book note, in Chromium, in a real CodeMirror 6 EditorView built the way Obsidian builds the
// editor (the shim's MarkdownView: the note's text, Obsidian's editorInfoField, the extensions the production
// main.js registered). Expected values from the demo vault (grep -n, 1-based; the badges use 0-based lines):
//   微信读书/Pride and Prejudice.md: ^3300105522-7-1397-1493 ends line 50 (cited by notes/Pride and judgement.md:9),
//   ^…-38-639-676 line 114 (Pride and judgement:7), ^…-60-756-856 line 136 (daily/2026-11-26.md:8),
//   ^…-62-653-817 line 141 (Pride and judgement:15 and daily:9), ^…-62-2357-2411 line 144 (daily:10).
import { test } from "node:test";
import assert from "node:assert/strict";
import { PP, withDemo } from "./helpers.ts";
import type { Harness } from "./harness/index.ts";
import type { PageRuntime } from "./harness/page-runtime.ts";

type WrhWindow = { wrh: PageRuntime };

function badges(h: Harness): Promise<string[]> {
	return h.page.evaluate(() => (window as unknown as WrhWindow).wrh.editorBadges());
}

async function scrollTo(h: Harness, line: number): Promise<{ from: number; to: number }> {
	await h.page.evaluate((l) => (window as unknown as WrhWindow).wrh.editorScrollTo(l), line);
	// CodeMirror measures and redraws in the next animation frame: wait until the line is in its viewport.
	await h.page.waitForFunction((l) => {
		const vp = (window as unknown as WrhWindow).wrh.editorViewport();
		return vp.from <= l && l <= vp.to;
	}, line);
	return h.page.evaluate(() => (window as unknown as WrhWindow).wrh.editorViewport());
}

/** The badges CodeMirror shows now, once it has them for `expected`'s lines. */
async function waitForBadges(h: Harness, expected: string[]): Promise<string[]> {
	await h.page
		.waitForFunction((want) => {
			const have = (window as unknown as WrhWindow).wrh.editorBadges();
			return want.every((w) => have.includes(w));
		}, expected)
		.catch(() => undefined);
	return badges(h);
}

/** Every badge of the note, worked out by hand (see the header): "line:count", 0-based lines. */
const ALL_BADGES = ["49:1", "113:1", "135:1", "140:2", "143:1"];

function within(vp: { from: number; to: number }): string[] {
	return ALL_BADGES.filter((b) => {
		const line = Number(b.split(":")[0]);
		return vp.from <= line && line <= vp.to;
	});
}

test("e2e badges: a real CodeMirror editor over a book note shows each cited highlight's count at its line, only in its viewport", async () => {
	await withDemo(
		async (h) => {
			await h.openNote(PP);
			await h.page.locator(".cm-editor .cm-content").waitFor();
			const top = await h.page.evaluate(() => (window as unknown as WrhWindow).wrh.editorViewport());
			assert.ok(top.to < 113, `the editor draws the top of the note only (lines ${top.from}–${top.to})`);
			assert.deepEqual(await waitForBadges(h, within(top)), within(top), "the badges of the lines CodeMirror drew, no more");

			for (const target of [49, 140]) {
				const vp = await scrollTo(h, target);
				const expected = within(vp);
				assert.ok(expected.some((b) => b.startsWith(`${target}:`)), `line ${target} is drawn (${vp.from}–${vp.to})`);
				assert.deepEqual(await waitForBadges(h, expected), expected);
			}
			const badge = h.page.locator(".cm-line", { hasText: "20:35:36" }).locator(".wrh-cite-badge");
			assert.equal(await badge.textContent(), "2");
			assert.equal(await badge.getAttribute("aria-label"), "Cited 2 times: show the notes");
			// The badge sits on its line, after the id's text.
			const box = await badge.boundingBox();
			const line = await h.page.locator(".cm-line", { hasText: "20:35:36" }).boundingBox();
			assert.ok(box && line && box.y >= line.y - 1 && box.y + box.height <= line.y + line.height + 1, "on the line");
			assert.ok(box && line && box.x + box.width <= line.x + line.width + 1 && box.x > line.x + line.width / 4, "at its end");
		},
		{ codeMirror: true },
	);
});

test("e2e badges: a click opens the references pane on that highlight; a citing note's change updates the badge live", async () => {
	await withDemo(
		async (h) => {
			await h.openNote(PP);
			await scrollTo(h, 140);
			await waitForBadges(h, ["140:2"]);
			await h.page.locator(".cm-line", { hasText: "20:35:36" }).locator(".wrh-cite-badge").click();
			const pane = h.page.locator('.workspace-leaf-content[data-type="weread-highlights-references"] > .view-content');
			await pane.locator(".wrh-refs-subject").waitFor();
			assert.match((await pane.locator(".wrh-refs-subject .wrh-entry-text").textContent()) ?? "", /^I cannot fix on the hour/);

			// Another note starts citing the same highlight: the index catches the change, the badge follows.
			await h.page.evaluate(async () => {
				const wrh = (window as unknown as WrhWindow).wrh;
				await wrh.sim?.create("notes/Hour and spot.md", "Where it began: [[Pride and Prejudice#^3300105522-62-653-817]]\n");
			});
			assert.ok((await waitForBadges(h, ["140:3"])).includes("140:3"));

			// Typing above moves the badges with their lines, with no re-index in between.
			await h.page.evaluate(() => (window as unknown as WrhWindow).wrh.editorInsert(100, "a new line\n"));
			assert.ok((await badges(h)).includes("141:3"));
		},
		{ codeMirror: true },
	);
});

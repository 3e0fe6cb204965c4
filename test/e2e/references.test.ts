// The block references pane in Chromium over the demo vault. Expected values from the vault files (grep -n, 1-based):
//   微信读书/Pride and Prejudice.md:140 `> 📌 [I cannot fix on the hour…` (id ^3300105522-62-653-817 on line 141),
//     cited by daily/2026-11-26.md:9 (embed) and notes/Pride and judgement.md:15 (link).
//   notes/Pride and judgement.md cites 5 highlights: lines 7, 9, 15 (Pride and Prejudice), 13 (Meditations),
//     17 (论语); line 7 is ^3300105522-38-639-676 "Till this moment I never knew myself."
//   notes/无用之用.md:17 links 庄子今读#^26186563-4-9990-10031, an id not in 庄子今读: the one dangling reference.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { PP, withDemo } from "./helpers.ts";
import type { Harness } from "./harness/index.ts";

const REFS = "weread-highlights-references";

async function openRefs(h: Harness, note: string): Promise<Locator> {
	await h.openNote(note);
	return h.openPane("open-block-references", REFS);
}

/** Citing rows as "name | Line n | Embed/Link". */
function citing(pane: Locator): Promise<string[]> {
	return pane.locator(".wrh-refs-group").evaluateAll((groups) =>
		groups.flatMap((g) => {
			const name = g.querySelector(".wrh-refs-note-name")?.textContent ?? "";
			return Array.from(g.querySelectorAll(".wrh-refs-line")).map(
				(l) => `${name} | ${l.querySelector(".wrh-refs-line-no")?.textContent} | ${l.querySelector(".wrh-refs-kind")?.textContent}`,
			);
		}),
	);
}

test("e2e references: the cursor on a highlight lists the notes citing it with their line; a row opens that line", async () => {
	await withDemo(async (h) => {
		const pane = await openRefs(h, PP);
		await pane.locator(".wrh-refs-empty", { hasText: "Place the cursor on a highlight" }).waitFor();
		await h.setCursor(139);
		await pane.locator(".wrh-refs-subject").waitFor();
		assert.match((await pane.locator(".wrh-refs-subject .wrh-entry-text").textContent()) ?? "", /^I cannot fix on the hour/);
		assert.equal(await pane.locator(".wrh-refs-heading").first().textContent(), "Notes citing this highlight2");
		assert.equal(await pane.locator(".wrh-refs-count").first().textContent(), "2");
		assert.deepEqual((await citing(pane)).sort(), ["2026-11-26 | Line 9 | Embed", "Pride and judgement | Line 15 | Link"]);
		// The heading the link sits under (`# Pride and judgement`, line 5), then its block: here one line.
		const cited = pane.locator(".wrh-refs-line", { hasText: "Line 15" });
		assert.equal(await cited.locator(".wrh-refs-context-heading").textContent(), "Pride and judgement");
		assert.equal(await cited.locator(".wrh-refs-context").count(), 1);
		const context = cited.locator(".wrh-refs-context-cited");
		assert.match((await context.textContent()) ?? "", /^And how it actually happens: \S/);
		assert.equal(await context.locator(".wrh-refs-context-link").count(), 1, "the link is set apart");
		await pane.locator(".wrh-refs-line", { hasText: "Line 15" }).click();
		await pane.locator(".wrh-refs-line", { hasText: "Line 9" }).click({ modifiers: ["Control"] });
		// files[0] is the reader opening the note (openRefs).
		assert.deepEqual((await h.navigation()).files.slice(1), [
			{ path: "notes/Pride and judgement.md", openState: { eState: { line: 14 } }, side: "main" },
			{ path: "daily/2026-11-26.md", openState: { eState: { line: 8 } }, side: "main" },
		]);
	});
});

test("e2e references: in an ordinary note it lists the highlights the note cites, by book; they open their block", async () => {
	await withDemo(async (h) => {
		const pane = await openRefs(h, "notes/Pride and judgement.md");
		await pane.locator(".wrh-refs-heading").waitFor();
		assert.equal(await pane.locator(".wrh-refs-heading .wrh-refs-count").textContent(), "5");
		assert.deepEqual((await pane.locator(".wrh-refs-book > .wrh-refs-group-title").allTextContents()).sort(), ["Meditations", "Pride and Prejudice", "论语"]);
		assert.equal(await pane.locator(".wrh-refs-book", { hasText: "Pride and Prejudice" }).locator(".wrh-refs-cited").count(), 3);
		await h.clickRow("Till this moment I never knew myself.", { within: pane });
		assert.deepEqual((await h.navigation()).links, [{ linktext: `${PP}#^3300105522-38-639-676`, sourcePath: "", newLeaf: false, state: null }]);
		// Arrow keys move through the rows; Enter opens.
		await pane.locator(".wrh-refs-cited").first().focus();
		const first = await h.page.evaluate(() => document.activeElement?.getAttribute("data-key"));
		await h.page.keyboard.press("ArrowDown");
		const second = await h.page.evaluate(() => document.activeElement?.getAttribute("data-key"));
		assert.notEqual(first, second);
		await h.page.keyboard.press("Enter");
		assert.equal((await h.navigation()).links.length, 2);
	});
});

test("e2e references: a dangling link is marked in its book's pane and opens the citing note at the broken link", async () => {
	await withDemo(async (h) => {
		const pane = await openRefs(h, "微信读书/庄子今读.md");
		const section = pane.locator(".wrh-refs-dangling-section");
		await section.waitFor();
		assert.equal(await section.locator(".wrh-refs-count").textContent(), "1");
		const row = section.locator(".wrh-refs-dangling");
		assert.equal(await row.count(), 1);
		assert.equal(await row.locator(".wrh-refs-note-name").textContent(), "无用之用");
		assert.equal(await row.locator(".wrh-refs-line-no").textContent(), "Line 17");
		assert.equal(await row.locator(".wrh-refs-dangling-badge").textContent(), "Missing");
		assert.equal(await row.locator(".wrh-refs-block-id").textContent(), "^26186563-4-9990-10031");
		await row.click();
		assert.deepEqual((await h.navigation()).files.slice(1), [{ path: "notes/无用之用.md", openState: { eState: { line: 16 } }, side: "main" }]);
	});
});

test("e2e references: 'Show references' from a timeline row's menu selects that highlight in the pane", async () => {
	await withDemo(async (h) => {
		const timeline = await h.openPane("open-reading-timeline", "weread-highlights-timeline");
		await timeline.locator(".wrh-timeline-entry", { hasText: "I cannot fix on the hour" }).click({ button: "right" });
		await h.clickMenuItem("Show references");
		const pane = h.page.locator(`.workspace-leaf-content[data-type="${REFS}"] > .view-content`);
		await pane.locator(".wrh-refs-selected").waitFor();
		assert.equal(await pane.locator(".wrh-refs-selected-label").textContent(), "Selected in another pane");
		assert.deepEqual((await citing(pane)).sort(), ["2026-11-26 | Line 9 | Embed", "Pride and judgement | Line 15 | Link"]);
	});
});

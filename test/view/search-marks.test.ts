// Search matches marked in the rows of the two panes that search (issue 11 item 8), through the real plugin on the
// fixture vault: the timeline's search box and the book pane's filter box.
import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEW_TYPE_TIMELINE } from "../../src/constants.ts";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { $, ORCHARD, showBookFor, startVault, typeInto } from "./helpers/book-pane.ts";

const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";

/** Each row's text with the marked runs in [brackets], for rows that have any mark. */
function markedRows(root: HTMLElement): string[] {
	const out: string[] = [];
	for (const el of Array.from(root.querySelectorAll<HTMLElement>(".wrh-entry-text"))) {
		if (el.querySelector(".wrh-search-match") === null) continue;
		out.push(
			Array.from(el.childNodes)
				.map((n) => ((n as Element).hasClass?.("wrh-search-match") ? `[${n.textContent}]` : (n.textContent ?? "")))
				.join(""),
		);
	}
	return out;
}

test("timeline: the search terms are marked in the rows it finds", async () => {
	const { t, loaded } = await startVault();
	assert.equal(t.app.commands.executeCommandById(OPEN_TIMELINE), true);
	await t.clock.runAll();
	const view = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	assert.ok(view instanceof TimelineView);
	const input = $(view.contentEl, ".wrh-timeline-search") as HTMLInputElement;
	typeInto(input, "QUIET attention");
	await t.clock.advance(200);
	assert.deepEqual(markedRows(view.contentEl), ["[Quiet] is not the absence of sound but the presence of [attention]."]);
	typeInto(input, "");
	await t.clock.advance(200);
	assert.deepEqual(markedRows(view.contentEl), [], "no marks without a search");
	await loaded.unload();
	t.dispose();
});

test("book pane: the filter's terms are marked in the rows it keeps", async () => {
	const { t, loaded } = await startVault();
	const pane = await showBookFor(t, ORCHARD);
	typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "ORCHARD calendar");
	assert.deepEqual(markedRows(pane), ["The [orchard] keeps its own [calendar]."]);
	await loaded.unload();
	t.dispose();
});

test("book pane: a filter that matches a chapter's title marks it in the section heading", async () => {
	const { t, loaded } = await startVault();
	const pane = await showBookFor(t, ORCHARD);
	typeInto($(pane, ".wrh-book-filter") as HTMLInputElement, "part two");
	const titles = Array.from(pane.querySelectorAll(".wrh-book-section-title")).map((el) =>
		Array.from(el.childNodes)
			.map((n) => ((n as Element).hasClass?.("wrh-search-match") ? `[${n.textContent}]` : (n.textContent ?? "")))
			.join(""),
	);
	assert.deepEqual(titles, ["[Part] [Two]"]);
	await loaded.unload();
	t.dispose();
});

// "Show book highlights" outside a WeRead note: a fuzzy picker over every book, most recently read first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openModals, type SuggestModal } from "../shim/modal.ts";
import { $, bookViews, click, GARDEN, key, LIGHTHOUSE, ORCHARD, paneEl, run, settle, SHOW_BOOK, showBookFor, startVault } from "./helpers/book-pane.ts";

function picker(): SuggestModal<unknown> {
	const modal = openModals.at(-1);
	assert.ok(modal, "a modal is open");
	return modal as SuggestModal<unknown>;
}

function titles(modal: SuggestModal<unknown>): string[] {
	return modal._items.map((el) => el.querySelector(".wrh-book-suggestion-title")?.textContent ?? "");
}

test("book picker: elsewhere the command opens a picker, most recently read first, with author and last day", async () => {
	const { t } = await startVault();
	await t.sim.openFile("notes/plain.md");
	run(t, SHOW_BOOK);
	await settle(t);
	const modal = picker();
	assert.equal(modal.inputEl.placeholder, "Choose a book…");
	assert.deepEqual(titles(modal), ["夜航灯塔", "The Quiet Orchard", "园丁与木匠"]);
	assert.deepEqual(
		modal._items.map((el) => el.querySelector(".wrh-book-suggestion-meta")?.textContent),
		["周岚 · 2026-06-20", "Mara Ellison · 2024-06-10", "林知远 · 2023-03-03"],
	);
	assert.equal(bookViews(t).length, 0, "no pane until a book is chosen");
	modal.close();
	t.assertClean();
	t.dispose();
});

test("book picker: fuzzy matching over title and author; choosing opens the pane for that book", async () => {
	const { t } = await startVault();
	await t.sim.openFile("notes/plain.md");
	run(t, SHOW_BOOK);
	await settle(t);
	const modal = picker();
	await modal._type("orch");
	assert.deepEqual(titles(modal), ["The Quiet Orchard"]);
	await modal._type("qtor");
	assert.deepEqual(titles(modal), ["The Quiet Orchard"], "characters in order, not contiguous");
	await modal._type("林知远");
	assert.deepEqual(titles(modal), ["园丁与木匠"], "by author");
	await modal._type("zzz");
	assert.deepEqual(titles(modal), []);
	await modal._type("");
	assert.equal(titles(modal).length, 3);
	await modal._type("灯塔");
	const item = modal._items[0];
	assert.ok(item);
	click(item);
	await settle(t);
	assert.equal(openModals.includes(modal), false, "the picker closes");
	assert.equal(bookViews(t)[0]?.currentPath, LIGHTHOUSE);
	assert.equal($(paneEl(t), ".wrh-book-title").textContent, "夜航灯塔");

	// Again, with the keyboard: Enter takes the first match, into the same pane.
	run(t, SHOW_BOOK);
	await settle(t);
	const again = picker();
	await again._type("园丁");
	key(again.inputEl, "Enter");
	await settle(t);
	assert.equal(bookViews(t).length, 1, "the open pane is reused");
	assert.equal(bookViews(t)[0]?.currentPath, GARDEN);
	t.assertClean();
	t.dispose();
});

test("book picker: in a WeRead note there is no picker; with every pane pinned the command still shows the book there", async () => {
	const { t } = await startVault();
	await showBookFor(t, ORCHARD);
	assert.equal(openModals.length, 0);
	const first = bookViews(t)[0];
	assert.ok(first);
	click(first.containerEl.querySelector<HTMLElement>(".view-action") as HTMLElement);
	assert.equal(first.isPinned, true);
	// Every pane pinned: the command still shows the book, in the (pinned) pane.
	await t.sim.openFile(GARDEN);
	run(t, SHOW_BOOK);
	await settle(t);
	assert.equal(bookViews(t).length, 1);
	assert.equal(first.currentPath, GARDEN, "the command moves even a pinned pane");
	assert.equal(first.isPinned, true);
	t.assertClean();
	t.dispose();
});

test("book picker: a vault without WeRead notes says so", async () => {
	const { t } = await startVault();
	for (const path of [GARDEN, ORCHARD, LIGHTHOUSE]) await t.sim.delete(path);
	await t.clock.runAll();
	await t.sim.openFile("notes/plain.md");
	run(t, SHOW_BOOK);
	await settle(t);
	const modal = picker();
	assert.equal(modal._items.length, 0);
	assert.equal($(modal.resultContainerEl, ".suggestion-empty").textContent, "No WeRead notes in this vault yet.");
	modal.close();
	t.assertClean();
	t.dispose();
});

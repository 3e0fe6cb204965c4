// The bookshelf in Chromium over the demo vault (issue 14 item 5): the command opens it in the main area, the rows
// carry each book's figures, a click opens that book's pane. Expected values from demo/vault/微信读书/*.md:
//   论语: 34 highlights and 7 thoughts, 2025-01-02 – 2025-02-18, 21 % cited, no readingStatus (see book-pane.test.ts);
//   lastReadDate by note (grep ^lastReadDate): Pride and Prejudice 2026-11-27, 城市的河流 2026-09-21, 慢读的艺术
//   2026-07-13 … 论语 2025-02-18 last; readingStatus 读完 / "4" on all but Essays First Series and 论语.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LUNYU, withDemo } from "./helpers.ts";

const SHELF = "weread-highlights-shelf";
const BOOK = "weread-highlights-book";

test("e2e shelf: the command opens the shelf; rows by last read with their figures; a click opens the book pane", async () => {
	await withDemo(async (h) => {
		const pane = await h.openPane("open-bookshelf", SHELF);
		await pane.locator(".wrh-shelf-book").first().waitFor();
		assert.ok(await h.page.locator(`.mod-root .workspace-leaf-content[data-type="${SHELF}"]`).isVisible(), "in the main area");
		assert.equal(await pane.locator(".wrh-shelf-summary").textContent(), "12 books");
		const titles = await pane.locator(".wrh-shelf-title").allTextContents();
		assert.deepEqual(titles.slice(0, 3), ["Pride and Prejudice", "城市的河流", "慢读的艺术"]);
		assert.equal(titles.at(-1), "论语");
		const lunyu = pane.locator(`.wrh-shelf-book[data-key="${LUNYU}"]`);
		assert.deepEqual(await lunyu.locator(".wrh-shelf-stat").allTextContents(), ["34 highlights", "7 thoughts", "2025-01-02 – 2025-02-18", "21% cited"]);
		assert.equal(await lunyu.locator(".wrh-shelf-status").count(), 0);
		assert.equal(await pane.locator(".wrh-shelf-book").first().locator(".wrh-shelf-status").textContent(), "Finished");
		assert.equal(await pane.locator("img").count(), 0, "covers are off by default: no request to WeRead's servers");

		await pane.locator(".wrh-shelf-grouping").selectOption("status");
		assert.deepEqual(await pane.locator(".wrh-shelf-group-title").allTextContents(), ["Finished", "No status"]);
		await pane.locator(".wrh-shelf-filter").fill("孔子");
		assert.deepEqual(await pane.locator(".wrh-shelf-title").allTextContents(), ["论语"]);

		await lunyu.click();
		const book = h.page.locator(`.workspace-leaf-content[data-type="${BOOK}"]`);
		await book.locator(".wrh-book-title").waitFor();
		assert.equal(await book.locator(".wrh-book-title").textContent(), "论语");
		assert.ok(await h.page.locator(`.mod-right-split .workspace-leaf-content[data-type="${BOOK}"]`).isVisible(), "the book pane opens beside the shelf");
	});
});

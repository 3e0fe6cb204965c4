// The timeline's "All books" menu is sorted for the reader's language (issue 11): Chinese titles in pinyin order under
// the Chinese UI, not in code-point order. By hand: 安 (ān) < 北 (běi) < 中 (zhōng) in pinyin, while their code
// points run the other way: 中 U+4E2D < 北 U+5317 < 安 U+5B89. Latin titles under the English UI ignore case and
// accents: apple < Émile < Zebra (code points: Z U+005A < a U+0061 < É U+00C9).
import { test } from "node:test";
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../src/main.ts";
import { openModals, SuggestModal } from "../shim/modal.ts";
import { createTestApp, loadPlugin } from "../shim/test-app.ts";
import { openTimelineWithPlugin } from "./helpers/timeline-plugin.ts";

function note(bookId: string, title: string): string {
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${bookId}"\ntitle: ${title}\n---\n# 高亮划线\n## 第一章\n> 📌 ${title} 的一条划线。 \n> ⏱ 2024-03-0${bookId.slice(-1)} 20:00:00 ^${bookId}-1-10-20\n\n# 读书笔记\n\n# 本书评论\n`;
}

const TITLES = ["中国哲学简史", "北京折叠", "安娜·卡列尼娜", "Zebra", "apple", "Émile"];

async function menu(language: string): Promise<string[]> {
	const files = Object.fromEntries(TITLES.map((title, i) => [`weread/${i}.md`, note(`990010${i + 1}`, title)]));
	const { v, done } = await openTimelineWithPlugin(files, language);
	const options = Array.from(v.contentEl.querySelectorAll<HTMLOptionElement>(".wrh-timeline-book option"), (o) => o.textContent ?? "");
	await done();
	return options;
}

test("timeline book menu: Chinese titles in pinyin order under the Chinese UI", async () => {
	const options = await menu("zh");
	assert.equal(options[0], "全部书籍");
	const han = options.filter((o) => /[\u4e00-\u9fff]/.test(o) && o !== "全部书籍");
	assert.deepEqual(han, ["安娜·卡列尼娜", "北京折叠", "中国哲学简史"]);
});

test("timeline book menu: Latin titles ignore case and accents under the English UI", async () => {
	const options = await menu("en");
	assert.equal(options[0], "All books");
	assert.deepEqual(
		options.filter((o) => /^[A-Za-zÉ]/.test(o) && o !== "All books"),
		["apple", "Émile", "Zebra"],
	);
});

test("book picker: books read on the same day in pinyin order under the Chinese UI (the same collator as the menu)", async () => {
	// All three last read on 2024-03-05, so only the title decides; code-point order would be 中, 北, 安.
	const same = (bookId: string, title: string): string => note(bookId, title).replace(/2024-03-0\d/, "2024-03-05");
	const files = Object.fromEntries(["中国哲学简史", "北京折叠", "安娜·卡列尼娜"].map((title, i) => [`weread/${i}.md`, same(`990020${i + 1}`, title)]));
	const t = createTestApp({ files, language: "zh" });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(t.app.commands.executeCommandById("weread-highlights:show-book-highlights"), true);
	await t.clock.runAll();
	const modal = openModals.at(-1);
	assert.ok(modal instanceof SuggestModal, "the picker is open (no note is active)");
	const titles = modal._items.map((el) => el.querySelector(".wrh-book-suggestion-title")?.textContent ?? "");
	assert.deepEqual(titles, ["安娜·卡列尼娜", "北京折叠", "中国哲学简史"]);
	modal.close();
	await unload();
	t.assertClean();
	t.dispose();
});

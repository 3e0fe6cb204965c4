// "Show parse problems" (issue 7): the command lists warnings and errors of WeRead notes (note, line, message) in a
// modal; choosing one opens the note at that line. Also: a lifecycle check over repeated load/unload with panes open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../src/core/index/index.ts";
import { collectParseProblems } from "../../src/obsidian/parse-problems.ts";
import { openModals, type SuggestModal } from "../shim/modal.ts";
import { run, settle, startVault } from "./helpers/book-pane.ts";

const BAD = "weread/Bad.md";
const BAD_NOTE = '---\ndoc_type: weread-highlights-reviews\ntitle: Bad <b>book</b>\n---\n# 高亮划线\n## 章\n- 📌 一 ^1-1-1-1\n    - ⏱ 2023-13-45 99:00:00\n- 📌 二 ^1-1-1-1\n';

test("collectParseProblems: warnings and errors by path then line; info only when asked; pure", () => {
	const index = new HighlightIndex();
	index.upsertNote("b.md", BAD_NOTE);
	index.upsertNote("a.md", "---\ndoc_type: weread-highlights-reviews\nbookId: \"1\"\n---\n# 高亮划线\n## 章\n- 📌 ok ^1-1-2-3\n");
	const problems = collectParseProblems(index);
	assert.ok(problems.length >= 2);
	assert.ok(problems.every((p) => p.path === "b.md" && (p.level === "warning" || p.level === "error")));
	assert.deepEqual(problems.map((p) => p.line), [...problems.map((p) => p.line)].sort((x, y) => x - y));
	assert.ok(problems.some((p) => p.code === "bad-timestamp" && p.line === 7));
	assert.ok(problems.some((p) => p.code === "duplicate-block-id"));
	const withInfo = collectParseProblems(index, ["error", "warning", "info"]);
	assert.ok(withInfo.length >= problems.length);
	assert.deepEqual(collectParseProblems(index), problems, "same answer twice");
});

test("Show parse problems: lists note, line and message as text; filter; Enter opens the note at the line", async () => {
	const { t, loaded } = await startVault({ [BAD]: BAD_NOTE });
	run(t, "weread-highlights:show-parse-problems");
	await settle(t);
	const modal = openModals.at(-1) as SuggestModal<unknown> | undefined;
	assert.ok(modal);
	const items = modal._items;
	assert.ok(items.length >= 2);
	const first = items.find((el) => (el.textContent ?? "").includes("bad-timestamp") || (el.textContent ?? "").includes("Line 8"));
	assert.ok(first, items.map((i) => i.textContent).join(" | "));
	assert.ok(first.querySelector(".wrh-problem-title")?.textContent?.includes("Bad <b>book</b>"), "title as text");
	assert.equal(first.querySelector("b"), null, "no element made from the title");
	await modal._type("zzz-nothing");
	assert.equal(modal._items.length, 0);
	await modal._type("");
	const index = modal._items.findIndex((el) => (el.textContent ?? "").includes("Line 8"));
	assert.ok(index >= 0);
	modal._items[index]?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	await settle(t);
	const opened = t.app.workspace.openedFiles.at(-1);
	assert.deepEqual([opened?.path, opened?.openState], [BAD, { eState: { line: 7 } }]);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

// Navigation (EntryActions against the App) on its own: the calls it makes for each action, the text it copies and
// drags, and what happens with awkward note names, merged entries and notes that went away.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex, type TimelineEntry } from "../../src/core/index/index.ts";
import { translator } from "../../src/core/i18n.ts";
import { Navigation } from "../../src/obsidian/navigation.ts";
import { flushMicrotasks } from "../shim/clock.ts";
import { createTestApp, type TestApp } from "../shim/test-app.ts";
import { shownMenus } from "../shim/ui.ts";

function note(bookId: string, title: string, body: string[]): string {
	return ["---", "doc_type: weread-highlights-reviews", `bookId: "${bookId}"`, `title: "${title}"`, "---", "# 高亮划线", "## Chapter", ...body, "", "# 读书笔记", ""].join("\n");
}

const ODD_PATH = "weread/C# notes [2nd] ^draft.md";
const UNLINKABLE = "weread/Unlinkable.md";
const FILES: Record<string, string> = {
	"weread/Plain.md": note("11", "A [B] | C #1 ^x", [
		"> 📌 First line",
		">",
		"> second line",
		"> ⏱ 2024-01-02 10:00:00 ^11-1-0-5",
	]),
	[ODD_PATH]: note("22", "Odd", ["> 📌 Odd one", "> ⏱ 2024-01-02 10:00:00 ^22-1-0-5"]),
	// Lines 0-based: `## Part one: the start` 6 (a heading no link can name: `:`), two ids in one quote 7–10 (the
	// first not registered), `## Plain chapter` 12, an id with `_` at 13, a highlight without id at 16.
	[UNLINKABLE]: [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "44"',
		"title: Unlinkable",
		"---",
		"# 高亮划线",
		"## Part one: the start",
		"> 📌 Colon chapter one",
		"> ⏱ 2024-01-02 10:00:00 ^44-1-0-5",
		"> 📌 Colon chapter two",
		"> ⏱ 2024-01-02 10:01:00 ^44-1-6-9",
		"",
		"## Plain chapter",
		"> 📌 Underscore id",
		"> ⏱ 2024-01-02 10:02:00 ^44_2_0_5",
		"",
		"> 📌 No id here",
		"> ⏱ 2024-01-02 10:03:00",
		"",
		"# 读书笔记",
		"",
	].join("\n"),
	"weread/Merged.md": [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "33"',
		"title: Merged",
		"---",
		"# 高亮划线",
		"## Ch",
		"> 📌 Shared words here",
		"> ⏱ 2024-01-02 10:00:00 ^33-1-0-5",
		"",
		"# 读书笔记",
		"## Ch",
		"### 划线评论",
		"- 📌 Shared words here ^33-review-id",
		"    - 💭 My thought",
		"    - ⏱ 2024-01-03 10:00:00",
		"",
	].join("\n"),
};

interface Setup {
	readonly t: TestApp;
	readonly index: HighlightIndex;
	readonly nav: Navigation;
	entry(path: string): TimelineEntry;
	at(path: string, line: number): TimelineEntry;
}

function setup(extra: Partial<ConstructorParameters<typeof Navigation>[0]> = {}): Setup {
	const t = createTestApp({ files: FILES });
	const index = new HighlightIndex();
	for (const [path, text] of Object.entries(FILES)) index.upsertNote(path, text);
	const nav = new Navigation({ app: t.obsidianApp, citations: index, t: () => translator("en"), hoverSource: "weread-highlights", ...extra });
	const entry = (path: string): TimelineEntry => {
		const e = index.book(path)?.entries[0];
		if (e === undefined) throw new Error(`no entry in ${path}`);
		return e;
	};
	const at = (path: string, line: number): TimelineEntry => {
		const e = index.book(path)?.entries.find((x) => x.line === line);
		if (e === undefined) throw new Error(`no entry at ${path}:${line}`);
		return e;
	};
	return { t, index, nav, entry, at };
}

/** Runs the "Copy embed" action of `entry`'s menu and returns what reached the clipboard. */
async function copyEmbed(nav: Navigation, entry: TimelineEntry): Promise<string> {
	const action = nav.entryMenu(entry).find((a) => a.id === "copy-embed");
	assert.ok(action, "Copy embed is offered");
	action.run();
	for (let i = 0; i < 3; i++) await flushMicrotasks();
	return navigator.clipboard.readText();
}

const NOT_REGISTERED = "This highlight's block id is not registered by Obsidian (several highlights share one quote block, or the id does not end its block)";
const ID_CHARACTERS = "This highlight's block id holds characters Obsidian does not accept in block ids (only letters, digits and -)";

test("navigation: a note whose name breaks link syntax opens by file with the block as subpath; links come from generateMarkdownLink", async () => {
	const { t, nav, entry } = setup();
	const odd = entry(ODD_PATH);
	assert.equal(odd.blockIdResolvable, true);
	nav.open(odd, new MouseEvent("click"));
	assert.equal(t.app.workspace.openedLinks.length, 0, "no linktext: `#`, `[`, `]`, `^` in the path would cut it");
	assert.deepEqual(t.app.workspace.openedFiles.map((f) => [f.path, f.openState]), [[ODD_PATH, { eState: { subpath: "#^22-1-0-5" } }]]);
	const hovers: unknown[] = [];
	const ref = t.app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
	nav.hover(odd, new MouseEvent("mouseover"), createDiv());
	t.app.workspace.offref(ref);
	assert.deepEqual(hovers, [], "no preview rather than a preview of the wrong note");
	// Links: whatever Obsidian generates for the user's link format, with the block subpath, relative to the active note.
	const calls: unknown[][] = [];
	t.app.fileManager.generateMarkdownLink = (file, sourcePath, subpath, alias) => {
		calls.push([file.path, sourcePath, subpath, alias]);
		return `[Odd](${encodeURI(file.path)}${subpath ?? ""})`;
	};
	await t.sim.openFile("weread/Merged.md");
	assert.equal(nav.dragText(entry("weread/Plain.md")), "![Odd](weread/Plain.md#^11-1-0-5)");
	assert.deepEqual(calls, [["weread/Plain.md", "weread/Merged.md", "#^11-1-0-5", undefined]]);
	// From inside the book itself the link must still name the book (Obsidian would write `[[#^id]]`).
	await t.sim.openFile("weread/Plain.md");
	nav.dragText(entry("weread/Plain.md"));
	assert.deepEqual(calls[1], ["weread/Plain.md", "", "#^11-1-0-5", undefined]);
	calls.length = 1;
	// Obsidian escapes nothing in a generated link, so for this name the link is built percent-encoded instead.
	assert.equal(nav.dragText(odd), "![C# notes \\[2nd\\] ^draft](C%23%20notes%20%5B2nd%5D%20%5Edraft.md#^22-1-0-5)");
	assert.equal(calls.length, 1);
	t.assertClean();
	t.dispose();
});

test("navigation: a title with [ ] | # ^ never enters a link; the quote keeps every line", async () => {
	const { t, nav, entry } = setup();
	const e = entry("weread/Plain.md");
	assert.equal(e.bookTitle, "A [B] | C #1 ^x");
	assert.equal(nav.link(e), "[[Plain#^11-1-0-5]]");
	assert.equal(nav.quote(e), "> First line\n>\n> second line\n> — [[Plain#^11-1-0-5]]");
	t.assertClean();
	t.dispose();
});

test("navigation: the fallback link for a note that went away strips link-breaking characters", async () => {
	const { t, nav, entry } = setup();
	const odd = entry(ODD_PATH);
	await t.sim.delete(ODD_PATH);
	assert.equal(nav.link(odd), "[[weread/C  notes  2nd   draft#^22-1-0-5]]");
	nav.open(odd, new MouseEvent("click"));
	nav.openLine(ODD_PATH, 3, new MouseEvent("click"));
	assert.deepEqual(t.notices, [`Note not found: ${ODD_PATH}`, `Note not found: ${ODD_PATH}`]);
	assert.equal(t.app.workspace.openedFiles.length, 0);
	t.assertClean();
	t.dispose();
});

test("navigation: openLine opens at the line (Mod: new tab); cited count adds up both ids of a merged entry", async () => {
	const { t, nav, entry, index } = setup();
	nav.openLine("weread/Plain.md", 6, new MouseEvent("click"));
	nav.openLine("weread/Plain.md", 7, new MouseEvent("click", { ctrlKey: true }));
	const files = t.app.workspace.openedFiles;
	assert.deepEqual(files.map((f) => f.openState), [{ eState: { line: 6 } }, { eState: { line: 7 } }]);
	assert.notEqual(files[0]?.leaf, files[1]?.leaf);

	const merged = entry("weread/Merged.md");
	assert.equal(merged.thought, "My thought", "the review merged into the highlight");
	index.upsertLinks("a.md", [{ line: 0, embed: false, linkpath: "Merged", blockId: "33-1-0-5", to: "weread/Merged.md" }]);
	index.upsertLinks("b.md", [{ line: 2, embed: true, linkpath: "Merged", blockId: "33-review-id", to: "weread/Merged.md" }]);
	assert.equal(nav.citedCount(merged), 2);
	t.assertClean();
	t.dispose();
});

test("navigation: menu callbacks injected by main run with the entry; a failed copy says so", async () => {
	const revealed: string[] = [];
	const referenced: string[] = [];
	const { t, nav, entry } = setup({ revealInTimeline: (e) => revealed.push(e.key), showReferences: (e) => referenced.push(e.key) });
	const e = entry("weread/Plain.md");
	nav.showMenu(e, new MouseEvent("contextmenu"));
	const menu = shownMenus.at(-1);
	assert.ok(menu);
	assert.deepEqual(menu.items.map((i) => i.title), ["Copy link", "Copy embed", "Copy as quote", "Reveal in timeline", "Show references"]);
	menu.items[3]?.click();
	menu.items[4]?.click();
	assert.deepEqual(revealed, [e.key]);
	assert.deepEqual(referenced, [e.key]);

	const original = navigator.clipboard.writeText.bind(navigator.clipboard);
	navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
	try {
		menu.items[0]?.click();
		for (let i = 0; i < 3; i++) await flushMicrotasks();
		assert.deepEqual(t.notices, ["Could not copy to the clipboard"]);
	} finally {
		navigator.clipboard.writeText = original;
	}
	t.assertClean();
	t.dispose();
});

test("navigation: copy embed / drag of a highlight Obsidian cannot embed — a Notice says why, the quote with its chapter link instead", async () => {
	const { t, nav, at } = setup();
	await t.sim.openFile("weread/Plain.md");
	const calls: unknown[][] = [];
	const generate = t.app.fileManager.generateMarkdownLink.bind(t.app.fileManager);
	t.app.fileManager.generateMarkdownLink = (file, sourcePath, subpath, alias) => {
		calls.push([file.path, sourcePath, subpath]);
		return generate(file, sourcePath, subpath, alias);
	};

	// `_` in the id: the heading above it (line 12) names the link, built by Obsidian for the user's link format.
	const underscore = at(UNLINKABLE, 13);
	assert.equal(await copyEmbed(nav, underscore), "> Underscore id\n> — [[Unlinkable#Plain chapter]]");
	assert.deepEqual(t.notices, [`${ID_CHARACTERS}, so an embed would not resolve: copied a link to its chapter with the quote instead.`], "the why, instead of 'Copied'");
	assert.deepEqual(calls, [[UNLINKABLE, "weread/Plain.md", "#Plain chapter"]]);
	assert.equal(nav.dragText(underscore), "> Underscore id\n> — [[Unlinkable#Plain chapter]]");
	assert.equal(t.notices.at(-1), `${ID_CHARACTERS}, so an embed would not resolve: dragging a link to its chapter with the quote instead.`);

	// No id at all: the same chapter link, another reason.
	t.notices.length = 0;
	assert.equal(nav.dragText(at(UNLINKABLE, 16)), "> No id here\n> — [[Unlinkable#Plain chapter]]");
	assert.deepEqual(t.notices, ["This highlight has no block id, so an embed would not resolve: dragging a link to its chapter with the quote instead."]);

	// Not registered (two ids in one quote), under a heading with `:`: no heading link can work, so the note's.
	t.notices.length = 0;
	calls.length = 0;
	const colon = at(UNLINKABLE, 7);
	assert.equal(colon.blockIdResolvable, false);
	assert.equal(await copyEmbed(nav, colon), "> Colon chapter one\n> — [[Unlinkable]]");
	assert.deepEqual(calls, [[UNLINKABLE, "weread/Plain.md", undefined]]);
	assert.deepEqual(t.notices, [`${NOT_REGISTERED}, so an embed would not resolve: copied a link to its note with the quote instead.`]);

	// The id that ends the same quote is registered: today's embed, exactly, and the usual "Copied".
	t.notices.length = 0;
	const registered = at(UNLINKABLE, 9);
	assert.equal(registered.blockIdResolvable, true);
	assert.equal(nav.dragText(registered), "![[Unlinkable#^44-1-6-9]]");
	assert.deepEqual(t.notices, [], "a drag that embeds says nothing");
	assert.equal(await copyEmbed(nav, registered), "![[Unlinkable#^44-1-6-9]]");
	assert.deepEqual(t.notices, ["Copied to the clipboard"]);
	t.assertClean();
	t.dispose();
});

test("navigation: the chapter link follows the user's link format (markdown: the heading percent-encoded by Obsidian); Chinese notices", async () => {
	const { t, at } = setup();
	const nav = new Navigation({ app: t.obsidianApp, citations: { citedCount: () => 0 }, t: () => translator("zh"), hoverSource: "weread-highlights" });
	t.app.fileManager._useMarkdownLinks = true;
	assert.equal(nav.dragText(at(UNLINKABLE, 13)), "> Underscore id\n> — [Unlinkable](Unlinkable.md#Plain%20chapter)");
	assert.deepEqual(t.notices, ["这条划线的块 ID 含有 Obsidian 不接受的字符（块 ID 只能由字母、数字和 - 组成），嵌入无法解析：拖放的将是指向所在章节的链接和引文。"]);
	t.notices.length = 0;
	nav.dragText(at(UNLINKABLE, 7));
	assert.deepEqual(t.notices, ["Obsidian 没有登记这条划线的块 ID（几条划线共用一个引用块，或 ID 不在块的末尾），嵌入无法解析：拖放的将是指向笔记的链接和引文。"]);
	t.assertClean();
	t.dispose();
});

test("navigation: hoverLine previews any note at a line (state.scroll); none for a path that breaks link syntax", () => {
	const { t, nav } = setup();
	const hovers: Record<string, unknown>[] = [];
	const ref = t.app.workspace.on("hover-link", (info: Record<string, unknown>) => hovers.push(info));
	const target = createDiv();
	nav.hoverLine("weread/Plain.md", 4, new MouseEvent("mouseover"), target);
	nav.hoverLine(ODD_PATH, 4, new MouseEvent("mouseover"), target);
	t.app.workspace.offref(ref);
	assert.deepEqual(
		hovers.map((h) => [h.source, h.linktext, h.sourcePath, h.state, h.targetEl]),
		[["weread-highlights", "weread/Plain.md", "", { scroll: 4 }, target]],
	);
	t.assertClean();
	t.dispose();
});

// Hostile content (issue 7): HTML, scripts, `javascript:` links, bidi controls and 10,000-character words in every
// place a note's words reach the UI — highlight text, thoughts, titles (frontmatter and file name), chapter names,
// citing notes' lines and names — through every pane. Nothing becomes an element, the text stays verbatim, every
// piece of it sits in an element whose class wraps long words and isolates bidi (styles.css holds those rules), and
// the links the plugin builds lead back to the note even when its name holds `[ ] | # ^`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shownMenus } from "../shim/ui.ts";
import { flushMicrotasks } from "../shim/clock.ts";
import type { TestApp } from "../shim/test-app.ts";
import { $, bookViews, click, paneEl, rowWithText, run, settle, SHOW_BOOK, startVault } from "./helpers/book-pane.ts";
import {
	closeModals,
	cssFor,
	cursorTo,
	OPEN_REFERENCES,
	OPEN_TIMELINE,
	openNote,
	referencesEl,
	runAndSettle,
	searchTimeline,
	SHOW_PROBLEMS,
	timelineView,
	topModal,
} from "./helpers/hardening.ts";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const ANCHOR = '<a href="javascript:alert(3)">go</a>';
const MD_JS = "[click](javascript:alert(4))";
const BIDI = "\u202Egnp.exe\u202C \u2066iso\u2069 \u2067rtl\u2069 \u2068fsi\u2069 \u202E unclosed";
const long = (c: string): string => c.repeat(10_000);

const TITLE = `${IMG} ${SCRIPT} ${BIDI} ${long("T")}`;
const AUTHOR = `${ANCHOR} \u202Erohtua`;
const CHAPTER = `${SCRIPT} ${ANCHOR} ${BIDI} ${long("C")}`;
const TEXT = `${IMG} ${MD_JS} ${ANCHOR} ${BIDI} ${long("H")}`;
const THOUGHT = `${SCRIPT} ${MD_JS} ${BIDI} ${long("R")}`;
// A file name: HTML, bidi and as long a word as file systems allow (255 bytes); no link-breaking characters.
const BOOK_NAME = `${IMG} \u202Eevil\u202C ${"F".repeat(200)}`;
const BOOK = `weread/${BOOK_NAME}.md`;
const ID = "8800001-1-0-10";
// A name no wikilink can hold.
const ODD_NAME = "C# notes [2nd] | ^draft";
const ODD = `weread/${ODD_NAME}.md`;
const ODD_TITLE = "A [B] | C #1 ^x";
const ODD_ID = "8800002-1-0-10";
const CITING_NAME = `<svg onload=alert(5)> \u202Eetic ${"N".repeat(200)}`;
const CITING = `notes/${CITING_NAME}.md`;
const CITING_LINE = `${IMG} \u202E see [[${BOOK_NAME}#^${ID}]] ${MD_JS} ${long("L")}`;

const FILES: Record<string, string> = {
	[BOOK]: [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "8800001"',
		`title: ${TITLE}`,
		`author: ${AUTHOR}`,
		"---",
		"# 高亮划线",
		`## ${CHAPTER}`,
		`> 📌 ${TEXT}`,
		`> 💭 ${THOUGHT}`,
		`> ⏱ 2024-03-01 10:00:00 ^${ID}`,
		"",
		`> 📌 ${SCRIPT} a second one`,
		"> ⏱ 2024-13-45 99:00:00 ^8800001-1-20-30",
		"",
		"# 读书笔记",
		"",
	].join("\n"),
	[ODD]: [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "8800002"',
		`title: "${ODD_TITLE}"`,
		"---",
		"# 高亮划线",
		"## Ch",
		"> 📌 Odd one",
		`> ⏱ 2024-03-02 10:00:00 ^${ODD_ID}`,
		"",
		"# 读书笔记",
		"",
	].join("\n"),
	[CITING]: ["# cite", "", CITING_LINE, ""].join("\n"),
};
const TEXT_LINE = 8;

/** Classes whose elements hold the note's words, with the bidi treatment styles.css must give them. */
const USER_TEXT: Readonly<Record<string, "plaintext" | "isolate">> = {
	"wrh-entry-text": "plaintext",
	"wrh-entry-thought": "plaintext",
	"wrh-refs-context": "plaintext",
	"wrh-refs-context-heading": "plaintext",
	"wrh-book-title": "plaintext",
	"wrh-book-section-title": "plaintext",
	"wrh-book-suggestion-title": "plaintext",
	"wrh-problem-message": "plaintext",
	"wrh-entry-thought-text": "isolate",
	"wrh-entry-book": "isolate",
	"wrh-entry-chapter": "isolate",
	"wrh-book-author": "isolate",
	"wrh-book-chapter-title": "isolate",
	"wrh-book-suggestion-meta": "isolate",
	"wrh-refs-group-title": "isolate",
	"wrh-refs-note-name": "isolate",
	"wrh-refs-note-path": "isolate",
	"wrh-refs-context-link": "isolate",
	"wrh-problem-title": "isolate",
	"wrh-problem-path": "isolate",
	"wrh-timeline-chip-text": "isolate",
};
const USER_TEXT_SELECTOR = Object.keys(USER_TEXT).map((c) => `.${c}`).join(",");
/** Markers of hostile content in a text node. */
const HOSTILE = /onerror|onload|<script>|javascript:|[\u202A-\u202E\u2066-\u2069]|TTTT|CCCC|HHHH|RRRR|FFFF|NNNN|LLLL/;

/**
 * What every pane must satisfy: no element made from the note's words (no img, script, b, a link to javascript:,
 * no on* attribute), and every text node holding hostile content inside a user-text element of that pane.
 * `<option>` is left out: a native control, styled by the platform. Returns how many hostile text nodes it saw.
 */
function assertInert(root: HTMLElement, where: string): number {
	assert.deepEqual(Array.from(root.querySelectorAll("img, script, svg:not(.svg-icon), iframe, b, i, a[href]")).map((e) => e.outerHTML.slice(0, 80)), [], `${where}: no element from content`);
	for (const el of Array.from(root.querySelectorAll("*"))) {
		for (const attr of Array.from(el.attributes)) assert.ok(!attr.name.startsWith("on"), `${where}: ${attr.name} on ${el.tagName}`);
	}
	const walker = activeDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	let seen = 0;
	for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
		if (!HOSTILE.test(node.textContent ?? "")) continue;
		const parent = node.parentElement;
		if (parent === null || parent.closest("option") !== null) continue;
		seen++;
		const holder = parent.closest(USER_TEXT_SELECTOR);
		assert.ok(holder !== null && root.contains(holder), `${where}: "${(node.textContent ?? "").slice(0, 40)}" in <${parent.tagName.toLowerCase()} class="${parent.className}"> has no user-text class`);
	}
	return seen;
}

/** Text of the matches, with 10,000-char runs shortened to `X{10000}` so a failure message stays readable. */
const texts = (root: ParentNode, selector: string): string[] => Array.from(root.querySelectorAll(selector)).map((e) => short(e.textContent ?? ""));
const short = (s: string): string => s.replace(/(.)\1{99,}/g, (run, c: string) => `${c}{${run.length}}`);

test("hostile content: styles.css wraps long words and isolates bidi on every user-text class", () => {
	for (const [cls, bidi] of Object.entries(USER_TEXT)) {
		const d = cssFor(cls);
		assert.equal(d["overflow-wrap"], "anywhere", `.${cls} overflow-wrap`);
		assert.equal(d["unicode-bidi"], bidi, `.${cls} unicode-bidi`);
	}
	// The reader is not fooled by a rule for a longer selector.
	assert.deepEqual(cssFor("wrh-entry-text", ".wrh-x .wrh-entry-text { overflow-wrap: anywhere; }"), {});
});

test("hostile content: every pane renders HTML, javascript: links, bidi controls and 10,000-char words as inert text", async () => {
	const { t, loaded } = await startVault(FILES);

	// Book pane.
	await openNote(t, BOOK);
	await runAndSettle(t, SHOW_BOOK);
	const book = paneEl(t);
	assert.equal(short($(book, ".wrh-book-title").textContent ?? ""), short(TITLE));
	assert.equal(short($(book, ".wrh-book-author").textContent ?? ""), short(`by ${AUTHOR}`));
	assert.deepEqual(texts(book, ".wrh-book-chapter-title"), [CHAPTER].map(short));
	assert.deepEqual(texts(book, ".wrh-book-section-title"), [CHAPTER].map(short));
	const row = rowWithText(book, "a second one").previousElementSibling as HTMLElement;
	assert.equal(short($(row, ".wrh-entry-text").textContent ?? ""), short(TEXT));
	assert.equal(short($(row, ".wrh-entry-thought-text").textContent ?? ""), short(THOUGHT));
	assert.ok(assertInert(book, "book pane") >= 6);
	// Time order names the chapter on each row.
	click($(book, ".wrh-book-order"));
	assert.deepEqual(texts(book, ".wrh-entry-chapter"), [CHAPTER, CHAPTER].map(short));
	assertInert(book, "book pane, time order");

	// Timeline, searched for the script tag: the query comes back as a chip, as text.
	await runAndSettle(t, OPEN_TIMELINE);
	const timeline = timelineView(t).contentEl;
	await searchTimeline(t, IMG);
	assert.deepEqual(texts(timeline, ".wrh-timeline-chip-text"), [`Search: ${IMG}`].map(short));
	// Every term also matches the book title: both highlights (the one with a bad timestamp is undated: last).
	assert.deepEqual(texts(timeline, ".wrh-entry-text"), [TEXT, `${SCRIPT} a second one`].map(short));
	assert.deepEqual(texts(timeline, ".wrh-entry-book"), [TITLE, TITLE].map(short));
	assert.deepEqual(texts(timeline, ".wrh-entry-chapter"), [CHAPTER, CHAPTER].map(short));
	assert.deepEqual(texts(timeline, ".wrh-entry-thought-text"), [THOUGHT].map(short));
	assert.ok(texts(timeline, ".wrh-timeline-book option").includes(short(TITLE)), "the book filter lists the title as text");
	const select = timeline.querySelector<HTMLSelectElement>(".wrh-timeline-book");
	assert.ok(select);
	select.value = BOOK;
	select.dispatchEvent(new Event("change", { bubbles: true }));
	assert.deepEqual(new Set(texts(timeline, ".wrh-timeline-chip-text")), new Set([`Book: ${TITLE}`, `Search: ${IMG}`].map(short)));
	assert.ok(assertInert(timeline, "timeline") >= 6);

	// References for the highlight under the caret: the citing note's name, path and line.
	const editor = await openNote(t, BOOK);
	await runAndSettle(t, OPEN_REFERENCES);
	await cursorTo(t, editor, TEXT_LINE);
	const refs = referencesEl(t);
	assert.deepEqual(texts(refs, ".wrh-refs-subject .wrh-entry-text"), [TEXT].map(short));
	assert.deepEqual(texts(refs, ".wrh-refs-note-name"), [CITING_NAME].map(short));
	assert.deepEqual(texts(refs, ".wrh-refs-note-path"), [CITING].map(short));
	// Links in the line show as their label: the wikilink as the note name. The 10,000-character line is cut to the
	// context's 240 characters around that link (citing-context.ts): the 236-character label leaves 4, 2 each side
	// ("e " of " see ", " c" of " click": the markdown link's label, cut, still marked a link), each cut end "…".
	assert.deepEqual(texts(refs, ".wrh-refs-context"), [short(`…e ${BOOK_NAME} c…`)]);
	assert.deepEqual(texts(refs, ".wrh-refs-context-heading"), ["cite"]);
	assert.deepEqual(texts(refs, ".wrh-refs-context-link"), [BOOK_NAME, "c"].map(short));
	assert.ok(assertInert(refs, "references, highlight") >= 5);

	// References for the citing note: the highlights it cites, by book.
	await openNote(t, CITING);
	assert.deepEqual(texts(refs, ".wrh-refs-book > .wrh-refs-group-title"), [TITLE].map(short));
	assert.deepEqual(texts(refs, ".wrh-refs-book .wrh-entry-text"), [TEXT].map(short));
	assert.ok(assertInert(refs, "references, citing note") >= 3);

	// The book picker (from a note that is not a book).
	run(t, SHOW_BOOK);
	await settle(t);
	const picker = topModal();
	assert.ok(texts(picker.modalEl, ".wrh-book-suggestion-title").includes(short(TITLE)));
	assert.ok(texts(picker.modalEl, ".wrh-book-suggestion-meta").some((m) => m.startsWith(AUTHOR)));
	assert.ok(assertInert(picker.modalEl, "book picker") >= 2);
	closeModals();

	// Parse problems: the bad timestamp of the second highlight.
	await runAndSettle(t, SHOW_PROBLEMS);
	const problems = topModal();
	assert.ok(texts(problems.modalEl, ".wrh-problem-title").includes(short(TITLE)));
	assert.ok(texts(problems.modalEl, ".wrh-problem-path").includes(short(BOOK)));
	assert.ok(assertInert(problems.modalEl, "parse problems") >= 2);
	closeModals();

	// Nothing anywhere in the document was made from the notes.
	assert.equal(activeDocument.querySelectorAll("img, script, a[href^='javascript']").length, 0);
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

/** Reads a link the way Obsidian does: the target (wikilink: as written; markdown: split at `#`, then decoded). */
function followLink(t: TestApp, link: string, sourcePath: string): { path: string | null; subpath: string } {
	const wiki = /^!?\[\[(.*?)\]\]$/.exec(link);
	if (wiki) {
		const inner = (wiki[1] ?? "").split("|")[0] ?? "";
		const hash = inner.indexOf("#");
		const linkpath = hash === -1 ? inner : inner.slice(0, hash);
		return { path: t.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null, subpath: hash === -1 ? "" : inner.slice(hash) };
	}
	const md = /^!?\[(?:\\.|[^\\\]])*\]\(([^()\s<>]+)\)$/.exec(link);
	assert.ok(md, `not a link: ${link}`);
	const dest = md[1] ?? "";
	const hash = dest.indexOf("#");
	const linkpath = decodeURIComponent(hash === -1 ? dest : dest.slice(0, hash));
	return { path: t.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null, subpath: hash === -1 ? "" : dest.slice(hash) };
}

async function copies(t: TestApp, row: HTMLElement): Promise<Record<string, string>> {
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	const out: Record<string, string> = {};
	for (const item of shownMenus.at(-1)?.items.filter((i) => i.section === "copy") ?? []) {
		item.click();
		for (let i = 0; i < 3; i++) await flushMicrotasks();
		out[item.title] = await navigator.clipboard.readText();
	}
	return out;
}

test("hostile content: links built for names with HTML, bidi, [ ] | # ^ are exact and lead back to the block", async () => {
	const { t, loaded } = await startVault(FILES);
	const source = "notes/plain.md";

	// A name with HTML and bidi controls but nothing that ends a link: Obsidian's own link, opened by linktext.
	await openNote(t, BOOK);
	await runAndSettle(t, SHOW_BOOK);
	await openNote(t, source);
	const row = rowWithText(paneEl(t), "HHHH");
	const link = `[[${BOOK_NAME}#^${ID}]]`;
	assert.deepEqual(await copies(t, row), { "Copy link": link, "Copy embed": `!${link}`, "Copy as quote": `> ${TEXT}\n> — ${link}` });
	assert.deepEqual(followLink(t, link, source), { path: BOOK, subpath: `#^${ID}` });
	click(row);
	assert.equal(t.app.workspace.openedLinks.at(-1)?.linktext, `${BOOK}#^${ID}`);

	// `[ ] | # ^` in the name: no wikilink can name the note, so a percent-encoded markdown link; opened by file.
	const pane = paneEl(t);
	bookViews(t)[0]?.showBook(ODD);
	assert.equal(short($(pane, ".wrh-book-title").textContent ?? ""), short(ODD_TITLE));
	const odd = rowWithText(pane, "Odd one");
	const oddLink = "[C# notes \\[2nd\\] | ^draft](C%23%20notes%20%5B2nd%5D%20%7C%20%5Edraft.md#^8800002-1-0-10)";
	assert.deepEqual(await copies(t, odd), { "Copy link": oddLink, "Copy embed": `!${oddLink}`, "Copy as quote": `> Odd one\n> — ${oddLink}` });
	assert.deepEqual(followLink(t, oddLink, source), { path: ODD, subpath: `#^${ODD_ID}` });
	// What Obsidian's generateMarkdownLink gives for that name (the shim does as Obsidian does) leads elsewhere.
	const obsidians = t.app.fileManager.generateMarkdownLink(t.app.vault.getFileByPath(ODD) as never, source, `#^${ODD_ID}`);
	assert.equal(obsidians, `[[${ODD_NAME}#^${ODD_ID}]]`);
	assert.notDeepEqual(followLink(t, obsidians, source), { path: ODD, subpath: `#^${ODD_ID}` });
	const before = t.app.workspace.openedLinks.length;
	click(odd);
	assert.equal(t.app.workspace.openedLinks.length, before, "no linktext for such a name");
	assert.deepEqual(t.app.workspace.openedFiles.at(-1)?.openState, { eState: { subpath: `#^${ODD_ID}` } });

	// The note goes away under the pane: the fallback wikilink keeps link syntax intact.
	await t.sim.delete(ODD);
	const [, gone] = Object.values(await copies(t, odd));
	assert.equal(gone, "![[weread/C  notes  2nd     draft#^8800002-1-0-10]]");
	await loaded.unload();
	t.assertClean();
	t.dispose();
});

// Day → daily note and "This day, and years ago" in the timeline (issue 14 items 1 and 2), with the real plugin
// over a vault of our own. The fixture (hand-counted):
//   Dawn (weread/dawn.md):   2024-05-20 09:00 and 21:00, 2024-05-19 08:00, 2023-05-20 10:00, 2021-05-20 10:00
//   Tide (weread/tide.md):   2022-05-20, six highlights (07:00 … 12:00): more than a section shows (3)
//   daily notes (core Daily Notes: folder Journal, format YYYY/MM/YYYY-MM-DD): 2024-05-20 and 2023-05-20 only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TimelineView } from "../../src/views/timeline-view.ts";
import { TFile } from "../shim/obsidian.ts";
import { shownMenus } from "../shim/ui.ts";
import type { TestApp } from "../shim/test-app.ts";
import { openTimelineWithOptions, type OpenTimeline } from "./helpers/timeline-plugin.ts";

function book(id: string, title: string, stamps: readonly string[]): string {
	const body = stamps.map((at, i) => `> 📌 ${title} line ${i + 1} ^${id}-1-${i * 10}-${i * 10 + 5}\n> ⏱ ${at}\n`).join("\n");
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${id}"\ntitle: ${title}\n---\n# 高亮划线\n\n## 第一章\n\n${body}`;
}

const DAWN = book("501", "Dawn", ["2024-05-20 09:00:00", "2024-05-20 21:00:00", "2024-05-19 08:00:00", "2023-05-20 10:00:00", "2021-05-20 10:00:00"]);
const TIDE = book("502", "Tide", ["07", "08", "09", "10", "11", "12"].map((h) => `2022-05-20 ${h}:00:00`));
const NOTE_2024 = "Journal/2024/05/2024-05-20.md";
const NOTE_2023 = "Journal/2023/05/2023-05-20.md";
const CORE = { ".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "" }) };

function vault(extra: Record<string, string> = {}): Record<string, string> {
	return { "weread/dawn.md": DAWN, "weread/tide.md": TIDE, [NOTE_2024]: "# Monday\n", [NOTE_2023]: "# Saturday\n", "notes/idea.md": "An idea\n", ...extra };
}

type Opened = OpenTimeline;

const open = openTimelineWithOptions;

async function openNote(t: TestApp, path: string): Promise<void> {
	const file = t.app.vault.getAbstractFileByPath(path);
	assert.ok(file instanceof TFile, path);
	await t.app.workspace.getLeaf(false).openFile(file);
	await t.clock.runAll();
}

function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
	assert.ok(el, "element to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

const header = (v: TimelineView, day: string): HTMLElement | null => v.contentEl.querySelector<HTMLElement>(`.wrh-timeline-group[data-key="group:${day}"]`);
const noteButton = (v: TimelineView, day: string): HTMLElement | null => header(v, day)?.querySelector<HTMLElement>(".wrh-timeline-group-note") ?? null;
const texts = (root: ParentNode, selector: string): string[] => Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");

test("daily notes: a day header offers its daily note only when it exists, and opens it (Mod: a new tab); nothing is created", async () => {
	const { t, v, done } = await open({ files: vault(), configFiles: CORE });
	const fileCount = t.app.vault.getFiles().length;
	assert.ok(noteButton(v, "2024-05-20"), "2024-05-20 has a daily note");
	assert.equal(noteButton(v, "2024-05-20")?.getAttribute("aria-label"), "Open the daily note of 2024-05-20");
	assert.ok(header(v, "2024-05-19"), "the day is listed");
	assert.equal(noteButton(v, "2024-05-19"), null, "no daily note for 2024-05-19: no button");

	click(noteButton(v, "2024-05-20"));
	await t.clock.runAll();
	assert.deepEqual(t.app.workspace.openedFiles.map((f) => f.path), [NOTE_2024]);
	const first = t.app.workspace.openedFiles[0]?.leaf;
	click(noteButton(v, "2024-05-20"), { ctrlKey: true });
	await t.clock.runAll();
	assert.equal(t.app.workspace.openedFiles.length, 2);
	assert.notEqual(t.app.workspace.openedFiles[1]?.leaf, first, "Mod-click opens a new tab");

	// The header's context menu: the note, and "This day, and years ago".
	header(v, "2024-05-19")?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	assert.deepEqual(shownMenus.at(-1)?.items.map((i) => i.title), ["This day, and years ago"]);
	assert.equal(t.app.vault.getFiles().length, fileCount, "no note created");

	// The reader creates 2024-05-19's daily note: its header offers it; deleting it takes the button away.
	await t.sim.create("Journal/2024/05/2024-05-19.md", "# Sunday\n");
	await t.clock.runAll();
	assert.ok(noteButton(v, "2024-05-19"), "a new daily note shows up");
	await t.sim.delete("Journal/2024/05/2024-05-19.md");
	await t.clock.runAll();
	assert.equal(noteButton(v, "2024-05-19"), null, "a deleted daily note goes");
	await done();
});

test("daily notes: a heatmap day's menu offers its daily note when it exists; weeks group headers offer none", async () => {
	const { t, v, done } = await open({ files: vault(), configFiles: CORE });
	const cell = (day: string): HTMLElement | null => v.contentEl.querySelector<HTMLElement>(`.wrh-heatmap-cell[data-day="${day}"]`);
	assert.ok(cell("2024-05-20"), "the heatmap shows 2024");
	cell("2024-05-20")?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	const menu = shownMenus.at(-1);
	assert.deepEqual(menu?.items.map((i) => i.title), ["Open daily note", "This day, and years ago"]);
	menu?.items[0]?.click();
	await t.clock.runAll();
	assert.deepEqual(t.app.workspace.openedFiles.map((f) => f.path), [NOTE_2024]);
	// A click keeps filtering to the day.
	click(cell("2024-05-19"));
	assert.equal(v.timelineState.day, "2024-05-19");
	// The keyboard: the Menu key on a focused cell.
	cell("2024-05-19")?.dispatchEvent(new KeyboardEvent("keydown", { key: "ContextMenu", bubbles: true, cancelable: true }));
	assert.deepEqual(shownMenus.at(-1)?.items.map((i) => i.title), ["This day, and years ago"], "2024-05-19 has no daily note");
	// "This day, and years ago" from the menu opens the block for that day.
	shownMenus.at(-1)?.items[0]?.click();
	assert.equal(v.thisDayShown, "2024-05-19");

	v.change({ grouping: "week", day: null });
	await t.clock.runAll();
	assert.equal(v.contentEl.querySelectorAll(".wrh-timeline-group-note").length, 0, "no daily-note button on week headers");
	await done();
});

test("this day: opening a daily note shows its day and the same date in earlier years, bounded, rows that act like the list's", async () => {
	const { t, v, done } = await open({ files: vault(), configFiles: CORE });
	assert.equal(v.contentEl.querySelector(".wrh-this-day"), null, "no daily note active yet");
	await openNote(t, NOTE_2024);
	const block = v.contentEl.querySelector<HTMLElement>(".wrh-this-day");
	assert.ok(block);
	assert.equal(block.getAttribute("data-day"), "2024-05-20");
	assert.equal(block.querySelector(".wrh-this-day-toggle")?.textContent, "This day · 2024-05-20");
	const own = block.querySelector<HTMLElement>('[data-section="this-day"]');
	assert.ok(own);
	assert.deepEqual(texts(own, ".wrh-entry .wrh-entry-text"), ["Dawn line 2", "Dawn line 1"], "2024-05-20's two highlights, newest first");
	const past = block.querySelector<HTMLElement>('[data-section="on-this-day"]');
	assert.ok(past);
	assert.deepEqual(texts(past, ".wrh-this-day-subheading"), ["A year ago · 2023-05-20", "2 years ago · 2022-05-20", "3 years ago · 2021-05-20"]);
	const year = (day: string): HTMLElement | null => past.querySelector<HTMLElement>(`.wrh-this-day-year[data-day="${day}"]`);
	assert.deepEqual(texts(year("2023-05-20") ?? past, ".wrh-entry-text"), ["Dawn line 4"]);
	assert.deepEqual(texts(year("2022-05-20") ?? past, ".wrh-entry-text"), ["Tide line 6", "Tide line 5", "Tide line 4"], "three of six");
	assert.equal(year("2022-05-20")?.querySelector(".wrh-this-day-more")?.textContent, "Show all 6");
	assert.equal(year("2023-05-20")?.querySelector(".wrh-this-day-more"), null, "all shown: no 'show all'");

	// A row opens its highlight as the list's rows do: the id shares its blockquote with the ⏱ line, so Obsidian
	// does not register it and the note opens at the highlight's line (0-based 18: five frontmatter lines, heading,
	// blank, chapter, blank, then three lines per earlier highlight).
	click(year("2023-05-20")?.querySelector(".wrh-entry"));
	await t.clock.runAll();
	assert.deepEqual(t.app.workspace.openedFiles.map((f) => [f.path, f.openState?.eState]).at(-1), ["weread/dawn.md", { line: 18 }]);
	// That note is not a daily note: the block stays.
	assert.equal(v.contentEl.querySelector(".wrh-this-day")?.getAttribute("data-day"), "2024-05-20");
	// "Show all" filters the timeline to that day.
	click(v.contentEl.querySelector('.wrh-this-day-year[data-day="2022-05-20"] .wrh-this-day-more'));
	assert.equal(v.timelineState.day, "2022-05-20");
	assert.equal(v.contentEl.querySelector(".wrh-timeline-summary")?.textContent, "6 entries");
	// Another daily note: its day. Collapse, then close.
	await openNote(t, NOTE_2023);
	const next = v.contentEl.querySelector<HTMLElement>(".wrh-this-day");
	assert.equal(next?.getAttribute("data-day"), "2023-05-20");
	assert.deepEqual(texts(next?.querySelector('[data-section="on-this-day"]') ?? v.contentEl, ".wrh-this-day-subheading"), ["A year ago · 2022-05-20", "2 years ago · 2021-05-20"]);
	click(next?.querySelector(".wrh-this-day-toggle"));
	assert.equal(v.contentEl.querySelector(".wrh-this-day-toggle")?.getAttribute("aria-expanded"), "false");
	assert.equal(v.contentEl.querySelector(".wrh-this-day-body"), null);
	click(v.contentEl.querySelector(".wrh-this-day-close"));
	assert.equal(v.contentEl.querySelector(".wrh-this-day"), null);
	assert.equal(v.thisDayShown, null);
	// The block's own daily-note button opened nothing yet: only the two notes opened by hand.
	assert.deepEqual(t.app.workspace.openedFiles.map((f) => f.path), [NOTE_2024, "weread/dawn.md", NOTE_2023]);
	await done();
});

test("this day: with the follow setting off, a daily note shows nothing", async () => {
	const { t, v, done } = await open({ files: vault(), configFiles: CORE, dataJson: JSON.stringify({ version: 1, followDailyNote: false }) });
	await openNote(t, NOTE_2024);
	assert.equal(v.contentEl.querySelector(".wrh-this-day"), null);
	assert.equal(v.thisDayShown, null);
	// The day → daily note button does not depend on the setting.
	assert.ok(noteButton(v, "2024-05-20"));
	await done();
});

test("this day: the command shows today and this date in earlier years", async () => {
	// "Today" is the local date (the shim's FakeClock does not fake Date): the fixture is built around it.
	const now = new Date();
	const pad = (n: number): string => String(n).padStart(2, "0");
	const monthDay = `${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	const today = `${now.getFullYear()}-${monthDay}`;
	const back = monthDay === "02-29" ? 4 : 2; // a leap day recurs four years back
	const earlier = `${now.getFullYear() - back}-${monthDay}`;
	const files = { "weread/now.md": book("503", "Now", [`${today} 08:00:00`, `${earlier} 09:00:00`]) };
	const { t, v, done } = await open({ files });
	assert.equal(v.contentEl.querySelector(".wrh-this-day"), null);
	assert.equal(t.app.commands.executeCommandById("weread-highlights:show-today-in-timeline"), true);
	await t.clock.runAll();
	const block = v.contentEl.querySelector<HTMLElement>(".wrh-this-day");
	assert.equal(block?.getAttribute("data-day"), today);
	assert.deepEqual(texts(block?.querySelector('[data-section="this-day"]') ?? v.contentEl, ".wrh-entry-text"), ["Now line 1"]);
	assert.deepEqual(texts(block ?? v.contentEl, ".wrh-this-day-subheading"), [`${back} years ago · ${earlier}`]);
	assert.equal(block?.querySelector(".wrh-this-day-note"), null, "no daily note for today in this vault: no button");
	await done();
});

test("daily notes: the sync plugin's rules win when its option is on; Periodic Notes' apply without core settings; changes are re-read", async () => {
	const sync = { ".obsidian/plugins/obsidian-weread-plugin/data.json": JSON.stringify({ cookies: [{ name: "wr_skey", value: "secret" }], dailyNotesToggle: true, dailyNotesLocation: "/daily", dailyNotesFormat: "YYYY-MM-DD" }) };
	const files = vault({ "daily/2024-05-19.md": "synced\n", "Periodic/2024-05-19 Sunday.md": "periodic\n" });
	const a = await open({ files, configFiles: { ...CORE, ...sync } });
	assert.ok(noteButton(a.v, "2024-05-19"), "daily/2024-05-19.md under the sync plugin's rules");
	assert.equal(noteButton(a.v, "2024-05-20"), null, "the core plugin's Journal notes do not count then");
	click(noteButton(a.v, "2024-05-19"));
	await a.t.clock.runAll();
	assert.deepEqual(a.t.app.workspace.openedFiles.map((f) => f.path), ["daily/2024-05-19.md"]);
	await a.done();

	const periodic = { ".obsidian/plugins/periodic-notes/data.json": JSON.stringify({ daily: { enabled: true, format: "YYYY-MM-DD dddd", folder: "Periodic" } }) };
	const b = await open({ files, configFiles: periodic });
	assert.ok(noteButton(b.v, "2024-05-19"), "Periodic/2024-05-19 Sunday.md under Periodic Notes' rules");
	assert.equal(noteButton(b.v, "2024-05-20"), null);
	// The reader saves core Daily Notes settings; the window regains focus: they are read again and win.
	b.t.app.vault.adapter._putConfigFile(".obsidian/daily-notes.json", CORE[".obsidian/daily-notes.json"]);
	window.dispatchEvent(new Event("focus"));
	await b.t.clock.runAll();
	assert.ok(noteButton(b.v, "2024-05-20"), "core rules now: Journal/2024/05/2024-05-20.md");
	assert.equal(noteButton(b.v, "2024-05-19"), null);
	await b.done();
});

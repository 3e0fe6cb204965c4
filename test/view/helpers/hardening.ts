// Shared by the hardening view tests: opening every pane of the real plugin the way a reader does, finding what is
// left of our DOM, and reading the rules styles.css gives a class.
import { readFileSync } from "node:fs";
import { VIEW_TYPE_HEALTH, VIEW_TYPE_REFERENCES, VIEW_TYPE_TIMELINE } from "../../../src/constants.ts";
import { TimelineView } from "../../../src/views/timeline-view.ts";
import { MarkdownView } from "../../shim/obsidian.ts";
import { openModals, type Modal, type SuggestModal } from "../../shim/modal.ts";
import type { TestApp } from "../../shim/test-app.ts";
import { paneEl, run, settle, SHOW_BOOK } from "./book-pane.ts";

export const OPEN_TIMELINE = "weread-highlights:open-reading-timeline";
export const OPEN_REFERENCES = "weread-highlights:open-block-references";
export const SHOW_PROBLEMS = "weread-highlights:show-parse-problems";
export const SHOW_YEAR = "weread-highlights:show-year-in-reading";
export const CHECK_REFERENCES = "weread-highlights:check-block-references";
export const OPEN_SHELF = "weread-highlights:open-bookshelf";
/** The commands that act on the focused row (src/obsidian/row-commands.ts). */
export const ROW_COMMANDS = ["row-copy-link", "row-copy-embed", "row-copy-quote", "row-reveal-in-timeline", "row-show-references"].map((id) => `weread-highlights:${id}`);
/** "Show today and this day in past years" (issue 14, src/obsidian/register-daily-notes.ts). */
export const SHOW_TODAY = "weread-highlights:show-today-in-timeline";
/** "Clear the index cache" (issue 15, src/obsidian/register-cache.ts). */
export const CLEAR_CACHE = "weread-highlights:clear-index-cache";
export const ALL_COMMANDS = [SHOW_BOOK, OPEN_TIMELINE, OPEN_REFERENCES, SHOW_PROBLEMS, CHECK_REFERENCES, SHOW_YEAR, ...ROW_COMMANDS, OPEN_SHELF, SHOW_TODAY, CLEAR_CACHE] as const;

/** Runs a command and lets its promise chains and timers (debounces, animation frames) finish. */
export async function runAndSettle(t: TestApp, id: string): Promise<void> {
	run(t, id);
	await settle(t);
	await t.clock.runAll();
}

/** The user opens `path` in the main area; returns its editor view. */
export async function openNote(t: TestApp, path: string): Promise<MarkdownView> {
	await t.sim.openFile(path);
	await t.clock.runAll();
	const view = t.app.workspace.getActiveViewOfType(MarkdownView);
	if (view === null) throw new Error(`${path} is not open in an editor`);
	return view;
}

/** The caret moves to `line` of the open note; the references pane follows after its debounce. */
export async function cursorTo(t: TestApp, view: MarkdownView, line: number): Promise<void> {
	view.editor.setCursor({ line, ch: 0 });
	await t.clock.runAll();
}

export function timelineView(t: TestApp): TimelineView {
	const views = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE).map((l): unknown => l.view);
	const view = views.find((v): v is TimelineView => v instanceof TimelineView);
	if (view === undefined) throw new Error("no timeline pane");
	return view;
}

export function referencesEl(t: TestApp): HTMLElement {
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_REFERENCES)[0];
	if (leaf === undefined) throw new Error("no references pane");
	return leaf.view.containerEl.children[1] as HTMLElement;
}

export function healthEl(t: TestApp): HTMLElement {
	const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_HEALTH)[0];
	if (leaf === undefined) throw new Error("no health pane");
	return leaf.view.containerEl.children[1] as HTMLElement;
}

/** The newest open modal (book picker, parse problems). */
export function topModal<T = unknown>(): SuggestModal<T> {
	const modal = openModals.at(-1) as SuggestModal<T> | undefined;
	if (modal === undefined) throw new Error("no modal open");
	return modal;
}

export function closeModals(): void {
	for (const modal of [...openModals] as Modal[]) modal.close();
}

/** Types into the timeline's search box and waits out its debounce. */
export async function searchTimeline(t: TestApp, query: string): Promise<void> {
	const input = timelineView(t).contentEl.querySelector<HTMLInputElement>(".wrh-timeline-search");
	if (input === null) throw new Error("no search box");
	input.value = query;
	input.dispatchEvent(new Event("input", { bubbles: true }));
	await t.clock.runAll();
}

/**
 * Every pane open at once: the book pane on `book`, the timeline, the references pane following the caret in `book`
 * at `line`; the book picker (from `elsewhere`, a note that is not a book) and the parse-problems modal are opened
 * and closed again, as a reader would; last the bookshelf, a tab of its own in the main area.
 */
export async function openEveryPane(t: TestApp, book: string, line: number, elsewhere: string): Promise<void> {
	await openNote(t, elsewhere);
	await runAndSettle(t, SHOW_BOOK);
	topModal()._items[0]?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	await settle(t);
	await runAndSettle(t, SHOW_PROBLEMS);
	closeModals();
	const editor = await openNote(t, book);
	await runAndSettle(t, SHOW_BOOK);
	await runAndSettle(t, OPEN_TIMELINE);
	await runAndSettle(t, OPEN_REFERENCES);
	await runAndSettle(t, CHECK_REFERENCES);
	await cursorTo(t, editor, line);
	await runAndSettle(t, OPEN_SHELF);
	paneEl(t);
	// The year in reading opens in a tab of its own beside the note (issue 14).
	await runAndSettle(t, SHOW_YEAR);
}

/** Elements of the document carrying a `wrh-` class. */
export function wrhNodes(): Element[] {
	return Array.from(activeDocument.querySelectorAll('[class*="wrh-"]'));
}

export type Declarations = Readonly<Record<string, string>>;

/**
 * What styles.css declares for `.cls` on its own (rules whose selector list holds exactly `.cls`), later rules
 * winning. A tiny reader: comments stripped, no at-rules (the file has none that matter here).
 */
export function cssFor(cls: string, css = readFileSync("styles.css", "utf8")): Declarations {
	const out: Record<string, string> = {};
	const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
	for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const selectors = (m[1] ?? "").split(",").map((s) => s.trim());
		if (!selectors.includes(`.${cls}`)) continue;
		for (const decl of (m[2] ?? "").split(";")) {
			const colon = decl.indexOf(":");
			if (colon === -1) continue;
			out[decl.slice(0, colon).trim()] = decl.slice(colon + 1).trim();
		}
	}
	return out;
}

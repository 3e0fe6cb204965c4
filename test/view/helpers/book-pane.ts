// Builders for the book pane and navigation tests: the real plugin over the fixture vault, the pane's elements,
// and events happy-dom cannot build on its own (a DragEvent carrying a DataTransfer).
import WeReadHighlightsPlugin from "../../../src/main.ts";
import { VIEW_TYPE_BOOK } from "../../../src/constants.ts";
import { BookView } from "../../../src/views/book-view.ts";
import { flushMicrotasks } from "../../shim/clock.ts";
import { createTestApp, loadPlugin, type LoadedPlugin, type TestApp, type TestAppOptions } from "../../shim/test-app.ts";
import { fixtureVaultFiles } from "./fixture-vault.ts";

export const GARDEN = "weread/园丁与木匠.md";
export const ORCHARD = "weread/The Quiet Orchard.md";
export const LIGHTHOUSE = "weread/夜航灯塔.md";
export const SHOW_BOOK = "weread-highlights:show-book-highlights";

export interface Harness {
	readonly t: TestApp;
	readonly loaded: LoadedPlugin<WeReadHighlightsPlugin>;
}

/** The plugin loaded over the fixture vault (plus `extra` files), layout ready, first scan done. */
export async function startVault(extra: Record<string, string> = {}, options: Omit<TestAppOptions, "files"> = {}): Promise<Harness> {
	const t = createTestApp({ ...options, files: { ...fixtureVaultFiles(), ...extra } });
	const loaded = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, loaded };
}

/** The user opens `path` in the main area and runs "Show book highlights". */
export async function showBookFor(t: TestApp, path: string): Promise<HTMLElement> {
	await t.sim.openFile(path);
	run(t, SHOW_BOOK);
	await settle(t);
	return paneEl(t);
}

export function run(t: TestApp, id: string): void {
	if (!t.app.commands.executeCommandById(id)) throw new Error(`command ${id} not available`);
}

/** Let promise chains (setViewState, revealLeaf, clipboard) finish; no fake time passes. */
export async function settle(t: TestApp): Promise<void> {
	for (let i = 0; i < 5; i++) await flushMicrotasks();
	void t;
}

export function bookViews(t: TestApp): BookView[] {
	return t.app.workspace
		.getLeavesOfType(VIEW_TYPE_BOOK)
		.map((l): unknown => l.view)
		.filter((v): v is BookView => v instanceof BookView);
}

/** The content element of the one book pane. */
export function paneEl(t: TestApp): HTMLElement {
	const views = bookViews(t);
	if (views.length !== 1) throw new Error(`expected one book pane, found ${views.length}`);
	return (views[0] as BookView).contentEl;
}

export function rows(pane: HTMLElement): HTMLElement[] {
	return Array.from(pane.querySelectorAll<HTMLElement>(".wrh-entry"));
}

export function rowTexts(pane: HTMLElement): string[] {
	return rows(pane).map((r) => r.querySelector(".wrh-entry-text")?.textContent ?? r.querySelector(".wrh-entry-thought-text")?.textContent ?? "");
}

export function rowWithText(pane: HTMLElement, fragment: string): HTMLElement {
	const row = rows(pane).find((r) => (r.textContent ?? "").includes(fragment));
	if (row === undefined) throw new Error(`no row with "${fragment}"`);
	return row;
}

export function $(root: ParentNode, selector: string): HTMLElement {
	const el = root.querySelector<HTMLElement>(selector);
	if (el === null) throw new Error(`no ${selector}`);
	return el;
}

/** A dragstart event with a DataTransfer (happy-dom's DragEvent ignores `dataTransfer` in its init). */
export function dragStart(el: HTMLElement): DataTransfer {
	const dt = new DataTransfer();
	const evt = new DragEvent("dragstart", { bubbles: true, cancelable: true });
	Object.defineProperty(evt, "dataTransfer", { value: dt });
	el.dispatchEvent(evt);
	return dt;
}

export function click(el: HTMLElement, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

export function key(el: HTMLElement, k: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
}

export function typeInto(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

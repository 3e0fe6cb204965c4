import { requireApiVersion, type App, type Plugin, type WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_TIMELINE } from "../constants";
import type { TimelineEntry } from "../core/index";
import { TimelineView, type TimelineViewDeps } from "../views/timeline-view";
import type { DaysTarget } from "../views/render/year/figures";
import { revealLoaded } from "./reveal-leaf";
import { openYearInReading } from "./year-pane";

// The reading timeline's registration (issue 4): the view type, a ribbon icon and the command "Open reading
// timeline", both opening the pane in the right sidebar; and "Reveal in timeline" for the other panes' menus.
// The view is never kept here: it is found with getLeavesOfType + instanceof (design §2 rule 3).

export function registerTimeline(plugin: Plugin, deps: TimelineViewDeps): void {
	// The heatmap's year label opens that year in reading (issue 14); the year pane is registered beside this one.
	plugin.registerView(VIEW_TYPE_TIMELINE, (leaf) => new TimelineView(leaf, { openYear: (year) => void openYearInReading(plugin.app, year), ...deps }));
	const title = deps.t()("commandOpenTimeline");
	plugin.addRibbonIcon("calendar-clock", title, () => void openTimeline(plugin.app));
	plugin.addCommand({ id: "open-reading-timeline", name: title, callback: () => void openTimeline(plugin.app) });
}

/** Open (or reveal) the timeline in the right sidebar; resolves to the loaded view, or null when none could open. */
export async function openTimeline(app: App): Promise<TimelineView | null> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0] ?? null;
	if (leaf === null) {
		if (requireApiVersion("1.7.2")) {
			leaf = await workspace.ensureSideLeaf(VIEW_TYPE_TIMELINE, "right", { active: true, reveal: false });
		} else {
			leaf = workspace.getRightLeaf(false);
			await leaf?.setViewState({ type: VIEW_TYPE_TIMELINE, active: true });
		}
	}
	if (leaf === null) return null;
	await revealLoaded(app, leaf, false);
	return leaf.view instanceof TimelineView ? leaf.view : null;
}

/** "Reveal in timeline": open the pane, scroll to the entry and mark it (filters hiding it are cleared). */
export async function revealInTimeline(app: App, entry: TimelineEntry): Promise<void> {
	const view = await openTimeline(app);
	view?.reveal(entry);
}

/** The same, for an entry known by its book and block id (a link `[[Book#^id]]`); false when the index has none. */
export async function revealBlockInTimeline(app: App, index: { byBlockId(bookPath: string, id: string): TimelineEntry | undefined }, bookPath: string, blockId: string): Promise<boolean> {
	const entry = index.byBlockId(bookPath, blockId);
	if (entry === undefined) return false;
	await revealInTimeline(app, entry);
	return true;
}

/**
 * The timeline on one day or a span of days, with no other filter: what a figure of the year in reading counted
 * (issue 14). Resolves to the view, or null when none could open.
 */
export async function showInTimeline(app: App, target: DaysTarget): Promise<TimelineView | null> {
	const view = await openTimeline(app);
	view?.change("day" in target ? { query: "", book: null, day: target.day, range: null } : { query: "", book: null, day: null, range: target.range });
	return view;
}

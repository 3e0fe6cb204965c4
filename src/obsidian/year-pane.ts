import type { App } from "obsidian";
import { VIEW_TYPE_YEAR } from "../constants";
import { YearView } from "../views/year-view";
import { revealLoaded } from "./reveal-leaf";

// Opening the year in reading (issue 14 item 4), apart from its registration so that the timeline (its heatmap's
// year label) can open it without the two registrations importing each other.

/**
 * Shows `year` (default: this year, or the latest with entries) in the year pane: the open one, revealed (a
 * restored pane may be a DeferredView until then, Obsidian ≥ 1.7.2), else a new tab in the main area, where its
 * cards have room. Resolves to the view, or null when none could open.
 */
export async function openYearInReading(app: App, year?: number): Promise<YearView | null> {
	const { workspace } = app;
	const existing = workspace.getLeavesOfType(VIEW_TYPE_YEAR)[0];
	if (existing !== undefined) {
		await revealLoaded(app, existing, true);
		if (existing.view instanceof YearView) {
			if (year !== undefined) existing.view.showYear(year);
			return existing.view;
		}
	}
	const leaf = workspace.getLeaf("tab");
	await leaf.setViewState({ type: VIEW_TYPE_YEAR, active: true, state: year === undefined ? {} : { year } });
	await revealLoaded(app, leaf, true);
	return leaf.view instanceof YearView ? leaf.view : null;
}

import type { Plugin } from "obsidian";
import { VIEW_TYPE_YEAR } from "../constants";
import { YearView, type YearViewDeps } from "../views/year-view";
import { revealBook } from "./book-pane";
import { showInTimeline } from "./register-timeline";
import { openYearInReading } from "./year-pane";

// The year in reading's registration (issue 14 item 4): the view type and the command "Show a year in reading".
// Its figures lead to the timeline (a day or a span of days) and its books to their book pane. The view is never
// kept here: it is found with getLeavesOfType + instanceof (design §2 rule 3).

export type YearPaneDeps = Omit<YearViewDeps, "showDays" | "showBook">;

export function registerYearInReading(plugin: Plugin, deps: YearPaneDeps): void {
	const { app } = plugin;
	plugin.registerView(
		VIEW_TYPE_YEAR,
		(leaf) =>
			new YearView(leaf, {
				...deps,
				showDays: (target) => void showInTimeline(app, target),
				showBook: (path) => void revealBook(app, path),
			}),
	);
	plugin.addCommand({ id: "show-year-in-reading", name: deps.t()("commandShowYear"), callback: () => void openYearInReading(app) });
}

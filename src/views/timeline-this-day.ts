import { Menu } from "obsidian";
import type { Translate } from "../core/i18n";
import type { TimelineEntry } from "../core/index";
import { thisDayModel, type ThisDaySource } from "../core/view-models/this-day";
import type { DailyNotesPort } from "./daily-notes-port";
import { renderThisDay } from "./render/timeline/this-day";

// The timeline's "This day, and years ago" block and day menu (issue 14 items 1 and 2), kept out of
// timeline-view.ts: which day the block shows (the active daily note's while following, or one the reader asked
// for), whether it is collapsed, and when it is drawn again.

export interface ThisDayPartDeps {
	readonly days: DailyNotesPort;
	readonly index: ThisDaySource & { readonly revision: number };
	readonly t: () => Translate;
	renderRow(parent: HTMLElement, entry: TimelineEntry): void;
	/** "Show all": the timeline filtered to the day. */
	filterDay(day: string): void;
}

export class ThisDayPart {
	private day: string | null;
	private open = true;
	/** The followed day last heard: a new one replaces the block's day; the same one again does not reopen a closed block. */
	private followed: string | null;
	private drawnKey: string | null = null;

	constructor(
		private readonly host: HTMLElement,
		private readonly deps: ThisDayPartDeps,
	) {
		this.followed = deps.days.followedDay();
		this.day = this.followed;
	}

	/** The day shown, or null when the block is closed. */
	get shownDay(): string | null {
		return this.day;
	}

	/** Show `day` (the command, a day's menu), expanded. */
	show(day: string): void {
		this.day = day;
		this.open = true;
	}

	/** The port said something changed: follow a newly active daily note. */
	heard(): void {
		const followed = this.deps.days.followedDay();
		if (followed !== null && followed !== this.followed) {
			this.day = followed;
			this.open = true;
		}
		this.followed = followed;
	}

	render(visible: boolean): void {
		const day = visible ? this.day : null;
		const { days, index, t } = this.deps;
		// Drawn again only when what it shows can differ: a search keystroke elsewhere in the pane leaves it be.
		const key = day === null ? "" : JSON.stringify([day, this.open, index.revision, days.has(day)]);
		if (key === this.drawnKey) return;
		this.drawnKey = key;
		this.host.empty();
		this.host.toggleClass("wrh-hidden", day === null);
		if (day === null) return;
		const model = thisDayModel(index, day);
		if (model === null) return;
		renderThisDay(this.host, {
			model,
			t: t(),
			open: this.open,
			hasNote: (d) => days.has(d),
			openNote: (d, evt) => days.open(d, evt),
			renderRow: (parent, entry) => this.deps.renderRow(parent, entry),
			showAll: (d) => this.deps.filterDay(d),
			toggle: (open) => {
				this.open = open;
				this.render(true);
			},
			close: () => {
				this.day = null;
				this.render(true);
			},
		});
	}
}

/** A day's menu (a heatmap cell or a day header): its daily note when it exists, and "This day, and years ago". */
export function showDayMenu(days: DailyNotesPort, day: string, t: Translate, evt: MouseEvent, showThisDay: (day: string) => void): void {
	const menu = new Menu();
	if (days.has(day)) menu.addItem((item) => item.setTitle(t("dailyNoteOpen")).setIcon("calendar-days").onClick((e) => days.open(day, e)));
	menu.addItem((item) => item.setTitle(t("thisDayShow")).setIcon("history").onClick(() => showThisDay(day)));
	menu.showAtMouseEvent(evt);
}

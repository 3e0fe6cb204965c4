import { Keymap, type Plugin } from "obsidian";
import type { Translate } from "../core/i18n";
import type { Settings } from "../core/settings";
import type { DailyNotesPort } from "../views/daily-notes-port";
import { DailyNotes } from "./daily-notes";
import { momentFormatter } from "./moment-formatter";
import { openTimeline } from "./register-timeline";
import type { SyncSettingsSource } from "./sync-settings-reader";

// The reader's days (issue 14 items 1 and 2), wired: the daily-note locator, the day the timeline follows (the
// active daily note's, while the setting is on), and the command that shows today and this day in past years.
// Returns the port the timeline is given. Read-only: a day's note is opened when it exists, never created.

export interface DailyNotesDeps {
	readonly syncSettings: SyncSettingsSource;
	readonly settings: () => Pick<Settings, "followDailyNote">;
	/** Hear settings changes (turning the follow setting on while a daily note is active shows its day). */
	readonly onSettingsChange: (listener: () => void) => () => void;
	readonly t: () => Translate;
	/** Today as `yyyy-MM-dd`. Default: the local date. */
	readonly today?: () => string;
}

export function registerDailyNotes(plugin: Plugin, deps: DailyNotesDeps): DailyNotesPort {
	const { app } = plugin;
	const notes = plugin.addChild(new DailyNotes(app, deps.syncSettings, momentFormatter));
	const listeners = new Set<() => void>();
	const notify = (): void => {
		for (const listener of [...listeners]) listener();
	};
	/** The day of the active note when it is a daily note; null when another note is active. */
	let activeDay: string | null = null;
	const follow = (path: string | null): void => {
		const day = path === null ? null : notes.dayOf(path);
		if (day === activeDay) return;
		activeDay = day;
		notify();
	};
	// 'file-open' fires when the active file changes (a sidebar taking focus does not change it): the file is the
	// note the reader is in. Rules change → the same note may now be (or stop being) a daily note.
	plugin.registerEvent(app.workspace.on("file-open", (file) => file !== null && follow(file.path)));
	app.workspace.onLayoutReady(() => follow(app.workspace.getActiveFile()?.path ?? null));
	plugin.register(
		notes.onChange(() => {
			activeDay = null;
			follow(app.workspace.getActiveFile()?.path ?? null);
			notify();
		}),
	);
	plugin.register(deps.onSettingsChange(notify));
	plugin.register(() => listeners.clear());

	const port: DailyNotesPort = {
		has: (day) => notes.fileFor(day) !== null,
		open: (day, evt) => {
			const file = notes.fileFor(day);
			if (file !== null) void app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file);
		},
		followedDay: () => (deps.settings().followDailyNote ? activeDay : null),
		onChange: (listener) => {
			const own = (): void => listener();
			listeners.add(own);
			return () => listeners.delete(own);
		},
	};

	plugin.addCommand({
		id: "show-today-in-timeline",
		name: deps.t()("commandShowToday"),
		callback: async () => {
			const view = await openTimeline(app);
			view?.showThisDay((deps.today ?? localToday)());
		},
	});
	return port;
}

function localToday(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

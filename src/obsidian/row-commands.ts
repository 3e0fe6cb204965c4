import { ItemView, type App, type Plugin } from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import type { BookEntry, TimelineEntry } from "../core/index";
import type { EntryMenuAction, EntryMenuActionId } from "./navigation";

// Commands for the row menu's actions (design §5: "iOS never fires contextmenu: every menu action has a touch path
// and a command"). They act on the focused row: the entry row that has keyboard focus, else the row holding the
// tab stop of the list in the active pane (the command palette takes focus while it is open, the tab stop stays).
// `checkCallback` keeps them out of the palette when no pane of ours is active or the entry lacks that action.

export interface RowCommandDeps {
	readonly app: App;
	readonly index: { book(path: string): BookEntry | undefined };
	/** The same menu every row opens (Navigation.entryMenu). */
	readonly menu: (entry: TimelineEntry) => EntryMenuAction[];
	readonly t: () => Translate;
}

const COMMANDS: readonly { readonly action: EntryMenuActionId; readonly name: MessageKey }[] = [
	{ action: "copy-link", name: "commandRowCopyLink" },
	{ action: "copy-embed", name: "commandRowCopyEmbed" },
	{ action: "copy-quote", name: "commandRowCopyQuote" },
	{ action: "reveal-in-timeline", name: "commandRowRevealInTimeline" },
	{ action: "show-references", name: "commandRowShowReferences" },
];

/** The entry rows every pane renders (entry-row.ts): `wrh-entry` with the entry's key in `data-key`. */
const ROW_SELECTOR = ".wrh-entry[data-key]";

export function registerRowCommands(plugin: Plugin, deps: RowCommandDeps): void {
	for (const { action, name } of COMMANDS) {
		plugin.addCommand({
			id: `row-${action}`,
			name: deps.t()(name),
			checkCallback: (checking) => {
				const entry = focusedEntry(deps);
				const item = entry === null ? undefined : deps.menu(entry).find((a) => a.id === action);
				if (item === undefined) return false;
				if (!checking) item.run();
				return true;
			},
		});
	}
}

/** The entry of the focused row, or null. */
export function focusedEntry(deps: Pick<RowCommandDeps, "app" | "index">): TimelineEntry | null {
	const row = focusedRow(deps.app);
	const key = row?.getAttr("data-key") ?? null;
	return key === null ? null : entryByKey(deps.index, key);
}

function focusedRow(app: App): HTMLElement | null {
	const focused = activeDocument.activeElement;
	const row = focused?.closest<HTMLElement>(ROW_SELECTOR) ?? null;
	if (row !== null) return row;
	// The active pane's tab stop (list-keyboard.ts keeps exactly one row of a list at tabindex 0).
	const view = app.workspace.getActiveViewOfType(ItemView);
	return view?.containerEl.querySelector<HTMLElement>(`${ROW_SELECTOR}[tabindex="0"]`) ?? null;
}

/** Entry keys are `book path + "#" + first line` (book-entry.ts); the path may itself hold a `#`. */
function entryByKey(index: RowCommandDeps["index"], key: string): TimelineEntry | null {
	const hash = key.lastIndexOf("#");
	if (hash <= 0) return null;
	return index.book(key.slice(0, hash))?.entries.find((e) => e.key === key) ?? null;
}

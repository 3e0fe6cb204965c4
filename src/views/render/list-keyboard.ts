// Keyboard for a list of rows (design §5, issue 4 "keyboard: arrows move, Enter opens"): one roving tab stop, so Tab
// enters the list once and leaves it once; ArrowUp/ArrowDown move between rows, Home/End jump to the ends. Enter is
// the row's own business (entry-row.ts opens the entry), so one list may hold rows of different kinds.
//
// Windowed lists (the timeline) hold only the visible rows: when focus would move past the first or last row in the
// DOM, `onEdge` may scroll more rows in and focus one itself (return true), or decline (return false).

/** What every row of a keyboard list carries: this class, plus `data-key` with a key stable across re-renders. */
export const LIST_ROW_CLASS = "wrh-list-row";

export interface ListKeyboardOptions {
	/** Past the first (-1) or last (+1) row in the DOM. Return true when you moved focus yourself. */
	readonly onEdge?: (direction: -1 | 1, row: HTMLElement) => boolean;
	/** Home (-1) or End (+1): a windowed list focuses its real first or last row (return true); else the DOM's. */
	readonly onJump?: (direction: -1 | 1) => boolean;
}

export interface ListKeyboard {
	/** The key of the row holding the tab stop (the last focused row), or null before any. */
	readonly activeKey: string | null;
	/** After (re-)rendering rows: give the tab stop to the active row again, or to the first row. */
	refresh(): void;
	/** Focus the row with this key, if it is in the DOM. Returns whether it was. */
	focusKey(key: string): boolean;
	/** Remove the listeners (or just drop the container with the view). */
	detach(): void;
}

/** Rows of `container` in DOM order (nested groups included). */
export function listRows(container: HTMLElement): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>(`.${LIST_ROW_CLASS}`));
}

export function attachListKeyboard(container: HTMLElement, options: ListKeyboardOptions = {}): ListKeyboard {
	let activeKey: string | null = null;

	const setTabStop = (target: HTMLElement | null): void => {
		for (const row of listRows(container)) row.setAttr("tabindex", row === target ? 0 : -1);
	};
	const focusRow = (row: HTMLElement): void => {
		activeKey = row.getAttr("data-key");
		setTabStop(row);
		row.focus();
		row.scrollIntoView?.({ block: "nearest" });
	};

	const onFocusIn = (evt: FocusEvent): void => {
		const row = rowOf(evt.target, container);
		if (row === null) return;
		activeKey = row.getAttr("data-key");
		setTabStop(row);
	};
	const onKeyDown = (evt: KeyboardEvent): void => {
		if (evt.altKey || evt.ctrlKey || evt.metaKey) return;
		// Only when the row itself has focus: keys typed into a button or input inside a row are theirs.
		const rows = listRows(container);
		const i = rows.findIndex((r) => r === evt.target);
		const row = rows[i];
		if (row === undefined) return;
		let next: HTMLElement | undefined;
		let edge: -1 | 1 | null = null;
		switch (evt.key) {
			case "ArrowDown":
				next = rows[i + 1];
				if (next === undefined) edge = 1;
				break;
			case "ArrowUp":
				next = i > 0 ? rows[i - 1] : undefined;
				if (next === undefined) edge = -1;
				break;
			case "Home":
				evt.preventDefault();
				if (options.onJump?.(-1) === true) return;
				next = rows[0];
				break;
			case "End":
				evt.preventDefault();
				if (options.onJump?.(1) === true) return;
				next = rows[rows.length - 1];
				break;
			default:
				return;
		}
		evt.preventDefault();
		if (next !== undefined) focusRow(next);
		else if (edge !== null) options.onEdge?.(edge, row);
	};

	container.addEventListener("focusin", onFocusIn);
	container.addEventListener("keydown", onKeyDown);

	return {
		get activeKey() {
			return activeKey;
		},
		refresh() {
			const rows = listRows(container);
			setTabStop(rows.find((r) => r.getAttr("data-key") === activeKey) ?? rows[0] ?? null);
		},
		focusKey(key: string) {
			const row = listRows(container).find((r) => r.getAttr("data-key") === key);
			if (row === undefined) return false;
			focusRow(row);
			return true;
		},
		detach() {
			container.removeEventListener("focusin", onFocusIn);
			container.removeEventListener("keydown", onKeyDown);
		},
	};
}

// No `instanceof HTMLElement`: in a popout window elements belong to another window's HTMLElement.
function rowOf(target: EventTarget | null, container: HTMLElement): HTMLElement | null {
	const node = target as Node | null;
	return node === null ? null : (listRows(container).find((r) => r.contains(node)) ?? null);
}

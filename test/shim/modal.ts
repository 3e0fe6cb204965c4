// Modal, SuggestModal and FuzzySuggestModal: the DOM Obsidian builds (container → modal → title/content; a prompt
// with an input and a result list for the suggest modals) and the behaviour our code depends on: open() shows and
// awaits onOpen, typing updates the suggestions, clicking one or pressing Enter chooses it (the modal closes first,
// then onChooseSuggestion runs, as in Obsidian). FuzzySuggestModal matches like Obsidian's fuzzy search: every query
// character in order, case-insensitive; an empty query keeps getItems() order, otherwise best score first.
import type { FuzzyMatch, Instruction, SearchResult } from "obsidian";
import type { App } from "./app";
import { Scope } from "./misc";

/** Modals currently open, oldest first (shim only). */
export const openModals: Modal[] = [];

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = createDiv("modal-container");
		this.containerEl.createDiv("modal-bg");
		this.modalEl = this.containerEl.createDiv("modal");
		this.titleEl = this.modalEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
	}

	open(): void {
		activeDocument.body.appendChild(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}

	close(): void {
		const i = openModals.indexOf(this);
		if (i === -1) return;
		openModals.splice(i, 1);
		this.containerEl.detach();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Shim only: what the list shows now. */
	_values: T[] = [];
	private selected = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", attr: { type: "text", enterkeyhint: "done" } });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter") {
				evt.preventDefault();
				this.selectActiveSuggestion(evt);
			} else if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
				evt.preventDefault();
				this.selected = Math.max(0, Math.min(this._values.length - 1, this.selected + (evt.key === "ArrowDown" ? 1 : -1)));
				this.markSelected();
			}
		});
	}

	override open(): void {
		super.open();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	setInstructions(_instructions: Instruction[]): void {}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this._values[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Shim only: the user types `query` into the prompt (replacing what was there). */
	async _type(query: string): Promise<void> {
		this.inputEl.value = query;
		await this.updateSuggestions();
	}

	/** Shim only: the suggestion elements shown. */
	get _items(): HTMLElement[] {
		return Array.from(this.resultContainerEl.querySelectorAll<HTMLElement>(".suggestion-item"));
	}

	private async updateSuggestions(): Promise<void> {
		const values = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this._values = values;
		this.selected = 0;
		if (values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.resultContainerEl.empty();
		for (const value of values) {
			const el = this.resultContainerEl.createDiv("suggestion-item");
			this.renderSuggestion(value, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
		}
		this.markSelected();
	}

	private markSelected(): void {
		this._items.forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
	}
}

/** Every character of `query` (spaces ignored) in order in `text`, case-insensitive; contiguous runs score higher. */
function fuzzyMatch(query: string, text: string): SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	const s = text.toLowerCase();
	const matches: [number, number][] = [];
	let from = 0;
	let score = 0;
	for (const ch of q) {
		const at = s.indexOf(ch, from);
		if (at === -1) return null;
		const last = matches[matches.length - 1];
		if (last !== undefined && last[1] === at) {
			last[1] = at + 1;
			score += 1;
		} else {
			matches.push([at, at + 1]);
			score -= at === 0 ? 0 : 0.1;
		}
		from = at + 1;
	}
	return { score, matches };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const out: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = fuzzyMatch(query, this.getItemText(item));
			if (match !== null) out.push({ item, match });
		}
		// Array#sort is stable: equal scores keep getItems() order.
		return out.sort((a, b) => b.match.score - a.match.score);
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

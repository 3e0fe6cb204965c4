import { Notice, type Plugin } from "obsidian";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../core/settings";
import type { Translate } from "../core/i18n";

type Listener = (next: Settings, prev: Settings) => void;

/**
 * The plugin's settings, read once with `loadData` and written only through `saveData` when the user changes one.
 * A data.json that cannot be read (corrupt JSON) or holds something else gives defaults and one notice, and is left
 * untouched: saving the defaults over it would destroy whatever the user could still recover from it.
 */
export class SettingsStore {
	private current: Settings = { ...DEFAULT_SETTINGS, folders: [] };
	private readonly listeners = new Set<Listener>();

	constructor(private readonly plugin: Plugin) {}

	get settings(): Readonly<Settings> {
		return this.current;
	}

	/** Reads data.json. `t` is called only when a notice is due (the language may come from the settings read). */
	async load(t: (settings: Settings) => Translate): Promise<void> {
		let raw: unknown;
		let problems: string[];
		try {
			raw = await this.plugin.loadData();
			const parsed = parseSettings(raw);
			this.current = parsed.settings;
			problems = parsed.problems;
		} catch (err) {
			this.current = parseSettings(undefined).settings;
			problems = [`data.json is not valid JSON: ${err instanceof Error ? err.message : String(err)}`];
		}
		if (problems.length > 0) {
			console.warn("WeRead Highlights: settings problems; defaults used where needed:", problems);
			new Notice(t(this.current)("settingsUnreadable"));
		}
	}

	/** Applies a change (normalised the way loading normalises), saves it, and tells the listeners. */
	async update(patch: Partial<Settings>): Promise<void> {
		const prev = this.current;
		this.current = parseSettings({ ...prev, ...patch }).settings;
		await this.plugin.saveData(this.current);
		for (const listener of [...this.listeners]) listener(this.current, prev);
	}

	onChange(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}

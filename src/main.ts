import { Plugin } from "obsidian";
import { resolveLocale, translator, type Translate } from "./core/i18n";
import { HighlightIndex } from "./core/index";
import type { Settings } from "./core/settings";
import { IndexSync } from "./obsidian/index-sync";
import { appLanguage } from "./obsidian/language";
import { SettingsStore } from "./obsidian/settings-store";
import { WeReadSettingTab } from "./obsidian/settings-tab";
import { showIndexProgress } from "./obsidian/status-bar";

// Composition root (design §2): wires the index, settings, the vault sync and the settings tab; the modules work.
// The panes come with issue 4.
export default class WeReadHighlightsPlugin extends Plugin {
	override async onload(): Promise<void> {
		const store = new SettingsStore(this);
		const translate = (settings: Settings): Translate => translator(resolveLocale(settings.language, appLanguage()));
		const t = (): Translate => translate(store.settings);
		await store.load(translate);

		const index = new HighlightIndex();
		const sync = this.addChild(new IndexSync({ app: this.app, index, folders: () => store.settings.folders }));

		this.register(showIndexProgress(this.addStatusBarItem(), sync, t));
		this.register(
			store.onChange((next, prev) => {
				if (next.folders.join("\n") !== prev.folders.join("\n")) sync.rescan();
			}),
		);
		this.addSettingTab(new WeReadSettingTab(this.app, this, store, t));
	}
}

import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import type { Settings } from "../core/settings";
import type { SettingsStore } from "./settings-store";

const WEEKDAYS: readonly MessageKey[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The settings pane. Every control writes through the store, which saves and notifies. */
export class WeReadSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
		private readonly t: () => Translate,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		const t = this.t();
		const s = this.store.settings;
		const save = (patch: Partial<Settings>): void => void this.store.update(patch);
		containerEl.empty();

		new Setting(containerEl)
			.setName(t("settingFoldersName"))
			.setDesc(t("settingFoldersDesc"))
			.addTextArea((text) =>
				text.setValue(s.folders.join("\n")).onChange((value) => save({ folders: value.split("\n") })),
			);

		new Setting(containerEl)
			.setName(t("settingGroupingName"))
			.setDesc(t("settingGroupingDesc"))
			.addDropdown((dd) =>
				dd
					.addOptions({ day: t("groupingDay"), week: t("groupingWeek"), month: t("groupingMonth") })
					.setValue(s.timelineGrouping)
					.onChange((value) => save({ timelineGrouping: value as Settings["timelineGrouping"] })),
			);

		new Setting(containerEl)
			.setName(t("settingWeekStartName"))
			.setDesc(t("settingWeekStartDesc"))
			.addDropdown((dd) => {
				for (const [day, key] of WEEKDAYS.entries()) dd.addOption(String(day), t(key));
				dd.setValue(String(s.weekStartsOn)).onChange((value) => save({ weekStartsOn: Number(value) as Settings["weekStartsOn"] }));
			});

		new Setting(containerEl)
			.setName(t("settingBookOrderName"))
			.setDesc(t("settingBookOrderDesc"))
			.addDropdown((dd) =>
				dd
					.addOptions({ book: t("bookOrderBook"), time: t("bookOrderTime") })
					.setValue(s.bookOrder)
					.onChange((value) => save({ bookOrder: value as Settings["bookOrder"] })),
			);

		new Setting(containerEl)
			.setName(t("settingMergeThoughtsName"))
			.setDesc(t("settingMergeThoughtsDesc"))
			.addToggle((toggle) => toggle.setValue(s.mergeThoughts).onChange((value) => save({ mergeThoughts: value })));

		new Setting(containerEl)
			.setName(t("settingPopularName"))
			.setDesc(t("settingPopularDesc"))
			.addToggle((toggle) => toggle.setValue(s.showPopularCounts).onChange((value) => save({ showPopularCounts: value })));

		new Setting(containerEl)
			.setName(t("settingLanguageName"))
			.setDesc(t("settingLanguageDesc"))
			.addDropdown((dd) =>
				dd
					// Language names stay in their own language, so a reader can always find theirs.
					.addOptions({ auto: t("languageAuto"), en: "English", zh: "中文" })
					.setValue(s.language)
					// Redraw in the newly chosen language once it is saved.
					.onChange((value) => void this.store.update({ language: value as Settings["language"] }).then(() => this.display())),
			);
	}
}

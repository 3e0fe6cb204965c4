import { getLanguage, moment, requireApiVersion } from "obsidian";

/**
 * Obsidian's UI language. `getLanguage()` exists from 1.8.7; before that Obsidian sets moment's locale to the app
 * language, which is the public way to read it there (our minAppVersion is 1.5.0).
 */
export function appLanguage(): string {
	return requireApiVersion("1.8.7") ? getLanguage() : moment.locale();
}

import { moment } from "obsidian";
import type { Moment } from "moment";
import type { DateFormatter } from "../core/daily-notes/daily-note-rules";

// Daily-note names are moment patterns (the core Daily Notes plugin, Periodic Notes and the WeRead sync plugin all
// format with Obsidian's `moment`): the core rules take this formatter so they format and read names exactly as
// those plugins do, localized tokens (`dddd`, `MMMM`) in the app's locale included.

/**
 * obsidian.d.ts types its `moment` as `typeof import * as Moment from 'moment'`: a namespace, which under
 * esModuleInterop has no call signature although the value is moment's callable function. The one call used here.
 */
const momentOf = moment as unknown as (text: string, format: string, strict: boolean) => Moment;

export const momentFormatter: DateFormatter = {
	format: (day, pattern) => {
		const date = momentOf(day, "YYYY-MM-DD", true);
		return date.isValid() ? date.format(pattern) : "";
	},
	parse: (text, pattern) => {
		// Strict: `2024-05-20 draft` is not the daily note of 20 May under `YYYY-MM-DD`.
		const date = momentOf(text, pattern, true);
		return date.isValid() ? date.format("YYYY-MM-DD") : null;
	},
};

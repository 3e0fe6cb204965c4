import type { Translate } from "../i18n";
import { levelOf, type HeatmapCell, type HeatmapColourBy, type HeatmapModel } from "./timeline-heatmap";

// Time read per day beside the entries (issue 14 item 3): how a duration reads ("45 min", "1 h 5 min") and a year's
// heatmap with each day's seconds, coloured by entries or by time read. Pure: the seconds come from the
// ReadingTimeSource port (src/core/reading-time.ts).

/** A duration as a reader says it: "< 1 min", "45 min", "2 h", "1 h 5 min" (minutes rounded to the nearest). */
export function formatDuration(seconds: number, t: Translate): string {
	const minutes = Math.round(seconds / 60);
	if (minutes < 1) return t("durationUnderMinute");
	if (minutes < 60) return t("durationMinutes", { minutes });
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? t("durationHours", { hours }) : t("durationHoursMinutes", { hours, minutes: rest });
}

/**
 * The year's heatmap with each day's seconds read on its cell and, colouring by time, the levels worked out from the
 * year's reading days the way levelOf works them out from entries (so the busiest reading day is the darkest). The
 * grid, the years and the entry counts stay as they were: time read is per day of the whole vault, whatever book or
 * search filters the entries.
 */
export function withReadingTime(model: HeatmapModel, seconds: ReadonlyMap<string, number>, colourBy: HeatmapColourBy): HeatmapModel {
	const year = String(model.year).padStart(4, "0");
	const sorted: number[] = [];
	let totalSeconds = 0;
	for (const [day, s] of seconds) {
		if (!day.startsWith(year) || s <= 0) continue;
		sorted.push(s);
	}
	sorted.sort((a, b) => a - b);
	let readingDays = 0;
	const weeks = model.weeks.map((week) =>
		week.map((cell): HeatmapCell | null => {
			if (cell === null) return null;
			const s = seconds.get(cell.day) ?? 0;
			totalSeconds += s;
			if (s > 0) readingDays++;
			return { ...cell, seconds: s, level: colourBy === "time" ? levelOf(s, sorted) : cell.level };
		}),
	);
	return { ...model, weeks, colourBy, totalSeconds, readingDays };
}

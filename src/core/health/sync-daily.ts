import type { SyncSettings } from "../template/sync-settings";

// Which lines of a note are embeds the WeRead sync plugin wrote into a daily note (issue 13 item 3: "daily-note
// embeds written by the sync plugin that no longer resolve"). Read from zhaohongxuan/obsidian-weread-plugin at
// commit 3fc718bea100a402de641bdffb99436207e13d04:
// - src/fileManager.ts `buildAppendContent`: per book a `### {title}` heading, then one line per highlight made that
//   day, exactly `![[{note file name}#^{bookmarkId}]]`, nothing else on the line;
// - `insertAfter` / `insertTextAfterPosition`: that text goes below the line matching the `insertAfter` setting and
//   above the line matching `insertBefore` (defaults in src/settings.ts: `<!-- start of weread -->` and
//   `<!-- end of weread -->`); without both markers it writes nothing.
// So the honest rule: an embed line alone on its line, between a start-marker line and the next end-marker line.
// The sync plugin matches a marker as a regular expression (`s*${marker}s*`); here a line matches when it contains
// the marker text, which is the same for every marker without regex syntax (the defaults are plain text).

export interface SyncDailyMarkers {
	readonly start: string;
	readonly end: string;
}

/** The sync plugin's own defaults (its src/settings.ts `insertAfter` / `insertBefore`). */
export const DEFAULT_SYNC_DAILY_MARKERS: SyncDailyMarkers = { start: "<!-- start of weread -->", end: "<!-- end of weread -->" };

/** The markers the user's sync settings name, the defaults for what they leave out. */
export function syncDailyMarkers(settings: SyncSettings | null): SyncDailyMarkers {
	const start = settings?.insertAfter?.trim() || DEFAULT_SYNC_DAILY_MARKERS.start;
	const end = settings?.insertBefore?.trim() || DEFAULT_SYNC_DAILY_MARKERS.end;
	return { start, end };
}

/** `![[name#^id]]` and nothing else (what buildAppendContent writes; spaces around it are tolerated). */
const SYNC_EMBED_LINE = /^!\[\[[^\]|#]+#\^[^\]|]+\]\]$/;

/** 0-based lines of `lines` that are sync-plugin embeds inside its start/end markers. */
export function syncDailyEmbedLines(lines: readonly string[], markers: SyncDailyMarkers = DEFAULT_SYNC_DAILY_MARKERS): ReadonlySet<number> {
	const out = new Set<number>();
	let inside = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!inside) {
			if (line.includes(markers.start)) inside = true;
			continue;
		}
		if (line.includes(markers.end)) {
			inside = false;
			continue;
		}
		if (SYNC_EMBED_LINE.test(line.trim())) out.add(i);
	}
	return out;
}

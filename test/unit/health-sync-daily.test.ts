// Which lines are the WeRead sync plugin's daily-note embeds (core/health/sync-daily.ts): what its fileManager.ts
// writes — `### title` and `![[file#^bookmarkId]]` lines, between the `insertAfter` and `insertBefore` marker lines
// (defaults `<!-- start of weread -->` / `<!-- end of weread -->`). Daily notes written here in that shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_SYNC_DAILY_MARKERS, syncDailyEmbedLines, syncDailyMarkers } from "../../src/core/health/sync-daily.ts";
import type { SyncSettings } from "../../src/core/template/sync-settings.ts";

const DAILY = [
	"# 2024-03-05", // 0
	"![[园丁与木匠#^900-1-1-2]]", // 1: the reader's own embed, before the markers
	"<!-- start of weread -->", // 2
	"", // 3
	"### 园丁与木匠", // 4
	"![[园丁与木匠#^900-1-3-4]]", // 5
	"![[园丁与木匠#^900-1-5-6]]", // 6
	"我的想法 ![[园丁与木匠#^900-1-7-8]]", // 7: not alone on its line, so not the sync plugin's
	"### 夜航灯塔", // 8
	"  ![[夜航灯塔#^901-2-1-2]]  ", // 9
	"[[夜航灯塔#^901-2-3-4]]", // 10: a link, not an embed
	"<!-- end of weread -->", // 11
	"![[园丁与木匠#^900-1-9-10]]", // 12: after the end marker
];

test("embed lines alone on their line between the start and end markers, and nothing else", () => {
	assert.deepEqual([...syncDailyEmbedLines(DAILY)], [5, 6, 9]);
});

test("no start marker: nothing is the sync plugin's; an unclosed region runs to the end of the note", () => {
	assert.deepEqual([...syncDailyEmbedLines(DAILY.filter((l) => !l.includes("start of weread")))], []);
	assert.deepEqual([...syncDailyEmbedLines(["<!-- start of weread -->", "![[书#^a-1]]"])], [1]);
});

test("several regions (one per day it synced into the note's template), and the user's own markers", () => {
	const lines = ["%% weread %%", "![[书#^a-1]]", "%% /weread %%", "![[书#^a-2]]", "%% weread %%", "![[书#^a-3]]", "%% /weread %%"];
	const markers = { start: "%% weread %%", end: "%% /weread %%" };
	assert.deepEqual([...syncDailyEmbedLines(lines, markers)], [1, 5]);
	// With the defaults those markers are just text.
	assert.deepEqual([...syncDailyEmbedLines(lines, DEFAULT_SYNC_DAILY_MARKERS)], []);
});

test("markers come from the sync settings, the sync plugin's defaults for what they leave out", () => {
	const settings = { insertAfter: "%% weread %%", insertBefore: null } as unknown as SyncSettings;
	assert.deepEqual(syncDailyMarkers(settings), { start: "%% weread %%", end: "<!-- end of weread -->" });
	assert.deepEqual(syncDailyMarkers(null), DEFAULT_SYNC_DAILY_MARKERS);
	assert.deepEqual(syncDailyMarkers({ insertAfter: "  ", insertBefore: "END" } as unknown as SyncSettings), { start: "<!-- start of weread -->", end: "END" });
});

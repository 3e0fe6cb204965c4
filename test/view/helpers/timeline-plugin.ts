// The real plugin loaded over some files with the reading timeline open: what the timeline view tests start from.
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../../src/main.ts";
import { VIEW_TYPE_TIMELINE } from "../../../src/constants.ts";
import { TimelineView } from "../../../src/views/timeline-view.ts";
import { createTestApp, loadPlugin, type TestApp } from "../../shim/test-app.ts";

export interface OpenTimeline {
	readonly t: TestApp;
	readonly v: TimelineView;
	/** Unloads the plugin, asserts nothing is left registered, disposes the app. */
	done(): Promise<void>;
}

export async function openTimelineWithPlugin(files: Record<string, string>, language?: string): Promise<OpenTimeline> {
	const t = createTestApp({ files, ...(language === undefined ? {} : { language }) });
	const { unload } = await loadPlugin(WeReadHighlightsPlugin, t);
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	assert.equal(t.app.commands.executeCommandById("weread-highlights:open-reading-timeline"), true);
	await t.clock.runAll();
	const v = t.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0]?.view;
	assert.ok(v instanceof TimelineView);
	return {
		t,
		v,
		done: async () => {
			await unload();
			t.assertClean();
			t.dispose();
		},
	};
}

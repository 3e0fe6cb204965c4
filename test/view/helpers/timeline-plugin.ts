// What the timeline view tests start from: the real plugin loaded over some files with the timeline open, or a
// TimelineView over an index of the test's own.
import assert from "node:assert/strict";
import WeReadHighlightsPlugin from "../../../src/main.ts";
import { VIEW_TYPE_TIMELINE } from "../../../src/constants.ts";
import { translator } from "../../../src/core/i18n.ts";
import { DEFAULT_SETTINGS } from "../../../src/core/settings.ts";
import { TimelineView, type TimelineViewDeps } from "../../../src/views/timeline-view.ts";
import { createTestApp, loadPlugin, type TestApp, type TestAppOptions } from "../../shim/test-app.ts";

export interface OpenTimeline {
	readonly t: TestApp;
	readonly v: TimelineView;
	/** Unloads the plugin, asserts nothing is left registered, disposes the app. */
	done(): Promise<void>;
}

export async function openTimelineWithPlugin(files: Record<string, string>, language?: string): Promise<OpenTimeline> {
	return openTimelineWithOptions({ files, ...(language === undefined ? {} : { language }) });
}

/** The same over any test app options (config files, a data.json…). */
export async function openTimelineWithOptions(options: TestAppOptions): Promise<OpenTimeline> {
	const t = createTestApp(options);
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

/** A TimelineView over `index` alone (no plugin), English, the index warm, opened in a right-sidebar leaf. */
export async function openTimelineOver(
	t: TestApp,
	index: TimelineViewDeps["index"],
	deps: Pick<TimelineViewDeps, "actions" | "today"> & Partial<Pick<TimelineViewDeps, "list">>,
): Promise<TimelineView> {
	const en = translator("en");
	const view = new TimelineView(t.app.workspace.getRightLeaf(false) as never, {
		index,
		settings: () => DEFAULT_SETTINGS,
		t: () => en,
		status: { getStatus: () => ({ state: "warm", done: 0, total: 0 }), onStatus: () => () => {} },
		...deps,
	});
	await (view.leaf as unknown as { open(v: unknown): Promise<unknown> }).open(view);
	return view;
}

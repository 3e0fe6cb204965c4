import { Component, TFile, type App } from "obsidian";
import { syncDailyEmbedLines, syncDailyMarkers } from "../core/health/sync-daily";
import type { SyncDailyLineReader } from "../views/health-view";
import type { SyncSettingsSource } from "./sync-settings-reader";

interface CachedLines {
	/** File revision (mtime:size) and the markers the lines were found with: either changing means read again. */
	readonly stamp: string;
	readonly lines: ReadonlySet<number>;
}

/**
 * Which lines of a note are the sync plugin's daily-note embeds (core/health/sync-daily.ts), for the health pane.
 * The index never reads ordinary notes (design §4); this reads only notes holding a broken embed, with
 * `cachedRead`, and keeps just the line numbers, per file revision, so an unchanged note is not read twice.
 */
export class SyncDailyReader extends Component implements SyncDailyLineReader {
	private readonly cache = new Map<string, CachedLines>();

	constructor(
		private readonly app: App,
		private readonly syncSettings: SyncSettingsSource,
	) {
		super();
	}

	override onload(): void {
		this.register(() => this.cache.clear());
	}

	async embedLines(path: string): Promise<ReadonlySet<number> | null> {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return null;
		const state = this.syncSettings.current();
		const markers = syncDailyMarkers(state.status === "found" ? state.settings : null);
		const stamp = `${file.stat.mtime}:${file.stat.size}\n${markers.start}\n${markers.end}`;
		const hit = this.cache.get(path);
		if (hit !== undefined && hit.stamp === stamp) return hit.lines;
		let text: string;
		try {
			text = await this.app.vault.cachedRead(file);
		} catch {
			// Unreadable now: its broken embeds count as ordinary dangling citations, which they still are.
			return null;
		}
		const lines = syncDailyEmbedLines(text.split(/\r?\n/), markers);
		this.cache.set(path, { stamp, lines });
		return lines;
	}
}

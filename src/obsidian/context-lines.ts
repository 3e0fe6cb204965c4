import { Component, TFile, type App } from "obsidian";
import type { ContextLineReader } from "../views/references-view";

/**
 * Notes whose lines are kept. The pane shows the citing notes of one highlight at a time; a few dozen covers
 * moving the cursor back and forth over a chapter without re-reading, and bounds memory for notes of any size.
 */
const CACHED_NOTES = 32;

interface CachedNote {
	/** The file's revision when read: modification time and size, so an unchanged note is never read twice. */
	readonly stamp: string;
	readonly lines: readonly string[];
}

/**
 * The lines of citing notes for the references pane's context (design §4: ordinary notes are never read by the
 * index; only the notes a pane shows are read, here, with `cachedRead`). Cached by path and file revision; a change
 * to a cached note is announced so the pane can refresh its context even when the note's links did not change.
 */
export class VaultContextLines extends Component implements ContextLineReader {
	private readonly cache = new Map<string, CachedNote>();
	private readonly listeners = new Set<(path: string) => void>();

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		const { vault } = this.app;
		this.registerEvent(vault.on("modify", (file) => this.changed(file.path)));
		this.registerEvent(vault.on("delete", (file) => this.changed(file.path)));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				this.changed(oldPath);
				this.changed(file.path);
			}),
		);
		this.register(() => {
			this.cache.clear();
			this.listeners.clear();
		});
	}

	async lines(path: string): Promise<readonly string[] | null> {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return null;
		const stamp = `${file.stat.mtime}:${file.stat.size}`;
		const hit = this.cache.get(path);
		if (hit !== undefined && hit.stamp === stamp) {
			// Most recently used last: Map keeps insertion order, so the first key is the one to evict.
			this.cache.delete(path);
			this.cache.set(path, hit);
			return hit.lines;
		}
		let text: string;
		try {
			text = await this.app.vault.cachedRead(file);
		} catch {
			// No context is better than no pane: the rows still show and open the note.
			return null;
		}
		const lines = text.split(/\r?\n/);
		this.cache.delete(path);
		this.cache.set(path, { stamp, lines });
		while (this.cache.size > CACHED_NOTES) {
			const oldest = this.cache.keys().next().value;
			if (oldest === undefined) break;
			this.cache.delete(oldest);
		}
		return lines;
	}

	onChange(listener: (path: string) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(path: string): void {
		this.cache.delete(path);
		for (const listener of [...this.listeners]) listener(path);
	}
}

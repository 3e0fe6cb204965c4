// Test doubles and note builders for the adapter tests.
import type { ParseResult, ResolvedLink } from "../../../src/core/model.ts";
import type { IndexWriter } from "../../../src/obsidian/index-port.ts";
import type { FakeClock } from "../../shim/clock.ts";

/**
 * Records every call and keeps the state the calls describe (path → text, path → links), with the real index's
 * rename/remove meaning. `costMs` makes each upsertNote spend fake time, as parsing a real note would.
 */
export class RecordingIndex implements IndexWriter {
	readonly ops: string[] = [];
	readonly notes = new Map<string, string>();
	readonly links = new Map<string, readonly ResolvedLink[]>();
	batches = 0;
	constructor(
		private readonly clock?: FakeClock,
		private readonly costMs = 0,
	) {}
	upsertNote(path: string, text: string): void {
		this.ops.push(`upsertNote ${path}`);
		this.notes.set(path, text);
		if (this.clock) this.clock.spend(this.costMs);
	}
	upsertParsed(result: ParseResult): void {
		this.ops.push(`upsertParsed ${result.path}`);
		this.notes.set(result.path, "(parsed)");
	}
	/** Holds texts, not parse results: nothing to give the persistent cache. */
	book(): undefined {
		return undefined;
	}
	removeNote(path: string): void {
		this.ops.push(`removeNote ${path}`);
		this.notes.delete(path);
		this.links.delete(path);
	}
	renameNote(oldPath: string, newPath: string): void {
		this.ops.push(`renameNote ${oldPath} -> ${newPath}`);
		const text = this.notes.get(oldPath);
		this.notes.delete(newPath);
		if (text !== undefined) {
			this.notes.delete(oldPath);
			this.notes.set(newPath, text);
		}
		const links = this.links.get(oldPath);
		if (links !== undefined) {
			this.links.delete(oldPath);
			this.links.set(newPath, links);
		}
	}
	upsertLinks(fromPath: string, links: readonly ResolvedLink[]): void {
		this.ops.push(`upsertLinks ${fromPath} (${links.length})`);
		if (links.length === 0) this.links.delete(fromPath);
		else this.links.set(fromPath, links);
	}
	batch(fn: () => void): void {
		this.batches++;
		fn();
	}
	/** Calls of one kind, e.g. `opsOf("upsertNote")` → ["upsertNote a.md", …]. */
	opsOf(kind: string): string[] {
		return this.ops.filter((o) => o.startsWith(`${kind} `));
	}
}

/** A WeRead note as the sync plugin writes it (standard template, minimal). */
export function bookNote(bookId: string, title: string, highlights: readonly string[] = ["第一条划线"]): string {
	const body = highlights.map((h, i) => `> 📌 ${h} ^${bookId}-1-${i * 10}-${i * 10 + 5}\n> ⏱ 2024-01-0${(i % 9) + 1} 10:00:00\n`).join("\n");
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${bookId}"\ntitle: ${title}\n---\n# 高亮划线\n\n## 第一章\n\n${body}`;
}

/** `count` WeRead notes under `folder`, named b000.md, b001.md, … */
export function manyBooks(count: number, folder = "weread"): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		const id = String(1000 + i);
		files[`${folder}/b${String(i).padStart(3, "0")}.md`] = bookNote(id, `Book ${i}`);
	}
	return files;
}

import type { ResolvedLink } from "../model";
import { blockKey } from "./block-key";

// Block links of every note, in both directions: citing note → its links, and target → block id → citations.
//
// Links are kept whatever their target is: whether a target is a WeRead book is decided at query time, because a
// citing note is often indexed before the book it cites (or the book is re-created after a delete). Block ids are
// keyed lower-cased, as Obsidian's `metadataCache.blocks` is, so `#^AbC` cites `^abc`.

export interface StoredLink {
	readonly line: number;
	readonly embed: boolean;
	readonly linkpath: string;
	readonly blockId: string;
	readonly to: string;
}

export interface Citation {
	readonly from: string;
	readonly link: StoredLink;
}

export class ReferenceStore {
	private readonly outgoing = new Map<string, readonly StoredLink[]>();
	private readonly incoming = new Map<string, Map<string, Citation[]>>();

	/** Replace the links of `from`. Returns the targets whose citations changed, or null when nothing changed. */
	set(from: string, links: readonly ResolvedLink[]): Set<string> | null {
		const next = normalise(links);
		const prev = this.outgoing.get(from) ?? [];
		if (sameLinks(prev, next)) return null;
		const touched = this.detach(from);
		if (next.length > 0) {
			this.outgoing.set(from, next);
			for (const link of next) {
				touched.add(link.to);
				let byBlock = this.incoming.get(link.to);
				if (byBlock === undefined) this.incoming.set(link.to, (byBlock = new Map<string, Citation[]>()));
				const id = blockKey(link.blockId);
				const list = byBlock.get(id);
				if (list === undefined) byBlock.set(id, [{ from, link }]);
				else list.push({ from, link });
			}
		}
		return touched;
	}

	/** Forget the links of `from`. Returns the targets whose citations changed, or null when it had none. */
	remove(from: string): Set<string> | null {
		if (!this.outgoing.has(from)) return null;
		return this.detach(from);
	}

	/**
	 * A note moved: its own links now come from `newPath`, and links that resolved to `oldPath` now resolve to
	 * `newPath` (see HighlightIndex.renameNote for why). Returns the targets whose citations changed.
	 */
	rename(oldPath: string, newPath: string): Set<string> {
		const touched = new Set<string>();
		const own = this.outgoing.get(oldPath) ?? [];
		for (const t of this.remove(oldPath) ?? []) touched.add(t);
		const citing = new Set<string>();
		for (const list of this.incoming.get(oldPath)?.values() ?? []) for (const c of list) citing.add(c.from);
		for (const from of citing) {
			const links = (this.outgoing.get(from) ?? []).map((l) => retarget(l, oldPath, newPath));
			for (const t of this.set(from, links) ?? []) touched.add(t);
		}
		for (const t of this.set(newPath, own.map((l) => retarget(l, oldPath, newPath))) ?? []) touched.add(t);
		return touched;
	}

	linksFrom(from: string): readonly StoredLink[] {
		return this.outgoing.get(from) ?? [];
	}

	citations(to: string, blockId: string): readonly Citation[] {
		return this.incoming.get(to)?.get(blockKey(blockId)) ?? [];
	}

	/** Lower-cased block id → citations, for one target. */
	citedBlocks(to: string): ReadonlyMap<string, readonly Citation[]> {
		return this.incoming.get(to) ?? new Map<string, readonly Citation[]>();
	}

	/** Every target path that has at least one citation. */
	targets(): IterableIterator<string> {
		return this.incoming.keys();
	}

	private detach(from: string): Set<string> {
		const touched = new Set<string>();
		for (const link of this.outgoing.get(from) ?? []) {
			touched.add(link.to);
			const byBlock = this.incoming.get(link.to);
			const id = blockKey(link.blockId);
			const list = byBlock?.get(id);
			if (byBlock === undefined || list === undefined) continue;
			const kept = list.filter((c) => c.from !== from);
			if (kept.length > 0) byBlock.set(id, kept);
			else byBlock.delete(id);
			if (byBlock.size === 0) this.incoming.delete(link.to);
		}
		this.outgoing.delete(from);
		return touched;
	}
}

function retarget(link: StoredLink, oldPath: string, newPath: string): ResolvedLink {
	return link.to === oldPath ? { ...link, to: newPath } : link;
}

/** Keep block links with a resolved target; copy only our fields; line order (stable) for cheap comparison. */
function normalise(links: readonly ResolvedLink[]): StoredLink[] {
	const out: StoredLink[] = [];
	for (const l of links) {
		if (l.to === null || l.blockId === "") continue;
		out.push({ line: l.line, embed: l.embed, linkpath: l.linkpath, blockId: l.blockId, to: l.to });
	}
	return out.sort((a, b) => a.line - b.line);
}

function sameLinks(a: readonly StoredLink[], b: readonly StoredLink[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((x, i) => {
		const y = b[i];
		return y !== undefined && x.line === y.line && x.embed === y.embed && x.linkpath === y.linkpath && x.blockId === y.blockId && x.to === y.to;
	});
}

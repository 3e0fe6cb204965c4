import { parseLinktext, type CachedMetadata, type MetadataCache } from "obsidian";
import type { ResolvedLink } from "../core/model";
import { WEREAD_DOC_TYPE } from "../constants";

/** Whether Obsidian's cache says this note is a WeRead book note (frontmatter `doc_type`), without reading it. */
export function isWeReadCache(cache: CachedMetadata | null): boolean {
	return cache?.frontmatter?.doc_type === WEREAD_DOC_TYPE;
}

/**
 * The block links and embeds (`[[Book#^id]]`, `![[Book#^id]]`) of one note, from Obsidian's cache, each resolved the
 * way Obsidian resolves it. Links without a `#^id` subpath are not references to a highlight and are left out.
 */
export function blockLinksOf(cache: CachedMetadata | null, sourcePath: string, metadataCache: MetadataCache): ResolvedLink[] {
	if (!cache) return [];
	const out: ResolvedLink[] = [];
	// Obsidian lists links and embeds separately; the reference index wants them in note order.
	const refs = [
		...(cache.links ?? []).map((ref) => ({ ref, embed: false })),
		...(cache.embeds ?? []).map((ref) => ({ ref, embed: true })),
	].sort((a, b) => a.ref.position.start.offset - b.ref.position.start.offset);
	for (const { ref, embed } of refs) {
		const { path, subpath } = parseLinktext(ref.link);
		if (!subpath.startsWith("#^")) continue;
		const blockId = subpath.slice(2).trim();
		if (blockId === "") continue;
		const linkpath = path.trim();
		// `[[#^id]]` points into the note itself.
		const to = linkpath === "" ? sourcePath : (metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null);
		out.push({ line: ref.position.start.line, embed, linkpath, blockId, to });
	}
	return out;
}

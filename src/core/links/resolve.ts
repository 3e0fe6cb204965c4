import type { OutgoingLink, ResolvedLink } from "../model";

// A stand-in for Obsidian's `metadataCache.getFirstLinkpathDest(linkpath, sourcePath)` where there is no
// metadataCache (inspect, tests). The adapter uses the real one; a test holds both to the same answer.
//
// The rules, in order (Obsidian resolves links case-insensitively, by the file's path or its name):
//  1. "" → the source note itself (`[[#^id]]`).
//  2. A path: `/x` is from the vault root; `./x`, `../x` are relative to the source's folder; the exact vault path
//     is tried as written and with `.md` appended.
//  3. Otherwise the files whose path ends with the link path (`Book`, `sub/Book`, `Book.md`), compared without
//     `.md` and case-insensitively. One → it. Several → the one in the source's folder, else the shortest path
//     (then the alphabetically first, so the answer never depends on insertion order).

export interface LinkResolver {
	resolve(linkpath: string, sourcePath: string): string | null;
	resolveLinks(links: readonly OutgoingLink[], sourcePath: string): ResolvedLink[];
}

export function createLinkResolver(allPaths: Iterable<string>): LinkResolver {
	const exact = new Set<string>();
	const byName = new Map<string, string[]>();
	for (const path of allPaths) {
		exact.add(path);
		const name = stripMd(basename(path)).toLowerCase();
		const list = byName.get(name);
		if (list === undefined) byName.set(name, [path]);
		else list.push(path);
	}

	const resolve = (linkpath: string, sourcePath: string): string | null => {
		const raw = linkpath.trim();
		if (raw === "") return exact.has(sourcePath) ? sourcePath : null;
		const sourceDir = dirname(sourcePath);
		const explicit = raw.startsWith("/") ? normalisePath(raw.slice(1)) : raw.startsWith("./") || raw.startsWith("../") ? normalisePath(join(sourceDir, raw)) : normalisePath(raw);
		if (explicit === null) return null;
		if (exact.has(explicit)) return explicit;
		if (exact.has(`${explicit}.md`)) return `${explicit}.md`;
		const wanted = stripMd(explicit).toLowerCase();
		const candidates = (byName.get(stripMd(basename(explicit)).toLowerCase()) ?? []).filter((p) => {
			const bare = stripMd(p).toLowerCase();
			return bare === wanted || bare.endsWith(`/${wanted}`);
		});
		if (candidates.length <= 1) return candidates[0] ?? null;
		const local = candidates.filter((p) => dirname(p) === sourceDir);
		const pool = local.length > 0 ? local : candidates;
		return [...pool].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
	};

	return {
		resolve,
		resolveLinks: (links, sourcePath) => links.map((l) => ({ ...l, to: resolve(l.linkpath, sourcePath) })),
	};
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function dirname(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

function stripMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

function join(dir: string, rel: string): string {
	return dir === "" ? rel : `${dir}/${rel}`;
}

/** Collapse `.`, `..` and empty segments; null when `..` climbs above the vault root. */
function normalisePath(path: string): string | null {
	const parts: string[] = [];
	for (const seg of path.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.join("/");
}

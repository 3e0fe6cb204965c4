// MetadataCache over the in-memory vault. The cache of a note is computed by a small markdown scan (frontmatter,
// headings, wikilinks/embeds/markdown links, and `^block` ids where Obsidian registers them: metadata-blocks.ts) when the simulator "indexes" the note — as Obsidian does
// in its worker — so `getFileCache` answers null for a note not indexed yet.
import type * as O from "obsidian";
import type { CachedMetadata, EmbedCache, FrontMatterCache, HeadingCache, LinkCache, Loc, Pos } from "obsidian";
import { Events } from "./events";
import { scanBlocks } from "./metadata-blocks";
import { TFile, type Vault } from "./vault";

export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	/** Files by path and by lower-case name, as Obsidian keeps them for link resolution; null: rebuild when asked. */
	private names: FileNames | null = null;

	constructor(private readonly vault: Vault) {
		super();
		// Obsidian resolves a link through a name map that creates, renames and deletes keep current, not by walking
		// every file per link: the shim does the same, so a vault-wide scan costs what it costs in Obsidian.
		const put = vault._put.bind(vault);
		const move = vault._move.bind(vault);
		const remove = vault._remove.bind(vault);
		vault._put = (path, text) => {
			if (vault.getFileByPath(path) === null) this.names = null;
			return put(path, text);
		};
		vault._move = (file, newPath) => {
			this.names = null;
			move(file, newPath);
		};
		vault._remove = (file) => {
			this.names = null;
			remove(file);
		};
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		this.names ??= fileNames(this.vault.getFiles());
		return resolveLinkpath(this.names, linkpath, sourcePath);
	}

	getFileCache(file: O.TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	fileToLinktext(file: O.TFile, _sourcePath: string, omitMdExtension = true): string {
		const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
		const sameName = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
		if (sameName.length <= 1) return name;
		return omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
	}

	get resolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTable(true);
	}

	get unresolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTable(false);
	}

	private linkTable(resolved: boolean): Record<string, Record<string, number>> {
		const out: Record<string, Record<string, number>> = {};
		for (const [path, cache] of this.caches) {
			const row: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const linkpath = ref.link.split("#")[0] ?? "";
				const dest = linkpath === "" ? null : this.getFirstLinkpathDest(linkpath, path);
				const key = dest ? dest.path : linkpath;
				if ((dest !== null) === resolved && key !== "") row[key] = (row[key] ?? 0) + 1;
			}
			out[path] = row;
		}
		return out;
	}

	// --- Shim only: the simulator drives indexing. ---

	/** (Re)computes a note's cache from its current text and returns it. */
	_index(file: O.TFile): CachedMetadata {
		const cache = scanMarkdown(this.vault._text(file.path) ?? "");
		this.caches.set(file.path, cache);
		return cache;
	}

	_move(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
	}

	_forget(path: string): CachedMetadata | null {
		const cache = this.caches.get(path) ?? null;
		this.caches.delete(path);
		return cache;
	}
}

export interface FileNames {
	/** By exact path. */
	readonly exact: ReadonlyMap<string, TFile>;
	/** By lower-case path (the first file in vault order when two differ only in case). */
	readonly lower: ReadonlyMap<string, TFile>;
	/** By lower-case file name (with extension), in vault order. */
	readonly byName: ReadonlyMap<string, readonly TFile[]>;
}

export function fileNames(files: readonly TFile[]): FileNames {
	const exact = new Map<string, TFile>();
	const lower = new Map<string, TFile>();
	const byName = new Map<string, TFile[]>();
	for (const f of files) {
		exact.set(f.path, f);
		const lp = f.path.toLowerCase();
		if (!lower.has(lp)) lower.set(lp, f);
		const name = f.name.toLowerCase();
		const list = byName.get(name);
		if (list === undefined) byName.set(name, [f]);
		else list.push(f);
	}
	return { exact, lower, byName };
}

/**
 * Obsidian-like link resolution: exact vault path (with or without `.md`), then relative to the source's folder,
 * then by file name (a partial path must match the end of the path), nearest to the source first. Case-insensitive.
 */
export function resolveLinkpath(names: FileNames, linkpath: string, sourcePath: string): TFile | null {
	const lp = linkpath.trim().replace(/^\/+/, "");
	if (lp === "") return names.exact.get(sourcePath) ?? null;
	const wanted = [lp, `${lp}.md`].map((p) => p.toLowerCase());
	const byPath = (p: string) => names.lower.get(p) ?? null;
	for (const p of wanted) {
		const hit = byPath(p);
		if (hit) return hit;
	}
	const dir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
	if (dir !== "") {
		for (const p of wanted) {
			const hit = byPath(`${dir}/${p}`.toLowerCase());
			if (hit) return hit;
		}
	}
	// A partial path ends with a file name: only files of that name can match it.
	const seen = new Set<TFile>();
	const candidates: TFile[] = [];
	for (const w of wanted) {
		for (const f of names.byName.get(w.slice(w.lastIndexOf("/") + 1)) ?? []) {
			if (!seen.has(f) && (f.path.toLowerCase() === w || f.path.toLowerCase().endsWith(`/${w}`))) {
				seen.add(f);
				candidates.push(f);
			}
		}
	}
	candidates.sort((a, b) => {
		const aNear = a.parent?.path === (dir || "/") ? 0 : 1;
		const bNear = b.parent?.path === (dir || "/") ? 0 : 1;
		return aNear - bNear || a.path.length - b.path.length || a.path.localeCompare(b.path);
	});
	return candidates[0] ?? null;
}

function loc(line: number, col: number, lineOffsets: readonly number[]): Loc {
	return { line, col, offset: (lineOffsets[line] ?? 0) + col };
}

function pos(line: number, start: number, end: number, offsets: readonly number[]): Pos {
	return { start: loc(line, start, offsets), end: loc(line, end, offsets) };
}

/** A deliberately small YAML reader: `key: value`, quoted strings, numbers, booleans, `[a, b]` and `- item` lists. */
function parseFrontmatter(lines: readonly string[]): FrontMatterCache {
	const fm: FrontMatterCache = {};
	let listKey: string | null = null;
	for (const line of lines) {
		const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
		if (item && listKey) {
			(fm[listKey] as unknown[]).push(scalar(item[1] ?? ""));
			continue;
		}
		const kv = /^([^\s:#][^:]*):(?:\s+(.*))?$/.exec(line);
		if (!kv) continue;
		const key = (kv[1] ?? "").trim();
		const raw = (kv[2] ?? "").trim();
		if (raw === "") {
			fm[key] = [];
			listKey = key;
			continue;
		}
		listKey = null;
		fm[key] = raw.startsWith("[") && raw.endsWith("]") ? raw.slice(1, -1).split(",").map((s) => scalar(s.trim())).filter((s) => s !== "") : scalar(raw);
	}
	for (const [k, v] of Object.entries(fm)) if (Array.isArray(v) && v.length === 0) fm[k] = null;
	return fm;
}

function scalar(raw: string): unknown {
	const s = raw.replace(/\s+#.*$/, "");
	if (/^".*"$/.test(s) || /^'.*'$/.test(s)) return s.slice(1, -1);
	if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
	if (s === "true" || s === "false") return s === "true";
	if (s === "null" || s === "~") return null;
	return s;
}

const WIKI = /(!?)\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;
const MDLINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;

/** The cache Obsidian would compute for `text` (the parts this plugin reads). */
export function scanMarkdown(text: string): CachedMetadata {
	const lines = text.split(/\r?\n/);
	const offsets: number[] = [];
	let acc = 0;
	for (const l of lines) {
		offsets.push(acc);
		acc += l.length + 1;
	}
	const cache: CachedMetadata = {};
	let start = 0;
	if (lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		if (end > 0) {
			cache.frontmatter = parseFrontmatter(lines.slice(1, end));
			cache.frontmatterPosition = { start: loc(0, 0, offsets), end: loc(end, 3, offsets) };
			start = end + 1;
		}
	}
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	const headings: HeadingCache[] = [];
	let fence: string | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		// A fence closes with a run of its character at least as long (a ```` block may hold ``` lines).
		const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
		if (fence === null && mark !== null) {
			fence = mark;
			continue;
		}
		if (fence !== null) {
			if (mark !== null && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
			continue;
		}
		const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) headings.push({ heading: heading[2] ?? "", level: (heading[1] ?? "").length, position: pos(i, 0, line.length, offsets) });
		const visible = line.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
		for (const m of visible.matchAll(WIKI)) {
			const ref = { link: (m[2] ?? "").trim(), original: m[0], displayText: m[3] ?? (m[2] ?? "").trim(), position: pos(i, m.index ?? 0, (m.index ?? 0) + m[0].length, offsets) };
			(m[1] === "!" ? embeds : links).push(ref);
		}
		for (const m of visible.matchAll(MDLINK)) {
			const target = m[3] ?? "";
			if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // external URL
			const ref = { link: decodeURI(target), original: m[0], displayText: m[2] ?? "", position: pos(i, m.index ?? 0, (m.index ?? 0) + m[0].length, offsets) };
			(m[1] === "!" ? embeds : links).push(ref);
		}
	}
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	if (headings.length) cache.headings = headings;
	const blocks = scanBlocks(lines, start, (line, col) => loc(line, col, offsets));
	if (Object.keys(blocks).length) cache.blocks = blocks;
	return cache;
}

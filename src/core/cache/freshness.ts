import type { CacheRow, EntryFault } from "./cache-entry";
import { validateRow } from "./cache-entry";

// The start's decision (design §4 "Persistence"): which notes the cache may index without reading them, which must
// be read, and which stored entries go. Pure: the adapter gives it what the store returned and what the vault holds.
// Anything the cache cannot prove fresh is read again — a stale entry is never indexed.

/** A note of the vault the start would read: its path and its `TFile.stat`. */
export interface VaultFile {
	readonly path: string;
	readonly mtime: number;
	readonly size: number;
}

/** One record as the store returned it: its key, and a value nobody vouches for. */
export interface StoredRecord {
	readonly key: unknown;
	readonly value: unknown;
}

/** Same mtime and size: what "unchanged" means for a file here (and for Obsidian's metadata cache). */
export function sameStamp(a: { readonly mtime: number; readonly size: number }, b: { readonly mtime: number; readonly size: number }): boolean {
	return a.mtime === b.mtime && a.size === b.size;
}

export interface CacheKey {
	readonly parserVersion: number;
	readonly templateFingerprint: string;
}

/** A stored record that could not be trusted (to say once in *Show parse problems*); `path` null when it had none. */
export interface CacheFault {
	readonly path: string | null;
	readonly reason: EntryFault | "duplicate";
}

export interface Freshness {
	/** Rows whose stored results may be indexed as they are, in the order of `files`. */
	readonly fresh: readonly CacheRow[];
	/** Paths to read and parse (every file without a fresh entry), in the order of `files`. */
	readonly stale: readonly string[];
	/** Stored keys to delete: their file is gone (or is no longer one the start reads). */
	readonly gone: readonly string[];
	/** Records that were not trusted. Their files, if present, are in `stale`; a later write replaces them. */
	readonly faults: readonly CacheFault[];
	/** Records of present files written by another parser version (read again; not faults, but worth saying). */
	readonly outdated: number;
}

/**
 * Decides, for the vault's `files` and the `stored` manifest rows (entries with or without their bodies): a row is fresh when it is valid, stored under its
 * own path, and its mtime, size, parser version and template fingerprint all equal the current ones. Two records of
 * one path (a store never holds them, but nothing here assumes a well-behaved store) are both refused. Entries of
 * another parser version or template are merely stale, not faults: that is the cache working as meant.
 */
export function decideFreshness(stored: readonly StoredRecord[], files: readonly VaultFile[], current: CacheKey): Freshness {
	const faults: CacheFault[] = [];
	const byPath = new Map<string, CacheRow | null>();
	const gone: string[] = [];
	const present = new Map<string, VaultFile>();
	let outdated = 0;
	for (const file of files) present.set(file.path, file);

	for (const record of stored) {
		const key = typeof record.key === "string" ? record.key : null;
		if (key !== null && !present.has(key)) {
			if (!byPath.has(key)) gone.push(key);
			byPath.set(key, null);
			continue;
		}
		const check = validateRow(record.value, current.parserVersion);
		if (!check.ok) {
			if (check.reason !== "parser-version") faults.push({ path: key, reason: check.reason });
			else outdated++;
			if (key !== null) byPath.set(key, null);
			continue;
		}
		if (key === null || check.row.path !== key) {
			faults.push({ path: key, reason: "path-mismatch" });
			if (key !== null) byPath.set(key, null);
			continue;
		}
		if (byPath.has(key)) {
			if (byPath.get(key) !== null) faults.push({ path: key, reason: "duplicate" });
			byPath.set(key, null);
			continue;
		}
		byPath.set(key, check.row);
	}

	const fresh: CacheRow[] = [];
	const stale: string[] = [];
	for (const file of files) {
		const entry = byPath.get(file.path);
		if (entry != null && sameStamp(entry, file) && entry.templateFingerprint === current.templateFingerprint) {
			fresh.push(entry);
		} else {
			stale.push(file.path);
		}
	}
	return { fresh, stale, gone, faults, outdated };
}

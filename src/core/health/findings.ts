import type { BlockIdIssue, ParsedNote, Reference } from "../model";
import { isObsidianIdSyntax } from "../parse/block-id";

// Block-reference health findings (issue 13 item 3), one per thing a reader can go and fix. The counts `inspect`
// and the book pane show are derived from these (block-health.ts), so the pane and the counts never disagree.
// The rules are the parser's and the index's own:
// - unresolvable: an entry whose id Obsidian will not register (`blockIdResolvable: false`); the reason is the
//   parser's rule that failed (`blockIdIssue`, see model.ts BlockIdIssue);
// - duplicate: an id (compared case-insensitively, as the index and Obsidian's block map compare them) that more
//   than one entry of the note carries: one finding per id, at the second carrier (the first is the one linked);
// - dangling: a link or embed to the note whose id the note no longer has (`resolved: false`);
// - daily-embed-broken: an embed the sync plugin itself wrote into a daily note (sync-daily.ts decides which; the
//   caller passes that in, since it needs the citing note's text) that does not resolve: its id is gone, or the id
//   is there but Obsidian does not register it (every entry carrying it has `blockIdResolvable: false`), so the
//   embed shows "Unable to find section" all the same. Other citations of such ids are not findings of their own:
//   the id's own row says it cannot be linked, and the badge in the book note says its citations fail.

export type FindingKind = "unresolvable" | "duplicate" | "dangling" | "daily-embed-broken";

/**
 * Why, as a code the pane says in words: an unresolvable id's BlockIdIssue (`unregistered` when hand-built data
 * does not say which rule), `repeated-id` for a duplicate, `missing-id` / `sync-daily-missing-id` for a citation
 * of an id that is gone.
 */
export type FindingReason = BlockIdIssue | "unregistered" | "repeated-id" | "missing-id" | "sync-daily-missing-id" | "sync-daily-unregistered-id";

export interface HealthFinding {
	readonly kind: FindingKind;
	/** The note the row opens: the book note, or the citing note for dangling citations. */
	readonly path: string;
	/** 0-based line the row jumps to: the entry's first line, or the citing link's line. */
	readonly line: number;
	/** Without `^`. */
	readonly blockId: string;
	readonly reason: FindingReason;
	/** The book note the finding is about (the cited book for dangling citations). */
	readonly bookPath: string;
	/** For a duplicate: how many entries carry the id. */
	readonly carriers?: number;
}

/** Counts per kind, vault-wide or per book. */
export interface HealthCounts {
	readonly unresolvable: number;
	readonly duplicate: number;
	readonly dangling: number;
	readonly dailyEmbedsBroken: number;
}

/** Whether a broken reference is an embed the sync plugin wrote into a daily note. */
export type SyncDailyTest = (reference: Reference) => boolean;

const NEVER: SyncDailyTest = () => false;

/** The findings of one book note; `references` may be the whole vault's (only those to `note` count). */
export function bookFindings(note: ParsedNote, references: readonly Reference[], isSyncDaily: SyncDailyTest = NEVER): HealthFinding[] {
	const out: HealthFinding[] = [];
	const carriers = new Map<string, { second: { line: number; blockId: string } | null; count: number }>();
	/** Ids no carrier of which Obsidian registers (lower-cased). */
	const registered = new Set<string>();
	const unregistered = new Set<string>();
	for (const entry of entriesInFileOrder(note)) {
		const blockId = entry.blockId;
		if (blockId === null) continue;
		if (entry.blockIdResolvable === false) unregistered.add(blockId.toLowerCase());
		else registered.add(blockId.toLowerCase());
		if (entry.blockIdResolvable === false) {
			out.push({ kind: "unresolvable", path: note.path, line: entry.line, blockId, reason: issueOf(blockId, entry.blockIdIssue), bookPath: note.path });
		}
		const key = blockId.toLowerCase();
		const seen = carriers.get(key);
		if (seen === undefined) carriers.set(key, { second: null, count: 1 });
		else {
			seen.count++;
			seen.second ??= { line: entry.line, blockId };
		}
	}
	for (const c of carriers.values()) {
		if (c.second === null) continue;
		out.push({ kind: "duplicate", path: note.path, line: c.second.line, blockId: c.second.blockId, reason: "repeated-id", bookPath: note.path, carriers: c.count });
	}
	for (const r of references) {
		if (r.to !== note.path) continue;
		if (r.resolved) {
			const key = r.blockId.toLowerCase();
			if (r.embed && unregistered.has(key) && !registered.has(key) && isSyncDaily(r)) {
				out.push({ kind: "daily-embed-broken", path: r.from, line: r.line, blockId: r.blockId, reason: "sync-daily-unregistered-id", bookPath: note.path });
			}
			continue;
		}
		const daily = isSyncDaily(r);
		out.push({ kind: daily ? "daily-embed-broken" : "dangling", path: r.from, line: r.line, blockId: r.blockId, reason: daily ? "sync-daily-missing-id" : "missing-id", bookPath: note.path });
	}
	return out;
}

/**
 * The findings of every book, books in the order given; the references are grouped by target once, so this is
 * linear in books + references.
 */
export function vaultFindings(notes: Iterable<ParsedNote>, references: readonly Reference[], isSyncDaily: SyncDailyTest = NEVER): HealthFinding[] {
	const byTarget = new Map<string, Reference[]>();
	for (const r of references) {
		// A resolved link matters only as a sync daily embed of an id Obsidian does not register (bookFindings).
		if (r.resolved && !r.embed) continue;
		const list = byTarget.get(r.to);
		if (list === undefined) byTarget.set(r.to, [r]);
		else list.push(r);
	}
	const out: HealthFinding[] = [];
	for (const note of notes) out.push(...bookFindings(note, byTarget.get(note.path) ?? [], isSyncDaily));
	return out;
}

export function countFindings(findings: readonly HealthFinding[]): HealthCounts {
	let unresolvable = 0;
	let duplicate = 0;
	let dangling = 0;
	let dailyEmbedsBroken = 0;
	for (const f of findings) {
		if (f.kind === "unresolvable") unresolvable++;
		else if (f.kind === "duplicate") duplicate++;
		else if (f.kind === "dangling") dangling++;
		else dailyEmbedsBroken++;
	}
	return { unresolvable, duplicate, dangling, dailyEmbedsBroken };
}

/** Highlights and reviews interleaved by line: duplicates are judged in the order Obsidian reads the note. */
function entriesInFileOrder(note: ParsedNote): { readonly blockId: string | null; readonly line: number; readonly blockIdResolvable?: boolean; readonly blockIdIssue?: BlockIdIssue | null }[] {
	return [...note.highlights, ...note.reviews].sort((a, b) => a.line - b.line);
}

function issueOf(blockId: string, issue: BlockIdIssue | null | undefined): FindingReason {
	if (issue !== undefined && issue !== null) return issue;
	return isObsidianIdSyntax(blockId) ? "unregistered" : "id-characters";
}

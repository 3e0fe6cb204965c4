import { countFindings, type FindingKind, type FindingReason, type HealthCounts, type HealthFinding } from "../health/findings";

// The block-reference health pane's rows (issue 13 item 3), as plain data. Findings are grouped: ids by book (a
// reader fixes them in the book note or its sync template), dangling citations and broken daily embeds by the note
// that holds the link (that is where the reader goes to fix them). A vault can hold thousands of unresolvable ids,
// so only the rows of opened groups are built, and at most `shown` of them per group ("Show more" raises it).

export type HealthSectionKind = "ids" | "dangling" | "daily";

export interface HealthRow {
	readonly key: string;
	readonly kind: FindingKind;
	readonly path: string;
	readonly line: number;
	readonly blockId: string;
	readonly reason: FindingReason;
	/** For a citation row: the title of the book it cites. */
	readonly bookTitle: string | null;
	readonly carriers: number | null;
}

export interface HealthGroup {
	readonly key: string;
	/** The book's title, or the citing note's name. */
	readonly title: string;
	readonly path: string;
	readonly count: number;
	readonly open: boolean;
	/** The first rows of an open group (none when closed), in line order. */
	readonly rows: readonly HealthRow[];
	/** Rows of an open group not built yet. */
	readonly more: number;
}

export interface HealthSection {
	readonly kind: HealthSectionKind;
	readonly count: number;
	readonly groups: readonly HealthGroup[];
}

export type HealthPane =
	| { readonly state: "indexing" }
	| { readonly state: "healthy"; readonly books: number }
	| {
			readonly state: "findings";
			readonly counts: HealthCounts;
			/** Some id fails a rule the sync template can fix (a blank line after each highlight). */
			readonly templateFix: boolean;
			/** Some id holds characters an old sync version wrote (`_`): a fresh sync rewrites them. */
			readonly resyncFix: boolean;
			readonly sections: readonly HealthSection[];
	  };

/** What the reader opened and how far each group is shown; kept by the view across refreshes. */
export interface HealthPaneState {
	/** Group keys the reader toggled (open ones when groups start closed, closed ones when they start open). */
	readonly toggled: ReadonlySet<string>;
	/** Rows to build per open group, by group key (else ROWS_PER_GROUP). */
	readonly shown: ReadonlyMap<string, number>;
}

/** Rows an open group shows before "Show more": a screenful or two, whatever the vault's size. */
export const ROWS_PER_GROUP = 50;
/** Rows each "Show more" adds: a few screens, still a small DOM. */
export const SHOW_MORE_STEP = 200;
/**
 * A section with up to this many findings starts with its groups open (a few broken citations read at a glance);
 * a larger one starts closed, each group a header with its count (thousands of ids in a glued-template vault).
 */
export const OPEN_ALL_UP_TO = 60;

/** Reasons a sync template change fixes: the id's line is not the last of its block. */
const TEMPLATE_REASONS: ReadonlySet<FindingReason> = new Set<FindingReason>(["quote-continues", "block-continues", "glued"]);

export interface HealthPaneInput {
	readonly warm: boolean;
	readonly bookCount: number;
	readonly findings: readonly HealthFinding[];
	/** A book's title by its path. */
	readonly titleOf: (bookPath: string) => string;
}

export function buildHealthPane(input: HealthPaneInput, state: HealthPaneState): HealthPane {
	if (!input.warm) return { state: "indexing" };
	if (input.findings.length === 0) return { state: "healthy", books: input.bookCount };
	const ids: HealthFinding[] = [];
	const dangling: HealthFinding[] = [];
	const daily: HealthFinding[] = [];
	let templateFix = false;
	let resyncFix = false;
	for (const f of input.findings) {
		if (f.kind === "dangling") dangling.push(f);
		else if (f.kind === "daily-embed-broken") daily.push(f);
		else {
			ids.push(f);
			if (TEMPLATE_REASONS.has(f.reason)) templateFix = true;
			if (f.reason === "id-characters") resyncFix = true;
		}
	}
	const sections: HealthSection[] = [];
	const section = (kind: HealthSectionKind, list: HealthFinding[], groupBy: (f: HealthFinding) => string, title: (path: string) => string): void => {
		if (list.length === 0) return;
		const openByDefault = list.length <= OPEN_ALL_UP_TO;
		const groups = groupFindings(kind, list, groupBy).map(([path, rows]) => {
			const key = `${kind}:${path}`;
			const open = openByDefault !== state.toggled.has(key);
			const limit = state.shown.get(key) ?? ROWS_PER_GROUP;
			const built = open ? rows.slice(0, limit).map((f) => toRow(f, kind === "ids" ? null : input.titleOf(f.bookPath))) : [];
			return { key, title: title(path), path, count: rows.length, open, rows: built, more: open ? rows.length - built.length : 0 };
		});
		sections.push({ kind, count: list.length, groups });
	};
	section("ids", ids, (f) => f.bookPath, input.titleOf);
	section("dangling", dangling, (f) => f.path, noteName);
	section("daily", daily, (f) => f.path, noteName);
	return { state: "findings", counts: countFindings(input.findings), templateFix, resyncFix, sections };
}

/** Findings by group path (paths sorted), each group in line order (unresolvable before duplicate on one line). */
function groupFindings(kind: HealthSectionKind, list: readonly HealthFinding[], groupBy: (f: HealthFinding) => string): [string, HealthFinding[]][] {
	const groups = new Map<string, HealthFinding[]>();
	for (const f of list) {
		const k = groupBy(f);
		const g = groups.get(k);
		if (g === undefined) groups.set(k, [f]);
		else g.push(f);
	}
	const kindOrder = (f: HealthFinding): number => (f.kind === "unresolvable" ? 0 : 1);
	for (const g of groups.values()) g.sort((a, b) => a.line - b.line || kindOrder(a) - kindOrder(b) || (kind === "ids" ? 0 : a.bookPath.localeCompare(b.bookPath)));
	return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function toRow(f: HealthFinding, bookTitle: string | null): HealthRow {
	return {
		key: `${f.kind}:${f.path}:${f.line}:${f.blockId}`,
		kind: f.kind,
		path: f.path,
		line: f.line,
		blockId: f.blockId,
		reason: f.reason,
		bookTitle,
		carriers: f.carriers ?? null,
	};
}

/** A note's name as Obsidian shows it: the file name without `.md`. */
export function noteName(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	return base.endsWith(".md") ? base.slice(0, -3) : base;
}

/** What is on screen, to skip a re-render when nothing changed. */
export function healthPaneKey(pane: HealthPane): string {
	return JSON.stringify(pane);
}

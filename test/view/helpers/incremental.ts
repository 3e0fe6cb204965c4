// The vault model of the incremental = rebuild properties (issue 7; with the persistent cache, issue 15): notes
// made from small generated contents, random vault events driven through the shim's simulator, and what the panes
// see of an index, to compare an incremental index with a fresh build of the final vault.
import fc from "fast-check";
import { CHANGE_DEBOUNCE_MS } from "../../../src/constants.ts";
import { HighlightIndex } from "../../../src/core/index/index.ts";
import { IndexSync } from "../../../src/obsidian/index-sync.ts";
import { createTestApp, type TestApp } from "../../shim/test-app.ts";
import { TFile } from "../../shim/vault.ts";

export const BOOK_IDS = ["111", "222", "333"];
export const BOOK_PATHS = ["weread/Alpha.md", "weread/Beta.md", "archive/Alpha.md", "Gamma.md", "weread/sub/Delta.md"];
export const NOTE_PATHS = ["daily/d1.md", "daily/d2.md", "notes/n.md"];
export const ALL_PATHS = [...BOOK_PATHS, ...NOTE_PATHS];
export const LINK_NAMES = ["Alpha", "Beta", "Gamma", "Delta", "weread/Alpha", "archive/Alpha"];

/** Even variants carry no title: the parser falls back to the file name, so a rename must re-read the note. */
export function bookText(id: number, variant: number): string {
	const bookId = BOOK_IDS[id % BOOK_IDS.length] ?? "111";
	const n = 1 + (variant % 3);
	const body = Array.from({ length: n }, (_, i) => `> 📌 第${variant}版 划线 ${i} ^${bookId}-1-${i * 10}-${i * 10 + 5}\n> ⏱ 2024-0${1 + ((variant + i) % 9)}-0${1 + (i % 9)} 10:00:00\n`).join("\n");
	return `---\ndoc_type: weread-highlights-reviews\nbookId: "${bookId}"\n${variant % 2 === 0 ? "" : `title: 书${id}-${variant}\n`}---\n# 高亮划线\n\n## 第一章\n\n${body}`;
}

export function citingText(links: readonly [number, number, boolean][]): string {
	return ["# notes", ...links.map(([name, i, embed]) => `${embed ? "!" : ""}[[${LINK_NAMES[name % LINK_NAMES.length]}#^${BOOK_IDS[i % 3]}-1-${(i % 3) * 10}-${(i % 3) * 10 + 5}]] 第 ${i} 行`)].join("\n");
}

export type Content = { kind: "book"; id: number; variant: number } | { kind: "citing"; links: [number, number, boolean][] } | { kind: "plain" };
export type Op =
	| { op: "create" | "modify"; path: number; content: Content }
	| { op: "rename"; from: number; to: number }
	| { op: "delete"; path: number }
	| { op: "wait"; ms: number };

export const contentArb: fc.Arbitrary<Content> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("book" as const), id: fc.nat(2), variant: fc.nat(5) }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("citing" as const), links: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.boolean()), { minLength: 1, maxLength: 4 }) }) },
	{ weight: 1, arbitrary: fc.constant<Content>({ kind: "plain" }) },
);
export const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ op: fc.constantFrom("create" as const, "modify" as const), path: fc.nat(ALL_PATHS.length - 1), content: contentArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: fc.nat(ALL_PATHS.length - 1), to: fc.nat(ALL_PATHS.length - 1) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), path: fc.nat(ALL_PATHS.length - 1) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("wait" as const), ms: fc.constantFrom(0, 5, 50, CHANGE_DEBOUNCE_MS) }) },
);

export function render(c: Content): string {
	if (c.kind === "book") return bookText(c.id, c.variant);
	if (c.kind === "citing") return citingText(c.links);
	return "just a note\n";
}

export const initialArb = fc.dictionary(fc.constantFrom(...ALL_PATHS), contentArb, { minKeys: 2, maxKeys: 7 });

/** Which notes resolve which link paths: Obsidian re-resolves (and fires 'resolve' for) notes whose targets change. */
export function resolutions(t: TestApp): Map<string, string> {
	const out = new Map<string, string>();
	for (const file of t.app.vault.getMarkdownFiles()) {
		const cache = t.app.metadataCache.getFileCache(file);
		const targets = [...(cache?.links ?? []), ...(cache?.embeds ?? [])].map((l) => t.app.metadataCache.getFirstLinkpathDest(l.link.split("#")[0] ?? "", file.path)?.path ?? "-");
		out.set(file.path, targets.join("|"));
	}
	return out;
}

export async function resolveChanged(t: TestApp, before: Map<string, string>): Promise<void> {
	const after = resolutions(t);
	for (const [path, targets] of after) {
		if (before.get(path) === targets) continue;
		const file = t.app.vault.getFileByPath(path);
		if (file instanceof TFile) t.app.metadataCache.trigger("resolve", file);
	}
	t.app.metadataCache.trigger("resolved");
}

export async function apply(t: TestApp, op: Op): Promise<void> {
	const v = t.app.vault;
	const before = resolutions(t);
	switch (op.op) {
		case "wait":
			await t.clock.advance(op.ms);
			return;
		case "create":
		case "modify": {
			const path = ALL_PATHS[op.path] ?? "";
			if (v.getAbstractFileByPath(path)) await t.sim.modify(path, render(op.content));
			else await t.sim.create(path, render(op.content));
			break;
		}
		case "rename": {
			const from = ALL_PATHS[op.from] ?? "";
			const to = ALL_PATHS[op.to] ?? "";
			if (!v.getFileByPath(from) || v.getAbstractFileByPath(to)) return;
			await t.sim.rename(from, to);
			break;
		}
		case "delete": {
			const path = ALL_PATHS[op.path] ?? "";
			if (!v.getFileByPath(path)) return;
			await t.sim.delete(path);
			break;
		}
	}
	await resolveChanged(t, before);
}

/** The index as the panes see it: books with their highlights, entries per day, references. */
export function dump(index: HighlightIndex): unknown {
	return {
		books: index.books().map((b) => ({ ...b, highlights: index.book(b.path)?.entries.map((e) => [e.kind, e.blockId, e.text, e.createdAt, e.line]) })),
		days: index.byDay().map((b) => [b.key, b.entries.map((e) => e.key)]),
		references: index.references(),
	};
}

export function finalFiles(t: TestApp): Record<string, string> {
	const files: Record<string, string> = {};
	for (const f of t.app.vault.getMarkdownFiles()) files[f.path] = t.app.vault._text(f.path) ?? "";
	return files;
}

export async function freshBuild(files: Record<string, string>): Promise<HighlightIndex> {
	const t = createTestApp({ files });
	const index = new HighlightIndex();
	const sync = new IndexSync({ app: t.obsidianApp, index, folders: () => [] });
	sync.load();
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	sync.unload();
	t.assertClean();
	t.dispose();
	return index;
}


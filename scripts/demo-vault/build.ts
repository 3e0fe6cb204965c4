// `npx tsx scripts/demo-vault/build.ts`: (re)write demo/vault/ from the content tables in this folder.
// The committed result is the files in demo/vault/; this script only keeps them consistent (counts, ids, times).
// Deterministic: the same tables always give byte-identical files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { DAODEJING, LUNYU, TANGSHI, ZHUANGZI } from "./books-classics-zh.ts";
import { EMERSON, MEDITATIONS, PRIDE, WALDEN } from "./books-en.ts";
import { CLOCKMAKER, GARDEN, RIVERS, SLOW } from "./books-modern-zh.ts";
import type { BookSpec, ResolvedBook } from "./model.ts";
import { DAILY_NOTES, DAILY_NOTES_ON_THIS_DAY, PERMANENT_NOTES } from "./ordinary-notes.ts";
import { highlightsOfDay, renderBook } from "./render.ts";
import { readingTimeCache, READING_TIME_PATH } from "./reading-time.ts";
import { resolveBook } from "./resolve.ts";

const OUT = process.argv[2] ?? "demo/vault";
const BOOK_FOLDER = "微信读书";

export const BOOKS: readonly BookSpec[] = [LUNYU, EMERSON, DAODEJING, WALDEN, ZHUANGZI, TANGSHI, GARDEN, CLOCKMAKER, MEDITATIONS, SLOW, RIVERS, PRIDE];

const resolved = BOOKS.map(resolveBook);
const byKey = new Map<string, ResolvedBook>(resolved.map((b) => [b.spec.key, b]));

function target(ref: string): { book: ResolvedBook; blockId: string } {
	const [bookKey, itemKey] = ref.split(".");
	const book = byKey.get(bookKey ?? "");
	const entry = book?.entries.find((e) => e.spec.k === itemKey);
	if (book === undefined || entry === undefined) throw new Error(`unknown highlight @{${ref}}`);
	return { book, blockId: entry.bookmarkId };
}

function dailyBlock(day: string): string {
	const lines = ["<!-- start of weread -->", ""];
	for (const book of resolved) {
		const today = highlightsOfDay(book, day);
		if (today.length === 0) continue;
		lines.push(`### ${book.spec.title}`, ...today.map((e) => `![[${book.fileBase}#^${e.bookmarkId}]]`), "");
	}
	if (lines.length === 2) throw new Error(`no highlights on ${day}`);
	lines.push("<!-- end of weread -->");
	return lines.join("\n");
}

function expand(path: string, text: string): string {
	return text
		.replace(/@md\{([\w.]+)\}/g, (_, ref: string) => {
			const t = target(ref);
			return `${encodeURIComponent(t.book.fileBase)}.md#^${t.blockId}`;
		})
		.replace(/@\{([\w.]+)\}/g, (_, ref: string) => {
			const t = target(ref);
			return `${t.book.fileBase}#^${t.blockId}`;
		})
		.replace("{{weread}}", () => dailyBlock(path.slice("daily/".length, "daily/".length + 10)));
}

const files: { path: string; text: string }[] = [
	...resolved.map((b) => ({ path: `${BOOK_FOLDER}/${b.fileBase}.md`, text: renderBook(b) })),
	...[...DAILY_NOTES, ...DAILY_NOTES_ON_THIS_DAY, ...PERMANENT_NOTES].map((n) => ({ path: n.path, text: expand(n.path, n.text) })),
	// The core Daily Notes plugin's settings (issue 14): the reader keeps daily notes in daily/ as YYYY-MM-DD, so the
	// timeline finds them. Config-folder files are not vault files: the e2e harness passes them as configFiles.
	{ path: ".obsidian/daily-notes.json", text: `${JSON.stringify({ folder: "daily", format: "YYYY-MM-DD", template: "" }, null, 2)}\n` },
];

rmSync(OUT, { recursive: true, force: true });
for (const f of files) {
	const full = join(OUT, f.path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, f.text);
}
// The sync plugin's reading-time cache (issue 14): in a hidden folder, so not a note of the vault.
mkdirSync(join(OUT, dirname(READING_TIME_PATH)), { recursive: true });
writeFileSync(join(OUT, READING_TIME_PATH), readingTimeCache(resolved));

const summary = resolved.map(
	(b) =>
		`${b.spec.era.padEnd(15)} ${b.spec.lang}  ${String(b.noteCount).padStart(3)} highlights  ` +
		`${String(b.reviewCount).padStart(2)} reviews  ${b.spec.title}`,
);
process.stderr.write(`${summary.join("\n")}\nwrote ${files.length} notes to ${OUT}\n`);

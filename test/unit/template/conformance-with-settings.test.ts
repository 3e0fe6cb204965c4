// Issue 12's conformance rule, on every corpus note whose vault's sync settings are in the corpus: parsed as the
// plugin parses it with those settings (the built-in rules with the template's recognizer beside them),
// 1. every time the note shows (a `yyyy-MM-dd HH:mm` stamp on a line of an entry's block) belongs to an entry that
//    has `createdAt` — checked against the note's own lines, not against another parse;
// 2. nothing the built-in rules read is lost or changed: each built-in highlight and review is still there, with its
//    text, id and time.
// The vault of each note comes from SOURCES.md (its repo column); a settings file is `<owner>+<repo>.json`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";
import { parserWithRecognizer } from "../../../src/core/template/apply-recognizer.ts";
import { chooseTemplate } from "../../../src/core/template/choose-template.ts";
import { deriveShapeSpec } from "../../../src/core/template/derive-shapes.ts";
import { compileRecognizer } from "../../../src/core/template/recognizer.ts";
import { pickSyncSettings } from "../../../src/core/template/sync-settings.ts";

const CORPUS = join(process.cwd(), "..", "shared", "corpus");

interface CorpusNote {
	readonly file: string;
	readonly settingsFile: string;
}

function notesWithSettings(): CorpusNote[] {
	const sources = readFileSync(join(CORPUS, "SOURCES.md"), "utf8");
	const out: CorpusNote[] = [];
	for (const line of sources.split("\n")) {
		const cells = line.split("|").map((c) => c.trim());
		const file = cells[1];
		const repo = cells[2];
		if (file === undefined || repo === undefined || !file.endsWith(".md") || !repo.includes("/")) continue;
		const settingsFile = join(CORPUS, "sync-settings", `${repo.replace("/", "+")}.json`);
		if (existsSync(settingsFile) && existsSync(join(CORPUS, file))) out.push({ file, settingsFile });
	}
	return out;
}

/** Lines that show a time of day: `2024-04-10 14:17[:05]`, `[[2022-05-20]] 11:06`, `⏱[[2022-04-06]]20:35`. */
const TIME_SHOWN = /\d{4}-\d{2}-\d{2}(?:\]\])?\s*\d{1,2}:\d{2}/;
/** Metadata lines that carry dates but are not entries (publish time, reading info). */
const METADATA = /出版|publish|lastRead|readingDate|finishedDate|readingTime|阅读|更新/i;

function parseWith(settingsFile: string): (path: string, text: string) => ReturnType<typeof parseNote> {
	const picked = pickSyncSettings(readFileSync(settingsFile, "utf8"));
	assert.ok(picked.ok, settingsFile);
	const choice = chooseTemplate(picked.settings);
	if (!choice.ok) return parseNote;
	const derived = deriveShapeSpec(choice.template, choice.trimBlocks);
	if (!derived.ok) return parseNote;
	return parserWithRecognizer(compileRecognizer(derived.spec));
}

// CI has the corpus beside the repository (../shared/corpus), as the other conformance tests read it; like them,
// a checkout without it says so in one test instead of failing to load.
const cases = existsSync(join(CORPUS, "SOURCES.md")) ? notesWithSettings() : [];

if (!existsSync(join(CORPUS, "SOURCES.md"))) {
	test("conformance with sync settings: ../shared/corpus is absent, nothing to check", () => {});
} else {
	test("the corpus has notes with their vault's settings (the conformance below is not vacuous)", () => {
		assert.ok(cases.length >= 15, `only ${cases.length} notes matched`);
	});
}

for (const { file, settingsFile } of cases) {
	test(`${file} with its vault's settings: every time shown is an entry's createdAt; nothing built-in is lost`, () => {
		const text = readFileSync(join(CORPUS, file), "utf8");
		const builtIn = parseNote(file, text);
		const withTemplate = parseWith(settingsFile)(file, text);
		if (builtIn.kind !== "weread") {
			assert.equal(withTemplate.kind, builtIn.kind);
			return;
		}
		assert.equal(withTemplate.kind, "weread");
		const note = withTemplate as ParsedNote;

		// 2. Nothing lost: every built-in entry is there, same text, id and (when it had one) time.
		for (const h of builtIn.highlights) {
			const same = note.highlights.find((x) => x.line === h.line);
			assert.ok(same, `highlight at line ${h.line} lost`);
			assert.equal(same.text, h.text);
			assert.equal(same.blockId, h.blockId);
			if (h.createdAt !== null) assert.equal(same.createdAt, h.createdAt);
		}
		for (const r of builtIn.reviews) {
			const same = note.reviews.find((x) => x.line === r.line);
			assert.ok(same, `review at line ${r.line} lost`);
			assert.equal(same.content, r.content);
			if (r.createdAt !== null) assert.equal(same.createdAt, r.createdAt);
		}

		// 1. Every time the note shows, outside the frontmatter and metadata lines, is inside a dated entry.
		const lines = text.split(/\r?\n/);
		const fmEnd = lines.indexOf("---", 1);
		const entries = [...note.highlights, ...note.reviews];
		const undated: number[] = [];
		for (let i = fmEnd + 1; i < lines.length; i++) {
			const line = lines[i]!;
			if (!TIME_SHOWN.test(line) || METADATA.test(line)) continue;
			const owner = entries.find((e) => e.line <= i && i <= e.endLine);
			if (owner === undefined || owner.createdAt === null) undated.push(i);
		}
		assert.deepEqual(undated, [], `lines showing a time that no dated entry covers: ${undated.map((i) => `${i}: ${lines[i]}`).join(" | ")}`);
	});
}

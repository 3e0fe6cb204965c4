// Deriving a template's shapes and reading notes with them (issue 12 item 3). The main test is a round trip: each
// template — our three fixtures in the shapes the issue names, and every template in the corpus' sync settings — is
// rendered over a realistic book (realistic-book.ts, not the sentinels the derivation learns from), and the
// recognizer compiled from the derived shapes must give back each highlight the template prints, with its time to
// the precision the template prints it, its id, its thought, and nothing else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveShapeSpec } from "../../../src/core/template/derive-shapes.ts";
import type { RecognizedEntry } from "../../../src/core/template/recognized.ts";
import { compileRecognizer } from "../../../src/core/template/recognizer.ts";
import { renderTemplate } from "../../../src/core/template/render-template.ts";
import { pickSyncSettings } from "../../../src/core/template/sync-settings.ts";
import { realisticBook, type BookHighlight } from "./realistic-book.ts";

const FIXTURES = join(process.cwd(), "test", "fixtures", "templates");
const SETTINGS = join(process.cwd(), "..", "shared", "corpus", "sync-settings");

function roundTrip(template: string, trimBlocks: boolean): { note: string; found: RecognizedEntry[]; book: BookHighlight[] } {
	const derived = deriveShapeSpec(template, trimBlocks);
	assert.ok(derived.ok, `derivation failed: ${!derived.ok ? `${derived.reason}: ${derived.detail}` : ""}`);
	const { context, highlights } = realisticBook();
	const note = renderTemplate(template, trimBlocks, context);
	return { note, found: compileRecognizer(derived.spec).recognize(note), book: highlights };
}

const squash = (s: string): string => s.replace(/\s+/g, "");

/** The recognized highlight of `h`: the one whose text, spaces aside, is h's text (templates may re-wrap lines). */
function entryOf(found: readonly RecognizedEntry[], h: BookHighlight): RecognizedEntry | undefined {
	return found.find((e) => e.kind === "highlight" && squash(e.text).replace(/#金句卡$/, "") === squash(h.markText));
}

// ---- the three shapes the issue names, in templates of our own (read by hand: what each prints) -------------------

test("round trip: `> [!quote|notitle]` / `> text #金句卡 ^id` with `- ⏱yyyy-MM-dd HH:mm` after the callout", () => {
	const template = readFileSync(join(FIXTURES, "quote-notitle-time-after.njk"), "utf8");
	const { found, book } = roundTrip(template, false);
	for (const h of book) {
		const e = entryOf(found, h);
		assert.ok(e, `not found: ${h.markText}`);
		// The template slices the time to minutes: the recognizer gives `:00`, never invented seconds.
		assert.equal(e.createdAt, `${h.createTime.slice(0, 16)}:00`);
		assert.equal(e.blockId, h.bookmarkId.replace(/_/g, "-"));
		assert.equal(e.chapterTitle, h.chapterTitle);
	}
	assert.equal(found.length, book.length, "nothing else is recognized");
});

test("round trip: Sleepleeps-style `>[!weread4] text ^id` callouts with ` >- time`, under `###### … 高亮` labels", () => {
	const template = readFileSync(join(FIXTURES, "weread4-callouts.njk"), "utf8");
	const { found, book } = roundTrip(template, true);
	for (const h of book) {
		const e = entryOf(found, h);
		assert.ok(e, `not found: ${h.markText}`);
		assert.equal(e.createdAt, h.createTime);
		assert.equal(e.blockId, `${h.chapterUid}-${h.range}`);
		// The chapter heading is `### 0.N title` as the template writes it.
		assert.match(e.chapterTitle ?? "", new RegExp(`^0\\.\\d ${h.chapterTitle.replace(/\./g, "\\.")}$`));
	}
	assert.equal(found.length, book.length);
});

test("round trip: `— 创建于 [[date]] HH:mm ^id` with the thought as the next list item", () => {
	const template = readFileSync(join(FIXTURES, "created-at-thought-after.njk"), "utf8");
	const { found, book } = roundTrip(template, false);
	for (const h of book) {
		const e = entryOf(found, h);
		assert.ok(e, `not found: ${h.markText}`);
		assert.equal(e.createdAt, `${h.createTime.slice(0, 16)}:00`);
		assert.equal(e.createdDate, h.createTime.slice(0, 10));
		assert.equal(e.blockId, h.bookmarkId.replace(/_/g, "-"));
		assert.equal(e.thought, h.reviewContent, `thought of ${h.markText}`);
	}
	assert.equal(found.length, book.length);
});

// ---- every template in the corpus' sync settings -------------------------------------------------------------------

function corpusTemplates(): { name: string; template: string; trimBlocks: boolean }[] {
	const out: { name: string; template: string; trimBlocks: boolean }[] = [];
	if (!existsSync(SETTINGS)) return out;
	for (const file of readdirSync(SETTINGS).filter((f) => f.endsWith(".json")).sort()) {
		const picked = pickSyncSettings(readFileSync(join(SETTINGS, file), "utf8"));
		if (!picked.ok) continue;
		if (picked.settings.template) out.push({ name: `${file} template`, template: picked.settings.template, trimBlocks: picked.settings.trimBlocks ?? false });
		for (const t of picked.settings.themes) if (t.template) out.push({ name: `${file} theme ${t.id}`, template: t.template, trimBlocks: t.trimBlocks ?? false });
	}
	return out;
}

const CORPUS_TEMPLATES = corpusTemplates();

test("the corpus holds the templates the round trips below read (not vacuous, when the corpus is here)", () => {
	if (existsSync(SETTINGS)) assert.ok(CORPUS_TEMPLATES.length >= 20, `${CORPUS_TEMPLATES.length} templates`);
});

for (const { name, template, trimBlocks } of CORPUS_TEMPLATES) {
	test(`round trip over the corpus template ${name}: every dated highlight it prints is read with its time, nothing invented`, () => {
		const derived = deriveShapeSpec(template, trimBlocks);
		const { context, highlights } = realisticBook();
		const note = renderTemplate(template, trimBlocks, context);
		if (!derived.ok) {
			// Only a template that prints no time and no id may be left to the built-in rules.
			assert.equal(derived.reason, "no-entries", `${derived.reason}: ${derived.detail}`);
			assert.ok(!highlights.some((h) => note.includes(h.createTime.slice(0, 16))), "the note shows times, yet no shape was derived");
			return;
		}
		const found = compileRecognizer(derived.spec).recognize(note);
		for (const h of highlights) {
			// What the note shows of this highlight's time: the whole time, or its minutes (read from the note itself).
			const shown = note.includes(h.createTime) ? h.createTime : note.includes(h.createTime.slice(0, 16)) ? `${h.createTime.slice(0, 16)}:00` : null;
			if (shown === null) continue;
			const dated = found.filter((e) => e.createdAt === shown);
			assert.ok(dated.length >= 1, `${h.createTime} (${h.markText.slice(0, 12)}…) not read`);
			assert.ok(
				dated.some((e) => squash(e.text).includes(squash(h.markText).slice(0, 8)) || squash(e.text).includes(squash(h.reviewContent ?? "\u0000").slice(0, 4))),
				`${h.createTime}: read with another text: ${dated.map((e) => e.text).join(" / ")}`,
			);
		}
		// Nothing invented: every entry read carries a time or an id the note really has.
		for (const e of found) {
			assert.ok((e.createdAt !== null && note.includes(e.createdAt.slice(0, 16))) || (e.blockId !== null && note.includes(`^${e.blockId}`)), JSON.stringify(e));
		}
	});
}

// ---- failures never throw --------------------------------------------------------------------------------------------

test("a template that fails to render, renders nothing or prints no highlight: a reason, never a throw", () => {
	const syntax = deriveShapeSpec("{% for h in chapterHighlights %}{{ h.title }", false);
	assert.equal(!syntax.ok && syntax.reason, "render-error");
	const blank = deriveShapeSpec("{% if false %}x{% endif %}\n\n   \n", true);
	assert.equal(!blank.ok && blank.reason, "renders-nothing");
	const noEntries = deriveShapeSpec("# {{ metaData.title }}\n> {{ metaData.author }}\n", false);
	assert.equal(!noEntries.ok && noEntries.reason, "no-entries");
	// No loader: `include` finds nothing (no file system, no network).
	const include = deriveShapeSpec('{% include "/etc/passwd" %}', false);
	assert.equal(!include.ok && include.reason, "render-error");
	assert.match(!include.ok ? include.detail : "", /template not found/);
});

test("sentinels look real: a template that slices, truncates, trims and splits them still shows where each field goes", () => {
	const template = [
		"{% for c in chapterHighlights %}## {{ c.chapterTitle | trim }}",
		"{% for h in c.highlights %}- {{ h.markText | truncate(60) | trim }} ({{ h.createTime.slice(0, 16) }}) ^{{ h.bookmarkId | split('_') | join('-') }}",
		"{% endfor %}{% endfor %}",
	].join("\n");
	const derived = deriveShapeSpec(template, false);
	assert.ok(derived.ok);
	const { context, highlights } = realisticBook();
	const found = compileRecognizer(derived.spec).recognize(renderTemplate(template, false, context));
	const single = highlights.filter((h) => !h.markText.includes("\n"));
	for (const h of single) assert.ok(found.some((e) => e.createdAt === `${h.createTime.slice(0, 16)}:00` && e.blockId === h.bookmarkId.replace(/_/g, "-")), h.markText);
});

test("derived shapes are cached per template text and trimBlocks", () => {
	const template = readFileSync(join(FIXTURES, "created-at-thought-after.njk"), "utf8");
	const a = deriveShapeSpec(template, false);
	assert.equal(deriveShapeSpec(template, false), a);
	assert.notEqual(deriveShapeSpec(template, true), a);
	assert.ok(a.ok && JSON.parse(JSON.stringify(a.spec)).fingerprint === a.spec.fingerprint, "the spec is plain JSON");
});

test("the recognizer never throws and reads nothing from a note in another shape", () => {
	const derived = deriveShapeSpec(readFileSync(join(FIXTURES, "weread4-callouts.njk"), "utf8"), true);
	assert.ok(derived.ok);
	const recognizer = compileRecognizer(derived.spec);
	for (const text of ["", "\uFEFF---\n", "---\ndoc_type: weread-highlights-reviews\n---\n# 高亮划线\n## 第一章\n- 📌 一条 ^1-2-3-4\n    - ⏱ 2024-01-01 10:00:00\n", "\r\n\r\n>[!weread4]\r\n >-"]) {
		assert.deepEqual(recognizer.recognize(text), []);
	}
	assert.throws(() => compileRecognizer({ version: 99 } as never), /Unknown shape spec version 99/);
});

test("builtInCovers: a standard template's shapes add nothing to the built-in rules (so no recognizer needs to run); a custom one's do", () => {
	// A dash-era default (our own copy of its shape: `- 📌 text ^id` / `    - ⏱ time`).
	const dashTemplate = [
		"---\ndoc_type: weread-highlights-reviews\nbookId: \"{{metaData.bookId}}\"\n---\n# 高亮划线",
		"{% for chapter in chapterHighlights %}\n## {{chapter.chapterTitle}}\n{% for h in chapter.highlights %}",
		"- 📌 {{h.markText}} ^{{metaData.bookId}}-{{h.chapterUid}}-{{h.range}}\n    - ⏱ {{h.createTime}} \n{% endfor %}{% endfor %}",
	].join("\n");
	const dash = deriveShapeSpec(dashTemplate, false);
	assert.ok(dash.ok && dash.spec.builtInCovers, "the 2022 dash-era default shape");
	const star = deriveShapeSpec(readFileSync(join(FIXTURES, "star-list-watch-time.njk"), "utf8"), false);
	assert.ok(star.ok && !star.spec.builtInCovers, "`* text ^id` / `⌚ time`: only the recognizer reads it");
});

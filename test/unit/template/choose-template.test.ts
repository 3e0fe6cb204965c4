// Which template renders the user's notes (issue 12 item 2): the sync plugin's (2.1.0) load and render rules over
// its stored settings. Every expected value below is derived by hand from those rules (choose-template.ts cites the
// lines); the corpus test checks each vault's choice, reasoned per file in its comment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chooseTemplate } from "../../../src/core/template/choose-template.ts";
import { pickSyncSettings, type SyncSettings, type SyncTheme } from "../../../src/core/template/sync-settings.ts";

function settings(over: Partial<SyncSettings>): SyncSettings {
	return {
		template: null,
		trimBlocks: null,
		themes: [],
		activeThemeId: null,
		noteLocation: null,
		fileNameType: null,
		subFolderType: null,
		showEmptyChapterTitleToggle: null,
		dailyNotesToggle: null,
		dailyNotesLocation: null,
		dailyNotesFormat: null,
		insertAfter: null,
		insertBefore: null,
		...over,
	};
}

const builtIn = (id: string, template: string | null, trimBlocks: boolean | null = true): SyncTheme => ({ id, name: `name of ${id}`, template, trimBlocks, isBuiltIn: true, source: "builtin" });
const user = (id: string, source: SyncTheme["source"], template: string | null, trimBlocks: boolean | null = null): SyncTheme => ({ id, name: `name of ${id}`, template, trimBlocks, isBuiltIn: false, source });
/** The three built-ins as a 2.x file stores them (each with its text). */
const BUILT_INS = [builtIn("builtin_merged", "M"), builtIn("builtin_separated", "S"), builtIn("builtin_official", "O")];

/** Any key of either side of a TemplateChoice; only the keys a row names are checked. */
type ChoiceKey = "ok" | "template" | "trimBlocks" | "lstripBlocks" | "source" | "themeId" | "themeName" | "reason" | "message" | "fallback";
type Expect = Partial<Record<ChoiceKey, unknown>> & { asWritten?: Partial<Record<ChoiceKey, unknown>> | null };
const ROWS: { name: string; input: SyncSettings; expect: Expect }[] = [
	{
		name: "before themes (no themes, no activeThemeId): the top-level template, trimBlocks missing = off",
		input: settings({ template: "T" }),
		expect: { ok: true, template: "T", trimBlocks: false, lstripBlocks: false, source: "legacy-template", themeId: null, themeName: null, fallback: null, asWritten: null },
	},
	{
		name: "before themes, trimBlocks true: Nunjucks trimBlocks and lstripBlocks both on",
		input: settings({ template: "T", trimBlocks: true }),
		expect: { ok: true, template: "T", trimBlocks: true, lstripBlocks: true, source: "legacy-template", themeId: null },
	},
	{
		name: "before themes, empty template: no legacy theme, so 2.1 renders its bundled merged theme, whose text the file lacks",
		input: settings({ template: "" }),
		expect: { ok: false, reason: "built-in-not-stored", themeId: "builtin_merged", themeName: null },
	},
	{
		name: "template missing: same as empty (2.1's default template is '')",
		input: settings({ template: null }),
		expect: { ok: false, reason: "built-in-not-stored", themeId: "builtin_merged" },
	},
	{
		name: "2.x file, merged active, no legacy template: the load keeps merged (themes[0]); its stored text and flag",
		input: settings({ template: "", trimBlocks: false, themes: BUILT_INS, activeThemeId: "builtin_merged" }),
		expect: { ok: true, template: "M", trimBlocks: true, lstripBlocks: true, source: "built-in-theme", themeId: "builtin_merged", themeName: "name of builtin_merged", fallback: null, asWritten: null },
	},
	{
		name: "1.4.0–1.4.1 built-ins were stored with trimBlocks false: the stored flag wins",
		input: settings({ template: "", themes: [builtIn("builtin_merged", "M", false)], activeThemeId: "builtin_merged" }),
		expect: { ok: true, template: "M", trimBlocks: false, lstripBlocks: false, source: "built-in-theme" },
	},
	{
		name: "a built-in other than merged is active: the load falls back to themes[0] (merged); the file's own choice is asWritten",
		input: settings({ template: "", themes: BUILT_INS, activeThemeId: "builtin_official" }),
		expect: {
			ok: true, template: "M", source: "built-in-theme", themeId: "builtin_merged",
			fallback: { storedId: "builtin_official", reason: "built-in" },
			asWritten: { ok: true, template: "O", trimBlocks: true, source: "built-in-theme", themeId: "builtin_official" },
		},
	},
	{
		name: "a non-empty template makes the virtual legacy theme, which a built-in active theme falls back to",
		input: settings({ template: "L", trimBlocks: true, themes: BUILT_INS, activeThemeId: "builtin_separated" }),
		expect: {
			ok: true, template: "L", trimBlocks: true, lstripBlocks: true, source: "legacy-template", themeId: "legacy_template", themeName: "旧模板",
			fallback: { storedId: "builtin_separated", reason: "built-in" },
			asWritten: { ok: true, template: "S", source: "built-in-theme", themeId: "builtin_separated" },
		},
	},
	{
		name: "a stored legacy_template is dropped and re-made with the top-level trimBlocks (its own flag is ignored)",
		input: settings({ template: "L", trimBlocks: false, themes: [...BUILT_INS, user("legacy_template", "legacy", "", true)], activeThemeId: "legacy_template" }),
		expect: { ok: true, template: "L", trimBlocks: false, source: "legacy-template", themeId: "legacy_template", fallback: null, asWritten: null },
	},
	{
		name: "active id missing (2.0's builtin_separated_with_popular, gone in 2.1): merged; the file's stored text is asWritten",
		input: settings({ template: "", themes: [...BUILT_INS, builtIn("builtin_separated_with_popular", "P")], activeThemeId: "builtin_separated_with_popular" }),
		expect: {
			ok: true, template: "M", themeId: "builtin_merged",
			fallback: { storedId: "builtin_separated_with_popular", reason: "missing" },
			asWritten: { ok: true, template: "P", themeId: "builtin_separated_with_popular", source: "built-in-theme" },
		},
	},
	{
		name: "themes stored but activeThemeId missing: 2.1's default (merged) is built-in, so the legacy theme; asWritten adds nothing",
		input: settings({ template: "L", themes: BUILT_INS }),
		expect: { ok: true, template: "L", trimBlocks: false, themeId: "legacy_template", fallback: { storedId: null, reason: "missing" }, asWritten: null },
	},
	{
		name: "a custom theme renders its own template; its trimBlocks null takes the top-level one",
		input: settings({ template: "L", trimBlocks: true, themes: [...BUILT_INS, user("user_1", "custom", "C")], activeThemeId: "user_1" }),
		expect: { ok: true, template: "C", trimBlocks: true, lstripBlocks: true, source: "theme", themeId: "user_1", themeName: "name of user_1", fallback: null },
	},
	{
		name: "a custom theme's own trimBlocks false beats the top-level true",
		input: settings({ template: "L", trimBlocks: true, themes: [...BUILT_INS, user("user_1", "custom", "C", false)], activeThemeId: "user_1" }),
		expect: { ok: true, template: "C", trimBlocks: false, lstripBlocks: false },
	},
	{
		name: "a custom theme without a template falls back to the top-level template (activeTheme.template ?? template)",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_1", "custom", null)], activeThemeId: "user_1" }),
		expect: { ok: true, template: "L", source: "theme", themeId: "user_1" },
	},
	{
		name: "a custom theme whose template is '' renders nothing ('' is not nullish)",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_1", "custom", "")], activeThemeId: "user_1" }),
		expect: { ok: false, reason: "empty-template", themeId: "user_1", themeName: "name of user_1" },
	},
	{
		name: "a user theme without source becomes legacy on load: it renders the top-level template, not its own",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_1", null, "OWN", true)], activeThemeId: "user_1" }),
		expect: { ok: true, template: "L", trimBlocks: true, source: "legacy-template", themeId: "user_1", themeName: "name of user_1" },
	},
	{
		name: "an unknown source is not legacy: the theme's own template",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_1", "other", "OWN")], activeThemeId: "user_1" }),
		expect: { ok: true, template: "OWN", source: "theme" },
	},
	{
		name: "a legacy theme whose top-level template was cleared renders nothing",
		input: settings({ template: "", themes: [...BUILT_INS, user("user_1", "legacy", "OLD")], activeThemeId: "user_1" }),
		expect: { ok: false, reason: "empty-template", themeId: "user_1" },
	},
	{
		name: "built-in active, a custom and a stored legacy theme: the first legacy theme, not themes[0], and no virtual one",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_c", "custom", "C"), user("user_l", "legacy", "X", true)], activeThemeId: "builtin_merged" }),
		expect: {
			ok: true, template: "L", trimBlocks: true, source: "legacy-template", themeId: "user_l",
			fallback: { storedId: "builtin_merged", reason: "built-in" },
			asWritten: { ok: true, template: "M", themeId: "builtin_merged" },
		},
	},
	{
		name: "a custom theme is never a fallback: a missing active id goes to the virtual legacy theme",
		input: settings({ template: "L", themes: [...BUILT_INS, user("user_c", "custom", "C")], activeThemeId: "gone" }),
		expect: { ok: true, template: "L", themeId: "legacy_template", fallback: { storedId: "gone", reason: "missing" } },
	},
	{
		name: "a stored legacy_* theme (old migration) is dropped on load, so it counts as missing",
		input: settings({ template: "", themes: [...BUILT_INS, user("legacy_old", "legacy", "X")], activeThemeId: "legacy_old" }),
		expect: { ok: true, template: "M", themeId: "builtin_merged", fallback: { storedId: "legacy_old", reason: "missing" } },
	},
	{
		name: "themes stored without the built-ins, active missing: 2.1's bundled merged, not in the file",
		input: settings({ template: "", themes: [user("user_c", "custom", "C")], activeThemeId: "gone" }),
		expect: { ok: false, reason: "built-in-not-stored", themeId: "builtin_merged" },
	},
];

for (const row of ROWS) {
	test(`choose template: ${row.name}`, () => {
		const got = chooseTemplate(row.input) as unknown as Record<string, unknown>;
		for (const [key, want] of Object.entries(row.expect)) {
			if (key === "asWritten" && want !== null) {
				const sub = got.asWritten as Record<string, unknown> | null;
				assert.ok(sub, "asWritten");
				for (const [k, w] of Object.entries(want as Record<string, unknown>)) assert.deepEqual(sub[k], w, `asWritten.${k}`);
			} else assert.deepEqual(got[key], want, key);
		}
		if (got.ok === false) assert.ok(typeof got.message === "string" && (got.message as string).length > 0, "a failure says why");
	});
}

test("sync settings: a theme's source as the sync plugin's load reads it (falsy → null, unknown → other)", () => {
	const sources = [undefined, "", 0, "legacy", "custom", "builtin", "mine", 5];
	const r = pickSyncSettings(JSON.stringify({ themes: sources.map((source, i) => ({ id: `t${i}`, source })) }));
	assert.ok(r.ok);
	assert.deepEqual(r.settings.themes.map((t) => t.source), [null, null, null, "legacy", "custom", "builtin", "other", "other"]);
});

const CORPUS = join("..", "shared", "corpus", "sync-settings");
// Checked by hand against each file (activeThemeId, themes, template; every file sets no theme trimBlocks other than
// the built-ins' true):
// - 7Wate+wiki, FlyAboveGrass+note, LeeLure+Notes, Maxaayang+note, Rui-Lian+Obsidian, Yuan-Desheng+ewige_wiederkunft,
//   fulln+TIL, hustwenchao+wechat_book_notes, mowang111+personal_knowledge_repository, ormissia+reading_notes,
//   qinjinning+reading_jinn: no themes, no activeThemeId, a template of 1,100–3,300 characters, no trimBlocks
//   → their own (pre-1.4) template, whitespace kept (trimBlocks off), themeId null.
// - Lynn008800+Lynn-, asdki6+obsidian: the 2.1.0 built-ins, template "", active builtin_merged → the load keeps
//   merged (no legacy theme; themes[0] is merged itself): the stored merged text, trimBlocks true, no fallback.
// - hjb2722404+ob-wiki: the 1.5.5–1.6.x built-ins (shorter texts), template "", active builtin_merged → same.
// - fengjutian+wxreader-note: the 1.5.5–1.6.x built-ins, template "", active builtin_official → the load falls back
//   to themes[0] = merged; the file's own choice (official) is asWritten.
const EXPECTED: Record<string, { source: string; themeId: string | null; trimBlocks: boolean; fallbackFrom?: string; asWrittenId?: string }> = {
	"7Wate+wiki.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"FlyAboveGrass+note.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"LeeLure+Notes.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"Lynn008800+Lynn-.json": { source: "built-in-theme", themeId: "builtin_merged", trimBlocks: true },
	"Maxaayang+note.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"Rui-Lian+Obsidian.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"Yuan-Desheng+ewige_wiederkunft.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"asdki6+obsidian.json": { source: "built-in-theme", themeId: "builtin_merged", trimBlocks: true },
	"fengjutian+wxreader-note.json": { source: "built-in-theme", themeId: "builtin_merged", trimBlocks: true, fallbackFrom: "builtin_official", asWrittenId: "builtin_official" },
	"fulln+TIL.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"hjb2722404+ob-wiki.json": { source: "built-in-theme", themeId: "builtin_merged", trimBlocks: true },
	"hustwenchao+wechat_book_notes.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"mowang111+personal_knowledge_repository.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"ormissia+reading_notes.json": { source: "legacy-template", themeId: null, trimBlocks: false },
	"qinjinning+reading_jinn.json": { source: "legacy-template", themeId: null, trimBlocks: false },
};

// Like the conformance test: the corpus is beside the repository in CI and on developers' machines.
if (existsSync(CORPUS)) test("choose template: every corpus vault's choice, checked by hand", () => {
	const files = readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort();
	assert.deepEqual(files, Object.keys(EXPECTED).sort(), "every corpus file has a hand-checked row");
	for (const f of files) {
		const text = readFileSync(join(CORPUS, f), "utf8");
		const r = pickSyncSettings(text);
		assert.ok(r.ok, f);
		const got = chooseTemplate(r.settings);
		const want = EXPECTED[f];
		assert.ok(want, f);
		assert.ok(got.ok, f);
		assert.deepEqual([got.source, got.themeId, got.trimBlocks, got.lstripBlocks], [want.source, want.themeId, want.trimBlocks, want.trimBlocks], f);
		assert.deepEqual(got.fallback?.storedId, want.fallbackFrom, `${f} fallback`);
		// The text is the file's own: the top-level template, or the stored theme's (read here from the raw JSON).
		const raw = JSON.parse(text) as { template?: string; themes?: { id: string; template: string }[] };
		const expectedText = want.themeId === null ? raw.template : raw.themes?.find((t) => t.id === want.themeId)?.template;
		assert.equal(got.template, expectedText, `${f} text`);
		assert.ok(got.template.length > 1000, `${f} is a real template`);
		if (want.asWrittenId === undefined) assert.equal(got.asWritten, null, `${f} asWritten`);
		else {
			assert.ok(got.asWritten?.ok, f);
			assert.equal(got.asWritten.themeId, want.asWrittenId, f);
			assert.equal(got.asWritten.template, raw.themes?.find((t) => t.id === want.asWrittenId)?.template, `${f} asWritten text`);
		}
	}
});

// From the sync plugin's settings to the parser the index uses (issue 12 items 3, 5, 6): TemplateShapes over the
// real SyncSettingsReader and the shim's config-folder files, with a scripted BuildRecognizer (the worker is tested
// in derive-worker-host.test.ts, the derivation in test/unit/template). What is asserted: which template is handed
// to the build, when the parser changes (and only then the notes are read again), and what the state says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseNote } from "../../src/core/parse/parse-note.ts";
import type { NoteParser } from "../../src/core/template/apply-recognizer.ts";
import type { NoteRecognizer } from "../../src/core/template/recognized.ts";
import { SyncSettingsReader } from "../../src/obsidian/sync-settings-reader.ts";
import { TemplateShapes, type RecognizerOutcome, type TemplateShapesState } from "../../src/obsidian/template-shapes.ts";
import { createTestApp } from "../shim/test-app.ts";

const PATH = ".obsidian/plugins/obsidian-weread-plugin/data.json";

function settingsFile(overrides: Record<string, unknown> = {}): string {
	return JSON.stringify({
		cookies: [{ name: "wr_skey", value: "sk-plain" }],
		template: "",
		trimBlocks: false,
		themes: [
			{ id: "builtin_merged", name: "合并", template: "merged {{ metaData.title }}", isBuiltIn: true, trimBlocks: true },
			{ id: "custom-1", name: "我的卡片", template: "custom {{ metaData.title }}", trimBlocks: true, isBuiltIn: false, source: "custom" },
		],
		activeThemeId: "custom-1",
		...overrides,
	});
}

const RECOGNIZER: NoteRecognizer = { recognize: () => [] };

async function start(options: { file?: string; enabled?: () => boolean; outcome?: (template: string) => RecognizerOutcome } = {}) {
	const t = createTestApp({ configFiles: options.file === undefined ? {} : { [PATH]: options.file } });
	const reader = new SyncSettingsReader(t.obsidianApp);
	const built: [string, boolean][] = [];
	const parsers: NoteParser[] = [];
	let reparses = 0;
	const shapes = new TemplateShapes({
		app: t.obsidianApp,
		syncSettings: reader,
		enabled: options.enabled ?? (() => true),
		build: (template, trimBlocks) => {
			built.push([template, trimBlocks]);
			return Promise.resolve(options.outcome?.(template) ?? { ok: true, recognizer: RECOGNIZER, shapes: `spec:${template.length}` });
		},
		index: { setParser: (p) => void parsers.push(p) },
		reparse: () => void reparses++,
	});
	reader.load();
	shapes.load();
	const states: TemplateShapesState[] = [];
	shapes.onChange((s) => states.push(s));
	let settled = false;
	void shapes.whenFirstSettled().then(() => (settled = true));
	t.app.workspace.triggerLayoutReady();
	await t.clock.runAll();
	return { t, reader, shapes, built, parsers, states, reparses: () => reparses, settled: () => settled };
}

test("no settings file: the built-in parser stays, nothing is re-read, and the first scan is let go", async () => {
	const h = await start();
	assert.deepEqual(h.shapes.state(), { status: "no-settings" });
	assert.deepEqual(h.built, []);
	assert.equal(h.parsers.length, 0);
	assert.equal(h.reparses(), 0);
	assert.equal(h.settled(), true);
});

test("the active custom theme is derived with its own trimBlocks; the parser changes once and the notes are read again", async () => {
	const h = await start({ file: settingsFile() });
	assert.deepEqual(h.built, [["custom {{ metaData.title }}", true]]);
	assert.equal(h.parsers.length, 1);
	assert.notEqual(h.parsers[0], parseNote);
	assert.equal(h.reparses(), 1);
	assert.deepEqual(h.shapes.state(), { status: "active", label: { themeName: "我的卡片", legacy: false } });
	assert.deepEqual(
		h.states.map((s) => s.status),
		["deriving", "active"],
	);
	assert.equal(h.settled(), true);
});

test("the same template seen again (a focus recheck, an unrelated key changed) is not derived again", async () => {
	const h = await start({ file: settingsFile() });
	h.t.app.vault.adapter._putConfigFile(PATH, settingsFile({ noteLocation: "/elsewhere" }));
	await h.reader.recheck();
	await h.t.clock.runAll();
	assert.equal(h.built.length, 1);
	assert.equal(h.reparses(), 1);
});

test("a new template text is derived and the notes are read again with it", async () => {
	const h = await start({ file: settingsFile() });
	h.t.app.vault.adapter._putConfigFile(
		PATH,
		settingsFile({ themes: [{ id: "custom-1", name: "我的卡片", template: "changed {{ metaData.title }}", trimBlocks: false, isBuiltIn: false, source: "custom" }] }),
	);
	await h.reader.recheck();
	await h.t.clock.runAll();
	assert.deepEqual(h.built.at(-1), ["changed {{ metaData.title }}", false]);
	assert.equal(h.parsers.length, 2);
	assert.equal(h.reparses(), 2);
});

test("a template that fails: the state says why, and the index keeps the built-in parser (never switched, never re-read)", async () => {
	const h = await start({ file: settingsFile(), outcome: () => ({ ok: false, reason: "timeout", detail: "The template took longer than 3 s to render" }) });
	assert.deepEqual(h.shapes.state(), {
		status: "failed",
		label: { themeName: "我的卡片", legacy: false },
		reason: "timeout",
		detail: "The template took longer than 3 s to render",
	});
	assert.equal(h.parsers.length, 0);
	assert.equal(h.reparses(), 0);
	assert.equal(h.settled(), true, "the first scan does not wait for a failed template");
});

test("a standard template (the built-in rules read all it writes): no recognizer, no re-read, the state says so", async () => {
	const h = await start({ file: settingsFile(), outcome: () => ({ ok: true, recognizer: null, shapes: "spec:standard" }) });
	assert.deepEqual(h.shapes.state(), { status: "standard", label: { themeName: "我的卡片", legacy: false } });
	assert.equal(h.parsers.length, 0);
	assert.equal(h.reparses(), 0);
});

test("turned off: back to the built-in parser, notes read again; on again: the template's parser returns", async () => {
	let enabled = true;
	const h = await start({ file: settingsFile(), enabled: () => enabled });
	enabled = false;
	await h.shapes.refresh();
	assert.deepEqual(h.shapes.state(), { status: "off" });
	assert.equal(h.parsers.at(-1), parseNote);
	assert.equal(h.reparses(), 2);
	enabled = true;
	await h.shapes.refresh();
	assert.equal(h.shapes.state().status, "active");
	assert.notEqual(h.parsers.at(-1), parseNote);
	assert.equal(h.reparses(), 3);
});

test("a file from before themes: its top-level template is derived, labelled as the template from before themes", async () => {
	const h = await start({ file: JSON.stringify({ template: "old {{ metaData.title }}", noteLocation: "/weread" }) });
	assert.deepEqual(h.built, [["old {{ metaData.title }}", false]]);
	assert.deepEqual(h.shapes.state(), { status: "active", label: { themeName: null, legacy: true } });
});

test("a settings file with no template the plugin can read (built-in active, texts not stored): no-template, built-in parser", async () => {
	const h = await start({
		file: JSON.stringify({ template: "", themes: [{ id: "builtin_merged", name: "合并", isBuiltIn: true }], activeThemeId: "builtin_merged" }),
	});
	assert.deepEqual(h.shapes.state(), { status: "no-template" });
	assert.deepEqual(h.built, []);
	assert.equal(h.parsers.length, 0);
});

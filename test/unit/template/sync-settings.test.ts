// The sync plugin's data.json reduced to what shapes notes (issue 12 item 1): fixed keys only, never a secret,
// never a throw.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_SYNC_SETTINGS_BYTES, pickSyncSettings } from "../../../src/core/template/sync-settings.ts";

const SECRETS = ["SECRET-COOKIE-wr_skey", "SECRET-VID-123456", "SECRET-API-KEY", "SECRET-CC-PASSWORD", "SECRET-AVATAR"];

test("sync settings: only the note-shaping keys come out; cookies, user, API key and cookie-cloud secrets never do", () => {
	const file = {
		cookies: [{ name: "wr_skey", value: SECRETS[0] }],
		userVid: SECRETS[1],
		user: SECRETS[1],
		wereadApiKey: SECRETS[2],
		cookieCloudInfo: { serverUrl: "x", uuid: "u", password: SECRETS[3] },
		userAvatar: SECRETS[4],
		template: "{{ metaData.title }}",
		trimBlocks: true,
		activeThemeId: "t1",
		// A secret hidden inside a theme's unknown key is dropped too.
		themes: [{ id: "t1", name: "Mine", template: "{{ x }}", trimBlocks: false, isBuiltIn: false, cookie: SECRETS[0] }, { name: "no id" }, 7],
		noteLocation: "/weread",
		dailyNotesToggle: true,
	};
	const result = pickSyncSettings(JSON.stringify(file));
	assert.ok(result.ok);
	const out = JSON.stringify(result.settings);
	for (const secret of SECRETS) assert.equal(out.includes(secret), false, secret);
	assert.deepEqual(Object.keys(result.settings).sort(), [
		"activeThemeId", "dailyNotesFormat", "dailyNotesLocation", "dailyNotesToggle", "fileNameType", "insertAfter", "insertBefore",
		"noteLocation", "showEmptyChapterTitleToggle", "subFolderType", "template", "themes", "trimBlocks",
	]);
	assert.deepEqual(result.settings.themes, [{ id: "t1", name: "Mine", template: "{{ x }}", trimBlocks: false, isBuiltIn: false, source: null }], "a theme without an id, and a number, are dropped");
	assert.equal(result.settings.template, "{{ metaData.title }}");
	assert.equal(result.settings.dailyNotesFormat, null, "absent keys are null");
});

test("sync settings: garbage never throws; a malformed key is null and the rest stay", () => {
	for (const [text, reason] of [["", "not-json"], ["{", "not-json"], ["[]", "not-an-object"], ["null", "not-an-object"], ["42", "not-an-object"]] as const) {
		const r = pickSyncSettings(text);
		assert.ok(!r.ok, text);
		assert.equal(r.reason, reason, text);
	}
	const big = pickSyncSettings(" ".repeat(MAX_SYNC_SETTINGS_BYTES + 1));
	assert.ok(!big.ok);
	assert.equal(big.reason, "too-large");
	const mixed = pickSyncSettings(JSON.stringify({ template: 5, trimBlocks: "yes", themes: "x", activeThemeId: ["a"], noteLocation: "/n" }));
	assert.ok(mixed.ok);
	assert.deepEqual([mixed.settings.template, mixed.settings.trimBlocks, mixed.settings.themes, mixed.settings.activeThemeId, mixed.settings.noteLocation], [null, null, [], null, "/n"]);
	// A key inherited from the prototype is not the file's.
	const proto = pickSyncSettings('{"__proto__": {"template": "x"}}');
	assert.ok(proto.ok);
	assert.equal(proto.settings.template, null);
});

const CORPUS = join("..", "shared", "corpus", "sync-settings");
// Like the conformance test: the corpus is beside the repository in CI and on developers' machines.
if (existsSync(CORPUS)) test("sync settings: every corpus vault's file reads (0.2.x–2.x layouts)", () => {
	const files = readdirSync(CORPUS).filter((f) => f.endsWith(".json"));
	assert.ok(files.length >= 15, `${files.length} files`);
	for (const f of files) {
		const r = pickSyncSettings(readFileSync(join(CORPUS, f), "utf8"));
		assert.ok(r.ok, f);
		// Checked by hand: 2.x files list the three built-in themes and an empty top-level template; older ones a template and no themes.
		if (r.settings.themes.length > 0) assert.deepEqual(r.settings.themes.map((t) => t.isBuiltIn), [true, true, true], f);
		else assert.ok((r.settings.template ?? "").length > 1000, f);
	}
});

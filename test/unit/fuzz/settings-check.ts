// The settings property, with the functions under test as arguments (so a scratch script can feed it a broken
// parseSettings and see it fail).
import assert from "node:assert/strict";
import type { ParsedSettings } from "../../../src/core/settings.ts";

interface Schema {
	safeParse(data: unknown): { success: boolean; error?: unknown };
}

export function checkSettings(parse: (raw: unknown) => ParsedSettings, schema: Schema, raw: unknown): void {
	const snapshot = JSON.stringify(raw);
	const first = parse(raw);
	const valid = schema.safeParse(first.settings);
	assert.ok(valid.success, `invalid settings from ${snapshot}: ${JSON.stringify(first.settings)}`);
	assert.equal(JSON.stringify(raw), snapshot, "the input is not mutated");
	assert.ok(Array.isArray(first.problems) && first.problems.every((p) => typeof p === "string" && p.length > 0));
	// What the plugin saves is what it read back next time: parsing it again must change nothing and report nothing.
	const second = parse(JSON.parse(JSON.stringify(first.settings)));
	assert.deepEqual(second.settings, first.settings, `not idempotent for ${snapshot}`);
	assert.deepEqual(second.problems, [], `problems on re-read of ${JSON.stringify(first.settings)}`);
	assert.equal(second.usedDefaults, false, "every field present after one pass");
	// Fresh objects: a caller may change its settings without touching the defaults or another result.
	assert.notEqual(first.settings.folders, parse(raw).settings.folders);
}

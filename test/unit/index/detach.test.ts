// Detached parse results are equal to the parser's own (the index stores them; only their storage differs).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detach, detachParsed } from "../../../src/core/index/detach.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";

const FIXTURES = new URL("../../fixtures/notes/", import.meta.url).pathname;

describe("detach", () => {
	test("equal strings, short and long, CJK, astral and lone surrogates", () => {
		for (const s of ["", "a", "短", "twelve chars", "thirteen char", "第一条划线，很长很长很长很长", "📌🔥 emoji \u{1F4AD} text", "\uD800 lone \uDC00 halves xx", "x".repeat(10_000)]) {
			assert.equal(detach(s), s);
			assert.equal(detach(`__${s}__`.slice(2, -2)), s);
		}
	});

	test("every fixture note: the detached result deep-equals a fresh parse", () => {
		const notes = readdirSync(FIXTURES).filter((f) => f.endsWith(".md"));
		assert.ok(notes.length >= 30, "the fixtures are there");
		for (const name of notes) {
			const text = readFileSync(join(FIXTURES, name), "utf8");
			const parsed = parseNote(name, text);
			if (parsed.kind !== "weread") continue;
			const again = parseNote(name, text);
			assert.ok(again.kind === "weread");
			assert.deepEqual(detachParsed(again), parsed, name);
		}
	});
});

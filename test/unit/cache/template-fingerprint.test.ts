import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { canonicalJson, templateFingerprint } from "../../../src/core/cache/template-fingerprint.ts";
import { deriveShapeSpec } from "../../../src/core/template/derive-shapes.ts";
import { readFileSync } from "node:fs";
import type { ShapeSpec } from "../../../src/core/template/shape-spec.ts";

const template = (name: string): string => readFileSync(new URL(`../../fixtures/templates/${name}`, import.meta.url), "utf8");

const spec: ShapeSpec = {
	version: 1,
	fingerprint: "abc",
	entries: [{ kind: "highlight", lines: [{ segments: [{ lit: "> " }, { hole: "text" }] }], fillers: [], section: null }],
	chapters: [{ level: 2, before: "## ", after: "" }],
	sections: ["# 高亮划线"],
	builtInCovers: false,
};

describe("templateFingerprint", () => {
	test("no spec: builtin", () => assert.equal(templateFingerprint(null), "builtin"));
	test("stable across calls and key order", () => {
		const reordered = JSON.parse(JSON.stringify({ builtInCovers: false, sections: spec.sections, chapters: spec.chapters, entries: spec.entries, fingerprint: "abc", version: 1 })) as ShapeSpec;
		assert.equal(templateFingerprint(reordered), templateFingerprint(spec));
		assert.match(templateFingerprint(spec), /^spec:\d+:\d+$/);
	});
	test("any change of the shapes changes it, also one the spec's own fingerprint misses", () => {
		const base = templateFingerprint(spec);
		assert.notEqual(templateFingerprint({ ...spec, builtInCovers: true }), base);
		assert.notEqual(templateFingerprint({ ...spec, sections: ["# 划线"] }), base);
		assert.notEqual(templateFingerprint({ ...spec, chapters: [{ level: 3, before: "### ", after: "" }] }), base);
		assert.notEqual(templateFingerprint({ ...spec, fingerprint: "abd" }), base);
	});
	test("a derived spec of the same template gives the same fingerprint; another template another", () => {
		const one = template("star-list-watch-time.njk");
		const a = deriveShapeSpec(one, true);
		const b = deriveShapeSpec(one, true);
		const c = deriveShapeSpec(template("quote-notitle-time-after.njk"), true);
		if (!a.ok || !b.ok || !c.ok) return assert.fail("the templates derive");
		assert.equal(templateFingerprint(a.spec), templateFingerprint(b.spec));
		assert.notEqual(templateFingerprint(a.spec), templateFingerprint(c.spec));
	});
	test("canonicalJson: sorted keys, undefined properties left out, arrays kept in order", () => {
		assert.equal(canonicalJson({ b: 1, a: [2, { d: undefined, c: "x" }] }), '{"a":[2,{"c":"x"}],"b":1}');
		assert.equal(canonicalJson([undefined, null]), "[null,null]");
	});
});

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createLinkResolver } from "../../../src/core/links/resolve.ts";

const VAULT = [
	"1Q84.md",
	"weread/1Q84.md",
	"weread/浮生六记.md",
	"weread/sub/Dup.md",
	"archive/Dup.md",
	"deep/er/Dup.md",
	"daily/2022-12-09.md",
	"daily/Dup.md",
	"notes/Solo.md",
	"notes/image.png",
	"My Book.md",
];

// [linkpath, sourcePath, expected]
const CASES: [string, string, string | null][] = [
	// exact vault paths, with and without .md
	["weread/1Q84.md", "daily/2022-12-09.md", "weread/1Q84.md"],
	["weread/1Q84", "daily/2022-12-09.md", "weread/1Q84.md"],
	["1Q84", "daily/2022-12-09.md", "1Q84.md"],
	["/weread/1Q84", "daily/2022-12-09.md", "weread/1Q84.md"],
	["notes/image.png", "x.md", "notes/image.png"],
	// by name, case-insensitively
	["浮生六记", "daily/2022-12-09.md", "weread/浮生六记.md"],
	["solo", "x.md", "notes/Solo.md"],
	["SOLO.md", "x.md", "notes/Solo.md"],
	["my book", "x.md", "My Book.md"],
	// a partial path matches as a suffix
	["sub/Dup", "x.md", "weread/sub/Dup.md"],
	["er/dup", "x.md", "deep/er/Dup.md"],
	// several files share the name: the source's folder first, else the shortest path
	["Dup", "daily/2022-12-09.md", "daily/Dup.md"],
	["Dup", "weread/sub/note.md", "weread/sub/Dup.md"],
	["Dup", "notes/x.md", "daily/Dup.md"],
	// relative paths
	["./Solo", "notes/a.md", "notes/Solo.md"],
	["../weread/浮生六记", "notes/a.md", "weread/浮生六记.md"],
	["../../escape", "notes/a.md", null],
	// the same note, and nothing
	["", "daily/2022-12-09.md", "daily/2022-12-09.md"],
	["Nowhere", "x.md", null],
	["other/Solo", "x.md", null],
];

describe("createLinkResolver (getFirstLinkpathDest stand-in)", () => {
	const resolver = createLinkResolver(VAULT);
	for (const [linkpath, source, expected] of CASES) {
		test(`${JSON.stringify(linkpath)} from ${source} → ${String(expected)}`, () => {
			assert.equal(resolver.resolve(linkpath, source), expected);
		});
	}

	test("ties of equal length break alphabetically, whatever the order of the paths given", () => {
		const a = createLinkResolver(["b/Same.md", "a/Same.md"]);
		const b = createLinkResolver(["a/Same.md", "b/Same.md"]);
		assert.equal(a.resolve("Same", "x.md"), "a/Same.md");
		assert.equal(b.resolve("Same", "x.md"), "a/Same.md");
	});

	test("resolveLinks keeps every link and adds `to`", () => {
		const links = [
			{ line: 1, embed: true, linkpath: "1Q84", blockId: "a" },
			{ line: 2, embed: false, linkpath: "Nowhere", blockId: "b" },
		];
		assert.deepEqual(resolver.resolveLinks(links, "daily/2022-12-09.md"), [
			{ line: 1, embed: true, linkpath: "1Q84", blockId: "a", to: "1Q84.md" },
			{ line: 2, embed: false, linkpath: "Nowhere", blockId: "b", to: null },
		]);
	});
});

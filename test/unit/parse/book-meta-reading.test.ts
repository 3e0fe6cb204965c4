// Reading status and finished date from the frontmatter (issue 14, the bookshelf): the sync plugin's
// `buildFrontMatter` writes `readingStatus` as its enum's number ("1"–"4", plugin ≥ 2026) or, earlier, the enum
// member's name (未标记 / 在读 / 读过 / 读完), and `finishedDate` as `YYYY-MM-DD` only for finished books.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParsedNote } from "../../../src/core/model.ts";
import { parseNote } from "../../../src/core/parse/parse-note.ts";

function meta(frontmatter: string): ParsedNote["meta"] {
	const r = parseNote("Book.md", `---\ndoc_type: weread-highlights-reviews\nbookId: "900"\n${frontmatter}---\n# 高亮划线\n`);
	assert.equal(r.kind, "weread");
	return (r as ParsedNote).meta;
}

const STATUSES: [string, string | null][] = [
	['readingStatus: "1"\n', "unmarked"],
	['readingStatus: "2"\n', "reading"],
	["readingStatus: 3\n", "read"],
	['readingStatus: "4"\n', "finished"],
	["readingStatus: 未标记\n", "unmarked"],
	["readingStatus: 在读\n", "reading"],
	["readingStatus: 读过\n", "read"],
	["readingStatus: 读完\n", "finished"],
	['readingStatus: " 读完 "\n', "finished"],
	['readingStatus: "5"\n', null],
	["readingStatus: finished\n", null],
	["readingStatus: toString\n", null],
	["readingStatus:\n", null],
	["", null],
];
for (const [fm, expected] of STATUSES) {
	test(`readingStatus ${JSON.stringify(fm.trim() || "(absent)")} → ${String(expected)}`, () => {
		assert.equal(meta(fm).readingStatus, expected);
	});
}

test("finishedDate: a date, a datetime cut to its date, Invalid date and absence are null", () => {
	assert.equal(meta("finishedDate: 2024-06-10\n").finishedDate, "2024-06-10");
	assert.equal(meta("finishedDate: 2022-05-08T00:00:00.000Z\n").finishedDate, "2022-05-08");
	assert.equal(meta("finishedDate: Invalid date\n").finishedDate, null);
	assert.equal(meta("").finishedDate, null);
});

test("the rest of the metadata is unchanged by the reading fields; category is read as written", () => {
	const m = meta('readingStatus: "4"\nfinishedDate: 2025-01-09\ncategory: 个人成长-人生哲学\nlastReadDate: 2025-01-10\n');
	assert.deepEqual([m.readingStatus, m.finishedDate, m.category, m.lastReadDate], ["finished", "2025-01-09", "个人成长-人生哲学", "2025-01-10"]);
});

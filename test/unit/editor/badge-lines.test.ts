// Where citation badges go (src/core/editor/badge-lines.ts): a line's trailing id, looked up in the book; the
// sections of Reading view and the list item each id belongs to. Expected values worked out by hand from the lines.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { badgeForLine, sectionIds } from "../../../src/core/editor/badge-lines.ts";

const COUNTS = new Map<string, number>([
	["9900001-3-120-151", 2],
	["9900001-3-402-418", 0],
	["7000001-8AbCdEfGh", 1],
	["3300048853-17_1567-1782", 4],
]);
/** The `_` id is one Obsidian does not register (block-id.ts): its citations cannot resolve. */
const lookup = (id: string): { count: number; linkable: boolean } | null => {
	const count = COUNTS.get(id);
	return count === undefined ? null : { count, linkable: !id.includes("_") };
};

describe("badgeForLine", () => {
	const cases: [string, string, boolean, { id: string; count: number; linkable: boolean } | null][] = [
		["a list highlight with a cited id", "- 📌 清晨的花园里。 ^9900001-3-120-151", false, { id: "9900001-3-120-151", count: 2, linkable: true }],
		["a quote line, trailing spaces after the id", "> ⏱ 2023-02-27 07:41:09 ^9900001-3-120-151   ", false, { id: "9900001-3-120-151", count: 2, linkable: true }],
		["a glued id (no space before ^) with a dash", "而已。^7000001-8AbCdEfGh", false, { id: "7000001-8AbCdEfGh", count: 1, linkable: true }],
		["an uncited id, zeros hidden", "- 📌 木匠说。 ^9900001-3-402-418", false, null],
		["an uncited id, zeros shown", "- 📌 木匠说。 ^9900001-3-402-418", true, { id: "9900001-3-402-418", count: 0, linkable: true }],
		["an id the book does not know", "- 📌 别的书。 ^1234-5-6-7", true, null],
		["no id on the line", "    - ⏱ 2023-02-27 07:41:09", true, null],
		["a caret inside the text, not an id", "E=mc^2 is famous", true, null],
		["an id in the middle of the line", "text ^9900001-3-120-151 and more", true, null],
		["an id with `_` Obsidian does not register still gets its count, marked unlinkable", "- 📌 x ^3300048853-17_1567-1782", false, { id: "3300048853-17_1567-1782", count: 4, linkable: false }],
	];
	for (const [name, line, showZero, expected] of cases) {
		test(name, () => assert.deepEqual(badgeForLine(line, lookup, showZero), expected));
	}
});

describe("sectionIds", () => {
	test("a list section: each id with its top-level item, nested ⏱ lines belong to the item above", () => {
		const lines = [
			"## 第一章", // 0
			"", // 1
			"- 📌 一 ^a-1", // 2
			"    - ⏱ 2023-02-27 07:41:09", // 3
			"- 📌 二", // 4
			"    - ⏱ 2023-02-27 07:42:00 ^a-2", // 5
			"- 📌 三 ^a-3", // 6
		];
		assert.deepEqual(sectionIds(lines, 2, 6), [
			{ id: "a-1", line: 2, listItem: 0 },
			{ id: "a-2", line: 5, listItem: 1 },
			{ id: "a-3", line: 6, listItem: 2 },
		]);
	});

	test("a blockquote section: ids, no list items", () => {
		const lines = ["> 📌 一", "> ⏱ 2024-08-31 14:05:03 ^b-1", "> 📌 二 ^b-2"];
		assert.deepEqual(sectionIds(lines, 0, 2), [
			{ id: "b-1", line: 1, listItem: null },
			{ id: "b-2", line: 2, listItem: null },
		]);
	});

	test("only the section's lines are read, and a range past the end stops at the last line", () => {
		const lines = ["x ^c-0", "", "y ^c-2", "z ^c-3"];
		assert.deepEqual(sectionIds(lines, 2, 9), [
			{ id: "c-2", line: 2, listItem: null },
			{ id: "c-3", line: 3, listItem: null },
		]);
		assert.deepEqual(sectionIds(lines, 1, 1), []);
	});

	test("an ordered list counts its items too", () => {
		const lines = ["1. one ^d-1", "2. two", "3. three ^d-3"];
		assert.deepEqual(sectionIds(lines, 0, 2), [
			{ id: "d-1", line: 0, listItem: 0 },
			{ id: "d-3", line: 2, listItem: 2 },
		]);
	});
});

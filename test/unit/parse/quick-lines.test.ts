// The quick line shapes (quickClassify) against the general classifier: whenever the quick path answers, its
// answer must be exactly the general rules' one (kind, content range and every flag), on the shapes themselves
// and on random mutations of them (extra spaces, tabs, variation selectors, 🔥, colour squares, CR, cut lines).
import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyGeneral, classifyRange, ScannedLine } from "../../../src/core/parse/line-patterns.ts";
import { quickClassify } from "../../../src/core/parse/quick-lines.ts";
import { rng } from "../../../scripts/gen-vault/generate.ts";

const PREFIXES = ["> 📌 ", "- 📌 ", "> ⏱ ", "    - ⏱ ", "- ⏱ ", ">📌 ", "> 📌", "    - 📌 ", "* 📌 ", "> > 📌 ", "\t- ⏱ ", "   - ⏱ ", "> - ⏱ "];
const BODIES = [
	"2024-02-23 20:42:19 ^30000035-10-417-497",
	"2025-02-21 12:18:09 ",
	"[Text](<weread://bestbookmark?bookId=1&chapterUid=2&rangeStart=3&rangeEnd=4>)",
	"光的至始斯精平化 ^30000063-10-1010-1057",
	"🔥 12 人共读",
	"🔥 text",
	"🟦 colour",
	"\uFE0F text",
	" text",
	"\ttext",
	"---",
	"- - -",
	"^12-34",
	"",
	" ",
	"[!quote] x",
	"E=mc^2",
];
const NOISE = [" ", "\t", "\r", "\uFE0F", "🔥", "🟥", ">", "-", "#", "`", "^", "a", "中", "0", ":"];

function fields(l: ScannedLine): string {
	return JSON.stringify([l.kind, l.from, l.to, l.quoted, l.startsQuote, l.startsList, l.listMarker, l.headingLevel, l.popularPin, l.count]);
}

function check(line: string, offset: number): boolean {
	const text = `xx\n${line}\nyy`.slice(3 - offset);
	const start = offset;
	const end = start + line.length;
	const quick = new ScannedLine();
	const general = new ScannedLine();
	classifyGeneral(text, start, end, general);
	const answered = quickClassify(text, start, end, quick);
	if (answered) assert.equal(fields(quick), fields(general), JSON.stringify(line));
	const combined = new ScannedLine();
	classifyRange(text, start, end, combined);
	assert.equal(fields(combined), fields(general), JSON.stringify(line));
	return answered;
}

test("quickClassify: the quick shapes classify exactly as the general rules", () => {
	let answered = 0;
	for (const p of PREFIXES) for (const b of BODIES) if (check(p + b, 3)) answered++;
	assert.ok(check("", 0) && check("", 2), "an empty line is answered quickly");
	assert.ok(answered >= 12, `quick path taken ${answered} times`);
});

test("quickClassify: random mutations of the quick shapes never change a classification", () => {
	const r = rng(20261128);
	let answered = 0;
	for (let n = 0; n < 40000; n++) {
		let line = (PREFIXES[Math.floor(r() * 4)] as string) + (BODIES[Math.floor(r() * BODIES.length)] as string);
		const edits = Math.floor(r() * 3);
		for (let e = 0; e < edits; e++) {
			const at = Math.floor(r() * (line.length + 1));
			const op = r();
			if (op < 0.5) line = line.slice(0, at) + (NOISE[Math.floor(r() * NOISE.length)] as string) + line.slice(at);
			else if (op < 0.8) line = line.slice(0, at) + line.slice(at + 1);
			else line = line.slice(0, at);
		}
		if (check(line, Math.floor(r() * 3))) answered++;
	}
	assert.ok(answered > 10000, `quick path taken ${answered} times`);
});

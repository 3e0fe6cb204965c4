// The offset-based helpers of the scanner against the string operations they stand in for: the parser's output
// must not change by a byte, so each helper is checked against the plain version on many inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBlockId, decodeSpan, DecodedId, findTrailingId, IdSpan, idHash } from "../../../src/core/parse/block-id.ts";
import { Finder } from "../../../src/core/parse/finder.ts";
import { IdTable } from "../../../src/core/parse/id-table.ts";
import { NoteLines } from "../../../src/core/parse/note-lines.ts";
import { Pieces } from "../../../src/core/parse/pieces.ts";
import { indexOfIn, isTrimSpace, lastIndexOfIn, trimEndAt, trimStartAt } from "../../../src/core/parse/text-range.ts";
import { parseTimestamp, scanTimestamp, Stamp, stampDate, stampValue } from "../../../src/core/parse/timestamp.ts";
import { rng } from "../../../scripts/gen-vault/generate.ts";

function randomText(r: () => number, alphabet: readonly string[], length: number): string {
	let s = "";
	for (let i = 0; i < length; i++) s += alphabet[Math.floor(r() * alphabet.length)] as string;
	return s;
}

test("isTrimSpace: exactly the code units String.prototype.trim removes", () => {
	for (let c = 0; c < 0x10000; c++) {
		const ch = String.fromCharCode(c);
		assert.equal(isTrimSpace(c), `x${ch}x`.slice(1, 2).trim() === "", `U+${c.toString(16)}`);
	}
});

test("trimStartAt / trimEndAt / indexOfIn / lastIndexOfIn: as slice().trim*() and bounded indexOf", () => {
	const r = rng(7);
	const alphabet = [" ", "\t", "\u3000", "\u00a0", "a", "中", "]", "(", "<", ">", ")", "\u2028"];
	for (let n = 0; n < 2000; n++) {
		const s = randomText(r, alphabet, Math.floor(r() * 12));
		const from = Math.floor(r() * (s.length + 1));
		const to = from + Math.floor(r() * (s.length - from + 1));
		const part = s.slice(from, to);
		assert.equal(s.slice(trimStartAt(s, from, to), to), part.trimStart());
		assert.equal(s.slice(from, trimEndAt(s, from, to)), part.trimEnd());
		for (const needle of [">)", "](<", " "]) {
			const i = part.indexOf(needle);
			assert.equal(indexOfIn(s, needle, from, to), i < 0 ? -1 : from + i);
			const j = part.lastIndexOf(needle);
			assert.equal(lastIndexOfIn(s, needle, from, to), j < 0 ? -1 : from + j);
		}
	}
});

test("Finder: firstIn / lastIn as indexOf / lastIndexOf inside the range, for forward-moving queries", () => {
	const r = rng(11);
	for (let n = 0; n < 300; n++) {
		const s = randomText(r, ["a", "b", "](<", "x"], 40 + Math.floor(r() * 80));
		const f = new Finder(s, "](<");
		const g = new Finder(s, "](<");
		let from = 0;
		while (from < s.length) {
			const to = Math.min(s.length, from + Math.floor(r() * 20));
			const part = s.slice(from, to);
			const i = part.indexOf("](<");
			const j = part.lastIndexOf("](<");
			assert.equal(f.firstIn(from, to), i < 0 ? -1 : from + i);
			assert.equal(g.lastIn(from, to), j < 0 ? -1 : from + j);
			from = to + Math.floor(r() * 5);
		}
	}
});

test("Finder: lastIn stays linear when the needle never occurs", () => {
	const s = "[x\n".repeat(200_000);
	const f = new Finder(s, "](<weread://");
	const started = performance.now();
	for (let from = 0; from < s.length; from += 3) assert.equal(f.lastIn(from, from + 2), -1);
	assert.ok(performance.now() - started < 2000);
});

/** The parser's previous line joining (trimLines), as the reference. */
function trimLines(lines: readonly string[]): string {
	if (lines.length === 1) return (lines[0] as string).trim();
	let a = 0;
	let b = lines.length;
	while (a < b && (lines[a] ?? "").trim() === "") a++;
	while (b > a && (lines[b - 1] ?? "").trim() === "") b--;
	return lines.slice(a, b).join("\n").trim();
}

test("Pieces.joinTrimmed: as joining the lines and trimming", () => {
	const r = rng(5);
	const text = randomText(r, [" ", "a", "中", "\u3000", "\t", "b"], 400);
	for (let n = 0; n < 2000; n++) {
		const p = new Pieces();
		const lines: string[] = [];
		const count = Math.floor(r() * 5);
		for (let k = 0; k < count; k++) {
			const from = Math.floor(r() * text.length);
			const to = r() < 0.2 ? from : Math.min(text.length, from + Math.floor(r() * 6));
			p.push(from, to);
			lines.push(text.slice(from, to));
		}
		assert.equal(p.joinTrimmedString(text), trimLines(lines), JSON.stringify(lines));
	}
});

test("findTrailingId + decodeSpan: the same decoding as decodeBlockId, and equal hashes for equal ids", () => {
	const ids = ["3300048853-17-1567-1782", "66-676-713", "1-2", "922382-5-100", "CB_3Vl-5-10-20", "MP-WXS-1-a~b-1-2", "2009032-7Ap6m6JB4", "1234567890123456-1", "-1-2", "1--2", "1-2-3-4-5", "007-08"];
	for (const id of ids) {
		for (const bookId of [null, "922382", "3300048853"]) {
			const line = `> text ^${id}`;
			const span = new IdSpan();
			assert.ok(findTrailingId(line, 0, line.length, span), id);
			const d = decodeSpan(line, span, bookId, new DecodedId());
			assert.deepEqual({ kind: d.kind, chapterUid: d.chapterUid, rangeStart: d.rangeStart, rangeEnd: d.rangeEnd }, decodeBlockId(id, bookId), `${id} / ${bookId}`);
			const again = `x ^${id}`;
			const other = new IdSpan();
			findTrailingId(again, 0, again.length, other);
			assert.equal(idHash(again, other), idHash(line, span), id);
		}
	}
});

test("IdTable: add reports duplicates, across growth and hash collisions", () => {
	const t = new IdTable(1);
	for (let i = 0; i < 1000; i++) assert.equal(t.add(`id-${i}`, i % 7), true);
	for (let i = 0; i < 1000; i++) assert.equal(t.add(`id-${i}`, i % 7), false);
	assert.equal(t.add("other", 3), true);
});

test("scanTimestamp: a repeated date reuses its string, and every stamp reads as parseTimestamp says", () => {
	const stamp = new Stamp();
	const stamps = ["2023-05-20 15:12:16", "2023-05-20 23:59:59", "2023-05-21 00:00:00", "2023-05-21 24:00:00", "2023-02-29 10:00:00", "2024-02-29 10:00:00", "2024-02-29 10:00", "[[2022-04-06]]20:35", "2024-02-29 10:00:01"];
	for (const s of stamps) {
		const kind = scanTimestamp(s, 0, s.length, stamp);
		const p = parseTimestamp(s);
		assert.equal(kind, p?.kind ?? null, s);
		if (p?.kind === "datetime") {
			const value = stampValue(s, stamp);
			assert.equal(value, p.value, s);
			assert.equal(stampDate(stamp, value), p.date, s);
		}
	}
});

test("NoteLines: lines split on \\n only, CR and BOM dropped", () => {
	const text = "\uFEFFa\r\nb\u2028c\n\r\n\nlast\r";
	const lines = new NoteLines(text);
	const expected = ["a", "b\u2028c", "", "", "last"];
	expected.forEach((l, k) => assert.equal(lines.line(k), l));
	assert.equal(lines.line(expected.length), undefined);
	assert.equal(lines.startOf(expected.length), -1);
});

// Property tests (design §7): the parser is total, its line numbers stay inside the note, block ids round-trip.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import type { ParseResult } from "../../src/core/model.ts";
import { parseNote } from "../../src/core/parse/parse-note.ts";

const FM = '---\ndoc_type: weread-highlights-reviews\nbookId: "3300048853"\n---\n';

function checkInvariants(text: string, r: ParseResult): void {
	if (r.kind !== "weread") return;
	const lineCount = text.split("\n").length;
	assert.equal(r.lineCount, lineCount);
	for (const e of [...r.highlights, ...r.reviews]) {
		assert.ok(Number.isInteger(e.line) && e.line >= 0 && e.line <= e.endLine && e.endLine < lineCount, `entry ${e.line}-${e.endLine} of ${lineCount}`);
	}
	for (const h of r.highlights) {
		assert.ok(h.chapterIndex >= -1 && h.chapterIndex < r.chapters.length);
		assert.ok(h.createdAt === null || /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(h.createdAt));
		assert.ok(h.blockId === null || !h.blockId.startsWith("^"));
		if (h.blockIdResolvable) assert.ok(h.blockId !== null && /^[A-Za-z0-9-]+$/.test(h.blockId));
	}
	for (const c of r.chapters) assert.ok(c.line >= 0 && c.line < lineCount && c.level >= 1);
	for (const d of r.diagnostics) assert.ok(d.line >= 0 && d.line < lineCount, d.code);
	assert.ok(r.meta.title.length > 0);
}

function parseChecked(text: string): void {
	checkInvariants(text, parseNote("note.md", text));
}

const TOKENS = [
	"📌", "📌🔥", "[📌]", "⏱", "⏱ 2023-05-20 15:12:16", "⏱[[2022-04-06]]20:35", "🗓 [[2022-07-13]]", "💭", "🔥 3 人共读",
	"📊", "> ", ">", "- ", "    ", " ", "\t", "^id", " ^3300048853-17-1567-1782", "^1-2", "#", "## ", "### ◆ ", "---",
	"```", "# 高亮划线", "# 读书笔记", "# 本书评论", "## 书评 No.1", "### 章节评论 No.1", "### 划线评论", "# 书评",
	"doc_type: weread-highlights-reviews", "bookId: 1", "[", "](<weread://bestbookmark?bookId=1&chapterUid=2&rangeStart=3&rangeEnd=4>)",
	"[插图]", "[!abstract] ", "[!Cite]+ ", "◆ 点评", "2024-03-02 10:11:12 发表想法", "书名：", "《", "》", "text", "。", "Invalid date",
	"2023-13-01 10:00:00", "- 💭 a - ⏱ 2024-01-01 00:00:00", "\r", "\uFEFF", "🟦 ",
];

const line = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(""));
const tokenNote = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n")).map(([fm, lines, eol]) => (fm ? FM : "") + lines.join(eol));

test("property: parseNote never throws on arbitrary unicode strings", () => {
	fc.assert(
		fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
			parseChecked(s);
			parseChecked(FM + s);
		}),
		{ seed: 42, numRuns: 400 },
	);
});

test("property: parseNote never throws on notes built from WeRead-ish tokens; lines stay in range", () => {
	fc.assert(
		fc.property(tokenNote, (text) => parseChecked(text)),
		{ seed: 42, numRuns: 1500 },
	);
});

/** Notes shaped like real ones (written here, not copied), plus the golden fixtures when present. */
function baseNotes(): string[] {
	const own = [
		FM + "# 元数据\n> [!abstract] 书\n\n# 高亮划线\n\n## 第一章\n\n\n- 📌 一句话 ^3300048853-1-10-20\n    - ⏱ 2023-05-20 15:12:16 \n\n- 📌 两行\n第二行 ^3300048853-1-30-40\n    - ⏱ 2023-05-21 10:00:00 \n# 读书笔记\n## 第一章\n### 划线评论\n- 📌 摘录  ^111-7abcDEF\n    - 💭 想法\n多行\n    - ⏱ 2023-05-22 10:00:00\n# 本书评论\n## 书评 No.1 \n好书 ^111-7xyzXYZ\n⏱ 2023-05-23 10:00:00\n",
		FM + "# 高亮划线\n### 1.1\n> 📌 [a[插图]b](<weread://bestbookmark?bookId=3300048853&chapterUid=5&rangeStart=1&rangeEnd=9>)\n> ⏱ 2026-05-20 10:00:00 ^3300048853-5-1-9\n> 📌🔥 [c](<weread://bestbookmark?bookId=3300048853&chapterUid=5&rangeStart=10&rangeEnd=19>)\n> 🔥 7 人共读\n> ⏱ 2026-05-20 10:01:00 ^3300048853-5-10-19\n> 🔥 [d](<weread://x>)\n> 📊 9 人共读 ^3300048853-5-20-29\n> 📌 e ^3300048853-5-30-39\n- 💭 f - ⏱ 2026-05-20 10:02:00 \n",
		'---\ncover: >-\n  https://x/y.jpg\nbookId: \'843464\'\ndoc_type: weread-highlights-reviews\nlastReadDate: 2022-05-08T00:00:00.000Z\n---\n---\n---\n## 高亮划线\n### 章\n- 📌 glued。^843464-1-1-2\n\t- ⏱[[2022-04-06]]20:35\n## 读书笔记\n',
	];
	const dir = resolve(process.cwd(), "test/fixtures/notes");
	if (!existsSync(dir)) return own;
	const fixtures = readdirSync(dir)
		.filter((n) => n.endsWith(".md") && n !== "README.md")
		.map((n) => readFileSync(resolve(dir, n), "utf8"));
	return [...own, ...fixtures];
}

type Mutation = { kind: "drop" | "dup" | "truncate" | "crlf" | "bom" | "swap"; at: number; span: number };

function mutate(text: string, muts: readonly Mutation[]): string {
	let lines = text.split("\n");
	let out = text;
	for (const m of muts) {
		const i = lines.length === 0 ? 0 : m.at % lines.length;
		switch (m.kind) {
			case "drop":
				lines.splice(i, 1 + (m.span % 3));
				break;
			case "dup":
				lines.splice(i, 0, ...lines.slice(i, i + 1 + (m.span % 3)));
				break;
			case "swap": {
				const j = (i + 1 + m.span) % Math.max(1, lines.length);
				const a = lines[i];
				lines[i] = lines[j] ?? "";
				lines[j] = a ?? "";
				break;
			}
			case "truncate":
				out = lines.join("\n");
				lines = out.slice(0, m.at % (out.length + 1)).split("\n");
				break;
			case "crlf":
				lines = lines.map((l) => l + "\r");
				break;
			case "bom":
				lines[0] = "\uFEFF" + (lines[0] ?? "");
				break;
		}
	}
	out = lines.join("\n");
	return out;
}

test("property: parseNote never throws on mutated fixture-like notes (dropped, duplicated, swapped lines, CRLF, BOM, truncation)", () => {
	const notes = baseNotes();
	const mutation = fc.record({
		kind: fc.constantFrom<Mutation["kind"]>("drop", "dup", "truncate", "crlf", "bom", "swap"),
		at: fc.nat(),
		span: fc.nat(),
	});
	fc.assert(
		fc.property(fc.nat({ max: notes.length - 1 }), fc.array(mutation, { maxLength: 6 }), (n, muts) => {
			parseChecked(mutate(notes[n] ?? "", muts));
		}),
		{ seed: 42, numRuns: 1500 },
	);
});

test("property: CRLF and a BOM change nothing but the text bytes", () => {
	for (const original of baseNotes()) {
		const note = original.replace(/\r\n/g, "\n"); // some fixtures are CRLF already
		const plain = parseNote("n.md", note);
		const bom = note.startsWith("\uFEFF") ? "" : "\uFEFF"; // one BOM at most: a second one is not whitespace
		const crlf = parseNote("n.md", bom + note.split("\n").join("\r\n"));
		assert.deepEqual(crlf, plain);
	}
});

const num = fc.integer({ min: 0, max: 2_000_000_000 });
const bookIdArb = fc.integer({ min: 1, max: 99_999_999_999 }).map(String);

test("property: block ids round-trip through a note (4-part, 3-part, CB, MP, deeplink)", () => {
	fc.assert(
		fc.property(bookIdArb, num, num, num, fc.constantFrom("four", "bookid-start", "uid-start-end", "cb", "cb-start", "mp", "deeplink"), (bookId, uid, s, e, form) => {
			fc.pre(form !== "uid-start-end" || String(uid) !== bookId);
			let id: string;
			let fmBookId = bookId;
			let text = "一句";
			let expected: [number | null, number | null, number | null];
			switch (form) {
				case "four":
					id = `${bookId}-${uid}-${s}-${e}`;
					expected = [uid, s, e];
					break;
				case "bookid-start":
					id = `${bookId}-${uid}-${s}`;
					expected = [uid, s, null];
					break;
				case "uid-start-end":
					id = `${uid}-${s}-${e}`;
					expected = [uid, s, e];
					break;
				case "cb":
					fmBookId = `CB_x${bookId}Y`;
					id = `CB-x${bookId}Y-${uid}-${s}-${e}`;
					expected = [uid, s, e];
					break;
				case "cb-start":
					fmBookId = `CB_x${bookId}Y`;
					id = `CB-x${bookId}Y-${uid}-${s}`;
					expected = [uid, s, null];
					break;
				case "mp":
					fmBookId = `MP_WXS_${bookId}`;
					id = `MP-WXS-${bookId}-aB3x-${s}-${e}`;
					expected = [null, s, e];
					break;
				default:
					// The deeplink wins over the id's range (which here is deliberately different).
					id = `${bookId}-${uid + 1}-${s + 1}-${e + 1}`;
					text = `[一句[插图]](<weread://bestbookmark?bookId=${bookId}&chapterUid=${uid}&rangeStart=${s}&rangeEnd=${e}>)`;
					expected = [uid, s, e];
			}
			const note = `---\ndoc_type: weread-highlights-reviews\nbookId: "${fmBookId}"\n---\n# 高亮划线\n## 章\n- 📌 ${text} ^${id}\n    - ⏱ 2023-05-20 15:12:16\n`;
			const r = parseNote("n.md", note);
			assert.equal(r.kind, "weread");
			if (r.kind !== "weread") return;
			assert.equal(r.highlights.length, 1);
			const h = r.highlights[0];
			assert.ok(h);
			assert.equal(h.blockId, id);
			assert.deepEqual([h.chapterUid, h.rangeStart, h.rangeEnd], expected);
			assert.equal(h.text, form === "deeplink" ? "一句[插图]" : "一句");
			assert.equal(h.blockIdResolvable, true);
		}),
		{ seed: 42, numRuns: 700 },
	);
});

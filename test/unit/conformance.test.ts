// Conformance over the real notes in ../shared/corpus (design §7). The corpus is read, never copied: expected
// values below were checked by hand against the note text; the per-note checks recount entries with a simpler,
// independent method (lines containing 📌 / ⏱ / a trailing ^id between `# 高亮划线` and the next `# ` heading).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Highlight, ParsedNote } from "../../src/core/model.ts";
import { parseNote } from "../../src/core/parse/parse-note.ts";

const CORPUS = resolve(process.cwd(), "../shared/corpus");

/** Default-theme notes of the dash, quote and deeplink eras, plus the built-in separated theme. */
const STANDARD = [
	"00-seed-aigc-dash.md",
	"01-taibeiren-dash-reviews.md",
	"02-zhoulian-100-philosophy-very-long.md",
	"04-threejs-deeplink-h3.md",
	"06-social-psychology-h2-h3-h4-deeplink.md",
	"14-1984-chapter-review.md",
	"15-mushenji-3part-id-no-chapter.md",
	"17-ruhe-zhaodao-2026-deeplink-review.md",
	"20-python-biancheng-h4-review.md",
	"25-marva-collins-separated-template.md",
	"27-mp-empty-title-multiline.md",
	"31-longzu5-deeplink-bookreview.md",
	"33-daweigongting-empty.md",
	"34-xuehui-xiezuo-graymatter-fm.md",
	"39-dushu-yibeizi-unquoted-bookid.md",
	"40-meili-jiankang-invalid-date-nan.md",
];
const CUSTOM = [
	"07-daofeng-custom-callouts.md",
	"08-keyi-lianxi-graymatter-tabs-datelinks.md",
	"10-jijian-custom-no-ids.md",
	"22-fatezero-per-highlight-headings-cb.md",
];

function load(name: string): { text: string; lines: string[]; note: ParsedNote } {
	const text = readFileSync(resolve(CORPUS, name), "utf8");
	const r = parseNote(name, text);
	assert.equal(r.kind, "weread", name);
	return { text, lines: text.split("\n").map((l) => l.replace(/\r$/, "")), note: r as ParsedNote };
}

/** [first, end) lines of the `# 高亮划线` section, found without the parser. */
function highlightsSection(lines: string[]): [number, number] {
	const start = lines.findIndex((l) => l.trimEnd() === "# 高亮划线");
	assert.ok(start >= 0, "no # 高亮划线");
	let end = start + 1;
	while (end < lines.length && !/^# /.test(lines[end] ?? "")) end++;
	return [start + 1, end];
}

function covering(hs: readonly Highlight[], line: number): Highlight[] {
	return hs.filter((h) => h.line <= line && line <= h.endLine);
}

if (!existsSync(CORPUS)) {
	test("conformance: ../shared/corpus is absent, nothing to check", () => {
		assert.equal(existsSync(CORPUS), false);
	});
} else {
	test("conformance: every corpus note parses without throwing, with lines in range", () => {
		const names = readdirSync(CORPUS).filter((n) => n.endsWith(".md") && n !== "SOURCES.md");
		assert.ok(names.length >= 20);
		for (const name of names) {
			const text = readFileSync(resolve(CORPUS, name), "utf8");
			const r = parseNote(name, text);
			if (r.kind !== "weread") continue;
			for (const e of [...r.highlights, ...r.reviews]) {
				assert.ok(e.line >= 0 && e.line <= e.endLine && e.endLine < r.lineCount, `${name}: ${e.line}-${e.endLine}`);
			}
			for (const d of r.diagnostics) assert.ok(d.line >= 0 && d.line < r.lineCount, `${name}: diagnostic ${d.code}`);
			for (const h of r.highlights) {
				assert.ok(h.chapterIndex === -1 || r.chapters[h.chapterIndex]?.title === h.chapterTitle, name);
			}
		}
	});

	test("conformance: the daily note is not a WeRead note", () => {
		const name = "12-daily-note-2022-12-09-embeds.md";
		assert.deepEqual(parseNote(name, readFileSync(resolve(CORPUS, name), "utf8")), { kind: "not-weread", path: name });
	});

	for (const name of STANDARD) {
		test(`conformance (standard template): ${name}`, () => {
			const { lines, note } = load(name);
			assert.deepEqual(note.diagnostics.filter((d) => d.level === "error"), [], "no error diagnostics");
			const [from, to] = highlightsSection(lines);
			const hs = note.highlights;
			let pins = 0;
			let heading: string | null = null;
			for (let i = from; i < to; i++) {
				const line = lines[i] ?? "";
				const h = /^#{2,6} (.*)$/.exec(line);
				if (h) {
					heading = (h[1] ?? "").trim();
					continue;
				}
				if (line.includes("📌")) {
					pins++;
					const starts = hs.filter((x) => x.line === i);
					assert.equal(starts.length, 1, `${name}:${i} 📌 line starts one highlight`);
					assert.equal(starts[0]?.chapterTitle ?? null, heading, `${name}:${i} chapter`);
				}
				const id = /\^([A-Za-z0-9_-]+)\s*$/.exec(line);
				if (id) {
					const owners = covering(hs, i).filter((x) => x.blockId === id[1]);
					assert.equal(owners.length, 1, `${name}:${i} ^${id[1]} belongs to one highlight`);
					assert.equal(hs.filter((x) => x.blockId === id[1]).length, 1, `${name}: ^${id[1]} parsed once`);
					assert.equal(owners[0]?.chapterTitle ?? null, heading, `${name}:${i} id chapter`);
				}
				const time = /⏱\s*(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/.exec(line);
				if (time) {
					const owners = covering(hs, i).filter((x) => x.createdAt === time[1]);
					assert.equal(owners.length, 1, `${name}:${i} ⏱ ${time[1]} belongs to one highlight`);
				}
			}
			assert.equal(hs.length, pins, `${name}: one highlight per 📌 entry`);
			for (const h of hs) assert.ok(h.line >= from && h.endLine < to, `${name}: highlight ${h.line} inside the section`);
		});
	}

	for (const name of CUSTOM) {
		test(`conformance (custom template): ${name} has no error diagnostics`, () => {
			const { note } = load(name);
			assert.deepEqual(note.diagnostics.filter((d) => d.level === "error"), []);
		});
	}

	test("conformance: the seed note, checked by hand", () => {
		const { note } = load("00-seed-aigc-dash.md");
		assert.equal(note.meta.bookId, "3300048853");
		assert.equal(note.meta.title, "AIGC：智能创作时代");
		assert.equal(note.meta.lastReadDate, "2023-05-30");
		assert.equal(note.meta.noteCount, 100);
		assert.equal(note.highlights.length, 100);
		assert.equal(note.reviews.length, 0);
		assert.deepEqual(
			note.chapters.map((c) => [c.line, c.level, c.title]),
			[
				[25, 1, "代序 AIGC和智能数字化新时代——媲美新石器时代的文明范式转型"],
				[87, 1, "前言 从机器学习到智能创造"],
				[104, 1, "第一章 AIGC：内容生产力的大变革"],
				[139, 1, "第二章 AIGC的技术思想"],
				[231, 1, "第三章 AIGC的职能应用"],
				[242, 1, "第五章 AIGC的产业地图"],
				[283, 1, "第六章 AIGC的未来"],
			],
		);
		const at = (line: number) => note.highlights.find((h) => h.line === line);
		const first = note.highlights[0];
		assert.ok(first);
		assert.equal(first.line, 28);
		assert.equal(first.endLine, 29);
		assert.equal(first.blockId, "3300048853-17-1567-1782");
		assert.deepEqual([first.chapterUid, first.rangeStart, first.rangeEnd], [17, 1567, 1782]);
		assert.equal(first.createdAt, "2023-05-20 15:12:16");
		assert.equal(first.chapterIndex, 0);
		assert.ok(first.text.startsWith("它完成了机器学习算法发展中"));
		assert.ok(!first.text.includes("^") && !first.text.includes("📌"));
		assert.equal(first.blockIdResolvable, true);

		assert.equal(at(61)?.text, "AI芯片需要实现CPU、GPU、FPGA和DSP共存");
		assert.equal(at(61)?.createdAt, "2023-05-21 12:41:01");
		assert.equal(at(116)?.text, "生成式人工智能(Generative AI)，");
		assert.equal(at(116)?.blockId, "3300048853-19-4296-4319");
		assert.equal(at(116)?.createdAt, "2023-05-23 15:38:10");
		assert.equal(at(116)?.chapterTitle, "第一章 AIGC：内容生产力的大变革");
		assert.equal(at(187)?.blockId, "3300048853-20-13377-14651");
		assert.equal(at(187)?.createdAt, "2023-05-24 18:18:11");
		assert.equal(at(187)?.chapterTitle, "第二章 AIGC的技术思想");
		assert.ok(at(187)?.text.endsWith("[插图]"));
		const last = note.highlights[99];
		assert.equal(last?.line, 337);
		assert.equal(last?.blockId, "3300048853-24-9774-9838");
		assert.equal(last?.createdAt, "2023-05-30 20:04:24");
		assert.equal(last?.chapterTitle, "第六章 AIGC的未来");
		assert.equal(note.highlights.filter((h) => h.chapterIndex === 6).length, 18); // 📌 lines 286, 289 … 337
	});

	test("conformance: SOURCES.md counts for the very long note (866 📌 entries, 123 `##` headings)", () => {
		const { note } = load("02-zhoulian-100-philosophy-very-long.md");
		// E3 leaves a highlight that has a thought out of 高亮划线: the 866 📌 are 846 highlights + 20 划线评论.
		assert.equal(note.highlights.length, 846);
		assert.equal(note.reviews.filter((r) => r.kind === "highlight-thought").length, 20);
		assert.equal(note.reviews.filter((r) => r.kind === "book-review").length, 1);
		// 110 chapters in 高亮划线 + 12 chapter headings in 读书笔记 + `## 书评 No.1` = the 123 `##` headings.
		assert.equal(note.chapters.length, 110);
		assert.equal(new Set(note.reviews.filter((r) => r.kind === "highlight-thought").map((r) => r.chapterTitle)).size, 12);
	});

	test("conformance: variant notes, checked by hand", () => {
		const threejs = load("04-threejs-deeplink-h3.md").note;
		const moved = threejs.highlights.find((h) => h.blockId === "25755855-22-6074-6649");
		assert.deepEqual([moved?.chapterUid, moved?.rangeStart, moved?.rangeEnd], [22, 6208, 6649]); // deeplink wins
		assert.equal(threejs.chapters[0]?.level, 2); // `###` under `#` without a `##` parent
		assert.equal(threejs.highlights[0]?.blockIdResolvable, false); // glued trimBlocks blockquote
		assert.equal(threejs.highlights[23]?.blockIdResolvable, true); // last of the blockquote

		const mu = load("15-mushenji-3part-id-no-chapter.md").note;
		assert.deepEqual(mu.highlights.map((h) => [h.chapterUid, h.rangeStart, h.rangeEnd, h.chapterTitle]), [
			[71, 237, 257, null],
			[152, 2579, null, null],
		]);
		assert.equal(mu.highlights[1]?.text.split("\n").length, 7);

		const fm34 = load("34-xuehui-xiezuo-graymatter-fm.md").note.meta;
		assert.deepEqual([fm34.bookId, fm34.lastReadDate, fm34.cover], ["25546236", "2022-06-05", "https://wfqqreader-1252317822.image.myqcloud.com/cover/236/25546236/t7_25546236.jpg"]);
		assert.equal(load("39-dushu-yibeizi-unquoted-bookid.md").note.meta.bookId, "922382");

		const keyi = load("08-keyi-lianxi-graymatter-tabs-datelinks.md").note;
		assert.equal(keyi.meta.bookId, "843464");
		assert.deepEqual(keyi.reviews.map((r) => [r.kind, r.blockId, r.createdAt]), [
			["highlight-thought", "10500316-7yjWCUApK", "2022-04-06 20:35:00"],
			["highlight-thought", "10500316-7yjWVXpnX", "2022-04-06 20:40:00"],
		]);

		const reviews17 = load("17-ruhe-zhaodao-2026-deeplink-review.md").note;
		assert.equal(reviews17.highlights[0]?.thought, "的确，之前也有想过这个问题");
		assert.equal(reviews17.highlights[0]?.createdAt, "2026-02-12 17:21:34");
		assert.equal(reviews17.reviews[1]?.createdAt, "2026-02-12 17:22:32"); // the review's own time

		const orwell = load("14-1984-chapter-review.md").note;
		const chapterReview = orwell.reviews.find((r) => r.kind === "chapter-review");
		assert.equal(chapterReview?.blockId, "238261989-82XWavSye");
		assert.equal(chapterReview?.createdAt, "2025-09-06 22:22:59");
		assert.equal(chapterReview?.line, 435);
		assert.deepEqual(orwell.reviews.map((r) => r.kind).filter((k) => k === "highlight-thought").length, 12);

		const daofeng = load("07-daofeng-custom-callouts.md").note;
		assert.equal(daofeng.highlights.length, 63);
		assert.deepEqual([daofeng.highlights[0]?.blockId, daofeng.highlights[0]?.chapterUid, daofeng.highlights[0]?.rangeStart], ["66-676-713", 66, 676]);
		assert.equal(daofeng.reviews.filter((r) => r.kind === "highlight-thought").length, 7);

		const fate = load("22-fatezero-per-highlight-headings-cb.md").note;
		assert.deepEqual(fate.highlights.map((h) => [h.chapterUid, h.rangeStart, h.rangeEnd, h.chapterTitle]), [
			[1, 896, 912, null],
			[3, 27405, 27529, null],
			[3, 27554, 28077, null],
		]);
		assert.equal(load("27-mp-empty-title-multiline.md").note.highlights[2]?.endLine, 95);
	});
}

// Resolved book → the note the WeRead sync plugin writes in the book's template era (weread-format.md §2–§4, §7).
// Blank lines, trailing spaces and marker spellings follow each era's template as described there.
import type { Entry, ResolvedBook } from "./model.ts";

function quoteYaml(v: string): string {
	return `"${v}"`;
}

function pcUrl(book: ResolvedBook): string {
	// A reader URL in WeRead's shape (hex of the id), on a reserved domain.
	return `https://example.invalid/web/reader/${Number(book.spec.bookId).toString(16)}k${book.spec.bookId.length}`;
}

function isHighlight(e: Entry): boolean {
	return e.spec.popularOnly === undefined && e.spec.noHl !== true;
}

function date(time: string): string {
	return time.slice(0, 10);
}

// ---------------------------------------------------------------- frontmatter + metadata

function frontmatter(book: ResolvedBook): string[] {
	const s = book.spec;
	const fm: string[] = ["---", "doc_type: weread-highlights-reviews", `bookId: ${quoteYaml(s.bookId)}`];
	const reading = (numericStatus: boolean): string[] => {
		const ri = s.reading;
		if (ri === undefined) return [];
		const status = numericStatus ? quoteYaml(ri.status === "读完" ? "4" : "2") : ri.status;
		const out = [`readingStatus: ${status}`, `progress: ${ri.progress}`];
		if (ri.totalReadDay !== undefined) out.push(`totalReadDay: ${ri.totalReadDay}`);
		out.push(`readingTime: ${ri.readingTime}`, `readingDate: ${ri.readingDate}`);
		if (ri.finishedDate !== undefined) out.push(`finishedDate: ${ri.finishedDate}`);
		return out;
	};
	switch (s.era) {
		case "e3-dash":
			fm.push(
				`author: ${s.author}`,
				`cover: ${book.cover}`,
				`reviewCount: ${book.reviewCount}`,
				`noteCount: ${book.noteCount}`,
				`isbn: ${s.isbn}`,
				`category: ${s.category}`,
				`lastReadDate: ${s.lastReadDate}`,
				"---",
			);
			break;
		case "e4-quote":
		case "e4-levels":
		case "e4-glued":
			fm.push(
				`reviewCount: ${book.reviewCount}`,
				`noteCount: ${book.noteCount}`,
				`author: ${s.author}`,
				`cover: ${book.cover}`,
				...reading(false),
				`isbn: ${s.isbn}`,
				`lastReadDate: ${s.lastReadDate}`,
				"",
				"---",
			);
			break;
		case "custom-callout":
			fm.push(
				`reviewCount: ${book.reviewCount}`,
				`noteCount: ${book.noteCount}`,
				`author: ${s.author}`,
				`cover: ${book.cover}`,
				...reading(false),
				`isbn: ${s.isbn}`,
				`categorys: ${s.category.replace("-", " ")}`,
				`title: ${s.title}`,
				"rating: 88%",
				`lastReadDate: ${s.lastReadDate}`,
				`tags: 读书笔记 ${s.category.split("-")[0] ?? ""} ${s.reading?.status ?? ""}`.trimEnd(),
				`category: ${s.category.split("-")[0] ?? ""}`,
				"",
				"---",
			);
			break;
		default:
			// 2026 themes: `title` is back in the plugin's fields, reading status is a numeric string.
			fm.push(
				`title: ${s.title}`,
				`reviewCount: ${book.reviewCount}`,
				`noteCount: ${book.noteCount}`,
				`author: ${s.author}`,
				`cover: ${book.cover}`,
				...reading(true),
				`isbn: ${s.isbn}`,
				`lastReadDate: ${s.lastReadDate}`,
				"",
				"---",
			);
	}
	return fm;
}

function metadata(book: ResolvedBook): string[] {
	const s = book.spec;
	const colon = s.era === "e3-dash" ? "" : "：";
	return [
		"# 元数据",
		`> [!abstract] ${s.title}`,
		`> - ![ ${s.title}|200](${book.cover})`,
		`> - 书名： ${s.title}`,
		`> - 作者： ${s.author}`,
		`> - 简介： ${s.intro}`,
		`> - 出版时间${colon} ${s.published} 00:00:00`,
		`> - ISBN： ${s.isbn}`,
		`> - 分类： ${s.category}`,
		`> - 出版社： ${s.publisher}`,
		`> - PC地址：${pcUrl(book)}`,
	];
}

// ---------------------------------------------------------------- text helpers

/** markText with inner newlines: continuation lines indented by 3 spaces (plugin behaviour since 2024-07). */
function multiline(text: string): string {
	return text.split("\n").join("\n   ");
}

function deeplink(book: ResolvedBook, e: Entry): string {
	return (
		`[${multiline(e.text)}](<weread://bestbookmark?bookId=${book.spec.bookId}&chapterUid=${e.chapter.uid}` +
		`&rangeStart=${e.start}&rangeEnd=${e.end}>)`
	);
}

function headingPrefix(book: ResolvedBook, level: number): string {
	if (book.spec.era === "e3-dash") return "##";
	return level === 3 ? "####" : level === 2 ? "###" : "##";
}

/** Chapters in book order, each with the entries the highlights section lists. */
function chapters(book: ResolvedBook, keep: (e: Entry) => boolean): { title: string; level: number; entries: Entry[] }[] {
	const out: { title: string; level: number; entries: Entry[] }[] = [];
	for (const e of book.entries) {
		// A highlight deleted after its day's sync is in no book note any more (its daily embed stays: highlightsOfDay).
		if (!keep(e) || e.spec.deletedLater === true) continue;
		const last = out[out.length - 1];
		if (last !== undefined && last.title === e.chapter.title) last.entries.push(e);
		else out.push({ title: e.chapter.title, level: e.chapter.level ?? 1, entries: [e] });
	}
	return out;
}

// ---------------------------------------------------------------- highlights section per era

function highlightsE3(book: ResolvedBook): string[] {
	const lines = ["# 高亮划线", ""];
	// The chapter loop covers every highlighted chapter; highlights that carry a thought are skipped inside it.
	for (const ch of chapters(book, isHighlight)) {
		lines.push(`## ${ch.title}`, "", "");
		for (const e of ch.entries) {
			if (e.thought !== null) continue;
			lines.push(`- 📌 ${multiline(e.text)} ^${e.bookmarkId}`, `    - ⏱ ${e.createdAt} `, "");
		}
	}
	return lines;
}

function highlightsE4(book: ResolvedBook, glued: boolean): string[] {
	const lines = glued ? ["# 高亮划线"] : ["# 高亮划线", ""];
	for (const ch of chapters(book, isHighlight)) {
		lines.push(`${headingPrefix(book, ch.level)} ${ch.title}`);
		if (!glued) lines.push("");
		for (const e of ch.entries) {
			if (e.thought !== null) {
				lines.push(`> 📌 ${multiline(e.text)} ^${e.bookmarkId}`, `- 💭 ${e.thought.content} - ⏱ ${e.createdAt} `);
			} else {
				lines.push(`> 📌 ${multiline(e.text)} `, `> ⏱ ${e.createdAt} ^${e.bookmarkId}`);
			}
			if (!glued) lines.push("");
		}
	}
	return lines;
}

function highlightsE5(book: ResolvedBook, glued: boolean): string[] {
	const lines = ["# 高亮划线"];
	for (const ch of chapters(book, isHighlight)) {
		lines.push(`${headingPrefix(book, ch.level)} ${ch.title}`);
		if (!glued) lines.push("");
		for (const e of ch.entries) {
			if (e.thought !== null) {
				lines.push(`> 📌 ${deeplink(book, e)} ^${e.bookmarkId}`, `- 💭 ${e.thought.content} - ⏱ ${e.createdAt} `);
			} else {
				lines.push(`> 📌 ${deeplink(book, e)}`, `> ⏱ ${e.createdAt} ^${e.bookmarkId}`);
			}
			if (!glued) lines.push("");
		}
	}
	return lines;
}

function highlightsE6(book: ResolvedBook): string[] {
	const popular = book.spec.era === "e6-popular";
	const lines = ["# 高亮划线"];
	const keep = (e: Entry) => e.spec.noHl !== true;
	for (const ch of chapters(book, keep)) {
		lines.push(`${headingPrefix(book, ch.level)} ${ch.title}`, "");
		for (const e of ch.entries) {
			if (e.spec.popularOnly !== undefined) {
				lines.push(`> 🔥 ${deeplink(book, e)}`, `> 📊 ${e.spec.popularOnly} 人共读 ^${e.bookmarkId}`, "");
				continue;
			}
			lines.push(`> ${e.spec.hot !== undefined ? "📌🔥" : "📌"} ${deeplink(book, e)}`);
			if (e.spec.hot !== undefined) lines.push(`> 🔥 ${e.spec.hot} 人共读`);
			if (e.thought !== null && !popular) {
				// Popular toggle off: the thought and time are lazy continuation lines starting with one space,
				// and the template adds no blank line after them.
				lines.push(` 💭 ${e.thought.content} `, ` ⏱ ${e.createdAt} ^${e.bookmarkId}`);
				continue;
			}
			if (e.thought !== null) lines.push(`> 💭 ${e.thought.content}`);
			lines.push(`> ⏱ ${e.createdAt} ^${e.bookmarkId}`, "");
		}
	}
	return lines;
}

// ---------------------------------------------------------------- 读书笔记 + 本书评论 (default themes)

function notesSection(book: ResolvedBook): string[] {
	const era = book.spec.era;
	const dash = era === "e3-dash";
	const e6 = era === "e6-popular" || era === "e6-lazy";
	const lines = ["# 读书笔记"];
	if (!e6) lines.push("");
	const titles: string[] = [];
	for (const c of book.spec.chapters) {
		const has = book.entries.some((e) => e.chapter === c && e.thought !== null) || book.chapterReviews.some((r) => r.chapter === c);
		if (has) titles.push(c.title);
	}
	for (const title of titles) {
		lines.push(`## ${title}`);
		if (!e6) lines.push("");
		let n = 0;
		for (const r of book.chapterReviews.filter((x) => x.chapter.title === title)) {
			lines.push(`### 章节评论 No.${++n}`, `- ${r.content} ^${r.reviewId}`, `    - ⏱ ${r.at}`);
		}
		for (const e of book.entries.filter((x) => x.chapter.title === title && x.thought !== null)) {
			const t = e.thought!;
			lines.push("### 划线评论");
			if (dash) lines.push(`- 📌 ${e.text}  ^${t.reviewId}`, `    - 💭 ${t.content}`, `    - ⏱ ${t.at}`);
			else if (e6) lines.push(`> 📌 ${e.text} ^${t.reviewId}`, `    💭 ${t.content}`, `    ⏱ ${t.at}`);
			else lines.push(`> 📌 ${e.text}  ^${t.reviewId}`, `    - 💭 ${t.content}`, `    - ⏱ ${t.at}`);
			if (!dash && !e6) lines.push("");
		}
		if (dash) lines.push("   ");
	}
	if (e6) lines.push("");
	lines.push("# 本书评论");
	const br = book.bookReview;
	if (br !== null) {
		if (!e6) lines.push("");
		lines.push(e6 ? "## 书评 No.1" : "## 书评 No.1 ", `${br.text} ^${br.reviewId}`, `⏱ ${br.at}`);
	}
	lines.push("");
	return lines;
}

// ---------------------------------------------------------------- other themes

function separated(book: ResolvedBook): string[] {
	const s = book.spec;
	const lines = [`《${s.title}》`, s.author, `${book.noteCount}个笔记`, "", "# 高亮划线"];
	for (const ch of chapters(book, isHighlight)) {
		lines.push(`${headingPrefix(book, ch.level)} ${ch.title}`);
		for (const e of ch.entries) lines.push(`> 📌 ${deeplink(book, e)}   ^${e.bookmarkId}`);
	}
	lines.push("", "# 笔记汇总");
	for (const e of book.entries.filter((x) => x.thought !== null)) {
		lines.push(`## ${e.chapter.title} 的想法`, e.thought!.content, `> 📌 ${e.text}`, "");
	}
	lines.push("", "# 书评");
	if (book.bookReview !== null) lines.push(book.bookReview.text, book.bookReview.at);
	lines.push("");
	return lines;
}

function customCallout(book: ResolvedBook): string[] {
	const s = book.spec;
	const lines = ["", `# ${s.title}`, "", ...metadata(book), "", "", "---", "", "# 本书评论", ""];
	const br = book.bookReview;
	if (br !== null) {
		lines.push("> [!Review] 书评 No.1 ", ...br.text.split("\n").map((l) => `> ${l}`), `> ⏱ ${br.at}`, `> ^${br.reviewId}`, "");
	}
	lines.push("", "", "---", "", "# 高亮划线", "");
	for (const ch of chapters(book, isHighlight)) {
		lines.push(`### ${ch.title}`, "");
		for (const e of ch.entries) {
			lines.push('> [!Cite]+ <span style="color: #8fbc8f;">Highlight</span>', `> 📌 ${e.text}`);
			if (e.thought !== null) lines.push(`> 💭 ${e.thought.content}`);
			lines.push(`> ⏱ ${e.createdAt}`, `> ^${e.bookmarkId}`, "");
		}
	}
	lines.push("---", "", "# 读书笔记", "");
	for (const e of book.entries.filter((x) => x.thought !== null)) {
		const t = e.thought!;
		lines.push(
			`### ${e.chapter.title}`,
			"",
			'> [!Annotation]+ <span style="color: #e9c46a;">Annotation</span>',
			`> 📌 ${e.text}`,
			`> ^${t.reviewId}`,
			"> ---",
			`> 💭 ${t.content}`,
			`> ⏱ ${t.at}`,
			"",
		);
	}
	return lines;
}

export function renderBook(book: ResolvedBook): string {
	const era = book.spec.era;
	const lines = frontmatter(book);
	switch (era) {
		case "e3-dash":
			lines.push(...metadata(book), "", ...highlightsE3(book), ...notesSection(book));
			break;
		case "e4-quote":
		case "e4-levels":
			lines.push(...metadata(book), "", ...highlightsE4(book, false), ...notesSection(book));
			break;
		case "e4-glued":
			lines.push(...metadata(book), "", ...highlightsE4(book, true), "", ...notesSection(book));
			break;
		case "e5-deeplink":
			lines.push(...metadata(book), "", ...highlightsE5(book, false), "", ...notesSection(book));
			break;
		case "e5-glued":
			lines.push(...metadata(book), "", ...highlightsE5(book, true), "", ...notesSection(book));
			break;
		case "e6-popular":
		case "e6-lazy":
			lines.push(...metadata(book), "", ...highlightsE6(book), "", ...notesSection(book));
			break;
		case "separated":
			lines.push(...separated(book));
			break;
		case "custom-callout":
			lines.push(...customCallout(book));
			break;
	}
	return lines.join("\n");
}

/** Highlights a daily note of `day` embeds: the reader's highlights created that day that the note lists. */
export function highlightsOfDay(book: ResolvedBook, day: string): Entry[] {
	return book.entries.filter((e) => {
		if (!isHighlight(e) || e.createdAt === null || date(e.createdAt) !== day) return false;
		// In the dash era a highlight with a thought is not in 高亮划线, so its block does not exist.
		return !(book.spec.era === "e3-dash" && e.thought !== null);
	});
}

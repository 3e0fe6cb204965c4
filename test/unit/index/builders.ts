// Builders for hand-made ParsedNotes, so index logic is tested independently of the parser.
import type { Chapter, Highlight, ParsedNote, Review, ResolvedLink } from "../../../src/core/model.ts";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";

export function hl(p: Partial<Highlight> & { text: string; line: number }): Highlight {
	return {
		blockId: null,
		chapterTitle: null,
		chapterLevel: null,
		chapterIndex: -1,
		chapterUid: null,
		rangeStart: null,
		rangeEnd: null,
		thought: null,
		createdAt: null,
		endLine: p.line + 1,
		popularCount: null,
		blockIdResolvable: true,
		...p,
	};
}

export function rv(p: Partial<Review> & { kind: Review["kind"]; content: string; line: number }): Review {
	return { blockId: null, chapterTitle: null, abstract: null, createdAt: null, endLine: p.line + 2, ...p };
}

export function ch(title: string, line: number, level = 1): Chapter {
	return { title, level, line };
}

export function book(
	path: string,
	p: { title?: string; author?: string | null; bookId?: string | null; chapters?: Chapter[]; highlights?: Highlight[]; reviews?: Review[] } = {},
): ParsedNote {
	return {
		kind: "weread",
		path,
		meta: {
			bookId: p.bookId ?? null,
			title: p.title ?? path.replace(/^.*\//, "").replace(/\.md$/, ""),
			author: p.author ?? null,
			cover: null,
			isbn: null,
			category: null,
			lastReadDate: null,
			noteCount: null,
			reviewCount: null,
			readingStatus: null,
			finishedDate: null,
		},
		chapters: p.chapters ?? [],
		highlights: p.highlights ?? [],
		reviews: p.reviews ?? [],
		diagnostics: [],
		lineCount: 100,
	};
}

export function link(line: number, to: string | null, blockId: string, embed = false, linkpath?: string): ResolvedLink {
	return { line, embed, linkpath: linkpath ?? (to ?? "missing").replace(/\.md$/, ""), blockId, to };
}

/** A two-chapter book used across tests: ch1 uid 5 (two highlights, stored newest first), ch2 uid 7. */
export function sampleBook(path = "weread/浮生六记.md"): ParsedNote {
	return book(path, {
		title: "浮生六记",
		author: "沈复",
		bookId: "840127",
		chapters: [ch("卷一 闺房记乐", 10), ch("卷二 闲情记趣", 20)],
		highlights: [
			hl({ line: 12, text: "神游其中，怡然自得。", blockId: "840127-5-300-320", chapterTitle: "卷一 闺房记乐", chapterIndex: 0, chapterUid: 5, rangeStart: 300, rangeEnd: 320, createdAt: "2023-08-13 08:00:00" }),
			hl({ line: 15, text: "余生乾隆癸未冬十一月二十有二日，正值太平盛世。", blockId: "840127-5-120-143", chapterTitle: "卷一 闺房记乐", chapterIndex: 0, chapterUid: 5, rangeStart: 120, rangeEnd: 143, createdAt: "2023-08-12 21:04:19" }),
			hl({ line: 22, text: "夏蚊成雷，私拟作群鹤舞空。Mosquito Cranes", blockId: "840127-7-10-40", chapterTitle: "卷二 闲情记趣", chapterIndex: 1, chapterUid: 7, rangeStart: 10, rangeEnd: 40, createdAt: "2023-08-15 23:59:59", thought: "童趣 Childhood" }),
		],
		reviews: [
			rv({ line: 40, kind: "highlight-thought", blockId: "401122-7sQwErTyU", chapterTitle: "卷一 闺房记乐", abstract: "布衣饭菜，可乐终身。", content: "平淡才是真。", createdAt: "2023-08-12 21:10:05" }),
			rv({ line: 46, kind: "chapter-review", blockId: "401122-7sZxCvBnM", chapterTitle: "卷二 闲情记趣", content: "这一卷读来心静。", createdAt: "2023-08-16 00:00:00" }),
			rv({ line: 56, kind: "book-review", blockId: "401122-7tPoIuYtR", content: "读完只觉得温柔。", createdAt: null }),
		],
	});
}

/** A fresh index and the revisions its subscriber has heard, in order. */
export function observed(): { index: HighlightIndex; heard: number[] } {
	const index = new HighlightIndex();
	const heard: number[] = [];
	index.subscribe((r) => heard.push(r));
	return { index, heard };
}

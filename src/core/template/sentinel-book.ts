import type { RecognizedKind } from "./recognized";

// A made-up book in the sync plugin's render context shape (its models.ts RenderTemplate: metaData,
// chapterHighlights, bookReview), whose every entry's text, thought and time is a unique sentinel of a realistic
// shape: templates `trim`, `truncate`, `replace` and `.slice(0, 16)` them, so a time is a real `2001-MM-DD HH:mm:ss`
// with a matching epoch, and a text is a short token without spaces. Where each sentinel lands in the rendered
// note tells derive-shapes.ts where each field goes. Every kind has a sample whose text (or thought) runs over two
// lines, to learn how continuation lines are written.

export interface SentinelEntry {
	readonly kind: RecognizedKind;
	/** The text's lines (markText, abstract or review content). */
	readonly text: readonly string[];
	/** The thought's lines (reviewContent, or a highlight-thought's content), or null. */
	readonly thought: readonly string[] | null;
	readonly year: number;
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
	readonly chapterTitle: string | null;
}

export interface SentinelBook {
	readonly context: object;
	readonly entries: readonly SentinelEntry[];
	readonly chapterTitles: readonly string[];
}

const BOOK_ID = "3300088001";
const TITLE = "样书之名";
const AUTHOR = "作者甲";
const COVER = "https://cdn.weread.qq.com/cover/sample.jpg";

/** The book's own values, which a template may print inside an entry's lines (a deeplink's bookId, the title). */
export const BOOK_VALUES: readonly string[] = [COVER, BOOK_ID, TITLE, AUTHOR];
const USER_VID = "12345678";
const two = (n: number): string => String(n).padStart(2, "0");

function token(prefix: string, n: number, part: string): string {
	return `${prefix}${String(n).padStart(3, "0")}${part}`;
}

/** The sync plugin's createTime string and `created` epoch (seconds, local time) of entry n. */
function stamp(n: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
	return { year: 2001, month: 1 + Math.floor(n / 28), day: 1 + (n % 28), hour: 10 + (n % 12), minute: (n * 7 + 3) % 60, second: (n * 11 + 5) % 60 };
}

/**
 * The sentinel book. `variant` changes what no sentinel carries (colour and style indexes) so that two renders tell
 * varying decoration (a colour picked by colorStyle) from fixed template text.
 */
export function sentinelBook(variant = 0): SentinelBook {
	const entries: SentinelEntry[] = [];
	let n = 0;
	const next = (kind: RecognizedKind, textPrefix: string, lines: number, thought: number, chapterTitle: string | null): { e: SentinelEntry; time: string; created: number; textValue: string; thoughtValue: string | null; n: number } => {
		n++;
		const s = stamp(n);
		const text = Array.from({ length: lines }, (_, i) => token(textPrefix, n, i === 0 ? "Z" : "W"));
		const th = thought === 0 ? null : Array.from({ length: thought }, (_, i) => token("THQ", n, i === 0 ? "Z" : "W"));
		const e: SentinelEntry = { kind, text, thought: th, ...s, chapterTitle };
		entries.push(e);
		const time = `${s.year}-${two(s.month)}-${two(s.day)} ${two(s.hour)}:${two(s.minute)}:${two(s.second)}`;
		const created = Math.floor(new Date(s.year, s.month - 1, s.day, s.hour, s.minute, s.second).getTime() / 1000);
		return { e, time, created, textValue: text.join("\n"), thoughtValue: th === null ? null : th.join("\n"), n };
	};

	const levels = [1, 2, 3, 1];
	const chapterTitles = levels.map((_, c) => token("CHQ", c + 1, "Z"));
	const chapterHighlights = levels.map((level, c) => {
		const chapterUid = 11 + c;
		const title = chapterTitles[c]!;
		// Per chapter: a plain highlight, one with a thought, and in the first chapter two-line ones of each.
		const shapes: [number, number][] = c === 0 ? [[1, 0], [1, 1], [2, 0], [1, 2], [2, 1], [2, 2]] : [[1, 0], [1, 1]];
		const highlights = shapes.map(([lines, thought], i) => {
			const { time, created, textValue, thoughtValue, n: k } = next("highlight", "HLQ", lines, thought, title);
			const start = 100 * k;
			const range = `${start}-${start + 37}`;
			return {
				bookmarkId: `${BOOK_ID}_${chapterUid}_${range}`,
				created,
				createTime: time,
				chapterUid,
				chapterIdx: c + 1,
				chapterTitle: title,
				markText: textValue,
				style: (i + variant) % 3,
				colorStyle: (i + variant) % 5,
				range,
				...(thoughtValue === null ? {} : { reviewContent: thoughtValue }),
			};
		});
		return { chapterUid, chapterIdx: c + 1, chapterTitle: title, level, isMPChapter: 0, highlights };
	});

	const review = (kind: RecognizedKind, prefix: string, lines: number, thought: number, chapterTitle: string | null, chapterUid: number | null) => {
		const { time, created, textValue, thoughtValue, n: k } = next(kind, prefix, lines, thought, chapterTitle);
		const reviewId = `${USER_VID}_7bCdE${String(k).padStart(3, "0")}gh`;
		const content = kind === "highlight-thought" ? (thoughtValue ?? "") : textValue;
		return {
			reviewId,
			chapterUid: chapterUid ?? undefined,
			chapterTitle: chapterTitle ?? undefined,
			created,
			createTime: time,
			content,
			mdContent: content,
			...(kind === "highlight-thought" ? { abstract: textValue, range: `${100 * k}-${100 * k + 20}` } : {}),
			type: kind === "book-review" ? 4 : 1,
		};
	};
	const chapterReviews = [0, 1].map((c) => {
		const title = chapterTitles[c]!;
		return {
			chapterUid: 11 + c,
			chapterTitle: title,
			chapterReviews: [review("chapter-review", "CRQ", c === 0 ? 2 : 1, 0, title, 11 + c)],
			reviews: [review("highlight-thought", "ABQ", 1, c === 0 ? 2 : 1, title, 11 + c), review("highlight-thought", "ABQ", c === 0 ? 2 : 1, 1, title, 11 + c)],
		};
	});
	const bookReviews = [review("book-review", "BRQ", 2, 0, null, null), review("book-review", "BRQ", 1, 0, null, null)];

	const readInfo = {
		markedStatus: 2,
		readingTime: 7260,
		totalReadDay: 9,
		continueReadDays: 3,
		readingBookCount: 1,
		readingBookDate: 946684800,
		finishedBookCount: 0,
		finishedBookIndex: 0,
		finishedDate: 0,
		readingProgress: 42,
		readDetail: { lastReadingDate: 946771200, totalReadingTime: 7260, totalReadDay: 9 },
	};
	const metaData = {
		bookId: BOOK_ID,
		author: AUTHOR,
		title: TITLE,
		url: `https://weread.qq.com/web/reader/${BOOK_ID}`,
		pcUrl: `https://weread.qq.com/web/reader/${BOOK_ID}`,
		cover: COVER,
		bookType: 1,
		publishTime: "2000-01-01 00:00:00",
		noteCount: 14,
		reviewCount: 6,
		isbn: "9787000000000",
		category: "文学-小说",
		publisher: "样书出版社",
		intro: "一本用来看清模板格式的书",
		lastReadDate: "2000-01-02",
		totalWords: 120000,
		rating: "80",
		readInfo,
		duplicate: false,
	};
	const context = {
		metaData,
		chapterHighlights,
		bookReview: { chapterReviews, bookReviews },
		popularHighlights: [],
		syncPopularHighlightsToggle: false,
	};
	return { context, entries, chapterTitles };
}

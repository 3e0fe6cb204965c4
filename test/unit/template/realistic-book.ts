// A realistic book in the sync plugin's render context shape, unlike the sentinel book the derivation renders:
// real-looking Chinese text with spaces and punctuation, multi-line highlights and thoughts, other ids, other times,
// other chapter titles. Templates rendered over it give notes the recognizer has never seen the like of: a round trip
// (render → recognize → compare with this data) tests the derivation on what it did not learn from.

export interface BookHighlight {
	readonly markText: string;
	readonly reviewContent: string | null;
	readonly createTime: string;
	readonly chapterTitle: string;
	readonly bookmarkId: string;
	readonly chapterUid: number;
	readonly range: string;
}

const TEXTS = [
	"我们在生活中遇到的困难，往往不是因为能力不够，而是因为没有看清自己。",
	"时间是一切财富中最宝贵的财富。",
	"所谓成长，就是逐渐与自己和解的过程。\n有些事情，只能一个人去面对。",
	"书读得越多，越觉得自己无知。",
	"真正的自由，是在所有时候都能控制自己。",
	"人生没有白走的路，每一步都算数。\n走过的弯路，也是风景。\n终点不是目的。",
	"The unexamined life is not worth living.",
	"世界上只有一种英雄主义，就是看清生活的真相之后依然热爱生活。",
];
const THOUGHTS = ["说得太对了", "想起了大学时的自己。\n那时候什么都不怕。", "值得反复读", null, null, "同意", null, null];

const two = (n: number): string => String(n).padStart(2, "0");

export function realisticBook(): { context: object; highlights: BookHighlight[] } {
	const bookId = "26785321";
	const chapters = [
		{ title: "第一章 认识你自己", level: 1, uid: 4 },
		{ title: "1.1 苏格拉底之问", level: 2, uid: 5 },
		{ title: "第二章 自由与必然", level: 1, uid: 9 },
	];
	const highlights: BookHighlight[] = [];
	const chapterHighlights = chapters.map((c, ci) => {
		const hs = TEXTS.filter((_, i) => i % chapters.length === ci).map((markText, k) => {
			const i = TEXTS.indexOf(markText);
			const d = new Date(2023, 4 + ci, 3 + 2 * k + i, 7 + i, 9 * i + 1, 59 - i);
			const createTime = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
			const start = 1000 + 331 * i;
			const range = `${start}-${start + markText.length}`;
			const h: BookHighlight = { markText, reviewContent: THOUGHTS[i] ?? null, createTime, chapterTitle: c.title, bookmarkId: `${bookId}_${c.uid}_${range}`, chapterUid: c.uid, range };
			highlights.push(h);
			return {
				bookmarkId: h.bookmarkId,
				created: Math.floor(d.getTime() / 1000),
				createTime,
				chapterUid: c.uid,
				chapterIdx: ci + 1,
				chapterTitle: c.title,
				markText,
				style: i % 3,
				colorStyle: (i * 2) % 5,
				range,
				...(h.reviewContent === null ? {} : { reviewContent: h.reviewContent }),
			};
		});
		return { chapterUid: c.uid, chapterIdx: ci + 1, chapterTitle: c.title, level: c.level, isMPChapter: 0, highlights: hs };
	});
	const metaData = {
		bookId,
		author: "周濂",
		title: "打开：哲学课",
		url: `https://weread.qq.com/web/reader/${bookId}`,
		cover: "https://cdn.weread.qq.com/weread/cover/26785321.jpg",
		bookType: 1,
		publishTime: "2019-04-01 00:00:00",
		noteCount: highlights.length,
		reviewCount: 0,
		isbn: "9787542666093",
		category: "哲学宗教-西方哲学",
		publisher: "上海三联书店",
		intro: "一门哲学课",
		lastReadDate: "2023-08-01",
		totalWords: 300000,
		rating: "90",
		readInfo: { markedStatus: 4, readingTime: 36000, readingBookDate: 1680000000, finishedDate: 1690000000, readingProgress: 100, readDetail: { lastReadingDate: 1690000000 } },
	};
	return { context: { metaData, chapterHighlights, bookReview: { chapterReviews: [], bookReviews: [] }, popularHighlights: [] }, highlights };
}

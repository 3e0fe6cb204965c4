// The bookshelf's view-model: sort orders (Chinese titles by pinyin), grouping, the filter, and the rows built from
// an index (cited %, reading status, finished date, last read). Expected orders are worked out by hand below.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HighlightIndex } from "../../../src/core/index/highlight-index.ts";
import { buildShelf, shelfBooks, type ShelfBook, type ShelfQuery } from "../../../src/core/view-models/shelf.ts";

const ZH = new Intl.Collator("zh");
const EN = new Intl.Collator("en");

function b(path: string, p: Partial<ShelfBook> = {}): ShelfBook {
	return {
		path,
		title: path.replace(/\.md$/, ""),
		author: null,
		highlightCount: 0,
		thoughtCount: 0,
		firstDay: null,
		lastDay: null,
		lastRead: null,
		citedShare: null,
		status: null,
		finishedDate: null,
		category: null,
		cover: null,
		...p,
	};
}

// 中国 (zhōng), 长安 (cháng), 白鹿原 (bái), 阿Q正传 (ā): code points would put 中 (U+4E2D) first and 阿 (U+963F) last.
const BOOKS: ShelfBook[] = [
	b("中国.md", { author: "费孝通", highlightCount: 5, lastRead: "2024-03-01", status: "reading", category: "社会", finishedDate: null }),
	b("长安.md", { author: "马伯庸", highlightCount: 40, lastRead: "2023-12-31", status: "finished", category: "文学", finishedDate: "2023-12-30" }),
	b("白鹿原.md", { author: "陈忠实", highlightCount: 40, lastRead: "2024-05-20", status: "finished", category: "文学", finishedDate: "2024-05-20" }),
	b("阿Q正传.md", { author: "鲁迅", highlightCount: 1, lastRead: null, status: null, category: null }),
	b("The Orchard.md", { author: "Ann Lee", highlightCount: 12, lastRead: "2024-05-20", status: "read", category: "Fiction" }),
];

const q = (p: Partial<ShelfQuery> = {}): ShelfQuery => ({ sort: "title", grouping: "none", filter: "", ...p });
const titles = (vm: ReturnType<typeof buildShelf>): string[] => vm.groups.flatMap((g) => g.books.map((x) => x.title));

test("shelf: title order follows the collation: Chinese by pinyin (zh), and English titles after Han in zh", () => {
	assert.deepEqual(titles(buildShelf(BOOKS, q(), ZH)), ["阿Q正传", "白鹿原", "长安", "中国", "The Orchard"]);
	// The input is not reordered.
	assert.equal(BOOKS[0]?.title, "中国");
});

test("shelf: last read, newest first; ties by title; undated last", () => {
	// 白鹿原 and The Orchard share 2024-05-20: in zh, Han before Latin.
	assert.deepEqual(titles(buildShelf(BOOKS, q({ sort: "last-read" }), ZH)), ["白鹿原", "The Orchard", "中国", "长安", "阿Q正传"]);
});

test("shelf: most highlights first; ties by title", () => {
	assert.deepEqual(titles(buildShelf(BOOKS, q({ sort: "highlights" }), ZH)), ["白鹿原", "长安", "The Orchard", "中国", "阿Q正传"]);
});

test("shelf: finished, latest finish first; unfinished after, by last read", () => {
	assert.deepEqual(titles(buildShelf(BOOKS, q({ sort: "finished" }), ZH)), ["白鹿原", "长安", "The Orchard", "中国", "阿Q正传"]);
});

test("shelf: group by status: reading, finished, read, unmarked, then no status; the sort holds inside groups", () => {
	const vm = buildShelf(BOOKS, q({ grouping: "status", sort: "last-read" }), ZH);
	assert.deepEqual(
		vm.groups.map((g) => [g.key, g.value, g.books.map((x) => x.title)]),
		[
			["status:reading", "reading", ["中国"]],
			["status:finished", "finished", ["白鹿原", "长安"]],
			["status:read", "read", ["The Orchard"]],
			["status:", null, ["阿Q正传"]],
		],
	);
});

test("shelf: group by category (collated, none last) and by year of last read (newest first, undated last)", () => {
	const byCategory = buildShelf(BOOKS, q({ grouping: "category" }), ZH);
	// zh collation: 社会 (shè) before 文学 (wén); Latin after Han.
	assert.deepEqual(
		byCategory.groups.map((g) => [g.value, g.books.map((x) => x.title)]),
		[
			["社会", ["中国"]],
			["文学", ["白鹿原", "长安"]],
			["Fiction", ["The Orchard"]],
			[null, ["阿Q正传"]],
		],
	);
	const byYear = buildShelf(BOOKS, q({ grouping: "year", sort: "highlights" }), EN);
	assert.deepEqual(
		byYear.groups.map((g) => [g.key, g.books.map((x) => x.title)]),
		[
			["year:2024", ["白鹿原", "The Orchard", "中国"]],
			["year:2023", ["长安"]],
			["year:", ["阿Q正传"]],
		],
	);
});

test("shelf: the filter matches title or author, case-insensitively, every term; counts say shown of total", () => {
	assert.deepEqual(titles(buildShelf(BOOKS, q({ filter: "orch" }), EN)), ["The Orchard"]);
	assert.deepEqual(titles(buildShelf(BOOKS, q({ filter: "ANN" }), EN)), ["The Orchard"]);
	assert.deepEqual(titles(buildShelf(BOOKS, q({ filter: "鲁迅" }), ZH)), ["阿Q正传"]);
	assert.deepEqual(titles(buildShelf(BOOKS, q({ filter: "  马伯庸   长 " }), ZH)), ["长安"]);
	assert.deepEqual(titles(buildShelf(BOOKS, q({ filter: "马伯庸 白" }), ZH)), []);
	const vm = buildShelf(BOOKS, q({ filter: "q" }), ZH);
	assert.deepEqual([vm.shownCount, vm.totalCount], [1, 5]);
	const none = buildShelf(BOOKS, q({ filter: "nothing", grouping: "status" }), ZH);
	assert.deepEqual([none.groups, none.shownCount], [[], 0]);
	assert.deepEqual(buildShelf([], q(), ZH).groups, []);
});

const NOTE = (fm: string, body: string): string => `---\ndoc_type: weread-highlights-reviews\nbookId: "1"\n${fm}---\n# 高亮划线\n## 第一章\n${body}\n# 读书笔记\n`;
const HL = (text: string, id: string, time: string): string => `> 📌 ${text} ^${id}\n> ⏱ ${time}\n\n`;

test("shelf rows from the index: counts, days, cited share of highlights, status, finished date, last read, cover", () => {
	const index = new HighlightIndex();
	index.upsertNote(
		"weread/长安.md",
		NOTE(
			'title: 长安的荔枝\nauthor: 马伯庸\nreadingStatus: "4"\nfinishedDate: 2024-05-02\nlastReadDate: 2024-06-01\ncategory: 文学-小说\ncover: https://cdn.weread.qq.com/cover.jpg\n',
			HL("一", "1-1-0-5", "2024-04-01 10:00:00") + HL("二", "1-1-6-9", "2024-04-03 10:00:00") + HL("三", "1-1-10-20", "2024-05-01 09:00:00") + HL("四", "1-1-30-40", "2024-05-02 09:00:00"),
		),
	);
	index.upsertNote("weread/空.md", NOTE("readingStatus: 在读\ncover: javascript:alert(1)\n", ""));
	index.upsertNote("weread/旧.md", NOTE("finishedDate: 2020-01-02\n", HL("五", "1-1-0-1", "2019-12-30 08:00:00")));
	// Two links to one highlight and one to another: 2 of 4 highlights cited, whatever the number of links.
	index.upsertLinks("daily/a.md", [
		{ line: 1, embed: true, linkpath: "长安", blockId: "1-1-0-5", to: "weread/长安.md" },
		{ line: 2, embed: false, linkpath: "长安", blockId: "1-1-0-5", to: "weread/长安.md" },
		{ line: 3, embed: false, linkpath: "长安", blockId: "1-1-10-20", to: "weread/长安.md" },
	]);
	const rows = shelfBooks(index);
	assert.deepEqual(
		rows.map((r) => r.path),
		["weread/旧.md", "weread/空.md", "weread/长安.md"],
	);
	const [old, empty, changan] = rows;
	assert.deepEqual(changan, {
		path: "weread/长安.md",
		title: "长安的荔枝",
		author: "马伯庸",
		highlightCount: 4,
		thoughtCount: 0,
		firstDay: "2024-04-01",
		lastDay: "2024-05-02",
		// lastReadDate (2024-06-01) is later than the last highlight.
		lastRead: "2024-06-01",
		citedShare: 0.5,
		status: "finished",
		finishedDate: "2024-05-02",
		category: "文学-小说",
		cover: "https://cdn.weread.qq.com/cover.jpg",
	});
	assert.deepEqual([empty?.highlightCount, empty?.citedShare, empty?.status, empty?.lastRead, empty?.cover], [0, null, "reading", null, null]);
	// No readingStatus but a finished date: finished (the sync plugin writes 读完 exactly then).
	assert.deepEqual([old?.status, old?.finishedDate, old?.lastRead, old?.citedShare], ["finished", "2020-01-02", "2019-12-30", 0]);
});

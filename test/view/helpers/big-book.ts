// A generated WeRead note of `count` highlights (issue 15 item 4: 8,660 is 10× the largest real book), in the shape
// of test/fixtures/vault/weread/*.md: chapters of `perChapter` highlights, every seventh with a thought. The book
// pane's windowing test and scripts/bench/book-pane-bench.ts read it.

export const BIG_BOOK_PATH = "weread/万条划线.md";
export const BIG_BOOK_COUNT = 8660;

/** Highlight i's text: its number first, so a test finds a row by it ("第 8660 条"). */
export function bigBookText(i: number): string {
	return `第 ${i} 条划线：园丁在清晨搭好番茄架子，木匠把榫卯对齐，一天的活从磨刀开始。`;
}

export function bigBookNote(count = BIG_BOOK_COUNT, perChapter = 144): string {
	const lines = [
		"---",
		"doc_type: weread-highlights-reviews",
		'bookId: "9900777"',
		"author: 生成器",
		`noteCount: ${count}`,
		"---",
		"# 元数据",
		"> [!abstract] 万条划线",
		"> - 书名： 万条划线",
		"> - 作者： 生成器",
		"",
		"# 高亮划线",
		"",
	];
	for (let i = 1; i <= count; i++) {
		const chapter = Math.floor((i - 1) / perChapter) + 1;
		if ((i - 1) % perChapter === 0) lines.push(`## 第${chapter}章`, "", "");
		const start = ((i - 1) % perChapter) * 40;
		lines.push(`- 📌 ${bigBookText(i)} ^9900777-${chapter}-${start}-${start + 30}`);
		const day = String(1 + (i % 28)).padStart(2, "0");
		if (i % 7 === 0) lines.push(`    - 💭 第 ${i} 条的想法。`);
		lines.push(`    - ⏱ 2024-03-${day} 08:${String(i % 60).padStart(2, "0")}:00 `, "");
	}
	lines.push("# 本书评论", "");
	return lines.join("\n");
}

// The demo vault's reading-time cache (issue 14 item 3): `.weread-cache/daily-stats.json` as the sync plugin writes
// it (zhaohongxuan/obsidian-weread-plugin, src/components/wereadReadingStats.ts: `{ version: 1, data, fetchedMonths }`,
// keys `${getFullYear()}-${getMonth()}-${getDate()}` with the month 0-based, values in seconds, JSON.stringify'd).
// Every day with a highlight or a thought is a reading day (longer the more was marked), and some days before one
// are reading days without a highlight: a reader reads more often than they mark. Seeded: byte-identical every run.
import type { ResolvedBook } from "./model.ts";
import { rng, seedOf } from "./model.ts";

export const READING_TIME_PATH = ".weread-cache/daily-stats.json";

/** The cache text for the demo books. */
export function readingTimeCache(books: readonly ResolvedBook[]): string {
	const marked = new Map<string, number>();
	const mark = (at: string | null): void => {
		if (at !== null) marked.set(at.slice(0, 10), (marked.get(at.slice(0, 10)) ?? 0) + 1);
	};
	for (const book of books) {
		for (const e of book.entries) {
			if (e.spec.popularOnly !== undefined) continue;
			mark(e.createdAt);
			mark(e.thought?.at ?? null);
		}
		for (const r of book.chapterReviews) mark(r.at);
		mark(book.bookReview?.at ?? null);
	}
	const r = rng(seedOf("reading-time"));
	const seconds = new Map<string, number>();
	for (const day of [...marked.keys()].sort()) {
		const n = marked.get(day) ?? 0;
		// 15–35 minutes of reading, plus 4–8 per thing marked, at most 3 hours.
		seconds.set(day, Math.min(3 * 3600, Math.round((15 + r() * 20 + n * (4 + r() * 4)) * 60)));
		// The day before: read without marking anything, one time in three.
		const before = previousDay(day);
		if (!marked.has(before) && !seconds.has(before) && r() < 1 / 3) seconds.set(before, Math.round((8 + r() * 30) * 60));
	}
	const data: Record<string, number> = {};
	const months = new Set<string>();
	for (const day of [...seconds.keys()].sort()) {
		const [y, m, d] = day.split("-").map(Number) as [number, number, number];
		data[`${y}-${m - 1}-${d}`] = seconds.get(day) ?? 0;
		months.add(`${y}-${m - 1}`);
	}
	return JSON.stringify({ version: 1, data, fetchedMonths: [...months] });
}

function previousDay(day: string): string {
	const [y, m, d] = day.split("-").map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d - 1));
	return date.toISOString().slice(0, 10);
}

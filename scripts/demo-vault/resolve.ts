// A book's content table → ranges, ids and times that agree with each other (design of the demo vault:
// demo/README.md). Ranges grow within a chapter; times follow the reading sessions in book order.
import {
	type BookSpec,
	type ChapterReview,
	type Entry,
	type ResolvedBook,
	between,
	charLength,
	fileBaseOf,
	formatTime,
	item,
	parseTime,
	reviewId,
	rng,
	seedOf,
} from "./model.ts";

interface Session {
	readonly start: number;
	readonly count: number;
}

function sessions(book: BookSpec): Session[] {
	return book.sessions.map((s) => {
		const m = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) ×(\d+)$/.exec(s);
		if (m === null) throw new Error(`${book.title}: bad session "${s}"`);
		return { start: parseTime(m[1]!), count: Number(m[2]) };
	});
}

export function resolveBook(book: BookSpec): ResolvedBook {
	const r = rng(seedOf(book.bookId));
	// Times: one clock that walks through the sessions; each timed item takes the next tick.
	const plan = sessions(book);
	const timed = book.chapters.flatMap((c) => c.items.map(item)).filter((i) => i.popularOnly === undefined).length;
	const planned = plan.reduce((n, s) => n + s.count, 0);
	if (planned !== timed) throw new Error(`${book.title}: sessions cover ${planned} items, the book has ${timed}`);
	const ticks: number[] = [];
	for (const s of plan) {
		if (ticks.length > 0 && s.start <= ticks[ticks.length - 1]!) throw new Error(`${book.title}: sessions overlap at ${formatTime(s.start)}`);
		let t = s.start + between(r, 0, 90) * 1000;
		for (let i = 0; i < s.count; i++) {
			ticks.push(t);
			t += between(r, 35, 420) * 1000;
		}
	}

	const entries: Entry[] = [];
	const chapterReviews: ChapterReview[] = [];
	let tick = 0;
	for (const chapter of book.chapters) {
		let pos = between(r, 60, 700);
		let first = true;
		let lastTime = 0;
		for (const raw of chapter.items) {
			const spec = item(raw);
			const start = first ? pos : pos + between(r, 20, 1600);
			first = false;
			const end = start + charLength(spec.t);
			pos = end;
			const idStart = start - (spec.movedBy ?? 0);
			const bookmarkId = `${book.bookId}-${chapter.uid}${spec.underscoreId === true ? "_" : "-"}${idStart}-${end}`;
			if (spec.deletedLater === true && spec.th !== undefined) throw new Error(`${book.title}: a deleted highlight with a thought`);
			let createdAt: string | null = null;
			let thought: Entry["thought"] = null;
			if (spec.popularOnly === undefined) {
				const at = ticks[tick++]!;
				createdAt = formatTime(at);
				lastTime = at;
				if (spec.th !== undefined) {
					// A thought on a highlight is written a little after the highlight itself.
					const thoughtAt = spec.noHl === true ? at : at + between(r, 15, 140) * 1000;
					thought = { content: spec.th, reviewId: reviewId(r), at: formatTime(thoughtAt) };
					lastTime = thoughtAt;
				}
			}
			entries.push({ chapter, spec, text: spec.t, start, end, bookmarkId, createdAt, thought });
		}
		if (chapter.review !== undefined) {
			const at = lastTime + between(r, 3, 12) * 60_000 + between(r, 0, 59) * 1000;
			chapterReviews.push({ chapter, content: chapter.review, reviewId: reviewId(r), at: formatTime(at) });
		}
	}
	const bookReview =
		book.bookReview === undefined
			? null
			: { text: book.bookReview.text, reviewId: reviewId(r), at: formatTime(parseTime(book.bookReview.at) + between(r, 0, 59) * 1000) };
	const noteCount = entries.filter((e) => e.spec.popularOnly === undefined && e.spec.noHl !== true && e.spec.deletedLater !== true).length;
	const reviewCount = entries.filter((e) => e.thought !== null).length + chapterReviews.length + (bookReview === null ? 0 : 1);
	const coverSlug = `${book.bookId.slice(-2)}/${book.bookId}/t7_${book.bookId}.jpg`;
	return {
		spec: book,
		fileBase: fileBaseOf(book.title),
		cover: `https://example.invalid/weread/cover/${coverSlug}`,
		entries,
		chapterReviews,
		bookReview,
		noteCount,
		reviewCount,
	};
}

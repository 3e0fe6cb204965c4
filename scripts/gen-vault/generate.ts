// A seeded, deterministic synthetic vault of WeRead notes in a realistic mix of template eras (design §8), plus
// daily notes that embed highlights the way the sync plugin's daily-note feature does (weread-format §5), and
// permanent notes that link highlights inline. Books have heavy-tailed sizes (up to the 866 of the largest real
// note), 1–80+ chapters on three heading levels, inline thoughts, `# 读书笔记` thoughts on highlights (which the
// index merges) and chapter reviews, and `# 本书评论` book reviews, in the shares real vaults show.
// The same seed and options always give byte-identical files.

export interface GenOptions {
	/** Total highlights to aim for across all books. */
	readonly highlights: number;
	readonly seed?: number;
	/** Share of highlights cited from a daily note (0..1). */
	readonly citeShare?: number;
	/** Highlight counts of the first books, in order (e.g. `[866]`: the largest real note); the rest are drawn. */
	readonly fixedSizes?: readonly number[];
}

export interface GenFile {
	readonly path: string;
	readonly text: string;
}

export interface GenVault {
	readonly files: readonly GenFile[];
	readonly bookCount: number;
	readonly highlightCount: number;
	readonly citationCount: number;
}

/** mulberry32: tiny, fast and good enough for test data; Math.random is not seedable. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Era = "dash" | "quote" | "deeplink" | "lazy2026" | "nochapter";
// Shares follow weread-format §12 (dash 779, quote 680, deeplink 818 of 2,796 real notes; the rest custom).
const ERAS: readonly [Era, number][] = [
	["dash", 0.3],
	["quote", 0.27],
	["deeplink", 0.3],
	["lazy2026", 0.08],
	["nochapter", 0.05],
];

const SYLLABLES =
	"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
const WORDS_EN = [
	"reading", "river", "quiet", "light", "orchard", "memory", "attention", "patience", "harbor", "lantern",
	"window", "morning", "letter", "garden", "season", "distance", "silence", "promise", "evening", "bridge",
];

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)] as T;
}

function chineseText(r: () => number, min: number, max: number): string {
	const n = min + Math.floor(r() * (max - min + 1));
	let s = "";
	for (let i = 0; i < n; i++) {
		s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
		if (i > 0 && i % 17 === 0 && i < n - 1) s += r() < 0.5 ? "，" : "。";
	}
	return s + "。";
}

function englishText(r: () => number, min: number, max: number): string {
	const n = min + Math.floor(r() * (max - min + 1));
	const words: string[] = [];
	for (let i = 0; i < n; i++) words.push(pick(r, WORDS_EN));
	const s = words.join(" ");
	return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}

const ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The review part of a `{userVid}-{reviewId}` id: 9 base-62 characters, like `7sZnwadFm`. */
function noteId(r: () => number): string {
	let s = "";
	for (let i = 0; i < 9; i++) s += ID_CHARS[Math.floor(r() * ID_CHARS.length)];
	return s;
}

/** A flat copy of a string, as a file read returns it (UTF-8 round trip; TextEncoder exists in Node and browsers). */
function flat(s: string): string {
	return new TextDecoder().decode(new TextEncoder().encode(s));
}

function pad(n: number, w = 2): string {
	return String(n).padStart(w, "0");
}

/** A local wall time between 2021-01-01 and 2026-10-31 as the sync plugin writes it. */
function timestamp(r: () => number, dayOffset: number, minuteOfDay: number): string {
	const base = Date.UTC(2021, 0, 1) / 86_400_000 + dayOffset;
	const d = new Date(base * 86_400_000);
	const h = Math.floor(minuteOfDay / 60) % 24;
	const m = minuteOfDay % 60;
	const s = Math.floor(r() * 60);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** Highlights per book: heavy-tailed like real vaults (most books 10–80, a few in the hundreds, capped at 866). */
function bookSize(r: () => number): number {
	const x = Math.exp(Math.log(8) + r() * Math.log(866 / 8) * r());
	return Math.max(1, Math.min(866, Math.round(x)));
}

interface GenHighlight {
	readonly id: string;
	readonly chapterUid: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly time: string;
	readonly thought: string | null;
}

/** A `# 读书笔记` entry: a thought on one of the book's highlights, or a chapter review. */
interface GenNote {
	readonly chapter: string;
	readonly abstract: string | null;
	readonly thought: string;
	readonly id: string;
	readonly time: string;
}

function renderNotes(notes: readonly GenNote[]): string {
	let out = "";
	let chapter: string | null = null;
	for (const n of notes) {
		if (n.chapter !== chapter) {
			chapter = n.chapter;
			out += `\n## ${chapter}\n\n`;
		}
		out +=
			n.abstract === null
				? `### 章节评论 No.1\n- ${n.thought} ^${n.id}\n    - ⏱ ${n.time}\n\n`
				: `### 划线评论\n- 📌 ${n.abstract} ^${n.id}\n    - 💭 ${n.thought}\n    - ⏱ ${n.time}\n\n`;
	}
	return out;
}

function renderFrontmatter(bookId: string, title: string, author: string, era: Era, count: number, lastRead: string): string {
	const lines = ["---", "doc_type: weread-highlights-reviews", `bookId: "${bookId}"`];
	if (era === "deeplink" || era === "lazy2026") lines.push(`title: ${title}`);
	lines.push(`author: ${author}`, `cover: https://example.invalid/cover/${bookId}.jpg`, "reviewCount: 0", `noteCount: ${count}`);
	if (era !== "dash") lines.push('readingStatus: "4"', "progress: 100%");
	lines.push(`lastReadDate: ${lastRead}`, "---");
	return lines.join("\n");
}

function renderHighlight(h: GenHighlight, bookId: string, era: Era): string {
	const deeplink = (t: string) =>
		`[${t}](<weread://bestbookmark?bookId=${bookId}&chapterUid=${h.chapterUid}&rangeStart=${h.start}&rangeEnd=${h.end}>)`;
	switch (era) {
		case "dash":
			return h.thought === null
				? `- 📌 ${h.text} ^${h.id}\n    - ⏱ ${h.time} \n`
				: `- 📌 ${h.text} ^${h.id}\n    - 💭 ${h.thought}\n    - ⏱ ${h.time} \n`;
		case "quote":
		case "nochapter":
			return h.thought === null
				? `> 📌 ${h.text} \n> ⏱ ${h.time} ^${h.id}\n`
				: `> 📌 ${h.text} ^${h.id}\n- 💭 ${h.thought} - ⏱ ${h.time} \n`;
		case "deeplink":
			return `> 📌 ${deeplink(h.text)}\n> ⏱ ${h.time} ^${h.id}\n`;
		case "lazy2026":
			return h.thought === null
				? `> 📌 ${deeplink(h.text)}\n> ⏱ ${h.time} ^${h.id}\n`
				: `> 📌 ${deeplink(h.text)}\n 💭 ${h.thought} \n ⏱ ${h.time} ^${h.id}\n`;
	}
}

function chapterHeading(era: Era, level: number, title: string): string {
	if (era === "nochapter") return "";
	const hashes = era === "dash" ? "##" : "#".repeat(level + 1);
	return `${hashes} ${title}\n`;
}

export function generateVault(options: GenOptions): GenVault {
	const r = rng(options.seed ?? 20_261_128);
	const citeShare = options.citeShare ?? 0.02;
	const files: GenFile[] = [];
	const citationsByDay = new Map<string, { title: string; ids: string[] }[]>();
	const permanent = new Map<number, string[]>();
	let total = 0;
	let citations = 0;
	let bookNo = 0;
	while (total < options.highlights) {
		bookNo++;
		const size = Math.min(options.fixedSizes?.[bookNo - 1] ?? bookSize(r), options.highlights - total);
		const era = (() => {
			let x = r();
			for (const [e, share] of ERAS) {
				if ((x -= share) < 0) return e;
			}
			return "dash" as Era;
		})();
		const english = r() < 0.15;
		const bookId = String(30_000_000 + bookNo * 7);
		const title = english ? `${englishText(r, 2, 4).slice(0, -1)} ${bookNo}` : `${chineseText(r, 3, 9).slice(0, -1)}${bookNo}`;
		const author = english ? `${pick(r, WORDS_EN)} ${pick(r, WORDS_EN)}` : chineseText(r, 2, 3).slice(0, -1);
		const chapters = Math.max(1, Math.round(size / (4 + r() * 10)));
		const startDay = Math.floor(r() * 2000);
		let day = startDay;
		const highlights: GenHighlight[][] = [];
		const chapterTitles: string[] = [];
		let produced = 0;
		for (let c = 0; c < chapters; c++) {
			chapterTitles.push(english ? `Chapter ${c + 1}` : `第${c + 1}章 ${chineseText(r, 2, 8).slice(0, -1)}`);
			const inChapter = c === chapters - 1 ? size - produced : Math.min(size - produced, Math.max(0, Math.round((size / chapters) * (0.5 + r()))));
			const list: GenHighlight[] = [];
			let pos = Math.floor(r() * 200);
			for (let i = 0; i < inChapter; i++) {
				const text = english ? englishText(r, 6, 40) : chineseText(r, 12, 140);
				const start = pos + Math.floor(r() * 400);
				const end = start + text.length;
				pos = end;
				if (r() < 0.3) day += Math.floor(r() * 3);
				const thought = era !== "deeplink" && r() < 0.08 ? (english ? englishText(r, 4, 20) : chineseText(r, 6, 60)) : null;
				list.push({ id: `${bookId}-${c + 10}-${start}-${end}`, chapterUid: c + 10, start, end, text, time: timestamp(r, Math.min(day, 2125), 360 + Math.floor(r() * 1000)), thought });
			}
			produced += inChapter;
			highlights.push(list);
		}
		const lastTime = highlights.flat().at(-1)?.time ?? timestamp(r, day, 600);
		// `# 读书笔记`: about a third of books carry thoughts on highlights (2–5 % of them) and now and then a chapter review.
		const notes: GenNote[] = [];
		if (r() < 0.35) {
			highlights.forEach((list, c) => {
				for (const h of list) {
					if (r() >= 0.04) continue;
					const thought = english ? englishText(r, 4, 30) : chineseText(r, 6, 80);
					notes.push({ chapter: chapterTitles[c] as string, abstract: h.text, thought, id: `${2_000_000 + bookNo}-${noteId(r)}`, time: h.time });
				}
				if (r() < 0.05) {
					notes.push({ chapter: chapterTitles[c] as string, abstract: null, thought: english ? englishText(r, 20, 80) : chineseText(r, 40, 300), id: `${2_000_000 + bookNo}-${noteId(r)}`, time: lastTime });
				}
			});
		}
		// `# 本书评论`: one book in five has a review.
		const review = r() < 0.2 ? `## 书评 No.1 \n${english ? englishText(r, 30, 120) : chineseText(r, 60, 400)} ^${2_000_000 + bookNo}-${noteId(r)}\n⏱ ${lastTime}\n` : "";
		let body = `${renderFrontmatter(bookId, title, author, era, size, lastTime.slice(0, 10))}\n# 元数据\n> [!abstract] ${title}\n> - 书名： ${title}\n> - 作者： ${author}\n\n# 高亮划线\n`;
		highlights.forEach((list, c) => {
			const level = c % 5 === 0 ? 1 : c % 5 === 4 ? 3 : 2;
			body += chapterHeading(era, level, chapterTitles[c] as string);
			if (era === "dash") body += "\n\n";
			for (const h of list) {
				body += renderHighlight(h, bookId, era);
				if (era === "dash" || era === "quote" || era === "nochapter") body += "\n";
				if (r() < citeShare) {
					// Three citations in four come from the day's daily note (embeds), the rest from permanent notes
					// that link a highlight inline in a sentence.
					if (r() < 0.25) {
						const topic = Math.floor(r() * Math.max(1, Math.round(options.highlights / 2000)));
						const list = permanent.get(topic) ?? [];
						list.push(`${english ? englishText(r, 5, 15) : chineseText(r, 10, 40)} [[${title}#^${h.id}|${english ? "see" : "见"}]]`);
						permanent.set(topic, list);
					} else {
						const dayKey = h.time.slice(0, 10);
						const entries = citationsByDay.get(dayKey) ?? [];
						const last = entries.at(-1);
						if (last && last.title === title) last.ids.push(h.id);
						else entries.push({ title, ids: [h.id] });
						citationsByDay.set(dayKey, entries);
					}
					citations++;
				}
			}
		});
		body += `\n# 读书笔记\n${renderNotes(notes)}\n# 本书评论\n\n${review}`;
		files.push({ path: `weread/${title}.md`, text: body });
		total += size;
	}
	for (const [dayKey, entries] of [...citationsByDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
		let text = `# ${dayKey}\n\n<!-- start of weread -->\n`;
		for (const e of entries) text += `\n### ${e.title}\n${e.ids.map((id) => `![[${e.title}#^${id}]]`).join("\n")}\n`;
		text += "\n<!-- end of weread -->\n";
		files.push({ path: `daily/${dayKey}.md`, text });
	}
	for (const [topic, lines] of [...permanent.entries()].sort(([a], [b]) => a - b)) {
		files.push({ path: `notes/topic-${topic}.md`, text: `# Topic ${topic}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n` });
	}
	// Built by `+=`, each text is a rope of thousands of pieces; whoever touches it first pays to flatten it. A note
	// read from disk is one flat string: hand out texts like that, so benchmarks charge nobody for the generator.
	return { files: files.map((f) => ({ path: f.path, text: flat(f.text) })), bookCount: bookNo, highlightCount: total, citationCount: citations };
}

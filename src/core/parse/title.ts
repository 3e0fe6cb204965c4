// Title fallbacks for notes whose frontmatter has no `title` (most eras, weread-format §2):
// `> [!abstract] {title}` → `书名： {title}` → a `《{title}》` header line (official / separated themes).
// Only lines before the first highlights / notes section are offered, so highlight text never becomes a title.

function stripBookQuotes(s: string): string {
	let t = s.trim();
	if (t.startsWith("**") && t.endsWith("**") && t.length >= 4) t = t.slice(2, -2).trim();
	if (t.startsWith("《") && t.endsWith("》")) t = t.slice(1, -1).trim();
	return t;
}

export class TitleCandidates {
	private abstract: string | null = null;
	private bookName: string | null = null;
	private bracketed: string | null = null;

	offer(raw: string): void {
		if (this.abstract === null) {
			const at = raw.indexOf("[!abstract]");
			if (at >= 0) {
				let v = raw.slice(at + "[!abstract]".length);
				if (v.startsWith("+") || v.startsWith("-")) v = v.slice(1);
				v = v.trim();
				if (v !== "") this.abstract = v;
				return;
			}
		}
		if (this.bookName === null) {
			const at = raw.indexOf("书名");
			if (at >= 0) {
				let v = raw.slice(at + 2);
				if (v.startsWith("**")) v = v.slice(2);
				v = v.trimStart();
				if (v.startsWith("：") || v.startsWith(":")) {
					v = stripBookQuotes(v.slice(1));
					if (v !== "") this.bookName = v;
					return;
				}
			}
		}
		if (this.bracketed === null) {
			const t = raw.trim();
			if (t.startsWith("《") && t.endsWith("》") && t.indexOf("《", 1) < 0) {
				const v = t.slice(1, -1).trim();
				if (v !== "") this.bracketed = v;
			}
		}
	}

	/** The best candidate in fallback order, or null. */
	best(): string | null {
		return this.abstract ?? this.bookName ?? this.bracketed;
	}
}

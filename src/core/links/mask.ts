// The lines of a note with everything that cannot hold a link blanked out: frontmatter, fenced code, inline code
// spans, `%%…%%` and `<!--…-->` comments (which may span lines). Blanked characters become spaces, so columns are
// kept; whole blanked lines become "". Line numbers match the note's (0-based).

const FENCE = /^(?:\s{0,3}>)*\s{0,3}(`{3,}|~{3,})/;

export function maskedLines(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/);
	const out: string[] = [];
	let i = frontmatterEnd(lines);
	for (let j = 0; j < i; j++) out.push("");
	let fence: string | null = null;
	let comment: "%%" | "-->" | null = null;
	for (; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (fence !== null) {
			const m = FENCE.exec(line);
			if (m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === "") fence = null;
			out.push("");
			continue;
		}
		if (comment === null) {
			const m = FENCE.exec(line);
			if (m?.[1] !== undefined) {
				fence = m[1];
				out.push("");
				continue;
			}
		}
		const masked = maskLine(line, comment);
		comment = masked.comment;
		out.push(masked.text);
	}
	return out;
}

/** Where the body starts: after a `---` … `---`/`...` block on the first line, else 0. */
function frontmatterEnd(lines: readonly string[]): number {
	if (lines[0]?.trimEnd() !== "---") return 0;
	for (let i = 1; i < lines.length; i++) {
		const l = lines[i]?.trimEnd();
		if (l === "---" || l === "...") return i + 1;
	}
	return 0;
}

function maskLine(line: string, open: "%%" | "-->" | null): { text: string; comment: "%%" | "-->" | null } {
	// By UTF-16 code unit (not code point), so indices into `line` and into `out` agree.
	const out = line.split("");
	let comment = open;
	let i = 0;
	while (i < line.length) {
		if (comment !== null) {
			const end = line.indexOf(comment, i);
			const stop = end === -1 ? line.length : end + comment.length;
			blank(out, i, stop);
			i = stop;
			if (end !== -1) comment = null;
			continue;
		}
		if (line.startsWith("%%", i)) {
			comment = "%%";
			blank(out, i, i + 2);
			i += 2;
		} else if (line.startsWith("<!--", i)) {
			comment = "-->";
			blank(out, i, i + 4);
			i += 4;
		} else if (line[i] === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const close = closingRun(line, i + run, run);
			if (close === -1) i += run;
			else {
				blank(out, i, close + run);
				i = close + run;
			}
		} else i++;
	}
	return { text: out.join(""), comment };
}

/** Start of the next run of exactly `run` backticks at or after `from`, or -1. */
function closingRun(line: string, from: number, run: number): number {
	let i = line.indexOf("`", from);
	while (i !== -1) {
		let n = 1;
		while (line[i + n] === "`") n++;
		if (n === run) return i;
		i = line.indexOf("`", i + n);
	}
	return -1;
}

function blank(chars: string[], from: number, to: number): void {
	for (let k = from; k < to && k < chars.length; k++) chars[k] = " ";
}

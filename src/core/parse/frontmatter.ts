// A small reader for the YAML subset WeRead notes carry (weread-format §2), so core needs no YAML dependency:
// `key: value` at column 0 (keys may be non-ASCII or contain spaces: `出版社`, `date created`), plain / 'single' /
// "double" scalars, block scalars (`cover: >-` + indented line), block lists (`tags:` + `  - x`), flow lists.
// Anything else is skipped with a diagnostic; nothing here throws.
import type { Diagnostic } from "../model";

export type FmValue = string | readonly string[] | null;

export interface Frontmatter {
	readonly fields: ReadonlyMap<string, FmValue>;
	/** 0-based line where the body starts (after the closing `---` and an empty `---`/`---` block, if any). */
	readonly bodyStart: number;
	readonly diagnostics: readonly Diagnostic[];
}

function isFmDelimiter(line: string | undefined): boolean {
	return line !== undefined && line.trimEnd() === "---";
}

function unquoteSingle(s: string): string | null {
	if (s.length < 2 || !s.endsWith("'")) return null;
	return s.slice(1, -1).replace(/''/g, "'");
}

function unquoteDouble(s: string): string | null {
	if (s.length < 2 || !s.endsWith('"') || s.endsWith('\\"')) return null;
	const inner = s.slice(1, -1);
	if (!inner.includes("\\")) return inner;
	return inner.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
		if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
		return e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e === "0" ? "\0" : e;
	});
}

/** A plain scalar: `null`/`~` are null; a ` #` starts a comment. Numbers stay text (`bookId: 922382` → "922382"). */
function plainScalar(s: string): string | null {
	const hash = s.indexOf(" #");
	const v = (hash >= 0 ? s.slice(0, hash) : s).trim();
	if (v === "" || v === "~" || v === "null" || v === "Null" || v === "NULL") return null;
	return v;
}

function scalar(raw: string, line: number, key: string, diagnostics: Diagnostic[]): FmValue {
	const s = raw.trim();
	if (s.startsWith("'")) {
		const v = unquoteSingle(s);
		if (v !== null) return v;
	} else if (s.startsWith('"')) {
		const v = unquoteDouble(s);
		if (v !== null) return v;
	} else if (s.startsWith("[") && s.endsWith("]")) {
		return s
			.slice(1, -1)
			.split(",")
			.map((p) => p.trim())
			.filter((p) => p.length > 0)
			.map((p) => unquoteSingle(p) ?? unquoteDouble(p) ?? p);
	} else {
		return plainScalar(s);
	}
	diagnostics.push({ line, code: "bad-frontmatter-value", message: `Unterminated quoted value for "${key}"`, level: "warning" });
	return s.slice(1).trim();
}

/** Index of the `:` that ends a key: the first one followed by a space, a tab or the end of the line. */
function keyColon(line: string): number {
	let at = line.indexOf(":");
	while (at >= 0) {
		const next = line[at + 1];
		if (next === undefined || next === " " || next === "\t") return at;
		at = line.indexOf(":", at + 1);
	}
	return -1;
}

function unquoteKey(k: string): string {
	const t = k.trim();
	return unquoteSingle(t) ?? (t.startsWith('"') ? unquoteDouble(t) : null) ?? t;
}

/**
 * Reads the frontmatter of `lines` (already split, `\r` removed, BOM removed from line 0). Returns null when the
 * note has none: no `---` on line 0, or no closing `---` (Obsidian then sees no frontmatter either).
 */
export function readFrontmatter(lines: readonly string[]): Frontmatter | null {
	return readFrontmatterLines((i) => lines[i]);
}

/**
 * readFrontmatter over lines given one by one (`line(i)`, undefined past the end): the parser splits only the
 * frontmatter into strings, not the whole note.
 */
export function readFrontmatterLines(line: (i: number) => string | undefined): Frontmatter | null {
	if (!isFmDelimiter(line(0))) return null;
	let close = -1;
	// The frontmatter's lines, kept from the search for its end (each is read once).
	const lines: string[] = [""];
	for (let i = 1; ; i++) {
		const l = line(i);
		if (l === undefined) break;
		if (isFmDelimiter(l)) {
			close = i;
			break;
		}
		lines.push(l);
	}
	if (close < 0) return null;

	const fields = new Map<string, FmValue>();
	const diagnostics: Diagnostic[] = [];
	let i = 1;
	while (i < close) {
		const text = lines[i] as string;
		const first = text[0];
		if (text.trim() === "" || first === "#") {
			i++;
			continue;
		}
		if (first === " " || first === "\t") {
			// An indented line not claimed by a key above (nested maps are not part of the WeRead subset).
			diagnostics.push({ line: i, code: "bad-frontmatter-line", message: "Indented frontmatter line outside a value", level: "info" });
			i++;
			continue;
		}
		const colon = keyColon(text);
		if (colon <= 0) {
			diagnostics.push({ line: i, code: "bad-frontmatter-line", message: "Frontmatter line is not `key: value`", level: "warning" });
			i++;
			continue;
		}
		const key = unquoteKey(text.slice(0, colon));
		const rest = text.slice(colon + 1).trim();
		const keyLine = i;
		i++;
		// Indented lines after the key belong to it (list items, block scalar, continued plain scalar).
		const children: string[] = [];
		while (i < close) {
			const l = lines[i] as string;
			if (l.trim() !== "" && l[0] !== " " && l[0] !== "\t" && !(l[0] === "-" && (l[1] === " " || l.length === 1))) break;
			children.push(l);
			i++;
		}
		let value: FmValue;
		const c0 = rest[0];
		if ((c0 === ">" || c0 === "|") && /^[>|][+-]?\d?\s*(#.*)?$/.test(rest)) {
			const parts = children.map((l) => l.trim());
			while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
			const joined = parts.join(c0 === ">" ? " " : "\n");
			value = joined === "" ? null : joined;
		} else if (rest === "") {
			const items = children.map((l) => l.trim()).filter((l) => l.length > 0);
			if (items.length > 0 && items.every((l) => l === "-" || l.startsWith("- "))) {
				value = items.map((l) => (l === "-" ? "" : (scalar(l.slice(2), keyLine, key, diagnostics) ?? "")) as string);
			} else if (items.length > 0) {
				value = items.join(" ");
			} else value = null;
		} else if (children.length === 0) {
			value = scalar(rest, keyLine, key, diagnostics); // the common `key: value` line
		} else {
			const more = children.map((l) => l.trim()).filter((l) => l.length > 0);
			value = scalar(more.length > 0 ? `${rest} ${more.join(" ")}` : rest, keyLine, key, diagnostics);
		}
		fields.set(key, value);
	}

	// Some notes carry an extra empty `---`/`---` block right after the real one: skip it so it is not
	// mistaken for a thematic break or a second frontmatter.
	let bodyStart = close + 1;
	let j = bodyStart;
	while (line(j)?.trim() === "") j++;
	if (isFmDelimiter(line(j))) {
		let k = j + 1;
		while (line(k)?.trim() === "") k++;
		if (isFmDelimiter(line(k))) bodyStart = k + 1;
	}
	return { fields, bodyStart, diagnostics };
}

/** A field as a single string: lists give their first item; null stays null. */
export function fmString(fields: ReadonlyMap<string, FmValue>, key: string): string | null {
	const v = fields.get(key);
	if (v === undefined || v === null) return null;
	if (typeof v === "string") return v;
	return v[0] ?? null;
}

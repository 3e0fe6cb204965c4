// The E5+ deeplink wrapper: `[text](<weread://bestbookmark?bookId=…&chapterUid=…&rangeStart=…&rangeEnd=…>)`.
// The link text can itself contain brackets (`[插图]`), so the wrapper is found from its end: the LAST
// `](<weread://` of the entry, never a bracket-matching scan (which `[插图]` would derail).

const OPEN = "](<weread://";

export interface Deeplink {
	readonly chapterUid: number | null;
	readonly rangeStart: number | null;
	readonly rangeEnd: number | null;
}

export interface Unwrapped {
	readonly text: string;
	readonly link: Deeplink | null;
	/** True when a wrapper was opened but never closed with `>)` (a truncated note). */
	readonly unclosed: boolean;
}

function intParam(query: string, name: string): number | null {
	const key = name + "=";
	let at = query.indexOf(key);
	// The key must start the query or follow `&` (so `Start=` does not match inside `rangeStart=`).
	while (at > 0 && query[at - 1] !== "&" && query[at - 1] !== "?") at = query.indexOf(key, at + 1);
	if (at < 0) return null;
	let i = at + key.length;
	const from = i;
	while (i < query.length && query.charCodeAt(i) >= 48 && query.charCodeAt(i) <= 57) i++;
	if (i === from || i - from > 15) return null;
	return Number(query.slice(from, i));
}

/** Strips the wrapper from `text` when it starts with `[` and carries a weread link; else returns it unchanged. */
export function unwrapDeeplink(text: string): Unwrapped {
	if (text.charCodeAt(0) !== 91 /* [ */) return { text, link: null, unclosed: false };
	const at = text.lastIndexOf(OPEN);
	if (at < 0) return { text, link: null, unclosed: false };
	const urlStart = at + 3; // after `](<`
	const close = text.indexOf(">)", urlStart);
	if (close < 0) return { text, link: null, unclosed: true };
	const url = text.slice(urlStart, close);
	const q = url.indexOf("?");
	const query = q < 0 ? "" : url.slice(q);
	const link: Deeplink = {
		chapterUid: intParam(query, "chapterUid"),
		rangeStart: intParam(query, "rangeStart"),
		rangeEnd: intParam(query, "rangeEnd"),
	};
	const inner = text.slice(1, at);
	const after = text.slice(close + 2).trim();
	return { text: after.length > 0 ? `${inner} ${after}` : inner, link, unclosed: false };
}

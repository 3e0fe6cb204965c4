// Fenced code blocks (``` or ~~~): nothing inside one is WeRead markup, so the scanner skips to the closing fence.
import { startsWithIn, trimEndAt, trimStartAt } from "./text-range";

/** The opening marker of the fence line whose content is [from, to): its run of backticks or tildes. */
export function fenceMarker(src: string, from: number, to: number): string {
	const marker = src.charCodeAt(from);
	let n = from;
	while (n < to && src.charCodeAt(n) === marker) n++;
	return src.slice(from, n);
}

/** Inside a fence: whether the line [from, to) (trimmed) closes it — the opening marker or longer, nothing else. */
export function closesFence(src: string, fence: string, from: number, to: number): boolean {
	const a = trimStartAt(src, from, to);
	const b = trimEndAt(src, a, to);
	if (!startsWithIn(src, fence, a, b)) return false;
	for (let k = a; k < b; k++) {
		const c = src.charCodeAt(k);
		if (c !== 96 && c !== 126) return false;
	}
	return true;
}

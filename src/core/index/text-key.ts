// A cheap fingerprint of a note's text, so re-upserting identical text is detected without keeping every note's
// text in memory (the whole vault's WeRead text would be held twice: ~10× the parsed size at the scale target).
// 53-bit cyrb53 plus the length: a false "unchanged" needs two different texts of equal length with equal 53-bit
// hashes — about 1 in 10^15 per edit.

export function textKey(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	// Two UTF-16 units per step (packed into one 32-bit word): half the multiplications of one unit per step. A cold
	// index hashes every note once, and at one unit per step this loop cost as much as parsing the notes.
	const n = text.length;
	let i = 0;
	for (; i + 1 < n; i += 2) {
		const w = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
		h1 = Math.imul(h1 ^ w, 2654435761);
		h2 = Math.imul(h2 ^ w, 1597334677);
	}
	if (i < n) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return `${text.length}:${hash}`;
}

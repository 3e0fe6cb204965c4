// Block ids are matched case-insensitively, like Obsidian (its metadataCache keys blocks by the lower-cased id).
// The index keeps one key per id; most WeRead ids are digits and dashes. `toLowerCase` of a string cut from a
// note with Chinese text returns a new two-byte copy even when nothing changes (V8), ≈ 50 bytes per highlight kept
// for nothing, so the id itself is the key unless it has a capital letter.

/** The id as the index keys it: lower-cased, the same string when it has no A–Z. */
export function blockKey(id: string): string {
	for (let i = 0; i < id.length; i++) {
		const c = id.charCodeAt(i);
		if (c >= 65 && c <= 90) return id.toLowerCase();
		if (c > 127) return id.toLowerCase(); // non-ASCII: let the engine decide what lower case is
	}
	return id;
}

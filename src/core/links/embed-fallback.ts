import { isObsidianIdSyntax } from "../parse/block-id";

// When a highlight cannot be embedded (issue 13 item 3): `![[Book#^id]]` shows "Unable to find section" unless
// Obsidian registered the id, so "Copy embed" and a drag say why and offer a link that does resolve — the heading
// the highlight sits under — with the quote. Pure: the adapter finds the heading in Obsidian's metadata cache and
// builds the link in the user's link format.

/** Why an entry's block cannot be embedded, or null when it can. */
export type EmbedBlocker = "no-id" | "id-characters" | "not-registered";

export function embedBlocker(entry: { readonly blockId: string | null; readonly blockIdResolvable: boolean }): EmbedBlocker | null {
	if (entry.blockId === null) return "no-id";
	if (entry.blockIdResolvable) return null;
	// Letters, digits and `-` only (block-id.ts); any other id that Obsidian skips is one it does not register where
	// it stands: several ids in one quote block, an id that does not end its block, an id an earlier block has.
	return isObsidianIdSyntax(entry.blockId) ? "not-registered" : "id-characters";
}

/**
 * Whether a heading can be named in a link subpath. Obsidian's help (Internal links, "Invalid characters"): a
 * string holding `# | ^ : %% [[ ]]` may not work as a link; in a subpath `#` also starts a nested heading
 * (`[[Note#Heading#Sub]]`). A single `[` or `]` is refused too: next to the link's own brackets it makes `[[`/`]]`.
 * Such a heading gets a link to its note instead.
 */
export function headingLinkable(heading: string): boolean {
	return heading.trim() !== "" && !/[#|^:[\]]|%%/.test(heading);
}

/** `> words` (every line quoted, blank lines as `>`), then `> — link`: a citation that reads well and links back. */
export function quoteWithLink(words: string, link: string): string {
	const lines = words.split("\n").map((l) => (l === "" ? ">" : `> ${l}`));
	return [...lines, `> — ${link}`].join("\n");
}

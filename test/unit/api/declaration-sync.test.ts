// The users' copy of the API types (api/weread-highlights-api.d.ts) against the implementation. The type checks fail
// `npm run typecheck` when the two drift (a field added, renamed, retyped or made optional on either side); the
// runtime checks hold the limits and version the file's comments promise to the real constants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type * as Public from "../../../api/weread-highlights-api";
import * as Core from "../../../src/core/api/index.ts";
import type WeReadHighlightsPlugin from "../../../src/main.ts";
import { apiIndex, FUSHENG } from "./fixture.ts";

/** True only when A and B are the same type (readonly, optional and nullable alike), not merely assignable. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Same<A, B>): Same<A, B> => proof;

test("declaration file: each public type is exactly the implementation's (checked by tsc)", () => {
	const proofs: boolean[] = [
		same<Public.WeReadApiBook, Core.WeReadApiBook>(true),
		same<Public.WeReadApiHighlight, Core.WeReadApiHighlight>(true),
		same<Public.WeReadApiEntryKind, Core.WeReadApiEntryKind>(true),
		same<Public.WeReadApiReference, Core.WeReadApiReference>(true),
		same<Public.WeReadApiHighlightQuery, Core.WeReadApiHighlightQuery>(true),
		same<Public.WeReadApiChange, Core.WeReadApiChange>(true),
		same<Public.WeReadHighlightsApi, Core.WeReadHighlightsApi>(true),
		// What `app.plugins.getPlugin("weread-highlights")` gives a script: the plugin class's `api` getter.
		same<Public.WeReadHighlightsPlugin, Pick<WeReadHighlightsPlugin, "api">>(true),
	];
	assert.equal(proofs.length, 8);
});

test("declaration file: the real API's return values are the public types", () => {
	const { api } = Core.createApi({ index: apiIndex(), ready: () => true, changes: () => () => {}, reportError: () => {} });
	const typed: Public.WeReadHighlightsApi = api;
	const books: readonly Public.WeReadApiBook[] = typed.books();
	const highlights: readonly Public.WeReadApiHighlight[] = typed.highlights({ book: FUSHENG, limit: 2 });
	const refs: readonly Public.WeReadApiReference[] = typed.referencesTo(FUSHENG, "840127-5-300-320");
	assert.deepEqual([books.length, highlights.length, refs.length], [3, 2, 2]);
});

test("declaration file: the version and limits its comments state are the real ones", () => {
	const text = readFileSync(new URL("../../../api/weread-highlights-api.d.ts", import.meta.url), "utf8");
	assert.match(text, new RegExp(`version ${Core.API_VERSION}\\b`));
	assert.match(text, new RegExp(`API version: ${Core.API_VERSION}\\.`));
	const thousands = (n: number): string => n.toLocaleString("en-US");
	assert.ok(text.includes(`default ${thousands(Core.DEFAULT_HIGHLIGHT_LIMIT)}, never more than ${thousands(Core.MAX_HIGHLIGHT_LIMIT)}`), "header");
	assert.ok(text.includes(`default ${thousands(Core.DEFAULT_HIGHLIGHT_LIMIT)}, clamped to ${thousands(Core.MAX_HIGHLIGHT_LIMIT)}`), "limit field");
	assert.ok(!/^import /m.test(text), "no imports: users copy the file as it is");
});

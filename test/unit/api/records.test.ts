// The API's records: exactly the documented fields, plain data, deep-frozen, no index object reachable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createApi, UNLOADED_MESSAGE, type ApiDeps } from "../../../src/core/api/index.ts";
import { ARCHIVE, apiIndex, FUSHENG, OTHER } from "./fixture.ts";

function api(index = apiIndex()): ReturnType<typeof createApi>["api"] {
	return createApi({ index, ready: () => true, changes: () => () => {}, reportError: () => {} } satisfies ApiDeps).api;
}

/** Every object reachable from `value` is frozen, and every leaf is JSON data. */
function assertDeepFrozenJson(value: unknown, at = "$"): void {
	if (value === null || ["string", "number", "boolean"].includes(typeof value)) return;
	assert.equal(typeof value, "object", `${at} is JSON data`);
	assert.ok(Object.isFrozen(value), `${at} is frozen`);
	assert.ok(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype, `${at} is a plain object`);
	for (const [k, v] of Object.entries(value as object)) assertDeepFrozenJson(v, `${at}.${k}`);
}

test("api: books() lists every book by path with the documented fields only", () => {
	const books = api().books();
	assert.deepEqual(books, [
		{ path: ARCHIVE, bookId: null, title: "Walden", author: null, highlightCount: 1, thoughtCount: 0, citedHighlightCount: 0, firstDay: "2022-05-01", lastDay: "2022-05-01" },
		{ path: OTHER, bookId: "9", title: "Walden", author: "Thoreau", highlightCount: 2, thoughtCount: 0, citedHighlightCount: 0, firstDay: "2023-08-13", lastDay: "2024-01-02" },
		// Thoughts: the highlight with a thought (line 22), the unmerged thought (40), the chapter and book reviews.
		// Cited: the highlight at line 12 (twice); the dangling link cites nothing that exists.
		{ path: FUSHENG, bookId: "840127", title: "浮生六记", author: "沈复", highlightCount: 3, thoughtCount: 4, citedHighlightCount: 1, firstDay: "2023-08-12", lastDay: "2023-08-16" },
	]);
	assertDeepFrozenJson(books);
	assert.equal(JSON.stringify(JSON.parse(JSON.stringify(books))), JSON.stringify(books), "round-trips through JSON");
});

test("api: books() hands out one frozen list per index revision", () => {
	const index = apiIndex();
	const a = api(index);
	const first = a.books();
	assert.equal(a.books(), first, "same revision: the same list");
	index.removeNote(ARCHIVE);
	const second = a.books();
	assert.notEqual(second, first);
	assert.deepEqual(second.map((b) => b.path), [OTHER, FUSHENG]);
	assert.equal(first.length, 3, "a list handed out earlier is not changed by the index");
});

test("api: highlight records carry the documented fields and nothing of the index (no highlight, review, key)", () => {
	const all = api().highlights();
	for (const h of all) assert.deepEqual(Object.keys(h), ["kind", "bookPath", "bookTitle", "blockId", "linkable", "chapterTitle", "text", "thought", "createdAt", "day", "line"]);
	assertDeepFrozenJson(all);
	assert.deepEqual(
		all.find((h) => h.line === 22 && h.bookPath === FUSHENG),
		{ kind: "highlight", bookPath: FUSHENG, bookTitle: "浮生六记", blockId: "840127-7-10-40", linkable: true, chapterTitle: "卷二 闲情记趣", text: "夏蚊成雷，私拟作群鹤舞空。Mosquito Cranes", thought: "童趣 Childhood", createdAt: "2023-08-15 23:59:59", day: "2023-08-15", line: 22 },
	);
	assert.deepEqual(
		all.find((h) => h.line === 40),
		{ kind: "thought", bookPath: FUSHENG, bookTitle: "浮生六记", blockId: "401122-7sQwErTyU", linkable: true, chapterTitle: "卷一 闺房记乐", text: "布衣饭菜，可乐终身。", thought: "平淡才是真。", createdAt: "2023-08-12 21:10:05", day: "2023-08-12", line: 40 },
	);
	const undated = all.find((h) => h.kind === "book-review");
	assert.equal(undated?.createdAt, null);
	assert.equal(undated?.day, null);
	assert.equal(undated?.text, "");
});

test("api: linkable is false for an id Obsidian does not register and for an entry without an id", () => {
	const all = api().highlights();
	assert.equal(all.find((h) => h.bookPath === OTHER && h.line === 5)?.linkable, false, "blockIdResolvable false");
	assert.equal(all.find((h) => h.bookPath === OTHER && h.line === 9)?.linkable, true);
	const noId = all.find((h) => h.bookPath === ARCHIVE);
	assert.equal(noId?.blockId, null);
	assert.equal(noId?.linkable, false);
});

test("api: mutating a record, a list or the API object throws (test modules are strict mode) and changes nothing", () => {
	const a = api();
	const books = a.books();
	const book = books[0] as { title: string };
	assert.throws(() => {
		book.title = "changed";
	}, TypeError);
	assert.throws(() => (books as unknown as unknown[]).push({}), TypeError);
	assert.throws(() => (a.highlights() as unknown as unknown[]).pop(), TypeError);
	assert.throws(() => {
		(a as { version: number }).version = 2;
	}, TypeError);
	assert.throws(() => {
		(a as unknown as { books: unknown }).books = () => [];
	}, TypeError);
	assert.equal(a.books()[0]?.title, "Walden");
	assert.equal(a.version, 1);
});

test("api: referencesTo lists links and embeds by citing path then line, with or without ^, as plain frozen records", () => {
	const a = api();
	const refs = a.referencesTo(FUSHENG, "840127-5-300-320");
	assert.deepEqual(refs, [
		{ from: "notes/a.md", line: 3, embed: true, resolved: true },
		{ from: "notes/b.md", line: 1, embed: false, resolved: true },
	]);
	assertDeepFrozenJson(refs);
	assert.deepEqual(a.referencesTo(FUSHENG, "^840127-5-300-320"), refs);
	assert.deepEqual(a.referencesTo(FUSHENG, "no-such-id"), [{ from: "notes/a.md", line: 8, embed: false, resolved: false }]);
	assert.deepEqual(a.referencesTo("weread/none.md", "840127-5-300-320"), []);
	assert.throws(() => a.referencesTo(FUSHENG, 5 as unknown as string), /both must be strings/);
});

test("api: after close() every method throws the unloaded message; version stays readable", () => {
	const handle = createApi({ index: apiIndex(), ready: () => true, changes: () => () => {}, reportError: () => {} });
	handle.api.books();
	handle.close();
	for (const call of [() => handle.api.books(), () => handle.api.highlights(), () => handle.api.referencesTo(FUSHENG, "x"), () => handle.api.onChange(() => {}), () => handle.api.isReady()]) {
		assert.throws(call, { message: UNLOADED_MESSAGE });
	}
	assert.equal(handle.api.version, 1);
});

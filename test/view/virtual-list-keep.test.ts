// A new row model keeps the rows on screen that did not change (virtual-list.ts `version`): the same elements stay
// in the DOM, renumbered, and only changed or new rows are built; a row is never left showing what its source no
// longer says. A model whose rows are all of the same kinds keeps the measured heights (`sameKinds`). On a synthetic source (fast-check over random edits, inserts, deletes and scrolls), and in the
// timeline pane through the real plugin (a live update of one note, a new citation).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { CHANGE_DEBOUNCE_MS } from "../../src/constants.ts";
import { VirtualList, type VirtualListSource } from "../../src/views/render/virtual-list.ts";
import { createTestApp } from "../shim/test-app.ts";
import { fixtureVaultFiles } from "./helpers/fixture-vault.ts";
import { openTimelineWithOptions } from "./helpers/timeline-plugin.ts";

interface Row {
	readonly key: string;
	readonly version: number;
}

/** Rows as the list's source; every 5th a header. `built` counts the rows rendered. Kinds follow the index alone,
 * so a source of as many rows has the same kinds (`sameKinds`). */
function sourceOf(rows: readonly Row[], built: { count: number }, versioned = true): VirtualListSource {
	return {
		sameKinds: (previous) => previous.length === rows.length,
		length: rows.length,
		key: (i) => rows[i]?.key ?? "",
		kind: (i) => (i % 5 === 0 ? "header" : "entry"),
		focusable: (i) => i % 5 !== 0,
		render: (parent, i) => {
			built.count++;
			const row = rows[i];
			return parent.createDiv({ cls: "wrh-list-row", text: `${row?.key}@${row?.version}`, attr: { "data-key": row?.key ?? "" } });
		},
		...(versioned ? { version: (i: number) => (rows[i] === undefined ? null : [rows[i].version]) } : {}),
	};
}

function rowsOf(n: number, prefix = "k"): Row[] {
	return Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, version: 0 }));
}

/** The list's rows in DOM order: index, element and text. */
function dom(list: VirtualList): { index: number; el: HTMLElement; text: string }[] {
	return Array.from(list.rowsEl.children).map((el) => ({ index: Number(el.getAttribute("data-index")), el: el as HTMLElement, text: el.textContent ?? "" }));
}

function newList(): VirtualList {
	const list = new VirtualList(activeDocument.body, { viewportHeight: () => 200, overscan: 2, estimates: { header: 20, entry: 40 }, measure: (el) => (el.textContent?.startsWith("k") ? 40 : 30) });
	list.load();
	return list;
}

test("virtual list: a new source keeps the unchanged rows on screen as they are and builds only the changed ones", () => {
	const t = createTestApp();
	const list = newList();
	const built = { count: 0 };
	const rows = rowsOf(1000);
	list.setSource(sourceOf(rows, built));
	list.scrollToIndex(500, "start");
	const before = new Map(dom(list).map((r) => [r.text, r.el]));
	assert.ok(before.size > 5);

	// One row on screen changes, three rows far above go: the others keep their elements under their new indices.
	const changed = rows.map((r) => (r.key === "k503" ? { ...r, version: 1 } : r));
	const next = [...changed.slice(0, 10), ...changed.slice(13)];
	built.count = 0;
	list.setSource(sourceOf(next, built));
	const after = dom(list);
	assert.equal(built.count, 1, "only the changed row is built");
	for (const row of after) {
		assert.equal(row.text, `${next[row.index]?.key}@${next[row.index]?.version}`, `row ${row.index} shows its source`);
		if (row.text !== "k503@1") assert.equal(before.get(row.text), row.el, `${row.text} kept`);
	}
	assert.ok(before.has("k503@0") && !after.some((r) => r.el === before.get("k503@0")), "the changed row was replaced");
	assert.deepEqual(
		after.map((r) => r.index),
		after.map((r, i) => (after[0]?.index ?? 0) + i),
		"contiguous, in DOM order",
	);
	// What the reader looked at stays where it was: row k500 is still the first one in view.
	assert.equal(list.renderedIndices.includes(497), true);

	// A source without versions builds every row again.
	built.count = 0;
	list.setSource(sourceOf(next, built, false));
	assert.equal(built.count, dom(list).length);
	assert.ok(dom(list).every((r) => !Array.from(before.values()).includes(r.el)));
	list.unload();
	t.dispose();
});

test("virtual list (fast-check): after any sequence of new sources and scrolls, every row shows its source, in order", () => {
	const t = createTestApp();
	const edit = fc.oneof(
		fc.record({ op: fc.constant("bump" as const), at: fc.nat(), span: fc.integer({ min: 1, max: 8 }) }),
		fc.record({ op: fc.constant("insert" as const), at: fc.nat(), span: fc.integer({ min: 1, max: 90 }) }),
		fc.record({ op: fc.constant("delete" as const), at: fc.nat(), span: fc.integer({ min: 1, max: 90 }) }),
		fc.record({ op: fc.constant("scroll" as const), at: fc.nat(), span: fc.constant(0) }),
		fc.record({ op: fc.constant("same" as const), at: fc.constant(0), span: fc.constant(0) }),
	);
	let fresh = 0;
	fc.assert(
		fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
			const list = newList();
			const built = { count: 0 };
			let rows = rowsOf(300);
			list.setSource(sourceOf(rows, built));
			try {
				for (const e of edits) {
					const before = new Map(dom(list).map((r) => [r.el, r.text]));
					const at = rows.length === 0 ? 0 : e.at % rows.length;
					if (e.op === "scroll") {
						list.scrollToIndex(at, "start");
						continue;
					}
					if (e.op === "bump") rows = rows.map((r, i) => (i >= at && i < at + e.span ? { ...r, version: r.version + 1 } : r));
					if (e.op === "insert") rows = [...rows.slice(0, at), ...rowsOf(e.span, `n${fresh++}-`), ...rows.slice(at)];
					if (e.op === "delete") rows = [...rows.slice(0, at), ...rows.slice(at + e.span)];
					list.setSource(sourceOf(rows, built));
					const after = dom(list);
					const indices = after.map((r) => r.index);
					assert.deepEqual(indices, list.renderedIndices, "DOM order is index order");
					assert.ok(indices.every((x, i) => i === 0 || x === (indices[i - 1] ?? 0) + 1), "contiguous");
					assert.equal(after.length === 0, rows.length === 0);
					for (const r of after) {
						assert.equal(r.text, `${rows[r.index]?.key}@${rows[r.index]?.version}`, "never stale");
						// A kept element showed exactly this before.
						const was = before.get(r.el);
						if (was !== undefined) assert.equal(was, r.text);
					}
					if (e.op === "same") assert.ok(after.every((r) => before.has(r.el)), "an unchanged source keeps every row");
				}
			} finally {
				list.unload();
				list.scrollerEl.remove();
			}
		}),
		{ seed: 20_261_202, numRuns: 150 },
	);
	t.dispose();
});

test("virtual list: a source with the same kinds keeps every measured height; another kind of source starts from estimates", () => {
	const t = createTestApp();
	// Entries measure 100 px against an estimate of 40: the rows measured so far are taller than the rest.
	const list = new VirtualList(activeDocument.body, { viewportHeight: () => 400, overscan: 2, estimates: { header: 20, entry: 40 }, measure: (el) => (el.getAttr("data-index") === null ? 0 : Number(el.getAttr("data-index")) % 5 === 0 ? 20 : 100) });
	list.load();
	const built = { count: 0 };
	const rows = rowsOf(1000);
	list.setSource(sourceOf(rows, built));
	list.scrollToIndex(500, "start");
	const height = (): string => list.rowsEl.style.getPropertyValue("--wrh-vlist-height");
	const measured = height();
	// 200 headers · 20 + 800 entries · 40 = 36000 px estimated; the measured rows add their 60 px each.
	assert.ok(Number.parseFloat(measured) > 36_000 && Number.parseFloat(measured) < 1000 * 100, measured);
	const bumped = rows.map((r) => ({ ...r, version: r.version + 1 }));
	list.setSource(sourceOf(bumped, built));
	assert.equal(height(), measured, "same kinds: the heights stay");
	// Without sameKinds every entry is estimated anew, at the mean measured so far (100 px).
	list.setSource({ ...sourceOf(bumped, built), sameKinds: undefined });
	assert.equal(height(), `${200 * 20 + 800 * 100}px`);
	list.unload();
	t.dispose();
});

const GARDEN = "weread/园丁与木匠.md";
const ORCHARD_ID = "9900002-12-700-736";

test("timeline: a live update keeps the rows of unchanged notes as they are; changed rows and new citations are built again", async () => {
	const h = await openTimelineWithOptions({ files: fixtureVaultFiles() });
	const { t, v } = h;
	const rows = (): Map<string, HTMLElement> => new Map(Array.from(v.contentEl.querySelectorAll<HTMLElement>(".wrh-vlist-rows > [data-key]")).map((el) => [el.getAttribute("data-key") ?? "", el]));
	const before = rows();
	const garden = [...before.keys()].filter((k) => k.startsWith(GARDEN));
	const others = [...before.keys()].filter((k) => k.startsWith("weread/") && !k.startsWith(GARDEN));
	assert.ok(garden.length > 0 && others.length > 0, "rows of both kinds on screen");

	const text = await t.app.vault.cachedRead(t.app.vault.getFileByPath(GARDEN) as never);
	await t.sim.modify(GARDEN, text.replace("📌 ", "📌 改 "));
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	const after = rows();
	for (const k of others) assert.equal(after.get(k), before.get(k), `${k} kept`);
	for (const k of garden) assert.notEqual(after.get(k), before.get(k), `${k} (its note changed) built again`);
	assert.ok(Array.from(v.contentEl.querySelectorAll(".wrh-entry-text")).some((el) => el.textContent?.startsWith("改 ")), "the edit shows");

	// A citation changes a row's "Cited" count without changing its entry: that row is built again, showing it.
	const cited = [...after.entries()].find(([, el]) => el.querySelector(".wrh-entry-text")?.textContent === "The orchard keeps its own calendar.");
	assert.ok(cited, "the Orchard row on screen");
	assert.equal(cited[1].querySelector(".wrh-entry-cited"), null);
	await t.sim.modify("notes/plain.md", `# An ordinary note\n\nSee [[The Quiet Orchard#^${ORCHARD_ID}]].\n`);
	await t.clock.advance(CHANGE_DEBOUNCE_MS + 50);
	const third = rows();
	const now = third.get(cited[0]);
	assert.notEqual(now, cited[1]);
	assert.equal(now?.querySelector(".wrh-entry-cited")?.textContent, "Cited 1×");
	for (const k of others.filter((x) => x !== cited[0])) assert.equal(third.get(k), after.get(k), `${k} still kept`);
	await h.done();
});

// The shim is only useful if it behaves like Obsidian where our code depends on it: these pin that behaviour.
import { test } from "node:test";
import assert from "node:assert/strict";
// The shim module itself (the same module instance `obsidian` resolves to), for its test-only members.
import { Component, Events, ItemView, Keymap, Notice, TFile, debounce, normalizePath } from "../shim/obsidian.ts";
import { DeferredView } from "../shim/view.ts";
import { createTestApp } from "../shim/test-app.ts";

test("shim: Events on/offref/off/trigger, and a throwing listener does not stop the others", () => {
	const t = createTestApp();
	const consoleError = console.error;
	console.error = () => {}; // the shim logs a listener's exception as Obsidian does; expected here
	try {
		const e = new Events();
		const seen: unknown[] = [];
		const ref = e.on("x", (a: unknown) => seen.push(["first", a]));
		const second = (a: unknown) => seen.push(["second", a]);
		e.on("x", () => {
			throw new Error("boom");
		});
		e.on("x", second);
		e.trigger("x", 1);
		assert.deepEqual(seen, [["first", 1], ["second", 1]]);
		assert.equal(e.listenerCount("x"), 3);
		e.offref(ref);
		e.off("x", second);
		e.trigger("x", 2);
		assert.deepEqual(seen, [["first", 1], ["second", 1]]);
		assert.equal(e.listenerCount(), 1);
		assert.throws(() => t.assertClean(), /boom/);
	} finally {
		console.error = consoleError;
		t.dispose();
	}
});

test("shim: Component unload runs children, registered cleanups and onunload; addChild on a loaded parent loads it", () => {
	const t = createTestApp();
	try {
		const order: string[] = [];
		class Child extends Component {
			override onload() {
				order.push("child load");
			}
			override onunload() {
				order.push("child unload");
			}
		}
		class Parent extends Component {
			override onload() {
				order.push("parent load");
				this.registerEvent(t.app.vault.on("modify", () => order.push("modify")));
				this.registerInterval(window.setInterval(() => order.push("tick"), 1000));
				this.registerDomEvent(activeDocument.body, "click", () => order.push("click"));
				this.register(() => order.push("cleanup"));
			}
			override onunload() {
				order.push("parent unload");
			}
		}
		const p = new Parent();
		p.addChild(new Child());
		p.load();
		const late = p.addChild(new Child());
		assert.equal(late._isLoaded, true);
		assert.equal(t.app.vault.listenerCount("modify"), 1);
		assert.equal(t.lifecycle().intervals, 2, "counted in the ledger and as a live clock interval");
		p.unload();
		assert.deepEqual(order, ["parent load", "child load", "child load", "child unload", "child unload", "cleanup", "parent unload"]);
		const after = t.lifecycle();
		assert.equal(after.listeners, 0);
		assert.equal(after.intervals, 0);
		assert.equal(after.domEvents, 0);
		activeDocument.body.dispatchEvent(new MouseEvent("click"));
		assert.ok(!order.includes("click"));
	} finally {
		t.dispose();
	}
});

test("shim: debounce keeps only the last call's arguments; resetTimer restarts the wait; run() and cancel()", async () => {
	const t = createTestApp();
	try {
		const calls: string[] = [];
		const d = debounce((s: string) => calls.push(s), 100);
		d("a");
		await t.clock.advance(60);
		d("b");
		await t.clock.advance(40); // 100 ms after the FIRST call: fires, with the last arguments
		assert.deepEqual(calls, ["b"]);

		const r = debounce((s: string) => calls.push(s), 100, true);
		r("c");
		await t.clock.advance(60);
		r("d");
		await t.clock.advance(60); // 120 ms after the first, 60 after the last: not yet
		assert.deepEqual(calls, ["b"]);
		await t.clock.advance(40);
		assert.deepEqual(calls, ["b", "d"]);

		r("e");
		r.run();
		assert.deepEqual(calls, ["b", "d", "e"]);
		r("f");
		r.cancel();
		await t.clock.advance(1000);
		assert.deepEqual(calls, ["b", "d", "e"]);
	} finally {
		t.dispose();
	}
});

test("shim: metadata cache scans frontmatter, links, embeds, blocks and headings; resolves link paths", () => {
	const t = createTestApp({
		files: {
			"weread/Book.md": "---\ndoc_type: weread-highlights-reviews\nbookId: 123\ntags:\n  - a\n  - b\n---\n# 高亮划线\n## Ch 1\n> text ^123-1-2-3\n",
			"daily/2024-01-01.md": "See [[Book#^123-1-2-3]] and ![[weread/Book#^123-1-2-3|q]]\n`[[Code]]`\n```\n[[Fenced]]\n```\n[md](Book.md#^x)",
		},
	});
	try {
		const book = t.app.vault.getFileByPath("weread/Book.md");
		const daily = t.app.vault.getFileByPath("daily/2024-01-01.md");
		assert.ok(book instanceof TFile && daily instanceof TFile);
		const bc = t.app.metadataCache.getFileCache(book);
		assert.deepEqual(bc?.frontmatter, { doc_type: "weread-highlights-reviews", bookId: 123, tags: ["a", "b"] });
		assert.deepEqual(bc?.headings?.map((h) => [h.heading, h.level, h.position.start.line]), [["高亮划线", 1, 7], ["Ch 1", 2, 8]]);
		assert.equal(bc?.blocks?.["123-1-2-3"]?.position.start.line, 9);
		const dc = t.app.metadataCache.getFileCache(daily);
		assert.deepEqual(dc?.links?.map((l) => [l.link, l.position.start.line, l.position.start.col]), [["Book#^123-1-2-3", 0, 4], ["Book.md#^x", 5, 0]]);
		assert.deepEqual(dc?.embeds?.map((l) => [l.link, l.displayText]), [["weread/Book#^123-1-2-3", "q"]]);
		assert.equal(t.app.metadataCache.getFirstLinkpathDest("Book", "daily/2024-01-01.md")?.path, "weread/Book.md");
		assert.equal(t.app.metadataCache.getFirstLinkpathDest("weread/Book", "x.md")?.path, "weread/Book.md");
		assert.equal(t.app.metadataCache.getFirstLinkpathDest("Nope", "x.md"), null);
	} finally {
		t.dispose();
	}
});

test("shim: simulator fires Obsidian's events in order, with the cache recomputed before 'changed'", async () => {
	const t = createTestApp({ files: { "a.md": "old" } });
	try {
		const log: string[] = [];
		const { vault, metadataCache: mc } = t.app;
		vault.on("modify", (f: TFile) => log.push(`modify ${f.path} cache=${mc.getFileCache(f)?.headings?.length ?? 0}`));
		mc.on("changed", (f: TFile, data: string) => log.push(`changed ${f.path} ${data} cache=${mc.getFileCache(f)?.headings?.length ?? 0}`));
		mc.on("resolved", () => log.push("resolved"));
		vault.on("rename", (f: TFile, old: string) => log.push(`rename ${old}->${f.path}`));
		vault.on("delete", (f: TFile) => log.push(`delete ${f.path}`));
		mc.on("deleted", (f: TFile) => log.push(`deleted ${f.path}`));
		await t.sim.modify("a.md", "# H");
		await t.sim.rename("a.md", "b/c.md");
		await t.sim.delete("b/c.md");
		assert.deepEqual(log, ["modify a.md cache=0", "changed a.md # H cache=1", "resolved", "rename a.md->b/c.md", "resolved", "delete b/c.md", "deleted b/c.md", "resolved"]);
		assert.equal(vault.getAbstractFileByPath("b/c.md"), null);
	} finally {
		t.dispose();
	}
});

test("shim: write-type calls are recorded and make assertClean fail; reads can be made to fail", async () => {
	const t = createTestApp({ files: { "a.md": "x" } });
	try {
		const f = t.app.vault.getFileByPath("a.md");
		assert.ok(f);
		await assert.rejects(t.app.vault.modify(f, "y"));
		await assert.rejects(t.app.fileManager.processFrontMatter(f, () => {}));
		await assert.rejects(t.app.vault.adapter.write("a.md", "z"));
		assert.deepEqual(t.app.writes.calls.map((c) => c.method), ["vault.modify", "fileManager.processFrontMatter", "adapter.write"]);
		assert.throws(() => t.assertClean(), /write-type calls/);
		t.sim.failRead("a.md");
		await assert.rejects(t.app.vault.cachedRead(f), /EIO/);
		t.sim.restoreRead("a.md");
		assert.equal(await t.app.vault.cachedRead(f), "x");
		assert.deepEqual(t.cachedReads, ["a.md", "a.md"]);
	} finally {
		t.dispose();
	}
});

test("shim: DOM helpers, Notice, Keymap.isModEvent, normalizePath, layout-ready queue", () => {
	const t = createTestApp();
	try {
		const el = createDiv({ cls: "a b", text: "hi", attr: { "data-x": 1, gone: null } });
		const child = el.createSpan({ cls: "c", text: "child" });
		el.createEl("b", { text: "first", prepend: true });
		assert.equal(el.className, "a b");
		assert.equal(el.getAttr("data-x"), "1");
		assert.equal(el.hasAttribute("gone"), false);
		assert.equal(el.textContent, "firsthichild");
		assert.equal(child.instanceOf(HTMLSpanElement), true);
		el.toggleClass("c", true);
		assert.equal(el.hasClass("c"), true);
		el.empty();
		assert.equal(el.childNodes.length, 0);
		new Notice("Hello");
		assert.deepEqual(t.notices, ["Hello"]);
		assert.equal(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true })), "tab");
		assert.equal(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true })), "split");
		assert.equal(Keymap.isModEvent(new MouseEvent("click")), false);
		assert.equal(normalizePath("//a\\b//c/"), "a/b/c");
		const ran: number[] = [];
		t.app.workspace.onLayoutReady(() => ran.push(1));
		assert.equal(ran.length, 0);
		t.app.workspace.triggerLayoutReady();
		t.app.workspace.onLayoutReady(() => ran.push(2));
		assert.deepEqual(ran, [1, 2]);
	} finally {
		t.dispose();
	}
});

test("shim: restored background leaves stay deferred until shown; showing, revealing or loadIfDeferred loads them", async () => {
	class Probe extends ItemView {
		state: unknown = null;
		getViewType(): string {
			return "probe";
		}
		getDisplayText(): string {
			return "Probe";
		}
		override setState(state: unknown): Promise<void> {
			this.state = state;
			return Promise.resolve();
		}
		override getState(): Record<string, unknown> {
			return this.state as Record<string, unknown>;
		}
	}
	const probe = (n: number, side: "left" | "right", selected: boolean) => ({ side, viewState: { type: "probe", state: { n } }, selected });
	const t = createTestApp({
		layout: { leaves: [probe(1, "right", false), probe(2, "right", true), probe(3, "left", true), probe(4, "right", false)], leftCollapsed: true, rightCollapsed: false },
	});
	try {
		t.app.viewRegistry.set("probe", (leaf) => new Probe(leaf as never) as never);
		await t._restoreLayoutOnce();
		const ws = t.app.workspace;
		const [a, b, c, d] = ws.getLeavesOfType("probe");
		assert.ok(a && b && c && d, "getLeavesOfType returns deferred leaves too");
		assert.deepEqual([a, b, c, d].map((l) => l.isDeferred), [true, false, true, true], "only the front tab of an open sidebar loads");
		assert.ok(a.view instanceof DeferredView);
		assert.deepEqual(a.getViewState(), { type: "probe", state: { n: 1 } }, "a deferred leaf keeps its saved state");
		assert.deepEqual(t.saveLayout().leaves.map((l) => l.viewState.state), [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);

		// Selecting a tab of an open sidebar shows it; in a collapsed one it stays off screen until the sidebar opens.
		ws.setActiveLeaf(a);
		await t.clock.runAll();
		assert.ok(a.view instanceof Probe && a.view.state !== null);
		ws.setActiveLeaf(c);
		await t.clock.runAll();
		assert.equal(c.isDeferred, true, "collapsed sidebar");
		ws.leftSplit.expand();
		await t.clock.runAll();
		assert.equal(c.isDeferred, false);
		assert.equal(ws.leftSplit.collapsed, false);

		await d.loadIfDeferred();
		assert.ok(d.view instanceof Probe);
		assert.deepEqual(d.view.getState(), { n: 4 });

		ws.rightSplit.collapse();
		await ws.revealLeaf(b);
		assert.equal(ws.rightSplit.collapsed, false, "revealLeaf uncollapses the sidebar");
		assert.equal(ws.rightSplit._selected, b);
		assert.equal(b.getRoot(), ws.rightSplit);
		assert.equal(c.getRoot(), ws.leftSplit);
		assert.equal(ws.getLeaf(false).getRoot(), ws.rootSplit);
	} finally {
		t.dispose();
	}
});

test("shim: APIs @since 1.7.2 are absent on 1.7.1, and a restored layout loads every leaf at once there", async () => {
	const t = createTestApp({ apiVersion: "1.7.1", layout: { leaves: [{ side: "right", viewState: { type: "x", state: {} }, selected: false }], leftCollapsed: false, rightCollapsed: true } });
	try {
		await t._restoreLayoutOnce();
		const ws = t.app.workspace;
		const [leaf] = ws._leaves;
		assert.ok(leaf);
		assert.equal(leaf.view instanceof DeferredView, false, "no deferred views before 1.7.2");
		await assert.rejects(() => ws.revealLeaf(leaf), /@since 1\.7\.2/);
		await assert.rejects(() => ws.ensureSideLeaf("x", "right"), /@since 1\.7\.2/);
		assert.throws(() => leaf.loadIfDeferred(), /@since 1\.7\.2/);
		assert.throws(() => leaf.isDeferred, /@since 1\.7\.2/);
		// setActiveLeaf selects the tab but does not open the sidebar (only revealLeaf is documented to).
		ws.setActiveLeaf(leaf);
		assert.equal(ws.rightSplit._selected, leaf);
		assert.equal(ws.rightSplit.collapsed, true);
		ws.rightSplit.toggle();
		assert.equal(ws.rightSplit.collapsed, false);
	} finally {
		t.dispose();
	}
});

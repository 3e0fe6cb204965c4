// The scripting API from a script in the page, as a dataviewjs block or a Templater user script runs it: plain
// JavaScript that reads Obsidian's global `app` and asks `app.plugins.getPlugin("weread-highlights").api` (the
// page's app models app.plugins: test/shim/plugins.ts). The production main.js, loaded the way Obsidian loads it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness/build.ts";
import { openHarness, type Harness } from "./harness/index.ts";
import { NOTHING_LEFT } from "../shim/lifecycle.ts";

const ORCHARD = "weread/The Quiet Orchard.md";

async function withHarness(run: (h: Harness) => Promise<void>): Promise<void> {
	const h = await openHarness();
	try {
		await h.layoutReady();
		await run(h);
		await h.assertNoErrors();
	} finally {
		await h.close();
	}
}

// Strings, not functions: the page evaluates them as a user's script text, with no test code or types around it.
const BOOKS_SCRIPT = `(() => {
	const api = app.plugins.getPlugin("weread-highlights")?.api;
	if (!api || api.version !== 1) return "no api";
	return api.books().map((b) => b.title + " · " + b.highlightCount + " highlights · " + b.firstDay + " – " + b.lastDay);
})()`;

const HIGHLIGHTS_SCRIPT = `(() => {
	"use strict";
	const api = app.plugins.getPlugin("weread-highlights").api;
	const recent = api.highlights({ from: "2024-05-01", to: "2024-06-30", limit: 2 });
	const refs = api.referencesTo(recent[0].bookPath, recent[0].blockId);
	let mutation = "allowed";
	try { recent[0].text = "changed"; } catch (e) { mutation = e instanceof TypeError ? "TypeError" : String(e); }
	return {
		lines: recent.map((h) => h.day + " " + h.text),
		refs,
		frozen: Object.isFrozen(recent) && recent.every(Object.isFrozen) && refs.every(Object.isFrozen),
		mutation,
		json: JSON.parse(JSON.stringify(recent))[0].blockId,
	};
})()`;

test("e2e: a script in the page lists books and highlights through app.plugins.getPlugin(...).api; results are frozen", async () => {
	await withHarness(async (h) => {
		assert.deepEqual(await h.page.evaluate(BOOKS_SCRIPT), [
			"The Quiet Orchard · 3 highlights · 2024-05-03 – 2024-06-10",
			"园丁与木匠 · 3 highlights · 2023-02-27 – 2023-03-03",
			"夜航灯塔 · 2 highlights · 2026-06-19 – 2026-06-20",
		]);
		assert.deepEqual(await h.page.evaluate(HIGHLIGHTS_SCRIPT), {
			lines: ["2024-06-10 Quiet is not the absence of sound but the presence of attention.", "2024-05-03 The orchard keeps its own calendar."],
			refs: [{ from: "notes/耐心.md", line: 7, embed: false, resolved: true }],
			frozen: true,
			mutation: "TypeError",
			json: "9900002-20-15-80",
		});
	});
});

test("e2e: a script's onChange hears a vault change (real timers), not after unsubscribe; unload leaves nothing and getPlugin gives null", async () => {
	await withHarness(async (h) => {
		// A script subscribes; the vault changes; the promise resolves with what the listener saw.
		const heard = await h.page.evaluate(`new Promise((resolve) => {
			const api = app.plugins.getPlugin("weread-highlights").api;
			const off = api.onChange((change) => {
				off();
				resolve({ ready: change.ready, count: api.highlights({ book: ${JSON.stringify(ORCHARD)} }).length });
			});
			const text = app.vault._text(${JSON.stringify(ORCHARD)}).replace("\\n\\n\\n# 读书笔记", "\\n> 📌 Fruit falls when it is ready. \\n> ⏱ 2024-06-11 07:00:00 ^9900002-20-90-120\\n\\n\\n# 读书笔记");
			void wrh.sim.modify(${JSON.stringify(ORCHARD)}, text);
		})`);
		assert.deepEqual(heard, { ready: true, count: 4 });

		// Unsubscribed: a second change reaches a listener still subscribed, and not the one that unsubscribed (both
		// would hear it in the same notification).
		const after = await h.page.evaluate(`new Promise((resolve) => {
			const api = app.plugins.getPlugin("weread-highlights").api;
			let unsubscribedCalls = 0;
			const off = api.onChange(() => { unsubscribedCalls++; });
			off();
			api.onChange(() => resolve({ unsubscribedCalls, count: api.highlights({ book: ${JSON.stringify(ORCHARD)} }).length }));
			void wrh.sim.modify(${JSON.stringify(ORCHARD)}, app.vault._text(${JSON.stringify(ORCHARD)}).replace("\\n\\n\\n# 读书笔记", "\\n> 📌 Later. \\n> ⏱ 2024-06-12 07:00:00 ^9900002-20-130-140\\n\\n\\n# 读书笔记"));
		})`);
		assert.deepEqual(after, { unsubscribedCalls: 0, count: 5 });

		await h.page.evaluate(`window.__staleApi = app.plugins.getPlugin("weread-highlights").api`);
		await h.unload();
		await h.page.waitForFunction(() => document.querySelectorAll('[class*="wrh-"]').length === 0);
		assert.deepEqual(await h.lifecycle(), { ...NOTHING_LEFT, pluginElements: 0 });
		assert.deepEqual(
			await h.page.evaluate(`(() => {
				let stale = "worked";
				try { window.__staleApi.books(); } catch (e) { stale = e.message; }
				return { plugin: app.plugins.getPlugin("weread-highlights"), stale };
			})()`),
			{ plugin: null, stale: 'WeRead Highlights was unloaded: this API object no longer works. Get it again with app.plugins.getPlugin("weread-highlights")?.api' },
		);
	});
});

/** The README's examples, as a reader copies them. */
function readmeExamples(): { dataviewjs: string; templater: string } {
	const readme = readFileSync(join(ROOT, "README.md"), "utf8");
	const dataviewjs = /```dataviewjs\n([\s\S]*?)\n```/.exec(readme)?.[1];
	const templater = /<%\*\n([\s\S]*?)\n%>/.exec(readme)?.[1];
	assert.ok(dataviewjs !== undefined && templater !== undefined, "the README has both examples");
	return { dataviewjs, templater };
}

test("e2e: the README's dataviewjs and Templater examples run against the real API and give what they promise", async () => {
	const { dataviewjs, templater } = readmeExamples();
	await withHarness(async (h) => {
		// Minimal stand-ins for what Dataview and Templater hand a script (dv's fileLink/blockLink signatures are
		// Dataview's: (path, embed?, display?) and (path, blockId, embed?, display?)); "this month" is June 2024.
		const table = await h.page.evaluate(
			({ code }) => {
				const calls: unknown[] = [];
				const dv = {
					paragraph: (text: string) => calls.push(["paragraph", text]),
					table: (headers: string[], rows: unknown[][]) => calls.push(["table", headers, rows]),
					fileLink: (path: string, embed: boolean, display: string) => `fileLink(${path}, ${String(embed)}, ${display})`,
					blockLink: (path: string, id: string, embed: boolean, display: string) => `blockLink(${path}, ${id}, ${String(embed)}, ${display})`,
				};
				const day = (d: string): { format: () => string } => ({ format: () => d });
				const moment = (): unknown => ({ startOf: () => day("2024-06-01"), endOf: () => day("2024-06-30") });
				// eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the user's script text is the point.
				new Function("dv", "moment", code)(dv, moment);
				return calls;
			},
			{ code: dataviewjs },
		);
		assert.deepEqual(table, [
			[
				"table",
				["Day", "Book", "Highlight"],
				[["2024-06-10", "fileLink(weread/The Quiet Orchard.md, false, The Quiet Orchard)", "blockLink(weread/The Quiet Orchard.md, 9900002-20-15-80, false, Quiet is not the absence of sound but the presence of attention.)"]],
			],
		]);

		const inserted = await h.page.evaluate(
			({ code }) => {
				const tp = { date: { now: (format: string) => (format === "YYYY-MM-DD" ? "2023-02-27" : "?") } };
				// Templater runs `<%* … %>` with `tR` in scope: what the script appends to it is inserted.
				// eslint-disable-next-line @typescript-eslint/no-implied-eval
				return new Function("tp", `let tR = "";\n${code}\nreturn tR;`)(tp) as string;
			},
			{ code: templater },
		);
		assert.equal(inserted, "![[weread/园丁与木匠#^9900001-3-402-418]]\n\n![[weread/园丁与木匠#^9900001-3-120-151]]\n\n");
	});
});

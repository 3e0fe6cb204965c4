// The browser entry of the shim: the same module surface as obsidian.ts (every export line added there is here
// too), for the e2e tier's page, where the production main.js `require`s "obsidian". Built by
// test/e2e/harness/build.ts with esbuild, which answers "./dom" with dom-browser.ts: Obsidian's DOM helpers on the
// page's real window instead of a happy-dom Window. Nothing reachable from here may import node:* or happy-dom
// (the browser build fails if it does).
export * from "./obsidian";

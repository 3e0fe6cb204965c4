// What the bench measures, bundled by esbuild the way main.js is (one module, es2018): under tsx every
// cross-module import would go through a getter, which the shipped plugin never pays.
export { parseNote } from "../../src/core/parse/parse-note.ts";
export { HighlightIndex } from "../../src/core/index/highlight-index.ts";
export { TimelineModel } from "../../src/core/view-models/timeline.ts";
export { extractBlockLinks } from "../../src/core/links/extract.ts";
export { createLinkResolver } from "../../src/core/links/resolve.ts";
export { translator } from "../../src/core/i18n.ts";
export { parserWithRecognizer } from "../../src/core/template/apply-recognizer.ts";
export { compileRecognizer } from "../../src/core/template/recognizer.ts";
export { createApi } from "../../src/core/api/create-api.ts";
export { buildShelf, shelfBooks } from "../../src/core/view-models/shelf.ts";
export { yearStats } from "../../src/core/view-models/year-stats.ts";

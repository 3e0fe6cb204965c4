// Names and numbers the plugin is built around, each with the reason it has the value it has.

/** View types are global in Obsidian: prefixed with the plugin id so they cannot clash with another plugin's. */
export const VIEW_TYPE_TIMELINE = "weread-highlights-timeline";
export const VIEW_TYPE_BOOK = "weread-highlights-book";
export const VIEW_TYPE_REFERENCES = "weread-highlights-references";
export const VIEW_TYPE_HEALTH = "weread-highlights-health";
export const VIEW_TYPE_SHELF = "weread-highlights-shelf";
export const VIEW_TYPE_YEAR = "weread-highlights-year";

/** Every CSS class starts with this, so our styles never reach into Obsidian's or another plugin's elements. */
export const CSS_PREFIX = "wrh-";

/** The frontmatter value the WeRead sync plugin writes on every book note: how a book is recognised (design §3). */
export const WEREAD_DOC_TYPE = "weread-highlights-reviews";

/**
 * Notes read at once during a scan. cachedRead of a note not in Obsidian's cache goes to disk (IndexedDB or the
 * Capacitor bridge on mobile); 8 in flight keeps that queue busy without holding many large notes (up to ~1 MB for
 * 866 highlights) in memory at the same time.
 */
export const READ_CONCURRENCY = 8;

/** Notes taken from the queue per round: a few read batches, so progress moves and new events interleave. */
export const SCAN_CHUNK = READ_CONCURRENCY * 4;

/**
 * Longest stretch of index work between two yields to the UI. A frame at 60 Hz is 16.7 ms; 10 ms of parsing leaves
 * room for Obsidian's own layout and paint in the same frame, so the app stays responsive during a cold scan.
 */
export const SLICE_BUDGET_MS = 10;

/**
 * Quiet time before changed notes are re-indexed. The sync plugin rewrites notes back to back and typing fires a
 * change per pause; 400 ms coalesces a burst into one update yet refreshes the panes well under a second later.
 */
export const CHANGE_DEBOUNCE_MS = 400;

/**
 * The source id our panes send with Obsidian's `hover-link` event. Page preview lists it under this plugin's name
 * in its settings (whether hovering needs Mod); the plugin id keeps it unique.
 */
export const HOVER_SOURCE = "weread-highlights";

/**
 * Quiet time before the block references pane follows the cursor. Holding an arrow key moves the caret ~30 times a
 * second; 150 ms waits for the reader to stop on a line yet feels immediate after a click.
 */
export const REFERENCES_REFRESH_MS = 150;

/**
 * Time a user's sync template gets to render in the derive worker (issue 12): a real template derives in tens of
 * milliseconds (BENCHMARKS.md), so past this it loops or is far too heavy, and it is stopped. `inspect` uses it too.
 */
export const DERIVE_TIMEOUT_MS = 3000;

/**
 * Quiet time before the block-reference health pane recomputes after the index changes. Its findings span the whole
 * vault; the sync plugin rewrites many notes back to back, so one recompute per burst, still well under a second.
 */
export const HEALTH_REFRESH_MS = 300;

/**
 * Quiet time before the bookshelf rebuilds after index changes. A sync rewrites notes in bursts and the index reports
 * each flush; one rebuild (5,000 book rows, filter, sort: milliseconds, scripts/bench/shelf-bench.ts) per pause
 * keeps the shelf current a quarter second after the burst ends without rebuilding it for every note.
 */
export const SHELF_REFRESH_MS = 250;

/**
 * How long the first scan waits for the persistent cache's records (issue 15) once it is ready to start. IndexedDB
 * answers a read of 100k highlights in well under a second here; past this it is stuck (an iOS WebView that never
 * answers, a disk that hangs) and the scan reads every note instead. Counted from when the scan asks, not from onload.
 */
export const CACHE_READ_WAIT_MS = 2000;

/** Records a warm start asks IndexedDB for in one transaction (newest books first; two such batches in flight). */
export const CACHE_RECORD_BATCH = 64;

/**
 * Quiet time after the last parse before the cache writes back: the scan, or a burst of sync rewrites, finishes
 * first, and the writes then go one batch per idle period. A result not yet written when Obsidian closes is lost,
 * which only means one more read at the next start.
 */
export const CACHE_WRITE_DELAY_MS = 2000;

/**
 * Highlights and thoughts per write batch. Structured-cloning a value happens inside `put`, on the main thread; ≈ 2,000
 * rows cost about 2 ms in Chromium, so one batch fits an idle period (≤ 50 ms) on a phone at a quarter of the speed.
 */
export const CACHE_WRITE_ROWS = 2000;

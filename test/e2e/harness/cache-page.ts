// What the note cache e2e page loads (test/e2e/note-cache-store.test.ts): the store and the freshness decision,
// bundled for the browser and set on `window.wrhCache`, so the test drives the real IndexedDB through them.
import { decideFreshness } from "../../../src/core/cache/freshness";
import { PARSER_VERSION } from "../../../src/core/cache/parser-version";
import { CACHE_DB_VERSION, cacheDatabaseName, openNoteCacheStore, PUT_BATCH } from "../../../src/obsidian/note-cache-store";

(window as unknown as { wrhCache: unknown }).wrhCache = { CACHE_DB_VERSION, cacheDatabaseName, decideFreshness, openNoteCacheStore, PARSER_VERSION, PUT_BATCH };

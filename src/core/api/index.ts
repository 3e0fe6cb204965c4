export { createApi, UNLOADED_MESSAGE, type ApiDeps, type ApiHandle } from "./create-api";
export { compareNewestFirst, selectHighlights } from "./highlight-query";
export { API_VERSION, DEFAULT_HIGHLIGHT_LIMIT, MAX_HIGHLIGHT_LIMIT } from "./types";
export type { WeReadApiBook, WeReadApiChange, WeReadApiEntryKind, WeReadApiHighlight, WeReadApiHighlightQuery, WeReadApiReference, WeReadHighlightsApi } from "./types";

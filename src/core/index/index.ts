export { HighlightIndex } from "./highlight-index";
export { addDaysToKey, bucketKey, dayKey, monthKey, nextBucketStart, UNDATED, weekKey } from "./buckets";
export { normaliseForMatch } from "./merge";
export { listedChapters, rollUpToHeadings } from "./outline";
export type { BookEntry, BookSummary, Bucket, ChapterOutline, DayRange, DayTally, EntryKind, Grouping, LazyBucket, TimelineEntry, WeekStart } from "./types";

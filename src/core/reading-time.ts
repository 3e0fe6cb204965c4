// Minutes read per day (issue 14 item 3), as the adapter reads them from the sync plugin's cache
// (`.weread-cache/daily-stats.json`): the port every consumer (the heatmap, a day's header, the year in reading)
// depends on, so they never touch the file or its quirks (a 0-based month in its keys, seconds as values).

export interface ReadingTimeSource {
	/**
	 * Seconds read per local day, keyed `yyyy-MM-dd` (the index's day keys); null when no usable cache exists
	 * (absent, malformed, too large): consumers then hide what depends on it.
	 */
	secondsByDay(): ReadonlyMap<string, number> | null;
	/** The cache was read again (changed, appeared or went away). Returns the unsubscribe function. */
	onChange(listener: () => void): () => void;
}

/** A source with no cache: what tests and the composition root use until the reader is wired. */
export const NO_READING_TIME: ReadingTimeSource = {
	secondsByDay: () => null,
	onChange: () => () => {},
};

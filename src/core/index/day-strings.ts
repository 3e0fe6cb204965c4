// One string per distinct day for every entry of an index: each entry keeps its `day`, and at 500k highlights a
// 40-byte copy per entry is 20 MB for ≈ 2,000 distinct values.

export class DayStrings {
	private readonly known = new Map<string, string>();
	/** The last answer: entries come in file order, mostly several to a day, so most look-ups hash nothing. */
	private last = "";

	/** The kept string equal to `day` (the first one seen), or null for null. */
	intern(day: string | null): string | null {
		if (day === null) return null;
		if (day === this.last) return this.last;
		let kept = this.known.get(day);
		if (kept === undefined) {
			kept = day;
			this.known.set(day, day);
		}
		this.last = kept;
		return kept;
	}
}

// The block ids seen so far in a note, to flag duplicates (Obsidian links to the first). An open-addressing table
// keyed by idHash (mostly computed from the id's decoded numbers, no character read again): a Set would hash
// every id string again, and its insert costs more than the rest of a highlight's bookkeeping.
// Plain arrays, not an Int32Array: a typed array past a few dozen entries gets an off-heap buffer whose allocation
// (~1–2 µs) is paid once per note, more than the whole table's inserts on a small note.

export class IdTable {
	private mask: number;
	private hashes: number[];
	private ids: (string | undefined)[];
	private size: number;

	/** `expected`: about how many ids the note may hold (sizes the table once for most notes). */
	constructor(expected: number) {
		let n = 16;
		while (n < expected * 2 && n < 1 << 16) n *= 2;
		this.mask = n - 1;
		this.hashes = new Array<number>(n);
		this.ids = new Array<string | undefined>(n);
		this.size = 0;
	}

	/** Adds `id` (its hash from idHash); false when it was there already. */
	add(id: string, hash: number): boolean {
		if (this.size * 2 >= this.mask) this.grow();
		const ids = this.ids;
		let k = hash & this.mask;
		for (;;) {
			const s = ids[k];
			if (s === undefined) {
				ids[k] = id;
				this.hashes[k] = hash;
				this.size++;
				return true;
			}
			if (this.hashes[k] === hash && s === id) return false;
			k = (k + 1) & this.mask;
		}
	}

	private grow(): void {
		const ids = this.ids;
		const hashes = this.hashes;
		this.mask = this.mask * 2 + 1;
		this.hashes = new Array<number>(this.mask + 1);
		this.ids = new Array<string | undefined>(this.mask + 1);
		this.size = 0;
		for (let k = 0; k < ids.length; k++) {
			const s = ids[k];
			if (s !== undefined) this.add(s, hashes[k] as number);
		}
	}
}

// The lines of an entry part (highlight text, thought, tentative lines) as ranges of the note text rather than
// strings: most entries are one line, and their text is sliced once, at the end, already trimmed. Arrays grow and
// are reused from entry to entry (the scanner has one entry open at a time), so a note allocates them once.
import { trimEndAt, trimStartAt } from "./text-range";

export class Pieces {
	/** Start and end offsets of piece k at 2k and 2k + 1. An empty line is an empty range. */
	private readonly bounds: number[] = [];
	length = 0;
	/** The range joinTrimmed found when it returned null. */
	joinedFrom = 0;
	joinedTo = 0;

	push(from: number, to: number): void {
		const k = this.length * 2;
		this.bounds[k] = from;
		this.bounds[k + 1] = to;
		this.length++;
	}

	clear(): void {
		this.length = 0;
	}

	/** Appends all of `other`'s pieces. */
	pushAll(other: Pieces): void {
		for (let k = 0; k < other.length; k++) this.push(other.start(k), other.end(k));
	}

	start(k: number): number {
		return this.bounds[k * 2] as number;
	}

	end(k: number): number {
		return this.bounds[k * 2 + 1] as number;
	}

	/** Whether piece k is blank (what `line.trim() === ""` says). */
	private blank(text: string, k: number): boolean {
		const a = this.start(k);
		const b = this.end(k);
		return trimStartAt(text, a, b) === b;
	}

	/**
	 * The pieces joined with `\n` and trimmed, blank lines at both ends dropped. When that is one piece,
	 * `joinedFrom`/`joinedTo` delimit the result in `text` and null is returned (no string built); else the string.
	 */
	joinTrimmed(text: string): string | null {
		if (this.length === 1) {
			const b = this.end(0);
			this.joinedFrom = trimStartAt(text, this.start(0), b);
			this.joinedTo = trimEndAt(text, this.joinedFrom, b);
			return null;
		}
		let a = 0;
		let b = this.length;
		while (a < b && this.blank(text, a)) a++;
		while (b > a && this.blank(text, b - 1)) b--;
		if (b - a <= 1) {
			if (a === b) {
				this.joinedFrom = 0;
				this.joinedTo = 0;
				return null;
			}
			const e = this.end(a);
			this.joinedFrom = trimStartAt(text, this.start(a), e);
			this.joinedTo = trimEndAt(text, this.joinedFrom, e);
			return null;
		}
		let out = text.slice(trimStartAt(text, this.start(a), this.end(a)), this.end(a));
		for (let k = a + 1; k < b - 1; k++) out += `\n${text.slice(this.start(k), this.end(k))}`;
		const s = this.start(b - 1);
		return `${out}\n${text.slice(s, trimEndAt(text, s, this.end(b - 1)))}`;
	}

	/** joinTrimmed as a string. */
	joinTrimmedString(text: string): string {
		const joined = this.joinTrimmed(text);
		return joined ?? text.slice(this.joinedFrom, this.joinedTo);
	}
}

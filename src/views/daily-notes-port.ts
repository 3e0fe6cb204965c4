// What the timeline may do with the reader's daily notes (issue 14 items 1 and 2). src/obsidian/register-daily-notes.ts
// implements it over the vault; the view only asks and renders.

export interface DailyNotesPort {
	/** Whether `day`'s (`yyyy-MM-dd`) daily note exists now. */
	has(day: string): boolean;
	/** Open that note (Mod: a new tab). Nothing happens when it does not exist: no note is ever created. */
	open(day: string, evt: MouseEvent | KeyboardEvent): void;
	/** The day of the active daily note while the timeline follows daily notes (a setting); else null. */
	followedDay(): string | null;
	/** Hear that notes, rules or the followed day may have changed; returns the unsubscribe function. */
	onChange(listener: () => void): () => void;
}

// The version of what the parser produces, stored with every cached parse result (design §4 "Persistence").
//
// BUMP RULE: any change that can make `parseNote` (or the template recognizer beside it) return a different result
// for the same text — a new or renamed field of the model, a rule that reads more or less, a changed diagnostic,
// a fixed bug — bumps this number in the same commit. A start then finds every cached entry stale and reads the
// notes again, once. Forgetting the bump shows readers the old parse of unchanged notes until they change.
// A change of the stored layout itself (cache-entry.ts) bumps it too.

export const PARSER_VERSION = 3;

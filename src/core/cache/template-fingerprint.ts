import type { ShapeSpec } from "../template/shape-spec";
import { textKey } from "../index/text-key";

// Which template shapes the cached parse results were read with: part of every cache entry's key, so a changed
// sync template (or the setting that reads it turned off) makes every entry stale. Hashes the whole ShapeSpec, not
// only its own `fingerprint` (of the template text): the same template derived by a newer deriver may yield other
// shapes, and `builtInCovers` decides whether the recognizer runs at all.

/** No derived shapes: the built-in rules alone parse the notes. */
export const BUILTIN_FINGERPRINT = "builtin";

/** A stable string for `spec`: equal for specs equal as data (whatever their keys' order), `"builtin"` for null. */
export function templateFingerprint(spec: ShapeSpec | null): string {
	if (spec === null) return BUILTIN_FINGERPRINT;
	return `spec:${textKey(canonicalJson(spec))}`;
}

/** JSON with object keys sorted at every level; undefined properties left out as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
	if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
	const record = value as Record<string, unknown>;
	const parts: string[] = [];
	for (const key of Object.keys(record).sort()) {
		const item = record[key];
		if (item === undefined) continue;
		parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
	}
	return `{${parts.join(",")}}`;
}

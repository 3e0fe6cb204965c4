import nunjucks from "nunjucks";

// Renders a sync template the way the sync plugin does (its renderer.ts, v2.1): Nunjucks with `autoescape: false`,
// `trimBlocks` and `lstripBlocks` both following the template's trimBlocks, and its custom filters. Unlike the sync
// plugin, no loader at all: `{% include %}`, `{% import %}` and `{% extends %}` find nothing (no file system, no
// network), and the context is the only data. Throws on a template error; the caller (deriveShapeSpec) catches.
// It runs the user's code, so it is only ever called inside a worker the caller can terminate (derive-worker-host).

/** Seconds since the epoch → the moment-style `format` (YYYY MM DD HH mm ss and their short forms), local time. */
export function formatEpoch(seconds: number, format: string): string {
	const d = new Date(seconds * 1000);
	const two = (n: number): string => String(n).padStart(2, "0");
	const tokens: Record<string, () => string> = {
		YYYY: () => String(d.getFullYear()),
		YY: () => two(d.getFullYear() % 100),
		MM: () => two(d.getMonth() + 1),
		M: () => String(d.getMonth() + 1),
		DD: () => two(d.getDate()),
		D: () => String(d.getDate()),
		HH: () => two(d.getHours()),
		H: () => String(d.getHours()),
		mm: () => two(d.getMinutes()),
		m: () => String(d.getMinutes()),
		ss: () => two(d.getSeconds()),
		s: () => String(d.getSeconds()),
	};
	return format.replace(/YYYY|YY|MM|M|DD|D|HH|H|mm|m|ss|s/g, (token) => tokens[token]?.() ?? token);
}

/** What JavaScript's String() gives for a template value (the sync plugin's filters call String on anything). */
function toText(value: unknown): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	if (Array.isArray(value)) return value.map(toText).join(",");
	return value === null || value === undefined ? "" : "[object Object]";
}

function addSyncFilters(env: nunjucks.Environment): void {
	const dateFilter =
		(fallback: string) =>
		(timestamp: unknown, format?: unknown): string =>
			!timestamp || typeof timestamp !== "number" ? "" : formatEpoch(timestamp, typeof format === "string" ? format : fallback);
	env.addFilter("formatDate", dateFilter("YYYY-MM-DD"));
	env.addFilter("formatDateTime", dateFilter("YYYY-MM-DD HH:mm:ss"));
	env.addFilter("formatTime", dateFilter("HH:mm:ss"));
	env.addFilter("split", (str: unknown, separator: unknown) => (!str ? [] : toText(str).split(toText(separator))));
	env.addFilter("trim", (str: unknown) => (!str ? "" : toText(str).trim()));
	// The sync plugin's replace: a `/body/flags` string is a regular expression (an invalid one falls back to plain
	// text), any other string is replaced everywhere.
	env.addFilter("replace", (str: unknown, pattern: unknown, replacement: unknown) => {
		if (!str) return "";
		const s = toText(str);
		const by = toText(replacement);
		if (pattern instanceof RegExp) return s.replace(pattern, by);
		const p = toText(pattern);
		if (p.startsWith("/") && p.lastIndexOf("/") > 0) {
			try {
				return s.replace(new RegExp(p.slice(1, p.lastIndexOf("/")), p.slice(p.lastIndexOf("/") + 1)), by);
			} catch {
				return s.split(p).join(by);
			}
		}
		return s.split(p).join(by);
	});
}

/** Render `template` over `context` as the sync plugin would. Throws on template errors. */
export function renderTemplate(template: string, trimBlocks: boolean, context: object): string {
	// An empty loader list: the default would be a FileSystemLoader (Node) or a WebLoader (browser).
	const env = new nunjucks.Environment([], { autoescape: false, trimBlocks, lstripBlocks: trimBlocks });
	addSyncFilters(env);
	return env.renderString(template, context);
}

// Issue 12's figures: how long deriving a template's shapes takes (per corpus template, cold: the first derivation
// of that text in this process), and what the recognizer beside the built-in rules costs the parse (MB/s with it and
// without it, timed in alternation on the same notes: the generated sample under the dash-era default template, and
// each corpus note under its own vault's template).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../../src/core/model.ts";
import type { NoteRecognizer } from "../../src/core/template/recognized.ts";
import type { ShapeSpec } from "../../src/core/template/shape-spec.ts";
import { chooseTemplate } from "../../src/core/template/choose-template.ts";
import { deriveShapeSpec } from "../../src/core/template/derive-shapes.ts";
import { pickSyncSettings } from "../../src/core/template/sync-settings.ts";
import { median, now } from "./measure.ts";

type ParseFn = (path: string, text: string) => ParseResult;

export interface TemplateCore {
	readonly parseNote: ParseFn;
	readonly parserWithRecognizer: (r: NoteRecognizer) => ParseFn;
	readonly compileRecognizer: (spec: ShapeSpec) => NoteRecognizer;
}

export interface TemplateFigures {
	readonly template_derive_ms_median: number;
	readonly template_derive_ms_max: number;
	readonly templates_derived: number;
	readonly parse_mb_s_without_recognizer: number;
	readonly parse_mb_s_with_recognizer: number;
	readonly parse_corpus_mb_s_without_recognizer: number | null;
	readonly parse_corpus_mb_s_with_recognizer: number | null;
}

function alternate(texts: readonly string[], fns: readonly ((t: string) => unknown)[], rounds: number): number[] {
	let bytes = 0;
	for (const t of texts) bytes += Buffer.byteLength(t, "utf8");
	const times: number[][] = fns.map(() => []);
	for (let round = -1; round < rounds; round++) {
		fns.forEach((fn, k) => {
			const t0 = now();
			for (const t of texts) fn(t);
			if (round >= 0) times[k]!.push(now() - t0);
		});
	}
	return times.map((ts) => bytes / 1e6 / (median(ts) / 1000));
}

export function benchTemplates(core: TemplateCore, sample: readonly string[], corpusDir: string, quick: boolean): TemplateFigures {
	const settingsDir = join(corpusDir, "sync-settings");
	const derived = new Map<string, ShapeSpec>();
	const times: number[] = [];
	const byVault = new Map<string, ShapeSpec>();
	let files: string[] = [];
	try {
		files = readdirSync(settingsDir).filter((f) => f.endsWith(".json"));
	} catch {
		files = [];
	}
	for (const file of files) {
		const picked = pickSyncSettings(readFileSync(join(settingsDir, file), "utf8"));
		if (!picked.ok) continue;
		const texts = [
			...(picked.settings.template ? [[picked.settings.template, picked.settings.trimBlocks ?? false] as const] : []),
			...picked.settings.themes.filter((t) => t.template).map((t) => [t.template!, t.trimBlocks ?? false] as const),
		];
		for (const [text, trim] of texts) {
			const key = `${trim ? 1 : 0}${text}`;
			if (derived.has(key)) continue;
			const t0 = now();
			const result = deriveShapeSpec(text, trim);
			times.push(now() - t0);
			if (result.ok) derived.set(key, result.spec);
		}
		const choice = chooseTemplate(picked.settings);
		if (choice.ok) {
			const spec = derived.get(`${choice.trimBlocks ? 1 : 0}${choice.template}`);
			if (spec) byVault.set(file.replace(/\.json$/, "").replace("+", "/"), spec);
		}
	}
	// The sample under the dash-era default (hustwenchao's vault stores it): the shape the generated notes are in.
	const dash = byVault.get("hustwenchao/wechat_book_notes");
	const rounds = quick ? 3 : 7;
	let without = Number.NaN;
	let withR = Number.NaN;
	if (dash) {
		const plain = core.parseNote;
		const beside = core.parserWithRecognizer(core.compileRecognizer(dash));
		[without, withR] = alternate(sample, [(t) => plain("n.md", t), (t) => beside("n.md", t)], rounds) as [number, number];
	}
	// Each corpus note under its own vault's template (SOURCES.md says which vault).
	let corpusWithout: number | null = null;
	let corpusWith: number | null = null;
	try {
		const sources = readFileSync(join(corpusDir, "SOURCES.md"), "utf8");
		const pairs: [string, ParseFn][] = [];
		for (const line of sources.split("\n")) {
			const cells = line.split("|").map((c) => c.trim());
			const spec = cells[2] ? byVault.get(cells[2]) : undefined;
			if (!cells[1]?.endsWith(".md") || !spec) continue;
			pairs.push([readFileSync(join(corpusDir, cells[1]), "utf8"), core.parserWithRecognizer(core.compileRecognizer(spec))]);
		}
		const texts = pairs.map(([t]) => t);
		const parsers = new Map(pairs);
		[corpusWithout, corpusWith] = alternate(texts, [(t) => core.parseNote("n.md", t), (t) => parsers.get(t)!("n.md", t)], rounds) as [number, number];
	} catch {
		// No corpus here: the corpus figures stay null.
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		template_derive_ms_median: median(sorted),
		template_derive_ms_max: sorted.at(-1) ?? Number.NaN,
		templates_derived: times.length,
		parse_mb_s_without_recognizer: without,
		parse_mb_s_with_recognizer: withR,
		parse_corpus_mb_s_without_recognizer: corpusWithout,
		parse_corpus_mb_s_with_recognizer: corpusWith,
	};
}

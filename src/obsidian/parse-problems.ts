import { Keymap, TFile, type App, type Plugin } from "obsidian";
import type { Translate } from "../core/i18n";
import type { BookEntry, BookSummary } from "../core/index";
import type { DiagnosticLevel } from "../core/model";
import { ParseProblemsModal } from "./parse-problems-modal";

// "Show parse problems" (issue 7): the WeRead notes the parser could not read cleanly, with the line and the
// reason, each opening its note at that line. A command and a modal (Obsidian's way to list things to jump to,
// like "Quick switcher"), so nothing is added to the settings tab or written anywhere.

/** One diagnostic of one note, flattened for the list. */
export interface ParseProblem {
	readonly path: string;
	readonly title: string;
	/** 0-based line, as the parser reports it. */
	readonly line: number;
	readonly code: string;
	readonly message: string;
	readonly level: DiagnosticLevel;
}

/** What the list reads from the index (HighlightIndex implements it). */
export interface ProblemSource {
	books(): readonly BookSummary[];
	book(path: string): BookEntry | undefined;
}

/** Errors and warnings by default: `info` marks shapes the parser handled on purpose, not something to fix. */
export const DEFAULT_PROBLEM_LEVELS: readonly DiagnosticLevel[] = ["error", "warning"];

const LEVEL_ORDER: Readonly<Record<DiagnosticLevel, number>> = { error: 0, warning: 1, info: 2 };

/** Every diagnostic of the given levels, by note path then line (errors before warnings on one line). Pure. */
export function collectParseProblems(source: ProblemSource, levels: readonly DiagnosticLevel[] = DEFAULT_PROBLEM_LEVELS): ParseProblem[] {
	const wanted = new Set(levels);
	const out: ParseProblem[] = [];
	for (const summary of source.books()) {
		const note = source.book(summary.path)?.note;
		if (note === undefined) continue;
		const mine = note.diagnostics.filter((d) => wanted.has(d.level));
		mine.sort((a, b) => a.line - b.line || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
		for (const d of mine) out.push({ path: summary.path, title: summary.title, line: d.line, code: d.code, message: d.message, level: d.level });
	}
	return out;
}

export interface ParseProblemsDeps {
	readonly index: ProblemSource;
	readonly t: () => Translate;
	/** Problems that are not in a note (the sync plugin's template could not be read), listed first. */
	readonly extra?: () => readonly ParseProblem[];
}

export function registerParseProblems(plugin: Plugin, deps: ParseProblemsDeps): void {
	const { app } = plugin;
	plugin.addCommand({
		id: "show-parse-problems",
		name: deps.t()("commandShowParseProblems"),
		callback: () =>
			new ParseProblemsModal(app, [...(deps.extra?.() ?? []), ...collectParseProblems(deps.index)], deps.t(), (problem, evt) => openProblem(app, problem, evt)).open(),
	});
}

/** Opens the note scrolled to the problem's line (Mod: in a new tab). A problem outside the vault (a config file) opens nothing. */
export function openProblem(app: App, problem: ParseProblem, evt: MouseEvent | KeyboardEvent): void {
	const file = app.vault.getAbstractFileByPath(problem.path);
	if (!(file instanceof TFile)) return;
	void app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file, { eState: { line: problem.line } });
}

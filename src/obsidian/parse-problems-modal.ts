import { SuggestModal, type App } from "obsidian";
import type { Translate } from "../core/i18n";
import type { ParseProblem } from "./parse-problems";

/**
 * The list of parse problems: one row per problem (note title, line, message), filtered by what the reader types
 * (every word must appear in the title, path, message or code). Choosing a row opens the note at that line.
 */
export class ParseProblemsModal extends SuggestModal<ParseProblem> {
	constructor(
		app: App,
		private readonly problems: readonly ParseProblem[],
		private readonly t: Translate,
		private readonly choose: (problem: ParseProblem, evt: MouseEvent | KeyboardEvent) => void,
	) {
		super(app);
		// A vault with many odd notes can have thousands; the list shows what a reader can scan, the filter the rest.
		this.limit = 500;
		this.emptyStateText = problems.length === 0 ? t("parseProblemsNone") : t("parseProblemsNoMatch");
		this.setPlaceholder(t("parseProblemsPlaceholder", { count: problems.length }));
	}

	getSuggestions(query: string): ParseProblem[] {
		const terms = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
		if (terms.length === 0) return [...this.problems];
		return this.problems.filter((p) => {
			const hay = `${p.title}\n${p.path}\n${p.message}\n${p.code}`.toLowerCase();
			return terms.every((w) => hay.includes(w));
		});
	}

	renderSuggestion(problem: ParseProblem, el: HTMLElement): void {
		el.addClass("wrh-problem", `wrh-problem-${problem.level}`);
		const head = el.createDiv("wrh-problem-head");
		head.createSpan({ cls: "wrh-problem-level", text: this.t(problem.level === "error" ? "parseProblemsLevelError" : problem.level === "warning" ? "parseProblemsLevelWarning" : "parseProblemsLevelInfo") });
		head.createSpan({ cls: "wrh-problem-title", text: problem.title });
		// Editors count lines from 1; the parser (and eState.line) from 0.
		head.createSpan({ cls: "wrh-problem-line", text: this.t("parseProblemsLine", { line: problem.line + 1 }) });
		el.createDiv({ cls: "wrh-problem-message", text: problem.message });
		el.createDiv({ cls: "wrh-problem-path", text: problem.path });
	}

	onChooseSuggestion(problem: ParseProblem, evt: MouseEvent | KeyboardEvent): void {
		this.choose(problem, evt);
	}
}

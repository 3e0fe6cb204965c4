import { Component, type App } from "obsidian";
import { parseNote } from "../core/parse/parse-note";
import type { BookEntry, BookSummary } from "../core/index";
import { parserWithRecognizer, usedTemplateShapes, type NoteParser } from "../core/template/apply-recognizer";
import { chooseTemplate, type Choice } from "../core/template/choose-template";
import type { NoteRecognizer } from "../core/template/recognized";
import { combineRecognizers } from "../core/template/recognizer";
import { BUILTIN_FINGERPRINT } from "../core/cache/template-fingerprint";
import type { ParseProblem } from "./parse-problems";
import type { SyncSettingsSource, SyncSettingsState } from "./sync-settings-reader";

// Issue 12 items 3, 5 and 6 in the app: from the sync plugin's settings (SyncSettingsReader) to the parser the
// index uses. The template the sync plugin renders with is chosen by its own rules (chooseTemplate), its shapes are
// derived away from the main thread (BuildRecognizer: a Worker with a time limit, derive-worker-host.ts), and the
// built-in parser with that recognizer beside it replaces the plain one. Whatever fails — no settings, no template,
// a template that throws, prints nothing or loops — the index keeps the built-in parser, and `state()` says why.

/** Why no recognizer was built from a template that was found. */
export type ShapesFailure = "render-error" | "renders-nothing" | "no-entries" | "timeout" | "worker-failed";

/**
 * `recognizer` null: the built-in rules already read everything the template writes (a standard template).
 * `shapes`: the derived spec's fingerprint (core/cache/template-fingerprint.ts), what cached parse results are keyed by.
 */
export type RecognizerOutcome =
	| { readonly ok: true; readonly recognizer: NoteRecognizer | null; readonly shapes: string }
	| { readonly ok: false; readonly reason: ShapesFailure; readonly detail: string };

/** Derives and compiles a template's recognizer; must settle (never hang) and never reject. */
export type BuildRecognizer = (template: string, trimBlocks: boolean) => Promise<RecognizerOutcome>;

/** What the settings tab shows about the template. `label` names the theme, never its text. */
export type TemplateShapesState =
	| { readonly status: "off" }
	| { readonly status: "no-settings" }
	| { readonly status: "no-template" }
	| { readonly status: "deriving"; readonly label: TemplateLabel }
	| { readonly status: "active"; readonly label: TemplateLabel }
	/** Read, and a standard template: the built-in rules read its notes fully, so no recognizer runs. */
	| { readonly status: "standard"; readonly label: TemplateLabel }
	| { readonly status: "failed"; readonly label: TemplateLabel; readonly reason: ShapesFailure; readonly detail: string };

/** The theme's name as the sync plugin shows it, or null for a template from before themes (or a nameless theme). */
export interface TemplateLabel {
	readonly themeName: string | null;
	readonly legacy: boolean;
}

/** The index side: which parser to use, and a re-read of every note once it changed. */
export interface ParserTarget {
	setParser(parser: NoteParser): void;
}

export interface TemplateShapesOptions {
	readonly app: App;
	readonly syncSettings: SyncSettingsSource;
	readonly enabled: () => boolean;
	readonly build: BuildRecognizer;
	readonly index: ParserTarget;
	/** Re-read every note (IndexSync.rescan): called after the parser changed. */
	readonly reparse: () => void;
}

/** The templates to read: the one the sync plugin renders with now, and the one its file says was active when different. */
function templatesOf(state: SyncSettingsState): { choices: Choice[]; label: TemplateLabel } | null {
	if (state.status !== "found") return null;
	const choice = chooseTemplate(state.settings);
	const choices = [choice, ...(choice.asWritten === null ? [] : [choice.asWritten])].filter((c) => c.ok);
	if (choices.length === 0 || !choice.ok) return null;
	return { choices, label: { themeName: choice.themeName, legacy: choice.source === "legacy-template" } };
}

function keyOf(choices: readonly Choice[]): string {
	return JSON.stringify(choices.map((c) => (c.ok ? [c.template, c.trimBlocks] : null)));
}

export class TemplateShapes extends Component {
	private current: TemplateShapesState = { status: "no-settings" };
	/** The template texts the current parser was built from ("" = the built-in parser alone). */
	private builtFrom = "";
	/** The template texts last derived (also when that failed): the same texts are not derived again. */
	private attempted = "";
	private generation = 0;
	/** The fingerprint of the shapes the current parser reads with (BUILTIN_FINGERPRINT for the built-in rules alone). */
	private shapesFingerprint = BUILTIN_FINGERPRINT;
	private readonly listeners = new Set<(state: TemplateShapesState) => void>();
	private firstSettled: Promise<void>;
	private settleFirst: () => void = () => {};
	private stopped = false;

	constructor(private readonly options: TemplateShapesOptions) {
		super();
		this.firstSettled = new Promise((resolve) => (this.settleFirst = resolve));
	}

	override onload(): void {
		this.register(() => {
			this.stopped = true;
			this.listeners.clear();
			this.settleFirst();
		});
		this.register(this.options.syncSettings.onChange(() => void this.refresh()));
		// After the reader's own layout-ready check (it is added first): its answer is what the first refresh reads.
		this.options.app.workspace.onLayoutReady(() => {
			void this.options.syncSettings.recheck().then(() => this.refresh());
		});
	}

	state(): TemplateShapesState {
		return this.current;
	}

	/**
	 * Which shapes the index's parser reads with now: part of every persistent cache entry's key. Changes in the same
	 * call that gives the index its new parser, so a result and the fingerprint stored with it always belong together.
	 */
	fingerprint(): string {
		return this.shapesFingerprint;
	}

	onChange(listener: (state: TemplateShapesState) => void): () => void {
		const own = (state: TemplateShapesState): void => listener(state);
		this.listeners.add(own);
		return () => this.listeners.delete(own);
	}

	/**
	 * Settles once the first look at the sync plugin's settings has given a parser (or none). The first scan waits for
	 * it, bounded by the caller, so that a start reads every note once, with the user's template.
	 */
	whenFirstSettled(): Promise<void> {
		return this.firstSettled;
	}

	/** Look at the settings and the toggle again; rebuilds the parser only when the template texts changed. */
	async refresh(): Promise<void> {
		if (this.stopped) return;
		const found = this.options.enabled() ? templatesOf(this.options.syncSettings.current()) : null;
		if (found === null) {
			// Whatever is still deriving is no longer wanted.
			this.generation++;
			this.attempted = "";
			const state = this.options.syncSettings.current();
			this.use("", parseNote, !this.options.enabled() ? { status: "off" } : state.status === "found" ? { status: "no-template" } : { status: "no-settings" });
			return;
		}
		const key = keyOf(found.choices);
		// The same texts as the last derivation (done or still running, e.g. the layout-ready look and the reader's
		// change event both ask): nothing new to do, and the running one stays wanted.
		if (key === this.attempted) {
			if (this.current.status !== "deriving") this.settleFirst();
			return;
		}
		this.attempted = key;
		const generation = ++this.generation;
		this.setState({ status: "deriving", label: found.label });
		const outcomes: RecognizerOutcome[] = [];
		for (const c of found.choices) if (c.ok) outcomes.push(await this.options.build(c.template, c.trimBlocks));
		if (this.stopped || generation !== this.generation) return;
		const recognizers: NoteRecognizer[] = [];
		const fingerprints: string[] = [];
		for (const outcome of outcomes) {
			if (!outcome.ok || outcome.recognizer === null) continue;
			recognizers.push(outcome.recognizer);
			fingerprints.push(outcome.shapes);
		}
		// The template the sync plugin renders with now decides the status; the other one (asWritten) only adds.
		const primary = outcomes[0];
		const state: TemplateShapesState =
			primary === undefined || primary.ok
				? { status: primary?.ok && primary.recognizer === null ? "standard" : "active", label: found.label }
				: { status: "failed", label: found.label, reason: primary.reason, detail: primary.detail };
		if (recognizers.length === 0) this.use("", parseNote, state);
		else this.use(key, parserWithRecognizer(combineRecognizers(recognizers)), state, fingerprints.join("+"));
	}

	private use(key: string, parser: NoteParser, state: TemplateShapesState, fingerprint: string = BUILTIN_FINGERPRINT): void {
		const changed = key !== this.builtFrom;
		this.builtFrom = key;
		if (changed) {
			this.shapesFingerprint = fingerprint;
			this.options.index.setParser(parser);
			this.options.reparse();
		}
		this.setState(state);
		this.settleFirst();
	}

	private setState(next: TemplateShapesState): void {
		if (JSON.stringify(next) === JSON.stringify(this.current)) return;
		this.current = next;
		for (const listener of [...this.listeners]) listener(next);
	}
}

/** How many books the template's shapes helped read (the settings tab's count). */
export function matchedNotes(index: { books(): readonly BookSummary[]; book(path: string): BookEntry | undefined }): number {
	let n = 0;
	for (const summary of index.books()) {
		const note = index.book(summary.path)?.note;
		if (note !== undefined && usedTemplateShapes(note)) n++;
	}
	return n;
}

/**
 * The template's trouble as a parse problem (issue 12 item 5: *Show parse problems* says why the template is not
 * read), or none. `message` is the settings tab's own status text, so the two say the same.
 */
export function templateProblems(state: TemplateShapesState, file: SyncSettingsState, path: string, title: string, message: string): ParseProblem[] {
	// An unreadable settings file (garbage JSON, too large, a failed read) is the same trouble one step earlier.
	if (file.status === "unreadable") return [{ path, title, line: 0, code: `sync-settings-${file.reason}`, message, level: "warning" }];
	if (state.status !== "failed") return [];
	return [{ path, title, line: 0, code: `template-${state.reason}`, message, level: "warning" }];
}

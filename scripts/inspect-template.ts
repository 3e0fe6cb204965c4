// The sync template for `inspect` (issue 12 item 6): the plugin's rules, in the CLI. The settings file is
// `--sync-settings FILE`, else `<folder>/.obsidian/plugins/obsidian-weread-plugin/data.json` when it exists. Only
// pickSyncSettings' keys are read from it; stderr names the template used (its theme, never its text) or why none.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { parseNote } from "../src/core/parse/parse-note.ts";
import { parserWithRecognizer, type NoteParser } from "../src/core/template/apply-recognizer.ts";
import { chooseTemplate, type Choice } from "../src/core/template/choose-template.ts";
import type { NoteRecognizer } from "../src/core/template/recognized.ts";
import { combineRecognizers, recognizerFor } from "../src/core/template/recognizer.ts";
import { DERIVE_TIMEOUT_MS } from "../src/constants.ts";
import type { ShapeSpec } from "../src/core/template/shape-spec.ts";
import { MAX_SYNC_SETTINGS_BYTES, pickSyncSettings } from "../src/core/template/sync-settings.ts";


export interface TemplateParser {
	readonly parser: NoteParser;
	/** One line for stderr. */
	readonly said: string;
}

export function defaultSettingsPath(folder: string): string {
	return join(folder, ".obsidian", "plugins", "obsidian-weread-plugin", "data.json");
}

function label(choice: Choice & { ok: true }): string {
	if (choice.source === "legacy-template") return choice.themeId === null ? "the top-level template (before themes)" : "the legacy template";
	return `theme "${choice.themeName ?? choice.themeId ?? "?"}"${choice.themeId === null ? "" : ` (${choice.themeId})`}`;
}

/** Derive one template in a worker thread, bounded by the time limit. */
function deriveInThread(template: string, trimBlocks: boolean): Promise<{ ok: true; spec: ShapeSpec } | { ok: false; reason: string; detail: string }> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL("./derive-thread-entry.mjs", import.meta.url), { workerData: { template, trimBlocks } });
		const timer = setTimeout(() => {
			void worker.terminate();
			resolve({ ok: false, reason: "timeout", detail: `longer than ${DERIVE_TIMEOUT_MS / 1000} s` });
		}, DERIVE_TIMEOUT_MS);
		worker.once("message", (answer: { ok: true; spec: ShapeSpec } | { ok: false; reason: string; detail: string }) => {
			clearTimeout(timer);
			void worker.terminate();
			resolve(answer);
		});
		worker.once("error", (error) => {
			clearTimeout(timer);
			resolve({ ok: false, reason: "worker-failed", detail: error.message });
		});
	});
}

/** The parser `inspect` uses for a settings file (or none), and what to tell stderr. */
export async function templateParser(settingsPath: string | null): Promise<TemplateParser> {
	const builtIn = (why: string): TemplateParser => ({ parser: parseNote, said: `${why}; built-in rules only` });
	if (settingsPath === null || !existsSync(settingsPath)) return builtIn("no sync plugin settings");
	let text: string;
	try {
		if (statSync(settingsPath).size > MAX_SYNC_SETTINGS_BYTES) return builtIn(`sync settings ${settingsPath} larger than ${MAX_SYNC_SETTINGS_BYTES / 1024 / 1024} MB`);
		text = readFileSync(settingsPath, "utf8");
	} catch {
		return builtIn(`sync settings ${settingsPath} unreadable`);
	}
	const picked = pickSyncSettings(text);
	if (!picked.ok) return builtIn(`sync settings ${settingsPath}: ${picked.reason}`);
	const choice = chooseTemplate(picked.settings);
	if (!choice.ok) return builtIn(`sync settings ${settingsPath}: no template (${choice.reason})`);
	const choices = [choice, ...(choice.asWritten?.ok ? [choice.asWritten] : [])];
	const recognizers: NoteRecognizer[] = [];
	const notes: string[] = [];
	for (const c of choices) {
		if (!c.ok) continue;
		const result = await deriveInThread(c.template, c.trimBlocks);
		if (!result.ok) {
			notes.push(`template ${label(c)} not used (${result.reason}: ${result.detail})`);
			continue;
		}
		const recognizer = recognizerFor(result.spec);
		if (recognizer === null) notes.push(`template: ${label(c)} (a standard format: the built-in rules read it)`);
		else {
			recognizers.push(recognizer);
			notes.push(`template: ${label(c)}`);
		}
	}
	const said = `${notes.join("; ")} from ${settingsPath}`;
	if (recognizers.length === 0) return builtIn(said);
	return { parser: parserWithRecognizer(combineRecognizers(recognizers)), said: `${said}, beside the built-in rules` };
}

// Obsidian's CodeMirror 6 surface (obsidian.d.ts): `editorInfoField` ("Use this StateField to get information
// about this Markdown editor, such as the associated file, or the Editor"; StateField<MarkdownFileInfo>) and
// `editorLivePreviewField` (StateField<boolean>). Real StateFields of the real @codemirror/state — the same copy the
// code under test imports (in the e2e page, the copy `require("@codemirror/state")` answers) — so an editor built
// by the shim holds them like Obsidian's do. Obsidian initialises the info field with the view that owns the editor
// (a MarkdownView is a MarkdownFileInfo); `markdownEditorState` does the same.
import { EditorState, StateField, type Extension } from "@codemirror/state";
import type { MarkdownFileInfo } from "obsidian";

export const editorInfoField: StateField<MarkdownFileInfo> = StateField.define<MarkdownFileInfo>({
	// Obsidian always initialises it; a bare state reads a stand-in with no file (field(…, false) is the safe read).
	create: () => ({ app: null, file: null, editor: undefined, hoverPopover: null }) as unknown as MarkdownFileInfo,
	update: (value) => value,
});

export const editorLivePreviewField: StateField<boolean> = StateField.define<boolean>({
	create: () => true,
	update: (value) => value,
});

/** Shim only: a Markdown editor's state as Obsidian builds it — the note's text, its info field, the plugins' extensions. */
export function markdownEditorState(text: string, info: MarkdownFileInfo, extensions: readonly Extension[]): EditorState {
	return EditorState.create({ doc: text, extensions: [editorInfoField.init(() => info), editorLivePreviewField.init(() => true), ...extensions] });
}

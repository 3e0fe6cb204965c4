// Compile-time only (never imported), as type-check.ts: the shim Editor and MarkdownView against obsidian.d.ts.
import type * as O from "obsidian";
import type * as S from "./obsidian";

type Members<T, K extends keyof T> = Pick<T, K>;

declare const editor: S.Editor;
export const editorMembers: Members<O.Editor, "getValue" | "setValue" | "getLine" | "lineCount" | "lastLine" | "getCursor" | "setCursor"> = editor;
declare const markdownView: S.MarkdownView;
export const markdownViewMembers: Members<O.MarkdownView, "getMode" | "getViewType" | "getDisplayText"> = markdownView;
export const markdownViewEditor: Members<O.MarkdownView["editor"], "getCursor" | "setCursor" | "getLine"> = markdownView.editor;

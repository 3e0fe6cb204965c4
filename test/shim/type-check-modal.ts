// Compile-time only (never imported), like type-check.ts: holds modal.ts to the real obsidian.d.ts signatures.
import type * as O from "obsidian";
import type * as S from "./obsidian";

type Members<T, K extends keyof T> = Pick<T, K>;
/** Comparing parameters only: the fluent `this` returns would drag in the whole App. */
type Params<T> = { [K in keyof T]: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K] };

declare const modal: Params<S.Modal>;
export const modalMembers: Members<Params<O.Modal>, "containerEl" | "modalEl" | "titleEl" | "contentEl" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent" | "setCloseCallback"> = modal;
declare const fuzzy: S.FuzzySuggestModal<string>;
export const fuzzyMembers: Members<
	O.FuzzySuggestModal<string>,
	"limit" | "emptyStateText" | "inputEl" | "resultContainerEl" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion" | "getItems" | "getItemText" | "onChooseItem"
> = fuzzy;

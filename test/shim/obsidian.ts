// Runtime stand-in for the `obsidian` module in tests (the npm package ships types only). test/shim-loader.mjs maps
// `import … from "obsidian"` here. Each piece models the behaviour our code depends on; type-check.ts holds the
// signatures to the real obsidian.d.ts. Grows only when src/ needs more.
import { installDom } from "./dom";
import { installWorker } from "./worker";

installDom();
installWorker();

export { Events } from "./events";
export type { EventRef } from "obsidian";
export { Component } from "./component";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { FileManager } from "./adapter";
export { MetadataCache } from "./metadata";
export { Workspace, WorkspaceLeaf, WorkspaceRoot, WorkspaceSidedock, View, ItemView, MarkdownViewStub as MarkdownView } from "./workspace";
export { App } from "./app";
export { Plugin } from "./plugin";
export { Notice, Menu, MenuItem, SettingTab, PluginSettingTab } from "./ui";
export { Modal, SuggestModal, FuzzySuggestModal } from "./modal";
export { Setting, ToggleComponent, DropdownComponent, TextComponent, TextAreaComponent, ButtonComponent } from "./setting";
export {
	debounce,
	Keymap,
	Scope,
	Platform,
	getLanguage,
	requireApiVersion,
	apiVersion,
	moment,
	normalizePath,
	setIcon,
	setTooltip,
	getLinkpath,
	parseLinktext,
} from "./misc";
export { Editor } from "./editor";
export { _setWorkerMode, workerLog as _workerLog } from "./worker";
export { MarkdownRenderer } from "./markdown";
export { MarkdownRenderChild } from "./reading-view";
export { HoverPopover } from "./popover";
export { editorInfoField, editorLivePreviewField } from "./codemirror";

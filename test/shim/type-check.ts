// Compile-time only (never imported): holds the shim to the real obsidian.d.ts signatures. `npx tsc --noEmit`
// fails when a shim member drifts from Obsidian's. Classes whose real declarations carry protected members or
// deep app-internal types (View, Workspace, App) are checked member by member on the part the shim implements.
import type * as O from "obsidian";
import * as S from "./obsidian";

type Members<T, K extends keyof T> = Pick<T, K>;
/** Same, comparing parameters only (for fluent APIs whose `this` return would drag in every other member). */
type Params<T> = { [K in keyof T]: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K] };

// Classes checked whole: constructor and every public member.
export const events: typeof O.Events = S.Events;
export const component: typeof O.Component = S.Component;
export const tFile: typeof O.TFile = S.TFile;
export const tFolder: typeof O.TFolder = S.TFolder;
// Built by the test app (their constructors take the app's write log / vault): whole instance types.
declare const shimVault: S.Vault;
export const vault: O.Vault = shimVault;
export const recurseChildren: typeof O.Vault.recurseChildren = S.Vault.recurseChildren;
declare const shimCache: S.MetadataCache;
export const metadataCache: O.MetadataCache = shimCache;
declare const shimFileManager: S.FileManager;
export const fileManager: O.FileManager = shimFileManager;
export const notice: typeof O.Notice = S.Notice;
export const keymap: typeof O.Keymap = S.Keymap;
export const scope: typeof O.Scope = S.Scope;

// Functions and constants.
export const debounce: typeof O.debounce = S.debounce;
export const getLanguage: typeof O.getLanguage = S.getLanguage;
export const requireApiVersion: typeof O.requireApiVersion = S.requireApiVersion;
export const normalizePath: typeof O.normalizePath = S.normalizePath;
export const setIcon: typeof O.setIcon = S.setIcon;
export const setTooltip: typeof O.setTooltip = S.setTooltip;
export const getLinkpath: typeof O.getLinkpath = S.getLinkpath;
export const parseLinktext: typeof O.parseLinktext = S.parseLinktext;
export const platform: typeof O.Platform = S.Platform;
export const markdownRender: typeof O.MarkdownRenderer.render = S.MarkdownRenderer.render;
export const markdownRenderChild: typeof O.MarkdownRenderChild = S.MarkdownRenderChild;
export const hoverPopover: typeof O.HoverPopover = S.HoverPopover;
export const editorInfoField: typeof O.editorInfoField = S.editorInfoField;
export const editorLivePreviewField: typeof O.editorLivePreviewField = S.editorLivePreviewField;

// Instance members the shim implements, against the real ones.
declare const app: S.App;
export const appMembers: Members<O.App, "vault" | "metadataCache" | "fileManager" | "keymap" | "scope" | "lastEvent" | "loadLocalStorage" | "saveLocalStorage"> = app;
declare const ws: S.Workspace;
export const workspaceMembers: Members<O.Workspace, "layoutReady" | "onLayoutReady" | "openLinkText" | "getActiveFile" | "updateOptions" | "on" | "off" | "offref" | "trigger" | "tryTrigger" | "containerEl"> = ws;
declare const plugin: S.Plugin;
export const pluginMembers: Members<O.Plugin, "manifest" | "loadData" | "saveData" | "addCommand" | "removeCommand" | "addStatusBarItem" | "addRibbonIcon" | "registerHoverLinkSource" | "registerEditorExtension" | "registerMarkdownPostProcessor" | "onload" | "load" | "unload" | "register" | "registerEvent" | "registerDomEvent" | "registerInterval" | "addChild" | "removeChild" | "onUserEnable"> = plugin;
declare const shimSetting: Params<S.Setting>;
export const settingMembers: Members<Params<O.Setting>, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "setName" | "setDesc" | "setClass" | "setTooltip" | "setHeading" | "setDisabled" | "addButton" | "addToggle" | "addText" | "addTextArea" | "addDropdown" | "clear"> = shimSetting;
declare const menu: S.Menu;
export const menuMembers: Members<O.Menu, "setNoIcon" | "setUseNativeMenu" | "addSeparator" | "setParentElement" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide"> = menu;
declare const item: S.MenuItem;
export const menuItemMembers: Members<O.MenuItem, "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setIsLabel" | "setWarning" | "onClick" | "setSection"> = item;
declare const toggle: S.ToggleComponent;
export const toggleMembers: Members<O.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "onChange" | "onClick" | "setDisabled" | "setTooltip"> = toggle;
declare const dropdown: S.DropdownComponent;
export const dropdownMembers: Members<O.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange"> = dropdown;
declare const text: S.TextComponent;
export const textMembers: Members<O.TextComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange" | "onChanged"> = text;
declare const button: S.ButtonComponent;
export const buttonMembers: Members<O.ButtonComponent, "buttonEl" | "setButtonText" | "setCta" | "removeCta" | "setWarning" | "setDestructive" | "removeDestructive" | "setTooltip" | "setIcon" | "setClass" | "onClick"> = button;
declare const leaf: S.WorkspaceLeaf;
export const leafMembers: Members<O.WorkspaceLeaf, "getViewState" | "isDeferred" | "loadIfDeferred" | "detach" | "getDisplayText" | "getIcon"> = leaf;
declare const sidedock: S.WorkspaceSidedock;
export const sidedockMembers: Members<O.WorkspaceSidedock, "collapsed" | "toggle" | "collapse" | "expand"> = sidedock;
declare const root: S.WorkspaceRoot;
export const rootMembers: Members<O.WorkspaceRoot, "win" | "doc"> = root;
declare const itemView: S.ItemView;
export const itemViewMembers: Members<O.ItemView, "contentEl" | "containerEl" | "icon" | "navigation" | "getState" | "setState" | "getEphemeralState" | "setEphemeralState" | "getIcon" | "onResize" | "getViewType" | "getDisplayText" | "load" | "unload" | "register" | "registerEvent" | "registerDomEvent" | "registerInterval" | "addChild" | "removeChild"> = itemView;
declare const tab: S.PluginSettingTab;
export const settingTabMembers: Members<
	O.PluginSettingTab,
	"containerEl" | "icon" | "settingItems" | "getSettingDefinitions" | "update" | "getControlValue" | "setControlValue" | "refreshDomState" | "display" | "hide"
> = tab;

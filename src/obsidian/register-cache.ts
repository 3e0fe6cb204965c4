import { Notice, TFile, type Plugin } from "obsidian";
import type { MessageKey, Translate } from "../core/i18n";
import { openNoteCacheStore, vaultCacheId } from "./note-cache-store";
import type { ParseProblem } from "./parse-problems";
import { fileStamp, PersistentCache, type CacheFault, type CacheTrouble } from "./persistent-cache";

// The persistent index cache in the app (issue 15): the store of this vault on this device, the setting that turns
// it off (and deletes what is stored), the command that clears it, and its line in *Show parse problems*.

export interface PersistentCacheDeps {
	readonly enabled: () => boolean;
	/** Hear the setting change; returns the unsubscribe function. */
	readonly onEnabledChange: (listener: () => void) => () => void;
	/** TemplateShapes.fingerprint: the shapes the index parses with now. */
	readonly fingerprint: () => string;
	readonly t: () => Translate;
}

export interface RegisteredCache {
	readonly cache: PersistentCache;
	problems(): ParseProblem[];
}

const REASONS: Readonly<Record<CacheFault, MessageKey>> = {
	unavailable: "cacheReasonUnavailable",
	"open-failed": "cacheReasonOpenFailed",
	blocked: "cacheReasonBlocked",
	"upgrade-failed": "cacheReasonUpgradeFailed",
	quota: "cacheReasonQuota",
	aborted: "cacheReasonAborted",
	closed: "cacheReasonClosed",
	timeout: "cacheReasonTimeout",
};

export function registerPersistentCache(plugin: Plugin, deps: PersistentCacheDeps): RegisteredCache {
	const { app } = plugin;
	const vaultId = vaultCacheId(app);
	const cache = plugin.addChild(
		new PersistentCache({
			// `indexedDB` is the window's own (Electron, iOS and Android web views all have one). A missing vault id
			// leaves the cache off rather than guessing a key two vaults might share.
			open: () => (vaultId === null ? Promise.resolve({ ok: false, fault: "unavailable", detail: "no vault id" }) : openNoteCacheStore(window.indexedDB, vaultId)),
			enabled: deps.enabled(),
			fingerprint: deps.fingerprint,
			stampOf: (path) => {
				const file = app.vault.getAbstractFileByPath(path);
				return file instanceof TFile ? fileStamp(file) : null;
			},
		}),
	);
	plugin.register(deps.onEnabledChange(() => void cache.setEnabled(deps.enabled())));
	plugin.addCommand({
		id: "clear-index-cache",
		name: deps.t()("commandClearCache"),
		callback: async () => {
			const result = await cache.clear();
			new Notice(result.ok ? deps.t()("cacheCleared") : deps.t()("cacheClearFailed", { detail: `${deps.t()(REASONS[result.fault])} (${result.detail})` }));
		},
	});
	return { cache, problems: () => cacheProblems(cache.problem(), deps.t()) };
}

/** The cache's trouble as a problem without a note (listed first, like the template's). */
export function cacheProblems(trouble: CacheTrouble | null, t: Translate): ParseProblem[] {
	if (trouble === null) return [];
	const title = t("cacheProblemTitle");
	if (trouble.kind === "untrusted") return [{ path: "", title, line: 0, code: "cache-untrusted", message: t("cacheUntrusted", { count: trouble.count }), level: "warning" }];
	if (trouble.kind === "outdated") return [{ path: "", title, line: 0, code: "cache-outdated", message: t("cacheOutdated", { count: trouble.count }), level: "info" }];
	const reason = t(REASONS[trouble.fault]);
	const message = t(trouble.when === "read" ? "cacheFault" : "cacheWriteFault", { reason, detail: trouble.detail });
	return [{ path: "", title, line: 0, code: `cache-${trouble.fault}`, message, level: "warning" }];
}

// Find a Chromium for the e2e tier; never download a browser build (the network here reaches only package registries).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import process from "node:process";

const CANDIDATES = [
	process.env.WRH_CHROMIUM,
	"/usr/bin/chromium",
	"/usr/bin/chromium-browser",
	"/usr/bin/google-chrome",
	"/usr/bin/google-chrome-stable",
	"/snap/bin/chromium",
	"/Applications/Chromium.app/Contents/MacOS/Chromium",
	"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function findChromium() {
	return CANDIDATES.find((p) => typeof p === "string" && p.length > 0 && existsSync(p)) ?? null;
}

function isDebianRoot() {
	const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
	return isRoot && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
}

/** @returns {{ ok: true, path: string } | { ok: false, message: string }} */
export function ensureChromium() {
	const found = findChromium();
	if (found) return { ok: true, path: found };
	if (isDebianRoot()) {
		console.error("e2e: no Chromium found; installing Debian's chromium with apt-get (about a minute)…");
		const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
		spawnSync("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"], env: aptEnv });
		const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
			stdio: ["ignore", "ignore", "inherit"],
			env: aptEnv,
		});
		const after = findChromium();
		if (install.status === 0 && after) return { ok: true, path: after };
	}
	let os = process.platform;
	try {
		os = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? os;
	} catch {
		/* not Linux: keep process.platform */
	}
	return {
		ok: false,
		message: `e2e tier needs Chromium and none was found on ${os}: install it (Debian/Ubuntu: apt-get install -y chromium) or set WRH_CHROMIUM=/path/to/chromium.`,
	};
}

/**
 * Fonts for Chinese text and emoji (📌, ⏱ in WeRead notes): without them screenshots show empty boxes. On Debian as
 * root, installs the small Debian packages when fontconfig knows no Chinese font; elsewhere only says so. Never fails
 * the run: tests do not depend on glyphs, only screenshots do.
 */
export function ensureFonts() {
	const has = (args) => spawnSync("fc-list", args, { encoding: "utf8" }).stdout?.trim().length > 0;
	if (has([":lang=zh"]) && has([":charset=1f4cc"])) return;
	if (!isDebianRoot()) {
		console.error("e2e: no Chinese or emoji font found; screenshots will show boxes (Debian: apt-get install fonts-wqy-microhei fonts-noto-color-emoji).");
		return;
	}
	console.error("e2e: installing fonts for Chinese and emoji (fonts-wqy-microhei, fonts-noto-color-emoji)…");
	const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
	let install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-wqy-microhei", "fonts-noto-color-emoji"], { stdio: ["ignore", "ignore", "inherit"], env: aptEnv });
	if (install.status !== 0) {
		spawnSync("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"], env: aptEnv });
		install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-wqy-microhei", "fonts-noto-color-emoji"], { stdio: ["ignore", "ignore", "inherit"], env: aptEnv });
	}
	if (install.status !== 0) console.error("e2e: font install failed; screenshots may show boxes for Chinese text and emoji.");
}

// `node scripts/chromium.mjs` prints the path (used by bench and demo scripts).
if (import.meta.url === `file://${process.argv[1]}`) {
	const r = ensureChromium();
	if (r.ok) console.log(r.path);
	else {
		console.error(r.message);
		process.exit(1);
	}
}

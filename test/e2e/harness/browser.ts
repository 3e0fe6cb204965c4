// Headless Debian Chromium through playwright-core (design §10): never a downloaded browser.
// One browser per process (the e2e tier is one process): `sharedBrowser()` launches it on first use and
// test/e2e/all.entry.ts closes it after the last test; each test opens its own page in it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	// Without these Chromium keeps dialling Google hosts that this closed network refuses.
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	// Same text rendering on every machine, so screenshots differ only when the page does.
	"--font-render-hinting=none",
];

export interface BrowserSession {
	readonly context: BrowserContext;
	readonly page: Page;
	/** Console errors and uncaught page errors seen so far. */
	readonly errors: string[];
	close(): Promise<void>;
}

interface Launched {
	readonly context: BrowserContext;
	readonly profile: string;
}

async function launch(): Promise<Launched> {
	const executablePath = process.env.WRH_CHROMIUM;
	if (!executablePath) throw new Error("WRH_CHROMIUM is not set: run the e2e tier through `npm test`.");
	const profile = mkdtempSync(join(tmpdir(), "wrh-e2e-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
	});
	return { context, profile };
}

let shared: Promise<Launched> | null = null;

/** The process's browser (launched on first call). Open a page per test with `context.newPage()`. */
export async function sharedBrowser(): Promise<BrowserContext> {
	shared ??= launch();
	return (await shared).context;
}

/** Closes the shared browser, if one was launched. */
export async function closeSharedBrowser(): Promise<void> {
	if (!shared) return;
	const { context, profile } = await shared;
	shared = null;
	await context.close();
	rmSync(profile, { recursive: true, force: true });
}

/** A browser of its own with one blank page (for a script that is not a test, e.g. taking screenshots). */
export async function openBrowser(): Promise<BrowserSession> {
	const { context, profile } = await launch();
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
	page.on("pageerror", (err) => errors.push(err.message));
	return {
		context,
		page,
		errors,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

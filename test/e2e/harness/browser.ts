// Headless Debian Chromium through playwright-core (design §10): never a downloaded browser.
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
];

export interface BrowserSession {
	readonly context: BrowserContext;
	readonly page: Page;
	/** Console errors and uncaught page errors seen so far. */
	readonly errors: string[];
	close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
	const executablePath = process.env.WRH_CHROMIUM;
	if (!executablePath) throw new Error("WRH_CHROMIUM is not set: run the e2e tier through `npm test`.");
	const profile = mkdtempSync(join(tmpdir(), "wrh-e2e-"));
	const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
	page.on("pageerror", (err) => errors.push(err.message));
	await page.setContent("<!doctype html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
	// tsx compiles test code with esbuild's keepNames, so functions handed to page.evaluate call `__name`.
	await page.evaluate("globalThis.__name = (fn) => fn;");
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

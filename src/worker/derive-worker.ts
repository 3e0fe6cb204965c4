import { answerDeriveRequest } from "./derive-answer";

// The entry of the derive worker's bundle (esbuild.config.mjs builds it into a string that main.js starts from a
// Blob URL; see src/obsidian/derive-worker-host.ts). One request, one answer; the host terminates it after.
const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => scope.postMessage(answerDeriveRequest(event.data));

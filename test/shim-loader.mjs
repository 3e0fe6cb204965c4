// ESM resolve hook: map the bare specifier `obsidian` to test/shim/obsidian.ts (tsx then loads the TypeScript).
const SHIM_URL = new URL("./shim/obsidian.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
	if (specifier === "obsidian") return { url: SHIM_URL, shortCircuit: true, format: "module" };
	return nextResolve(specifier, context);
}

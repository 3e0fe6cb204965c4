// The demo's command line: `npm run demo -- [--vault PATH] [--lang en|zh] [--serve] [--screenshots]`.
// Parsed by a pure function so a test can hold every wrong call to one clear line.

export type DemoFlag = "--serve" | "--screenshots";

export type DemoArgs =
	| { readonly ok: true; readonly vault: string | null; readonly language: "en" | "zh"; readonly flags: ReadonlySet<DemoFlag> }
	| { readonly ok: false; readonly message: string };

const isFlag = (arg: string): arg is DemoFlag => arg === "--serve" || arg === "--screenshots";
const USAGE = "usage: npm run demo -- [--vault PATH] [--lang en|zh] [--serve] [--screenshots]";

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
	let vault: string | null = null;
	let language: "en" | "zh" = "en";
	const flags = new Set<DemoFlag>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		if (name === "--vault" || name === "--lang") {
			const value = inline ?? argv[++i];
			if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return { ok: false, message: `demo: ${name} needs a value (${USAGE})` };
			if (name === "--vault") vault = value;
			else if (value === "en" || value === "zh") language = value;
			else return { ok: false, message: `demo: --lang ${value}: use en or zh` };
		} else if (isFlag(arg)) flags.add(arg);
		else return { ok: false, message: `demo: unknown option ${arg} (${USAGE})` };
	}
	return { ok: true, vault, language, flags };
}

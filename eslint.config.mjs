import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "test/", "scripts/", "demo/", "docs/", "*.mjs"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.*"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			"obsidianmd/ui/sentence-case": ["error", { brands: ["WeRead", "Obsidian"], acronyms: ["ID"] }],
		},
	},
	{
		// Design §2 rule 1: the core is pure. It may import date-fns, zod and other core files — nothing else.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					patterns: [
						{ group: ["obsidian", "obsidian/*"], message: "src/core is pure: no Obsidian API." },
						{ group: ["@codemirror/*"], message: "src/core is pure: the editor lives in src/editor." },
						{ group: ["**/obsidian/**", "**/views/**", "../obsidian", "../views", "../../obsidian", "../../views"], message: "src/core must not import the adapter or the views." },
						{ group: ["node:*", "fs", "path", "os", "child_process", "electron"], message: "src/core does no I/O." },
					],
				},
			],
			"no-restricted-globals": ["error", "document", "window", "activeDocument", "activeWindow", "localStorage", "fetch"],
		},
	},
]);

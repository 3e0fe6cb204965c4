// `npm run install-plugin -- <vault>`: copy the built plugin into <vault>/.obsidian/plugins/weread-highlights.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

const vault = process.argv[2];
if (!vault || !existsSync(vault) || !statSync(vault).isDirectory()) {
	process.stderr.write("usage: npm run install-plugin -- <path to your vault>\n");
	process.exit(2);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as { id: string; version: string };
// The vault's config folder is `.obsidian` unless the user renamed it; this script is a dev tool run by hand.
const configDir = process.env.OBSIDIAN_CONFIG_DIR ?? ".obsidian";
const target = join(vault, configDir, "plugins", manifest.id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(target, file));
process.stdout.write(
	`Installed ${manifest.id} ${manifest.version} into ${target}.\n` +
		"In Obsidian: Settings → Community plugins → reload, then enable WeRead Highlights.\n",
);

import { readFileSync, writeFileSync } from "node:fs";

// `npm version <x>` sets package.json; mirror it into manifest.json and record the app version it needs.
const targetVersion = process.env.npm_package_version;
if (!targetVersion) throw new Error("Run this through `npm version`, which sets npm_package_version.");

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
if (!Object.values(versions).includes(minAppVersion)) versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");

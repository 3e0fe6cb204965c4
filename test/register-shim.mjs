// Answers `import ... from "obsidian"` with the test shim (the real package ships types only).
import { register } from "node:module";

register("./shim-loader.mjs", import.meta.url);

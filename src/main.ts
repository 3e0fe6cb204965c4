import { Plugin } from "obsidian";

// Composition root (design §2): wires the index, views, commands and settings; the modules do the work.
export default class WeReadHighlightsPlugin extends Plugin {
	override onload(): void {
		// Wiring lands with the index and views (issues 3 and 4).
	}
}

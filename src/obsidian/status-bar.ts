import type { Translate } from "../core/i18n";
import type { IndexStatus, IndexSync } from "./index-sync";

/** Shows "Indexing 120 / 786" in a status bar item while the first scan runs; hides it otherwise. */
export function showIndexProgress(el: HTMLElement, sync: IndexSync, t: () => Translate): () => void {
	const render = (status: IndexStatus): void => {
		const active = status.state === "initializing";
		el.toggleClass("wrh-hidden", !active);
		el.setText(active ? t()("indexingProgress", { done: status.done, total: status.total }) : "");
	};
	render(sync.getStatus());
	return sync.onStatus(render);
}

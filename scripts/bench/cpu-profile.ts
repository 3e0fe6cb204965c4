// A CDP sampling profile (Profiler.stop's `profile`) summed up: the top functions by self and by total time, printed.
// Shared by the profile-* diagnosis scripts.
import process from "node:process";

export interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
export interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

export function summarize(name: string, p: Profile): void {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	for (let i = 0; i < p.samples.length; i++) {
		const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
		let id: number | undefined = p.samples[i];
		const seen = new Set<string>();
		let first = true;
		while (id !== undefined) {
			const n = byId.get(id) as ProfileNode;
			const file = n.callFrame.url.slice(n.callFrame.url.lastIndexOf("/") + 1);
			const key = `${n.callFrame.functionName || "(anon)"} ${file}:${n.callFrame.lineNumber + 1}`;
			if (first) self.set(key, (self.get(key) ?? 0) + dt);
			first = false;
			if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + dt);
			seen.add(key);
			id = parent.get(id);
		}
	}
	const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join("\n");
	process.stdout.write(`\n== ${name}: ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms profiled\n-- self\n${top(self)}\n-- total\n${top(total)}\n`);
}

// CPU time the host took from this VM (`steal` in /proc/stat) while the bench ran: on a shared machine it is why two
// runs differ by half, so the record says how much of it there was. Linux only; null elsewhere.
import { readFileSync } from "node:fs";

interface CpuTimes {
	readonly total: number;
	readonly steal: number;
}

export function cpuTimes(): CpuTimes | null {
	try {
		const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
		const ticks = line.trim().split(/\s+/).slice(1).map(Number);
		if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return null;
		return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
	} catch {
		return null;
	}
}

/** Percent of all CPU time between `from` and now that was stolen by the host. */
export function stealPercentSince(from: CpuTimes | null): number | null {
	const now = cpuTimes();
	if (from === null || now === null || now.total <= from.total) return null;
	return (100 * (now.steal - from.steal)) / (now.total - from.total);
}

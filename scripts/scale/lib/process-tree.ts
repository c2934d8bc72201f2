/**
 * Memory and CPU time of a process tree, sampled from /proc (Linux) while it runs. A
 * build is several processes (Astro's Node, esbuild, the search index's Node…): its
 * footprint is the sum of their resident sets, and its CPU time the sum of theirs (with
 * the children they have already reaped, whose time the kernel adds to their parent's).
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`, 100 on Linux). */
const CLOCK_TICKS = 100;

export interface TreeSample {
	/** When, in ms since the epoch. */
	at: number;
	/** Resident set of the whole tree, in bytes. */
	rss: number;
	/** CPU time the tree has used so far (user + system, reaped children included), in ms. */
	cpu: number;
}

export interface TreeUsage {
	/** Highest sum of the tree's resident sets seen. */
	peakTreeRss: number;
	/** Highest resident set of a single process of the tree seen. */
	peakProcessRss: number;
	/** Name of that process (`node`, `esbuild`…). */
	peakProcess: string;
	samples: TreeSample[];
}

/** Samples the tree under `rootPid` every `intervalMs` until `stop()` is called. */
export function sampleTree(rootPid: number, intervalMs = 200): { stop: () => TreeUsage } {
	const usage: TreeUsage = { peakTreeRss: 0, peakProcessRss: 0, peakProcess: '', samples: [] };
	let lastCpu = 0;
	const sample = () => {
		let rss = 0;
		let cpu = 0;
		for (const process of treeProcesses(rootPid)) {
			rss += process.rss;
			cpu += process.cpu;
			if (process.rss > usage.peakProcessRss) {
				usage.peakProcessRss = process.rss;
				usage.peakProcess = process.name;
			}
		}
		usage.peakTreeRss = Math.max(usage.peakTreeRss, rss);
		// A child that ended but is not yet reaped drops out of the sum for a moment.
		lastCpu = Math.max(lastCpu, cpu);
		usage.samples.push({ at: Date.now(), rss, cpu: lastCpu });
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return usage;
		},
	};
}

/** CPU time of the tree between two instants, interpolated between samples. */
export function cpuBetween(samples: readonly TreeSample[], from: number, to: number): number {
	return Math.max(0, cpuAt(samples, to) - cpuAt(samples, from));
}

function cpuAt(samples: readonly TreeSample[], at: number): number {
	if (samples.length === 0) return 0;
	if (at <= samples[0]!.at) return samples[0]!.cpu;
	for (let i = 1; i < samples.length; i++) {
		const [a, b] = [samples[i - 1]!, samples[i]!];
		if (at <= b.at) return a.cpu + ((b.cpu - a.cpu) * (at - a.at)) / Math.max(1, b.at - a.at);
	}
	return samples.at(-1)!.cpu;
}

/** The processes under `rootPid` (itself included): name, resident set, CPU time. */
function treeProcesses(rootPid: number): { pid: number; name: string; rss: number; cpu: number }[] {
	const children = new Map<number, number[]>();
	const info = new Map<number, { name: string; rss: number; cpu: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const pid = Number(entry);
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			// The name is in parentheses and may hold spaces: fields 3… follow the last ')'.
			const close = stat.lastIndexOf(')');
			const name = stat.slice(stat.indexOf('(') + 1, close);
			const field = stat.slice(close + 2).split(' ');
			const at = (n: number) => Number(field[n - 3]);
			const ppid = at(4);
			// utime, stime, cutime, cstime (fields 14–17), rss in pages (field 24).
			const ticks = at(14) + at(15) + at(16) + at(17);
			info.set(pid, { name, rss: at(24) * PAGE_SIZE, cpu: (ticks * 1000) / CLOCK_TICKS });
			const siblings = children.get(ppid) ?? [];
			siblings.push(pid);
			children.set(ppid, siblings);
		} catch {
			// The process ended between listing and reading.
		}
	}
	const found: { pid: number; name: string; rss: number; cpu: number }[] = [];
	const stack = [rootPid];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		const process = info.get(pid);
		if (process) found.push({ pid, ...process });
		stack.push(...(children.get(pid) ?? []));
	}
	return found;
}

/**
 * Writes down the performance marks and measures of a Node process, for the scale
 * benchmark: loaded into each process of a build with `node --import`, it appends one
 * JSON line per entry to the file `PERFORMANCE_FILE` names (nothing when it is unset):
 *
 *     {"name":"align:pair","type":"measure","start":1763721600123.4,"duration":12.5,"detail":{…},"pid":4242}
 *
 * `start` is in milliseconds since the epoch, so the entries of several processes line
 * up with each other and with the benchmark's own clock. Lines are appended, never
 * rewritten: every process of a build writes to the same file. The site marks its stages
 * with the platform's `performance.measure` and knows nothing of this file.
 *
 * The garbage collector's pauses of the main thread are written too, as measures named
 * by their kind (`gc:minor`, `gc:major`, `gc:incremental`, `gc:weakcb`): how much of a
 * stage's time is the collector's, which the pages' render times in Astro's log cannot
 * tell apart from their own work.
 */
import { appendFileSync } from 'node:fs';
import { constants, performance, PerformanceObserver, type PerformanceEntry, type PerformanceMeasure } from 'node:perf_hooks';

/** The environment variable naming the file. */
export const PERFORMANCE_FILE = 'PERFORMANCE_FILE';

/** One line of the file. */
export interface RecordedEntry {
	name: string;
	type: 'mark' | 'measure';
	/** Milliseconds since the epoch. */
	start: number;
	duration: number;
	detail?: unknown;
	pid: number;
}

/** The kinds of garbage collection `node:perf_hooks` reports, by the names measures get. */
const GC_KINDS = new Map<number, string>([
	[constants.NODE_PERFORMANCE_GC_MINOR, 'gc:minor'],
	[constants.NODE_PERFORMANCE_GC_MAJOR, 'gc:major'],
	[constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'gc:incremental'],
	[constants.NODE_PERFORMANCE_GC_WEAKCB, 'gc:weakcb'],
]);

/** A pause's name: its kind (`gc:major`). */
function gcName(entry: PerformanceEntry): string {
	const { kind } = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail ?? {};
	return (kind !== undefined && GC_KINDS.get(kind)) || 'gc:other';
}

const file = process.env[PERFORMANCE_FILE];
if (file) {
	const write = (entries: readonly PerformanceEntry[]) => {
		if (entries.length === 0) return;
		const lines = entries.map((entry) => {
			const gc = entry.entryType === 'gc';
			const { detail } = entry as PerformanceMeasure;
			const line: RecordedEntry = {
				name: gc ? gcName(entry) : entry.name,
				type: gc ? 'measure' : (entry.entryType as RecordedEntry['type']),
				start: performance.timeOrigin + entry.startTime,
				duration: entry.duration,
				...(detail == null || gc ? {} : { detail }),
				pid: process.pid,
			};
			return `${JSON.stringify(line)}\n`;
		});
		appendFileSync(file, lines.join(''));
	};
	const observer = new PerformanceObserver((list) => write(list.getEntries()));
	observer.observe({ entryTypes: ['mark', 'measure', 'gc'] });
	// Entries are delivered a moment after they are made: those of a process that exits
	// before then are taken here.
	process.once('exit', () => write(observer.takeRecords()));
}

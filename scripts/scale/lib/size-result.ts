/**
 * The scale benchmark's record of one corpus size: its build's stages (wall clock and
 * CPU), memory, output, page weights and first search, folded from the measurements.
 */
import type { FirstSearch } from '../../lib/bench/first-search.ts';
import type { PageWeight } from '../../lib/bench/page-weight.ts';
import type { SiteCompleteness } from './site-completeness.ts';
import type { DistStats } from './dist-stats.ts';
import { cpuBetween } from './process-tree.ts';
import type { BuildRun } from './run-build.ts';

/** The build's stages, in the order they run. */
export const STAGES = [
	{ key: 'content', label: 'Content loading and segmentation', short: 'content' },
	{ key: 'bundle', label: 'Vite bundling (server and client)', short: 'bundling' },
	{ key: 'align', label: 'Alignment', short: 'alignment' },
	{ key: 'pages', label: 'Astro pages (rendering)', short: 'pages' },
	{ key: 'search', label: 'Search index (own process: corpus, index files)', short: 'search index' },
	{ key: 'other', label: 'Other (startup, config, sitemap, exit)', short: 'other' },
] as const;
export type StageKey = (typeof STAGES)[number]['key'];

/** A page's weight as the results keep it: its requests counted, not listed. */
export type KeptWeight = Omit<PageWeight, 'requests'> & { requests: number };

export interface SizeResult {
	texts: number;
	reviews: number;
	pairs: number;
	sentences: number;
	corpusBytes: number;
	/** Size of Astro's content data store (`data-store.json`), which the server bundle inlines. */
	dataStoreBytes: number | null;
	exitCode: number;
	wallMs: number;
	/** CPU time of the build's processes (user + system). */
	cpuMs: number;
	/** Wall-clock milliseconds per stage; they add up to `wallMs`. */
	stages: Record<StageKey, number>;
	/** CPU milliseconds per stage (every process of the build); they add up to `cpuMs`. */
	cpu: Record<StageKey, number>;
	/** The finer timings the stages are made of, by measure or Astro timer. */
	detail: Record<string, number>;
	/** Render time by kind of page, from Astro's log. */
	routes: Record<string, { pages: number; ms: number }>;
	memory: {
		peakTreeRss: number;
		peakProcessRss: number;
		peakProcess: string;
		maxRssTime: number | null;
		/** Every few seconds: ms since the build began, resident set and CPU time so far of the tree. */
		samples: { at: number; rss: number; cpu: number }[];
	};
	dist: DistStats;
	/** Whether every page and data file was written and every text indexed (absent in older results). */
	complete?: SiteCompleteness | null;
	weights: Record<string, KeptWeight | null>;
	firstSearch: FirstSearch | null;
}

/** The kind of page a path is, for the render-time breakdown. */
function routeKind(path: string): string {
	if (path === '/index.html') return 'home';
	if (path === '/404.html') return '404';
	if (/^\/texts\/[^/]+\/source\/index\.html$/.test(path)) return 'text source view';
	if (/^\/texts\/[^/]+\/with\/[^/]+\/index\.html$/.test(path)) return 'text beside another';
	if (/^\/texts\/[^/]+\/index\.html$/.test(path)) return 'text reading view';
	if (/^\/texts\/[^/]+\.txt$/.test(path)) return 'text file';
	if (/^\/compare\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'compare pair';
	if (/^\/compare\/[^/]+\/index\.html$/.test(path)) return 'compare review';
	if (/^\/data\/alignments\/.+\.json$/.test(path)) return 'alignment JSON';
	if (/^\/data\/alignments\/.+\.tmx$/.test(path)) return 'alignment TMX';
	if (/^\/data\/texts\//.test(path)) return 'text JSON';
	if (path.startsWith('/data/')) return 'corpus and people JSON';
	if (path === '/people/index.html') return 'names index';
	if (path.startsWith('/people/')) return 'person';
	if (path.startsWith('/search/')) return 'search page';
	return 'other';
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Folds a build's measurements into its stages. */
export function summarize(
	run: BuildRun,
	corpus: { texts: number; reviews: number; bytes: number; dataStoreBytes: number | null },
	dist: DistStats,
	complete: SiteCompleteness | null,
	weights: SizeResult['weights'],
	firstSearch: FirstSearch | null,
): SizeResult {
	const { measures, marks } = run;
	const measured = (name: string) => measures[name]?.ms ?? 0;
	const timer = (name: string) => run.astroTimer[name]?.elapsedTime ?? 0;
	// Aligning is synchronous work on one thread: its wall time is its CPU time.
	const align = measured('align:pair');
	const staticGenerate = timer('Static generate');
	const window = (from: number | undefined, to: number | undefined) =>
		from !== undefined && to !== undefined && to >= from ? { from, to, ms: to - from } : null;
	// Stage windows between the build-phase marks (scripts/scale/lib/mark-build-phases.ts).
	const windows = {
		content: window(marks['astro:config:done'], marks['astro:build:start']),
		bundle: window(marks['astro:build:start'], marks['vite:bundle-closed']),
		generate: window(marks['vite:bundle-closed'], marks['astro:build:generated']),
		search: window(measures['search:corpus']?.start, measures['search:write']?.end),
	};
	const stages: Record<StageKey, number> = {
		content: windows.content?.ms ?? timer('Sync content layer'),
		bundle: windows.bundle?.ms ?? timer('Prerender build') + timer('Client build'),
		align,
		pages: Math.max(0, (windows.generate?.ms ?? staticGenerate) - align),
		search: windows.search?.ms ?? measured('search:corpus') + measured('search:build') + measured('search:write'),
		other: 0,
	};
	stages.other = Math.max(0, run.wallMs - sum(Object.values(stages)));
	const samples = run.usage.samples;
	const cpuOf = (w: { from: number; to: number } | null) => (w ? cpuBetween(samples, w.from, w.to) : 0);
	// The sampler also sees processes no one reaps, whose time never reaches GNU time's
	// count: the larger of the two is the truer.
	const totalCpu = Math.max(run.cpuMs ?? 0, samples.at(-1)?.cpu ?? 0);
	const cpu: Record<StageKey, number> = {
		content: cpuOf(windows.content),
		bundle: cpuOf(windows.bundle),
		align,
		pages: Math.max(0, cpuOf(windows.generate) - align),
		search: cpuOf(windows.search),
		other: 0,
	};
	cpu.other = Math.max(0, totalCpu - sum(Object.values(cpu)));
	const routes: SizeResult['routes'] = {};
	for (const page of run.pages) {
		const entry = (routes[routeKind(page.path)] ??= { pages: 0, ms: 0 });
		entry.pages += 1;
		entry.ms += page.ms;
	}
	const pageMs = sum(run.pages.map((page) => page.ms));
	// Keep the memory and CPU curves readable in results.json: at most ~300 points.
	const step = Math.max(1, Math.ceil(samples.length / 300));
	const records = (measures['search:build']?.detail as { records?: number } | undefined)?.records;
	return {
		texts: corpus.texts,
		reviews: corpus.reviews,
		pairs: measures['align:pair']?.count ?? 0,
		sentences: records ?? 0,
		corpusBytes: corpus.bytes,
		dataStoreBytes: corpus.dataStoreBytes,
		exitCode: run.exitCode,
		wallMs: run.wallMs,
		cpuMs: totalCpu,
		stages,
		cpu,
		detail: {
			corpusLoad: measured('corpus:load'),
			corpusStore: measured('corpus:store'),
			prerenderBuild: timer('Prerender build'),
			clientBuild: timer('Client build'),
			// Static generate minus the pages' own render times and alignment: getStaticPaths and the rest.
			outsidePages: Math.max(0, staticGenerate - pageMs - align),
			searchCorpus: measured('search:corpus'),
			searchBuild: measured('search:build'),
			searchWrite: measured('search:write'),
			// The garbage collector's pauses of the main threads (scripts/lib/bench/record-performance.ts).
			gcMinor: measured('gc:minor'),
			gcMajor: measured('gc:major') + measured('gc:incremental'),
		},
		routes,
		memory: {
			peakTreeRss: run.usage.peakTreeRss,
			peakProcessRss: run.usage.peakProcessRss,
			peakProcess: run.usage.peakProcess,
			maxRssTime: run.maxRssTime,
			samples: samples
				.filter((_, i) => i % step === 0)
				.map((sample) => ({ at: sample.at - run.startedAt, rss: sample.rss, cpu: sample.cpu })),
		},
		dist,
		complete,
		weights,
		firstSearch,
	};
}

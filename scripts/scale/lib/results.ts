/**
 * The scale benchmark's results: one record per corpus size (stages, memory, output,
 * page weights, first search), the checks over them, and the Markdown report.
 */
import type { DistStats, PageWeight } from './dist-stats.ts';
import type { EngineSearch, FirstSearch } from './first-search.ts';
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
	/** The finer timings the stages are made of. */
	detail: {
		contentRead: number;
		contentStore: number;
		prerenderBuild: number;
		clientBuild: number;
		staticGenerate: number;
		/** Static generate minus the pages' own render times: getStaticPaths and the rest. */
		staticPaths: number;
		searchCorpus: number;
		searchRecords: number;
		searchIndex: number;
	};
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
	weights: Record<string, PageWeight | null>;
	firstSearch: FirstSearch | null;
	/** The same search by the engine alone, without the search page. */
	engineSearch: EngineSearch | null;
}

/** The kind of page a path is, for the render-time breakdown. */
export function routeKind(path: string): string {
	if (path === '/index.html') return 'home';
	if (path === '/404.html') return '404';
	if (/^\/texts\/[^/]+\/source\/index\.html$/.test(path)) return 'text source view';
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
	corpus: { texts: number; reviews: number; pairs: number; sentences: number; bytes: number; dataStoreBytes: number | null },
	dist: DistStats,
	weights: SizeResult['weights'],
	firstSearch: FirstSearch | null,
	engineSearch: EngineSearch | null = null,
): SizeResult {
	const entries = (name: string) => run.stages.filter((entry) => entry.stage === name);
	const stage = (name: string) => sum(entries(name).map((entry) => entry.ms));
	const timer = (name: string) => run.astroTimer[name]?.elapsedTime ?? 0;
	const align = stage('align');
	const alignCpu = sum(entries('align').map((entry) => Number(entry['cpuMs'] ?? entry.ms)));
	const staticGenerate = timer('Static generate');
	const pageMs = sum(run.pages.map((page) => page.ms));
	// Stage windows from the build-phase marks (see src/integrations/build-timings.ts).
	const marks = run.marks;
	const records = entries('search:records')[0];
	const index = entries('search:index')[0];
	const window = (from: number | undefined, to: number | undefined) =>
		from !== undefined && to !== undefined && to >= from ? { from, to, ms: to - from } : null;
	const windows = {
		content: window(marks['astro:config:done'], marks['astro:build:start']),
		bundle: window(marks['astro:build:start'], marks['vite:bundle-closed']),
		generate: window(marks['vite:bundle-closed'], marks['astro:build:generated']),
		search: window(marks['search-index:start'] ?? (records ? records.at - records.ms : undefined), index?.at),
	};
	const stages: Record<StageKey, number> = {
		content: windows.content?.ms ?? timer('Sync content layer'),
		bundle: windows.bundle?.ms ?? timer('Prerender build') + timer('Client build'),
		align,
		pages: Math.max(0, (windows.generate?.ms ?? staticGenerate) - align),
		search: windows.search?.ms ?? stage('search:records') + stage('search:index'),
		other: 0,
	};
	stages.other = Math.max(0, run.wallMs - sum(Object.values(stages)));
	const samples = run.usage.samples;
	const cpuOf = (w: { from: number; to: number } | null) => (w ? cpuBetween(samples, w.from, w.to) : 0);
	// The sampler also sees processes no one reaps (Pagefind's binary after `close()`),
	// whose time never reaches GNU time's count: the larger of the two is the truer.
	const totalCpu = Math.max(run.cpuMs ?? 0, samples.at(-1)?.cpu ?? 0);
	const cpu: Record<StageKey, number> = {
		content: cpuOf(windows.content),
		bundle: cpuOf(windows.bundle),
		align: alignCpu,
		pages: Math.max(0, cpuOf(windows.generate) - alignCpu),
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
	// Keep the memory and CPU curves readable in results.json: at most ~300 points.
	const step = Math.max(1, Math.ceil(samples.length / 300));
	return {
		texts: corpus.texts,
		reviews: corpus.reviews,
		pairs: corpus.pairs,
		sentences: corpus.sentences,
		corpusBytes: corpus.bytes,
		dataStoreBytes: corpus.dataStoreBytes,
		exitCode: run.exitCode,
		wallMs: run.wallMs,
		cpuMs: totalCpu,
		stages,
		cpu,
		detail: {
			contentRead: stage('content:read'),
			contentStore: stage('content:store'),
			prerenderBuild: timer('Prerender build'),
			clientBuild: timer('Client build'),
			staticGenerate,
			staticPaths: Math.max(0, staticGenerate - pageMs),
			searchCorpus: stage('search:corpus'),
			searchRecords: stage('search:records'),
			searchIndex: stage('search:index'),
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
		weights,
		firstSearch,
		engineSearch,
	};
}

export interface Check {
	name: string;
	passed: boolean;
	detail: string;
}

const GB = 1024 ** 3;
/** Per-text build time may grow this much from the second-largest size to the largest. */
export const PER_TEXT_LIMIT = 1.5;
export const MEMORY_LIMIT = 4 * GB;
/**
 * A stage is super-linear when its time grows like n^k with k above this, between the
 * two largest sizes (linear is 1, quadratic 2). Stages under `MIN_STAGE_MS` at the
 * largest size are too small to judge (fixed costs and noise dominate them).
 */
export const EXPONENT_LIMIT = 1.3;
export const MIN_STAGE_MS = 2000;

/** Growth exponent of `b` over `a` between sizes `na` and `nb`: log(b/a) / log(nb/na). */
export function growthExponent(a: number, b: number, na: number, nb: number): number {
	if (a <= 0 || b <= 0) return Number.NaN;
	return Math.log(b / a) / Math.log(nb / na);
}

/**
 * The checks: per-text build time (wall clock, and CPU) flat between the two largest
 * sizes, no stage's CPU time growing faster than n^1.3 there, and peak memory under
 * 4 GB at the largest. Stages are judged on CPU time: on a shared machine wall time
 * also measures everyone else's load.
 */
export function runChecks(results: readonly SizeResult[]): Check[] {
	const checks: Check[] = [];
	const sorted = [...results].sort((a, b) => a.texts - b.texts);
	const failed = sorted.filter((result) => result.exitCode !== 0);
	checks.push({
		name: 'every build succeeded',
		passed: failed.length === 0,
		detail: failed.length === 0 ? `${sorted.length} builds` : `failed at ${failed.map((result) => result.texts).join(', ')} texts`,
	});
	const largest = sorted.at(-1);
	const previous = sorted.at(-2);
	if (largest && previous) {
		const span = `${fmtCount(previous.texts)} → ${fmtCount(largest.texts)} texts`;
		for (const [what, of] of [
			['build time', (result: SizeResult) => result.wallMs],
			['CPU time', (result: SizeResult) => result.cpuMs],
		] as const) {
			const perText = (result: SizeResult) => of(result) / result.texts;
			const ratio = perText(largest) / perText(previous);
			checks.push({
				name: `per-text ${what} flat (${span}, within ${PER_TEXT_LIMIT}×)`,
				passed: ratio <= PER_TEXT_LIMIT,
				detail: `${perText(previous).toFixed(1)} → ${perText(largest).toFixed(1)} ms per text (${ratio.toFixed(2)}×)`,
			});
		}
		for (const { key, label } of STAGES) {
			const k = growthExponent(previous.cpu[key], largest.cpu[key], previous.texts, largest.texts);
			const kWall = growthExponent(previous.stages[key], largest.stages[key], previous.texts, largest.texts);
			const judged = largest.cpu[key] >= MIN_STAGE_MS;
			checks.push({
				name: `${label}: not super-linear (CPU ∝ n^k, k ≤ ${EXPONENT_LIMIT})`,
				passed: !judged || !(k > EXPONENT_LIMIT),
				detail: `CPU ${fmtSeconds(previous.cpu[key])} → ${fmtSeconds(largest.cpu[key])}, k = ${fmtK(k)} (wall k = ${fmtK(kWall)})${judged ? '' : `; under ${MIN_STAGE_MS / 1000} s, not judged`}`,
			});
		}
	}
	if (largest) {
		checks.push({
			name: `peak memory under ${MEMORY_LIMIT / GB} GB at ${fmtCount(largest.texts)} texts`,
			passed: largest.memory.peakTreeRss < MEMORY_LIMIT,
			detail: `${fmtBytes(largest.memory.peakTreeRss)} (whole process tree; largest process ${fmtBytes(largest.memory.peakProcessRss)}, ${largest.memory.peakProcess})`,
		});
	}
	return checks;
}

const fmtK = (k: number) => (Number.isNaN(k) ? 'n/a' : k.toFixed(2));

export const fmtCount = (n: number) => n.toLocaleString('en');
export const fmtSeconds = (ms: number) =>
	ms >= 100_000 ? `${Math.round(ms / 1000)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
export function fmtBytes(bytes: number): string {
	if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The Markdown report: one column per size. */
export function toMarkdown(
	results: readonly SizeResult[],
	checks: readonly Check[],
	meta: { date: string; machine: string; seed: number },
): string {
	const sorted = [...results].sort((a, b) => a.texts - b.texts);
	const [previous, largest] = [sorted.at(-2), sorted.at(-1)];
	const growth = previous && largest ? `k (${fmtCount(previous.texts)} → ${fmtCount(largest.texts)})` : '';
	const head = (withGrowth = false) =>
		[
			`| | ${sorted.map((result) => `${fmtCount(result.texts)} texts`).join(' | ')} |${withGrowth && growth ? ` ${growth} |` : ''}`,
			`|---|${sorted.map(() => '---:').join('|')}|${withGrowth && growth ? '---:|' : ''}`,
		].join('\n');
	// k is left out ('–') where the larger value is under `kMin`: fixed costs and noise rule there.
	const row = (label: string, cell: (result: SizeResult) => string, value?: (result: SizeResult) => number, kMin = 0) => {
		let k = '';
		if (value && previous && largest) {
			k = value(largest) < kMin ? ' – |' : ` ${fmtK(growthExponent(value(previous), value(largest), previous.texts, largest.texts))} |`;
		}
		return `| ${label} | ${sorted.map(cell).join(' | ')} |${k}`;
	};
	const time = (label: string, of: (result: SizeResult) => number) => row(label, (r) => fmtSeconds(of(r)), of, 1000);
	const weight = (key: string) => (result: SizeResult) => {
		const page = result.weights[key];
		return page ? fmtBytes(page.totalGzip) : '–';
	};
	const lines = [
		'# Scale benchmark',
		'',
		`Generated by \`npm run bench:scale\` (scripts/scale/run-scale.ts) on ${meta.date}: ${meta.machine}.`,
		`Corpora from \`scripts/scale/generate-corpus.ts\` (seed ${meta.seed}). One build per size (\`astro build\`, then the search index) with a fresh content`,
		'cache. Wall-clock stages add up to the build time; CPU stages add up to the CPU time of every process of the build.',
		'k is the growth exponent between the two largest sizes (time ∝ n^k: 1 is linear, 2 quadratic).',
		'How it is measured: [README.md](README.md); what the figures mean for larger corpora: the project README, "Scale".',
		'',
		'## Build time per stage (wall clock)',
		'',
		head(true),
		...STAGES.map(({ key, label }) => time(label, (r) => r.stages[key])),
		row(
			'**build time**',
			(r) => `**${fmtSeconds(r.wallMs)}**`,
			(r) => r.wallMs,
		),
		row('build time per text', (r) => `${(r.wallMs / r.texts).toFixed(1)} ms`),
		'',
		'## CPU time per stage (all processes)',
		'',
		head(true),
		...STAGES.map(({ key, label }) => time(label, (r) => r.cpu[key])),
		row(
			'**CPU time**',
			(r) => `**${fmtSeconds(r.cpuMs)}**`,
			(r) => r.cpuMs,
		),
		row('CPU time per text', (r) => `${(r.cpuMs / r.texts).toFixed(1)} ms`),
		'',
		'## Corpus, memory and output',
		'',
		head(true),
		row('reviews / pairs aligned', (r) => `${fmtCount(r.reviews)} / ${fmtCount(r.pairs)}`),
		row(
			'sentences (search records)',
			(r) => fmtCount(r.sentences),
			(r) => r.sentences,
		),
		row(
			'corpus size',
			(r) => fmtBytes(r.corpusBytes),
			(r) => r.corpusBytes,
		),
		row(
			'content data store (data-store.json)',
			(r) => (r.dataStoreBytes ? fmtBytes(r.dataStoreBytes) : '–'),
			(r) => r.dataStoreBytes ?? 0,
		),
		row(
			'peak memory (process tree)',
			(r) => fmtBytes(r.memory.peakTreeRss),
			(r) => r.memory.peakTreeRss,
		),
		row('largest process (GNU time max RSS)', (r) => (r.memory.maxRssTime ? fmtBytes(r.memory.maxRssTime) : '–')),
		row(
			'dist/ size',
			(r) => fmtBytes(r.dist.bytes),
			(r) => r.dist.bytes,
		),
		row(
			'dist/ files',
			(r) => fmtCount(r.dist.files),
			(r) => r.dist.files,
		),
		row(
			'dist/ on disk',
			(r) => fmtBytes(r.dist.diskBytes),
			(r) => r.dist.diskBytes,
		),
		row('search index', (r) => {
			const index = r.dist.sections['search-index'];
			return index ? `${fmtBytes(index.bytes)} in ${fmtCount(index.files)} files` : '–';
		}),
		'',
		'## Details of the stages (wall clock)',
		'',
		head(true),
		time('content: read, check and segment', (r) => r.detail.contentRead),
		time('content: fill the data store', (r) => r.detail.contentStore),
		time('bundling: prerender build', (r) => r.detail.prerenderBuild),
		time('bundling: client build', (r) => r.detail.clientBuild),
		time('pages: getStaticPaths and other work outside the pages, without alignment', (r) =>
			Math.max(0, r.detail.staticPaths - r.stages.align),
		),
		time('search index: read the corpus again', (r) => r.detail.searchCorpus),
		time('search index: records', (r) => r.detail.searchRecords),
		time('search index: building and writing the files', (r) => r.detail.searchIndex),
		'',
		"## Render time by page (wall clock, from Astro's log: sum, pages × mean)",
		'',
		head(true),
		...routeKinds(sorted).map((kind) =>
			row(
				kind,
				(r) => {
					const route = r.routes[kind];
					return route ? `${fmtSeconds(route.ms)} (${fmtCount(route.pages)} × ${(route.ms / route.pages).toFixed(1)} ms)` : '–';
				},
				(r) => r.routes[kind]?.ms ?? 0,
				1000,
			),
		),
		'',
		'## What readers download (gzip, HTML + CSS)',
		'',
		head(true),
		row('reading page (/texts/r00001-en/)', weight('reading'), (r) => r.weights['reading']?.totalGzip ?? 0),
		row('home page', weight('home'), (r) => r.weights['home']?.totalGzip ?? 0),
		row('search page', weight('search'), (r) => r.weights['search']?.totalGzip ?? 0),
		row('names index', weight('people'), (r) => r.weights['people']?.totalGzip ?? 0),
		row('largest person page', weight('person'), (r) => r.weights['person']?.totalGzip ?? 0),
		row('largest comparison page', weight('compareReview'), (r) => r.weights['compareReview']?.totalGzip ?? 0),
		'',
		'## First search ("film", fresh Chromium profile)',
		'',
		'The search page as readers use it (until its filter counts are done, or 2 minutes: it counts them with',
		'one search per filter), then the engine alone: the query searched over the served index, the first 10',
		"results' review files read. Bytes are those fetched by then.",
		'',
		head(true),
		row(
			'search page: index bytes (gzipped)',
			(r) => (r.firstSearch ? `${fmtBytes(r.firstSearch.indexGzipBytes)} (${r.firstSearch.indexRequests} requests)` : '–'),
			(r) => r.firstSearch?.indexGzipBytes ?? 0,
		),
		row(
			'search page: index bytes as stored',
			(r) => (r.firstSearch ? fmtBytes(r.firstSearch.indexBytes) : '–'),
			(r) => r.firstSearch?.indexBytes ?? 0,
		),
		...['manifest', 'shard', 'review'].map((kind) =>
			row(
				`… ${kind}`,
				(r) => (r.firstSearch ? fmtBytes(r.firstSearch.byKind[kind] ?? 0) : '–'),
				(r) => r.firstSearch?.byKind[kind] ?? 0,
			),
		),
		row('search page: time to the first result', (r) =>
			r.firstSearch ? (r.firstSearch.firstResultMs == null ? 'none in 2 min' : fmtSeconds(r.firstSearch.firstResultMs)) : '–',
		),
		row('search page: time to the filter counts', (r) =>
			r.firstSearch
				? r.firstSearch.ms === null
					? 'not done in 2 min'
					: `${fmtSeconds(r.firstSearch.ms)} (${fmtCount(r.firstSearch.results ?? 0)} results)`
				: '–',
		),
		row(
			'engine alone: bytes (gzipped)',
			(r) => (r.engineSearch ? `${fmtBytes(r.engineSearch.indexGzipBytes)} (${r.engineSearch.indexRequests} requests)` : '–'),
			(r) => r.engineSearch?.indexGzipBytes ?? 0,
		),
		row('engine alone: time to 10 results', (r) =>
			r.engineSearch ? `${fmtSeconds(r.engineSearch.ms)} (${fmtCount(r.engineSearch.results)} results)` : '–',
		),
		'',
		'## Checks',
		'',
		'| check | result | measured |',
		'|---|---|---|',
		...checks.map((check) => `| ${check.name} | ${check.passed ? 'pass' : '**FAIL**'} | ${check.detail} |`),
		'',
		'![Build time per stage and peak memory against corpus size](chart.svg)',
		'',
	];
	return lines.join('\n');
}

function routeKinds(results: readonly SizeResult[]): string[] {
	const largest = results.at(-1);
	const kinds = new Set(results.flatMap((result) => Object.keys(result.routes)));
	return [...kinds].sort((a, b) => (largest?.routes[b]?.ms ?? 0) - (largest?.routes[a]?.ms ?? 0));
}

/**
 * Generates a corpus of any size from the real one, for scale benchmarks:
 *
 *     node scripts/scale/generate-corpus.ts --texts 1000 [--out DIR] [--seed 1]
 *
 * Writes DIR (default `bench/scale/corpora/<texts>/`, git-ignored) as a corpus folder
 * like `content/`: the text files, a `corpus.yaml` and the real `people.yaml`. Reviews
 * come in the real corpus's two shapes, alternating at random: an original with a
 * machine rewrite and a Spanish translation (like review A), or an original with a
 * translation (like review B). Each is cut from the seeds' parallel units (see
 * `lib/seed-units.ts`), shuffled across both seed reviews and varied (`lib/vary.ts`).
 *
 * Deterministic: the same seed gives the same bytes, and review i is the same in every
 * size (its random stream, scripts/lib/seeded-random.ts, depends on the seed and i only),
 * so a smaller corpus is a prefix of a larger one but for its last two reviews (whose
 * shapes are chosen to meet the size exactly).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { PEOPLE_FILE, readPeople } from '../../src/corpus/read-people.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import { makeReview } from './lib/make-review.ts';
import { randomStreams } from '../lib/seeded-random.ts';
import { readSeedUnits } from './lib/seed-units.ts';
import { zipfSampler } from './lib/zipf.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Size of the invented lexicon that replaces proper names (see `lib/vary.ts`). */
const LEXICON_SIZE = 50_000;

export interface GenerateOptions {
	texts: number;
	outDir: string;
	seed?: number;
	/** The seed corpus and its gold alignments. */
	contentDir?: string;
	goldDir?: string;
}

/** What the generator wrote, next to the corpus: size and seed, for reuse. */
const GENERATED_FILE = 'generated.json';

export interface GeneratedCorpus {
	dir: string;
	seed: number;
	texts: number;
	reviews: number;
	bytes: number;
}

/** Writes a corpus of exactly `texts` texts to `outDir`, replacing what was there. */
export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
	const { texts: total, outDir, seed = 1 } = options;
	if (!Number.isInteger(total) || total < 2) throw new Error(`--texts must be an integer ≥ 2, got ${total}`);
	const contentDir = options.contentDir ?? join(ROOT, 'content');
	const goldDir = options.goldDir ?? join(ROOT, 'tests', 'fixtures', 'alignments');
	const units = await readSeedUnits(contentDir, goldDir);
	const people = (await readPeople(join(contentDir, PEOPLE_FILE), PEOPLE_FILE)) ?? [];
	const matcher = createMentionMatcher(people);
	const lexicon = zipfSampler(LEXICON_SIZE);

	await rm(outDir, { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });

	const reviews: { id: string; title: string; notes: string }[] = [];
	const texts: Record<string, string>[] = [];
	let bytes = 0;
	let fileNumber = 0;
	const writeText = async (content: string) => {
		const name = `${String(fileNumber++).padStart(5, '0')}_${createHash('sha256').update(content).digest('hex').slice(0, 16)}.txt`;
		await writeFile(join(outDir, name), content);
		bytes += Buffer.byteLength(content);
		return name;
	};

	const reviewRandom = randomStreams(seed);
	for (let r = 0; texts.length < total; r++) {
		const random = reviewRandom();
		const left = total - texts.length;
		// Reviews of three texts (with a rewrite) and of two, so that any total ≥ 2 is met exactly.
		const withRewrite = left === 3 || (left !== 2 && left !== 4 && random.chance(0.5));
		const review = makeReview(random, { units, matcher, lexicon, withRewrite });
		const number = String(r + 1).padStart(5, '0');
		const id = `r${number}`;
		reviews.push({ id, title: `Review ${number}`, notes: `Generated from the seed sentences ${review.origins.join(', ')}.` });
		texts.push({
			id: `${id}-en`,
			title: `Review ${number}, English original`,
			lang: 'en',
			kind: 'original',
			review: id,
			source: await writeText(review.original),
		});
		if (review.rewrite !== null) {
			texts.push({
				id: `${id}-en-rewrite`,
				title: `Review ${number}, machine rewrite`,
				lang: 'en',
				kind: 'rewrite',
				review: id,
				derivedFrom: `${id}-en`,
				source: await writeText(review.rewrite),
			});
		}
		texts.push({
			id: `${id}-es`,
			title: `Review ${number}, Spanish translation`,
			lang: 'es',
			kind: 'translation',
			review: id,
			derivedFrom: `${id}-en`,
			source: await writeText(review.translation),
		});
	}

	const manifest = {
		title: `Generated corpus of ${total.toLocaleString('en')} texts`,
		description: `A generated corpus for scale benchmarks: ${reviews.length.toLocaleString('en')} reviews, each an English original with a Spanish translation and sometimes a machine rewrite.`,
		provenance: `Generated by \`scripts/scale/generate-corpus.ts\` (seed ${seed}) from the sentences of the real corpus in \`content/\`, shuffled across reviews, with names, numbers and some words varied. Not real reviews.`,
		reviews,
		texts,
	};
	await writeFile(
		join(outDir, 'corpus.yaml'),
		`# Generated by scripts/scale/generate-corpus.ts --texts ${total} --seed ${seed}; do not edit.\n${stringify(manifest, { lineWidth: 0 })}`,
	);
	await copyFile(join(contentDir, PEOPLE_FILE), join(outDir, PEOPLE_FILE));
	const generated: GeneratedCorpus = { dir: outDir, seed, texts: texts.length, reviews: reviews.length, bytes };
	await writeFile(join(outDir, GENERATED_FILE), `${JSON.stringify({ ...generated, dir: undefined }, null, 2)}\n`);
	return generated;
}

/**
 * The corpus already in `dir`, if `generateCorpus` wrote it with this size and seed
 * (from its `generated.json`), so a benchmark run can reuse it.
 */
export async function readGenerated(dir: string, texts: number, seed: number): Promise<GeneratedCorpus | null> {
	try {
		const generated = JSON.parse(await readFile(join(dir, GENERATED_FILE), 'utf8')) as Omit<GeneratedCorpus, 'dir'>;
		const files = (await readdir(dir)).filter((name) => name.endsWith('.txt'));
		if (generated.texts !== texts || generated.seed !== seed || files.length !== texts) return null;
		return { ...generated, dir };
	} catch {
		return null;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			texts: { type: 'string', default: '100' },
			out: { type: 'string' },
			seed: { type: 'string', default: '1' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log('Usage: node scripts/scale/generate-corpus.ts --texts N [--out DIR] [--seed S]');
		process.exit(0);
	}
	const texts = Number(values.texts);
	const outDir = resolve(values.out ?? join(ROOT, 'bench', 'scale', 'corpora', String(texts)));
	const started = performance.now();
	const corpus = await generateCorpus({ texts, outDir, seed: Number(values.seed) });
	console.log(
		`${corpus.texts} texts in ${corpus.reviews} reviews (${(corpus.bytes / 1e6).toFixed(1)} MB) written to ${corpus.dir} in ${Math.round(performance.now() - started)} ms`,
	);
}

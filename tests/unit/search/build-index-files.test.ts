import { describe, expect, it } from 'vitest';
import { buildIndexFiles, MAX_WORD_LENGTH, type SearchSource } from '../../../src/search/build-index-files.ts';
import { decodePostings, encodePostings, shardOf, shardsUnder } from '../../../src/search/index-format.ts';

const text = (id: string, lang: string, review: string, reading: string[]) => ({
	id,
	title: id,
	lang,
	kind: 'original' as const,
	variant: id,
	review,
	url: `/texts/${id}/`,
	sentenceIds: reading.map((_, i) => `s${i + 1}`),
	reading,
});
const source: SearchSource = {
	reviews: [{ id: 'a', title: 'Review A' }],
	texts: [text('a-en', 'en', 'a', ['The cranes, the cranes.', 'Dreams']), text('a-es', 'es', 'a', ['Las grúas.', 'Sueños', 'Más'])],
	alignments: [
		{
			source: 'a-en',
			target: 'a-es',
			links: [
				{ source: ['s1'], target: ['s1'] },
				{ source: ['s2'], target: ['s2', 's3'] },
			],
		},
	],
};

describe('buildIndexFiles', () => {
	it('numbers sentences as records across texts, and indexes each word at its positions', () => {
		const files = buildIndexFiles(source);
		expect(files.manifest.texts.map(({ id, first, sentences, review }) => ({ id, first, sentences, review }))).toEqual([
			{ id: 'a-en', first: 0, sentences: 2, review: 0 },
			{ id: 'a-es', first: 2, sentences: 3, review: 0 },
		]);
		const english = [...files.shards].filter(([path]) => path.startsWith('en/')).flatMap(([, shard]) => shard.words);
		const cranes = english.find(([surface]) => surface === 'cranes')!;
		expect(decodePostings(cranes[1])).toEqual([{ record: 0, positions: [1, 3] }]);
		const spanish = [...files.shards].filter(([path]) => path.startsWith('es/')).flatMap(([, shard]) => shard.words);
		expect(spanish.map(([surface]) => surface).sort()).toEqual(['grúas', 'las', 'más', 'sueños']);
	});

	it('puts every form of a word in the shard of its folded stem', () => {
		const files = buildIndexFiles(source);
		const prefixes = files.manifest.shards['en']!;
		const shard = files.shards.get(`en/${shardOf(prefixes, 'crane')}.json`)!;
		expect(shard.words.map(([surface]) => surface)).toContain('cranes');
	});

	it('splits a large shard by the next letter, and finds words under any prefix', () => {
		const many = Array.from({ length: 400 }, (_, i) => `ca${String.fromCharCode(97 + (i % 26))}${i}word`);
		const files = buildIndexFiles({ ...source, texts: [text('a-en', 'en', 'a', [many.join(' ')])], alignments: [] }, 2_000);
		const prefixes = files.manifest.shards['en']!;
		expect(prefixes.length).toBeGreaterThan(3);
		expect(prefixes.every((prefix) => prefix.startsWith('c'))).toBe(true);
		const found = shardsUnder(prefixes, 'cab').flatMap((n) => files.shards.get(`en/${n}.json`)!.words.map(([surface]) => surface));
		expect(found).toEqual(expect.arrayContaining(many.filter((word) => word.startsWith('cab'))));
	});

	it('leaves out words no reader types', () => {
		const long = 'x'.repeat(MAX_WORD_LENGTH + 1);
		const files = buildIndexFiles({ ...source, texts: [text('a-en', 'en', 'a', [`short ${long}`])], alignments: [] });
		const words = [...files.shards.values()].flatMap((shard) => shard.words.map(([surface]) => surface));
		expect(words).toEqual(['short']);
	});

	it('writes each review with its texts as shown and its alignments by sentence index', () => {
		const review = buildIndexFiles(source).reviews.get('a')!;
		expect(review.texts.map((entry) => entry.reading)).toEqual([source.texts[0]!.reading, source.texts[1]!.reading]);
		expect(review.pairs).toEqual([
			{
				source: 0,
				target: 1,
				links: [
					[[0], [0]],
					[[1], [1, 2]],
				],
			},
		]);
	});

	it('refuses alignments that name an unknown text or sentence', () => {
		expect(() => buildIndexFiles({ ...source, alignments: [{ source: 'a-en', target: 'zz', links: [] }] })).toThrow(/unknown text “zz”/);
		expect(() =>
			buildIndexFiles({ ...source, alignments: [{ source: 'a-en', target: 'a-es', links: [{ source: ['s9'], target: [] }] }] }),
		).toThrow(/unknown sentence “s9” of a-en/);
	});
});

describe('postings', () => {
	it('round-trip through their flat form', () => {
		const occurrences = [
			{ record: 3, positions: [0, 4] },
			{ record: 10, positions: [2] },
		];
		expect(encodePostings(occurrences)).toEqual([3, 2, 0, 4, 7, 1, 2]);
		expect(decodePostings(encodePostings(occurrences))).toEqual(occurrences);
	});

	it('encode a word repeated more times than a function call takes arguments', () => {
		const positions = Array.from({ length: 500_000 }, (_, i) => i);
		const flat = encodePostings([{ record: 0, positions }]);
		expect(flat).toHaveLength(500_002);
		expect(decodePostings(flat)[0]!.positions.at(-1)).toBe(499_999);
	});

	it('find the longest matching shard prefix', () => {
		expect(shardOf(['a', 'ca', 'cab', 'd'], 'cabin')).toBe(2);
		expect(shardOf(['a', 'ca', 'cab', 'd'], 'cat')).toBe(1);
		expect(shardOf(['a'], 'zebra')).toBe(-1);
	});
});

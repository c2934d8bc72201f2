import { describe, expect, it } from 'vitest';
import { buildIndexFiles, MAX_WORD_LENGTH, type SearchSource } from '../../../src/search/build-index-files.ts';
import {
	decodePostings,
	encodePostings,
	fromGaps,
	keyOf,
	placeOfKey,
	SENTENCE_SLOTS,
	shardOf,
	shardsUnder,
	type ShardWord,
} from '../../../src/search/index-format.ts';
import { MAX_SENTENCES_PER_TEXT } from '../../../src/corpus/load-corpus.ts';

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
	it('keys sentences by text and sentence, and indexes each word at its positions', () => {
		const files = buildIndexFiles(source);
		expect(files.manifest).toMatchObject({ texts: 2, reviews: 1, sentences: 5 });
		const english = [...files.shards].filter(([path]) => path.startsWith('en/')).flatMap(([, shard]) => shard.words);
		const cranes = english.find(([surface]) => surface === 'cranes')!;
		expect(cranes[1]).toBe(1);
		expect(decodePostings(cranes[2] as number[])).toEqual([{ record: keyOf(0, 0), positions: [1, 3] }]);
		const suenos = [...files.shards].flatMap(([, shard]) => shard.words).find(([surface]) => surface === 'sueños')!;
		expect(decodePostings(suenos[2] as number[])).toEqual([{ record: keyOf(1, 1), positions: [0] }]);
		expect(placeOfKey(keyOf(1, 1))).toEqual({ text: 1, sentence: 1 });
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
		const files = buildIndexFiles(
			{ ...source, texts: [text('a-en', 'en', 'a', [many.join(' ')])], alignments: [] },
			{ maxShardBytes: 2_000 },
		);
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

	it('cuts the postings of a frequent word into blocks of whole sentences, and keeps a rare word’s inline', () => {
		const sentences = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'the film and the war' : `the word${i}`));
		const files = buildIndexFiles(
			{ ...source, texts: [text('a-en', 'en', 'a', sentences), text('a-es', 'es', 'a', ['la'])], alignments: [] },
			{ inlineBytes: 200, blockBytes: 400 },
		);
		const words = new Map(
			[...files.shards].flatMap(([path, shard]) => shard.words.map((word): [string, [string, ShardWord]] => [word[0], [path, word]])),
		);
		const [path, the] = words.get('the')!;
		expect(the[1]).toBe(300);
		const { blocks } = the[2] as { blocks: number[] };
		expect(blocks.length).toBeGreaterThan(3);
		const read = blocks.map((_, b) =>
			decodePostings(files.blocks.get(path.replace(/\.json$/, `/${files.shards.get(path)!.words.indexOf(the)}-${b}.json`))!),
		);
		// Each block starts at the key its shard entry gives, and holds whole sentences.
		expect(read.map((block) => block[0]!.record)).toEqual(fromGaps(blocks));
		expect(read.flat()).toEqual(
			sentences.map((sentence, i) => ({ record: keyOf(0, i), positions: sentence.startsWith('the film') ? [0, 3] : [0] })),
		);
		expect(Array.isArray(words.get('word1')![1][2])).toBe(true);
	});

	it('keeps each text’s review, language and kind in chunks of the texts table', () => {
		const many = Array.from({ length: 5 }, (_, i) => text(`t${i}`, i % 2 ? 'es' : 'en', 'a', ['x']));
		const files = buildIndexFiles({ ...source, texts: many, alignments: [] }, { textsPerChunk: 2 });
		expect(files.manifest.textsPerChunk).toBe(2);
		expect([...files.chunks.keys()]).toEqual(['texts/0.json', 'texts/1.json', 'texts/2.json']);
		expect(files.chunks.get('texts/1.json')).toEqual({
			reviews: [['a', 'Review A']],
			texts: [
				[0, 'en', 'original'],
				[0, 'es', 'original'],
			],
		});
	});

	it('has a key for every sentence a text may have, and refuses a text with more', () => {
		expect(SENTENCE_SLOTS).toBeGreaterThan(MAX_SENTENCES_PER_TEXT);
		const long = text(
			'a-en',
			'en',
			'a',
			Array.from({ length: SENTENCE_SLOTS + 1 }, () => 'x'),
		);
		expect(() => buildIndexFiles({ ...source, texts: [long], alignments: [] })).toThrow(/“a-en” has over 16384 sentences/);
	});

	it('writes each review with its texts as shown and its alignments by sentence index', () => {
		const review = buildIndexFiles(source).reviews.get('a')!;
		expect(review).toMatchObject({ id: 'a', title: 'Review A' });
		expect(review.texts.map((entry) => entry.reading)).toEqual([source.texts[0]!.reading, source.texts[1]!.reading]);
		expect(review.texts.map(({ text, id, lang, url }) => ({ text, id, lang, url }))).toEqual([
			{ text: 0, id: 'a-en', lang: 'en', url: '/texts/a-en/' },
			{ text: 1, id: 'a-es', lang: 'es', url: '/texts/a-es/' },
		]);
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

import { describe, expect, it } from 'vitest';
import { corpusOf, readingOf } from './corpus-of.ts';

const person = (id: string, name: string, spellings = [name]) => ({ id, name, role: 'character', description: `${name}.`, spellings });

describe('truecaseCorpus: words both common and proper', () => {
	it('keeps crane, red, west and union common where the cased version writes them so, and capitalises the names', async () => {
		const corpus = await corpusOf({
			texts: [
				{
					id: 'en',
					lang: 'en',
					kind: 'original',
					body: [
						'spectacular crane and tracking shots follow the red army .',
						'a red flag flies west of the river , far from the west .',
						'the trade union met in the soviet union .',
					].join('\n'),
				},
				{
					id: 'rw',
					lang: 'en',
					kind: 'rewrite',
					body: 'Spectacular crane and tracking shots follow the Red Army. A red flag flies west of the river, far from the West. The trade union met in the Soviet Union.',
				},
			],
		});
		expect(readingOf(corpus, 'en')).toEqual([
			'Spectacular crane and tracking shots follow the Red Army.',
			'A red flag flies west of the river, far from the West.',
			'The trade union met in the Soviet Union.',
		]);
	});

	it('takes capitals from a translation, by the same word or a cognate, and no lower case from it', async () => {
		const corpus = await corpusOf({
			texts: [
				{ id: 'en', lang: 'en', kind: 'original', body: 'the trade union met in the soviet union near moscow .\n' },
				{ id: 'es', lang: 'es', kind: 'translation', body: 'El sindicato se reunió en la Unión Soviética cerca de Moscú.' },
			],
		});
		expect(readingOf(corpus, 'en')).toEqual(['The trade union met in the Soviet Union near Moscow.']);
	});

	it('reads mark as a name only where a name can stand', async () => {
		const corpus = await corpusOf({
			texts: [{ id: 'en', lang: 'en', kind: 'original', body: 'we mark the day his cousin , mark , came .\nto mark it , mark smiled .\n' }],
			people: [person('mark', 'Mark')],
		});
		expect(readingOf(corpus, 'en')).toEqual(['We mark the day his cousin, Mark, came.', 'To mark it, Mark smiled.']);
	});

	it('finds places, peoples and acronyms with no version to learn from', async () => {
		const corpus = await corpusOf({
			texts: [
				{
					id: 'en',
					lang: 'en',
					kind: 'original',
					body: 'the german army reached russia before the wwii veterans came home , said mr smith .\n',
				},
			],
		});
		expect(readingOf(corpus, 'en')).toEqual(['The German army reached Russia before the WWII veterans came home, said mr smith.']);
	});

	it("writes the titles of the review's work as the manifest does", async () => {
		const corpus = await corpusOf({
			work: { title: 'The Cranes Are Flying', otherTitles: ['Letyat zhuravli'] },
			texts: [
				{
					id: 'en',
					lang: 'en',
					kind: 'original',
					body: "i saw 'letyat zhuravli ' , or the cranes are flying , and cranes are flying south .\n",
				},
			],
		});
		expect(readingOf(corpus, 'en')).toEqual(["I saw 'Letyat zhuravli', or The Cranes Are Flying, and cranes are flying south."]);
	});
});

describe('truecaseCorpus: sentence starts and quotations', () => {
	it('capitalises every sentence start, and a quotation as the cased version starts it', async () => {
		const corpus = await corpusOf({
			texts: [
				{
					id: 'en',
					lang: 'en',
					kind: 'original',
					body: "the famous line , `` you can dream . ''\naccording to some , `` the silence was profound . ''\n",
				},
				{
					id: 'rw',
					lang: 'en',
					kind: 'rewrite',
					body: 'The famous phrase: "You can dream." According to some, "the silence was deep."',
				},
			],
		});
		expect(readingOf(corpus, 'en')).toEqual([
			'The famous line, \u201CYou can dream.\u201D',
			'According to some, \u201Cthe silence was profound.\u201D',
		]);
	});

	it('never lower-cases a word that starts a sentence, whatever the versions say', async () => {
		const corpus = await corpusOf({
			texts: [
				{ id: 'en', lang: 'en', kind: 'original', body: 'crane shots fill the film .\n' },
				{ id: 'rw', lang: 'en', kind: 'rewrite', body: 'The crane shots fill the film.' },
			],
		});
		expect(readingOf(corpus, 'en')).toEqual(['Crane shots fill the film.']);
	});
});

describe('truecaseCorpus: other languages and cased texts', () => {
	it('leaves a lower-cased text in another language alone but for the names index', async () => {
		const corpus = await corpusOf({
			texts: [
				{ id: 'es', lang: 'es', kind: 'original', body: 'la guerra i he visto en rusia con veronika .\n' },
				{ id: 'en', lang: 'en', kind: 'translation', body: 'The war I have seen in Russia with Veronika.' },
			],
			people: [person('veronika', 'Veronika')],
		});
		expect(readingOf(corpus, 'es')).toEqual(['La guerra i he visto en rusia con Veronika.']);
	});

	it('leaves cased texts as they are written, but for the names index', async () => {
		const corpus = await corpusOf({
			texts: [
				{ id: 'en', lang: 'en', kind: 'original', body: 'the soviet union .\n' },
				{ id: 'es', lang: 'es', kind: 'translation', body: 'La Unión Soviética y la unión de veronika.' },
			],
			people: [person('veronika', 'Veronika')],
		});
		expect(readingOf(corpus, 'es')).toEqual(['La Unión Soviética y la unión de Veronika.']);
	});

	it('keeps the exact characters in the sentences: only the reading view changes, and only in case', async () => {
		const body = 'the soviet union , moscow and crowds.perhaps the west .\n';
		const corpus = await corpusOf({
			texts: [
				{ id: 'en', lang: 'en', kind: 'original', body },
				{ id: 'rw', lang: 'en', kind: 'rewrite', body: 'The Soviet Union, Moscow and crowds. Perhaps the West.' },
			],
		});
		const { data } = corpus.texts.find((text) => text.data.id === 'en')!;
		expect(data.sentences.map((sentence) => sentence.text)).toEqual(['the soviet union , moscow and crowds.', 'perhaps the west .']);
		for (const sentence of data.sentences) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
		expect(data.reading).toEqual(['The Soviet Union, Moscow and crowds.', 'Perhaps the West.']);
	});
});

describe('truecaseCorpus: glued sentences', () => {
	it('cuts crowds.perhaps where the translation ends a sentence, and moves the later ids on', async () => {
		const corpus = await corpusOf({
			texts: [
				{
					id: 'en',
					lang: 'en',
					kind: 'original',
					body: 'she wanders through the celebrating crowds.perhaps the most remarkable feature is the camera .\nthe end came in 1957 .\n',
				},
				{
					id: 'es',
					lang: 'es',
					kind: 'translation',
					body: 'Ella deambula a través de la multitud que celebra. Quizás la característica más notable es la cámara. El final llegó en 1957.',
				},
			],
		});
		const { data } = corpus.texts.find((text) => text.data.id === 'en')!;
		expect(data.sentences.map((sentence) => [sentence.id, sentence.text])).toEqual([
			['s1', 'she wanders through the celebrating crowds.'],
			['s2', 'perhaps the most remarkable feature is the camera .'],
			['s3', 'the end came in 1957 .'],
		]);
		expect(data.reading[1]).toBe('Perhaps the most remarkable feature is the camera.');
	});

	it('keeps a line whole when no version ends a sentence at its period', async () => {
		const corpus = await corpusOf({
			texts: [
				{ id: 'en', lang: 'en', kind: 'original', body: 'the site is at example.org and works well today .\nthe end came .\n' },
				{ id: 'es', lang: 'es', kind: 'translation', body: 'El sitio está en example.org y funciona bien hoy. El final llegó.' },
			],
		});
		expect(corpus.texts.find((text) => text.data.id === 'en')!.data.sentences.map((sentence) => sentence.text)).toEqual([
			'the site is at example.org and works well today .',
			'the end came .',
		]);
	});

	it('keeps a line whole without a cased version to ask', async () => {
		const corpus = await corpusOf({ texts: [{ id: 'en', lang: 'en', kind: 'original', body: 'the crowds.perhaps the most .\n' }] });
		expect(corpus.texts[0]!.data.sentences.map((sentence) => sentence.text)).toEqual(['the crowds.perhaps the most .']);
	});
});

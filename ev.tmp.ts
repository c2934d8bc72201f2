import { loadCorpus } from './src/corpus/load-corpus.ts';
import { truecaseCorpusWithSources } from './src/truecase/truecase-corpus.ts';
const t0 = performance.now();
const corpus = await loadCorpus('content');
const t1 = performance.now();
const { corpus: c, sources } = truecaseCorpusWithSources(corpus);
const t2 = performance.now();
for (const t of c.texts)
	if (['a-en', 'b-en'].includes(t.data.id)) t.data.reading.forEach((r, i) => console.log(t.data.id, t.data.sentences[i]!.id, r));
console.log(t1 - t0, t2 - t1);

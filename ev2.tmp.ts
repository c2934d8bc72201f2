import { loadCorpus } from './src/corpus/load-corpus.ts';
import { wordsOf } from './src/truecase/word-positions.ts';
import { addAlignedVotes } from './src/truecase/aligned-capitals.ts';
import { emptyVotes } from './src/truecase/case-votes.ts';
import { alignSentences, toAlignText } from './src/align/index.ts';
import { resegmentText } from './src/corpus/load-corpus.ts';
import { findGluedPeriods } from './src/text/segment-sentences.ts';
const corpus = await loadCorpus('content');
const b = corpus.texts.find((t) => t.data.id === 'b-en')!;
const es = corpus.texts.find((t) => t.data.id === 'b-es')!;
const split = resegmentText(b, findGluedPeriods(b.body));
const w = (t: typeof b) => ({
	id: t.data.id,
	sentenceIds: t.data.sentences.map((s) => s.id),
	reading: t.data.reading,
	words: t.data.reading.map(wordsOf),
});
const W = w(split);
const votes = emptyVotes(W.words.map((x) => x.length));
const links = alignSentences(toAlignText(split.data), toAlignText(es.data));
addAlignedVotes(votes, W, w(es), links, false);
W.words[4]!.forEach((x, i) => console.log(x.folded, JSON.stringify(votes[4]![i])));

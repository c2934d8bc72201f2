/** Reading a corpus folder as the site publishes it: loaded, checked, segmented and truecased. */
import { loadCorpus, type Corpus } from '../corpus/load-corpus.ts';
import type { ReadLimits } from '../corpus/read-limits.ts';
import { truecaseCorpus } from './truecase-corpus.ts';

/**
 * `loadCorpus`, then `truecaseCorpus`: the sentences and reading views every page,
 * search record and data file shows. Takes `loadCorpus`'s arguments.
 */
export async function loadTruecasedCorpus(dir: string, root?: string, limits?: ReadLimits): Promise<Corpus> {
	return truecaseCorpus(await loadCorpus(dir, root, limits));
}

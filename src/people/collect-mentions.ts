/**
 * The mentions of every person across a corpus, grouped as the `/people/<id>/` pages
 * show them: by review, then by text, each mention with its sentence for context.
 */
import type { TextEntry } from '../corpus/schema.ts';
import { findMentions, type Mention, type MentionMatcher } from './find-mentions.ts';

/** What collecting needs of a text: a `loadCorpus` text or a `texts` collection entry. */
export interface MentionSource {
	data: Pick<TextEntry, 'id' | 'review' | 'lang' | 'sentences' | 'reading'>;
}

/** One mention, in a sentence. */
export interface SentenceMention {
	/** Id of the sentence (`s3`): the anchor of the sentence on the reading page. */
	sentenceId: string;
	/** The name exactly as the verbatim sentence writes it (`stalin`, `Sergei Uresevsky`). */
	matched: string;
	/** The spelling of people.yaml it matched (for `canonicalCase`). */
	spelling: string;
	/** UTF-16 offsets of `matched` in the verbatim sentence text. */
	start: number;
	end: number;
	/** The sentence's reading view, to show the mention in context. */
	context: string;
	/**
	 * Offsets of the same mention in `context`, to highlight it; `null` when the reading
	 * view does not mention the person as often as the sentence does, so the two cannot
	 * be paired with certainty.
	 */
	contextRange: { start: number; end: number } | null;
}

/** A person's mentions in one text, in sentence order. */
export interface TextMentions {
	textId: string;
	lang: string;
	mentions: SentenceMention[];
}

/** A person's mentions in the texts of one review, in corpus order. */
export interface ReviewMentions {
	review: string;
	/** Number of mentions in all the texts of the review. */
	count: number;
	texts: TextMentions[];
}

/** Everything the corpus says of one person. */
export interface PersonMentions {
	personId: string;
	/** Number of mentions in the whole corpus; 0 if none. */
	count: number;
	/** Reviews with at least one mention, in the order their texts first appear. */
	reviews: ReviewMentions[];
}

/**
 * Collects the mentions of every person of `matcher` in `texts`, matching the verbatim
 * sentence texts (the source of truth) and pairing each mention with its place in the
 * reading view. Returns one entry per person, in the matcher's order, even for people
 * the texts never mention (count 0).
 */
export function collectMentions(texts: readonly MentionSource[], matcher: MentionMatcher): PersonMentions[] {
	const byPerson = new Map(matcher.personIds.map((personId) => [personId, new Map<string, ReviewMentions>()]));
	for (const { data } of texts) {
		data.sentences.forEach((sentence, index) => {
			const context = data.reading[index] ?? sentence.text;
			const inSentence = findMentions(sentence.text, matcher);
			if (inSentence.length === 0) return;
			// Grouped once per sentence: pairing each mention by scanning them all would be
			// quadratic in a sentence's mentions (a 1 MB sentence holds thousands).
			const sentenceCounts = countByPerson(inSentence);
			const inContext = Map.groupBy(findMentions(context, matcher), (mention) => mention.personId);
			const seen = new Map<string, number>();
			for (const mention of inSentence) {
				const nth = seen.get(mention.personId) ?? 0;
				seen.set(mention.personId, nth + 1);
				const reviews = byPerson.get(mention.personId);
				if (!reviews) continue;
				const candidates = inContext.get(mention.personId) ?? [];
				const paired = candidates.length === sentenceCounts.get(mention.personId) ? candidates[nth] : undefined;
				const entry: SentenceMention = {
					sentenceId: sentence.id,
					matched: sentence.text.slice(mention.start, mention.end),
					spelling: mention.spelling,
					start: mention.start,
					end: mention.end,
					context,
					// The reading view must mention the person as often as the sentence does,
					// or the two cannot be paired with certainty.
					contextRange: paired ? { start: paired.start, end: paired.end } : null,
				};
				textMentions(reviews, data).mentions.push(entry);
			}
		});
	}
	return matcher.personIds.map((personId) => {
		const reviews = [...byPerson.get(personId)!.values()];
		for (const review of reviews) review.count = review.texts.reduce((sum, text) => sum + text.mentions.length, 0);
		return { personId, count: reviews.reduce((sum, review) => sum + review.count, 0), reviews };
	});
}

/** The entry of `data`'s text in a person's reviews, created on first use. */
function textMentions(reviews: Map<string, ReviewMentions>, data: MentionSource['data']): TextMentions {
	let review = reviews.get(data.review);
	if (!review) reviews.set(data.review, (review = { review: data.review, count: 0, texts: [] }));
	let text = review.texts.find((candidate) => candidate.textId === data.id);
	if (!text) review.texts.push((text = { textId: data.id, lang: data.lang, mentions: [] }));
	return text;
}

function countByPerson(mentions: readonly Mention[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { personId } of mentions) counts.set(personId, (counts.get(personId) ?? 0) + 1);
	return counts;
}

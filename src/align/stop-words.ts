/**
 * Function words, which every sentence has and which therefore say nothing about which
 * sentence translates which. Only words of 4 letters or more are listed: shorter words
 * are never anchors (see `cognate-key.ts`). Folded: lower-case, no accents.
 */
import { primaryLanguage } from '../corpus/languages.ts';

const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set(
		(
			'about above after again against also although among another because been before being below between both ' +
			'could does doing down during each even ever every from further have having here hers herself himself however ' +
			'into itself just like many more most much must myself never once only other ought ours over same should since ' +
			'some still such than that their theirs them themselves then there these they this those though through thus ' +
			'under until upon very were what when where whether which while whom whose will with within without would ' +
			'your yours'
		).split(' '),
	),
	es: new Set(
		(
			'algo alguna algunas alguno algunos ante antes aquel aquella aquellas aquellos aqui cada casi como contra ' +
			'cual cuales cuando desde donde durante ella ellas ello ellos entonces entre esas ese eso esos esta estaba ' +
			'estaban estas este esto estos fuera fueron habia habian hacia hasta mientras mismo mucho muchos nada ' +
			'ningun ninguna nosotros nuestra nuestro otra otras otro otros para pero poco porque puede pueden quien ' +
			'quienes segun sido sino sobre solo tambien tanto toda todas todo todos tras unas unos usted vosotros'
		).split(' '),
	),
};

const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language (by its primary subtag), or none for a language without a list. */
export function stopWordsFor(lang: string): ReadonlySet<string> {
	return STOP_WORDS[primaryLanguage(lang)] ?? NONE;
}

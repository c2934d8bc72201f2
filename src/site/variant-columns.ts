import type { TextEntry, TextKind } from '../corpus/schema.ts';
import { variantLabel } from '../corpus/labels.ts';

/** A column of the corpus matrix: one kind of version in one language. */
export interface VariantColumn {
	key: string;
	kind: TextKind;
	lang: string;
	label: string;
}

const KIND_ORDER: readonly TextKind[] = ['original', 'rewrite', 'translation'];

/**
 * The columns of the home page's matrix: every (kind, language) the corpus has,
 * originals first, then rewrites, then translations, languages in order of first use.
 */
export function variantColumns(texts: readonly Pick<TextEntry, 'kind' | 'lang'>[]): VariantColumn[] {
	const columns = new Map<string, VariantColumn>();
	for (const kind of KIND_ORDER) {
		for (const text of texts) {
			if (text.kind !== kind) continue;
			const key = `${kind}:${text.lang}`;
			if (!columns.has(key)) columns.set(key, { key, kind, lang: text.lang, label: variantLabel(text) });
		}
	}
	return [...columns.values()];
}

import { createHash } from 'node:crypto';
import type { TextRecord } from './get-corpus.ts';

/**
 * The bytes of a text's file, re-encoded from its body. Strict UTF-8 decoding is
 * lossless, so this is the file itself; the checksum proves it on every build.
 */
export function encodeVerbatim(text: TextRecord): Uint8Array<ArrayBuffer> {
	const bytes = Buffer.from(text.body ?? '', 'utf8');
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 !== text.data.sha256) {
		throw new Error(`${text.data.source}: the published bytes differ from the source (sha256 ${sha256}, expected ${text.data.sha256})`);
	}
	return new Uint8Array(bytes);
}

import { createHash } from 'node:crypto';
import { decodeUtf8, type DecodeFailure } from './decode-utf8.ts';

export type { DecodeFailure };

/** A text file's bytes, decoded without loss. */
export interface DecodedText {
	/** The file's characters, BOM included if it has one, so re-encoding gives back its bytes. */
	text: string;
	/** Hex SHA-256 of the file's bytes. */
	sha256: string;
	bytes: number;
}

/**
 * Decodes a text file's bytes as strict UTF-8. Valid UTF-8 round-trips exactly, so
 * `Buffer.from(text, 'utf8')` is the file again, byte for byte.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText | DecodeFailure {
	const decoded = decodeUtf8(bytes);
	if ('reason' in decoded) return decoded;
	const { text } = decoded;
	if (text.length === 0) return { reason: 'the file is empty' };
	if (!/[^\s\uFEFF]/u.test(text)) return { reason: 'the file holds only whitespace' };
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	return { text, sha256, bytes: bytes.byteLength };
}

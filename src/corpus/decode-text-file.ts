import { createHash } from 'node:crypto';

/** A text file's bytes, decoded without loss. */
export interface DecodedText {
	/** The file's characters, BOM included if it has one, so re-encoding gives back its bytes. */
	text: string;
	/** Hex SHA-256 of the file's bytes. */
	sha256: string;
	bytes: number;
}

/** Why a file cannot be published as a text. */
export type DecodeFailure = { reason: string };

// `ignoreBOM: true` keeps a leading U+FEFF in the text: dropping it would make the
// published raw file differ from the source by three bytes.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a text file's bytes as strict UTF-8. Valid UTF-8 round-trips exactly, so
 * `Buffer.from(text, 'utf8')` is the file again, byte for byte.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText | DecodeFailure {
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return { reason: `not valid UTF-8 (first invalid byte at offset ${firstInvalidUtf8Offset(bytes)})` };
	}
	if (text.length === 0) return { reason: 'the file is empty' };
	if (!/[^\s\uFEFF]/u.test(text)) return { reason: 'the file holds only whitespace' };
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	return { text, sha256, bytes: bytes.byteLength };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
	let offset = 0;
	for (const char of lenient.decode(bytes)) {
		const width = Buffer.byteLength(char, 'utf8');
		// A decoded U+FFFD is either a real one (bytes EF BF BD) or where decoding failed.
		if (char === '\uFFFD' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
			return offset;
		}
		offset += width;
	}
	return offset;
}

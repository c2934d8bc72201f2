/** Why bytes are not text the corpus can take. */
export type DecodeFailure = { reason: string };

// `ignoreBOM: true` keeps a leading U+FEFF in the text: dropping it would make the
// published raw file differ from the source by three bytes.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Byte-order marks of the encodings an editor may save in instead, longest first.
const OTHER_ENCODINGS: [mark: number[], name: string][] = [
	[[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
	[[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
	[[0xff, 0xfe], 'UTF-16 (little-endian)'],
	[[0xfe, 0xff], 'UTF-16 (big-endian)'],
];

/**
 * Decodes bytes as strict UTF-8, never replacing a byte: valid UTF-8 round-trips, so
 * `Buffer.from(text, 'utf8')` is the bytes again. Anything else is refused with the
 * encoding it looks like, or the offset of the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | DecodeFailure {
	try {
		return { text: strictUtf8.decode(bytes) };
	} catch {
		const other = OTHER_ENCODINGS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
		if (other) return { reason: `not UTF-8: it starts with the byte-order mark of ${other[1]}; save it as UTF-8` };
		return { reason: `not valid UTF-8 (first invalid byte at offset ${firstInvalidUtf8Offset(bytes)})` };
	}
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

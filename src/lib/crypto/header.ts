/**
 * The associated data: a small, readable label that is authenticated but not encrypted. It binds
 * sender, recipient and message number to the ciphertext, so a message cannot be re-addressed,
 * replayed as another number, or passed off as from someone else without failing the tag.
 *
 * Encoded as compact JSON with a fixed key order, because an explainer should be able to show the
 * exact bytes that are glued to the ciphertext and have a reader recognise them.
 */

import { fromUtf8, utf8, type Bytes } from './bytes';

export const HEADER_VERSION = 1;

export interface Header {
	readonly v: typeof HEADER_VERSION;
	/** Stable id of the sending device (e.g. 'alice'). */
	readonly from: string;
	/** Stable id of the receiving device. */
	readonly to: string;
	/** Message number in the sender's chain: 0 for the first message. */
	readonly n: number;
}

export function encodeHeader(header: Omit<Header, 'v'>): Bytes {
	if (!Number.isSafeInteger(header.n) || header.n < 0) {
		throw new RangeError('A message number is a non-negative integer');
	}
	const canonical = { v: HEADER_VERSION, from: header.from, to: header.to, n: header.n };
	return utf8(JSON.stringify(canonical));
}

/**
 * Read the header back, or null if the bytes are not one (e.g. after tampering). The result is
 * only a claim until the tag has verified: use it to display or to pick a key, never to trust.
 */
export function parseHeader(associatedData: Uint8Array): Header | null {
	try {
		const value: unknown = JSON.parse(fromUtf8(associatedData));
		if (typeof value !== 'object' || value === null) return null;
		const { v, from, to, n } = value as Record<string, unknown>;
		if (v !== HEADER_VERSION || typeof from !== 'string' || typeof to !== 'string') return null;
		if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return null;
		return { v: HEADER_VERSION, from, to, n };
	} catch {
		return null;
	}
}

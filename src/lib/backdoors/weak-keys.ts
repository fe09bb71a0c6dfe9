/**
 * Design 4, weakened keys: the message is sealed with real AES-256-GCM, but its key has only
 * `bits` secret bits — the other bits are fixed and travel in the clear beside the message, the
 * way 1990s "export-grade" keys had most of their bits disclosed. Anyone holding the ciphertext
 * can then try every value of the secret bits until the tag verifies (brute-force.ts). Alice and
 * Bob do not search: they derive the same weakened key from their message key, as their app does.
 *
 * Layout: a 256-bit key whose lowest `bits` bits (at the end of the 32 bytes) are the secret and
 * the rest are public. `bits` is 1…32, so a candidate fits in one JavaScript number.
 */

import {
	aesGcmDecrypt,
	aesGcmEncrypt,
	encodeHeader,
	fromBase64url,
	hkdf,
	NONCE_BYTES,
	randomBytes,
	TAG_BYTES,
	toBase64url,
	utf8,
	type Bytes
} from '../crypto';

export const KEY_BYTES = 32;
export const MIN_WEAK_BITS = 1;
export const MAX_WEAK_BITS = 32;

/** HKDF label turning a message key into the weakened AES key (its own label, as kdf.ts asks). */
export const WEAK_KEY_LABEL = 'sealed/v1/weak-key';

/** A message sealed under a weakened key: everything here is public. */
export interface WeakSealed {
	/** How many bits of the key are secret. */
	readonly bits: number;
	/** The 32-byte key with its secret bits set to zero: the public part. */
	readonly fixed: Bytes;
	readonly nonce: Bytes;
	readonly ciphertext: Bytes;
	readonly tag: Bytes;
	/** Authenticated header (sender, recipient, message number), as for every Sealed message. */
	readonly associatedData: Bytes;
}

/** JSON-safe form (base64url), for a worker message or an export. */
export interface WeakSealedJson {
	readonly bits: number;
	readonly fixed: string;
	readonly nonce: string;
	readonly ciphertext: string;
	readonly tag: string;
	readonly associatedData: string;
}

export function assertBits(bits: number): void {
	if (!Number.isInteger(bits) || bits < MIN_WEAK_BITS || bits > MAX_WEAK_BITS) {
		throw new RangeError(`A weakened key has ${MIN_WEAK_BITS} to ${MAX_WEAK_BITS} secret bits`);
	}
}

/** Number of candidate keys: 2^bits. */
export function keySpace(bits: number): number {
	assertBits(bits);
	return 2 ** bits;
}

/** Mask of the secret bits within byte `31 - j` (j = 0 is the last byte). */
function maskOf(bits: number, j: number): number {
	const left = bits - 8 * j;
	if (left >= 8) return 0xff;
	return left > 0 ? (1 << left) - 1 : 0;
}

/** Candidate key number `candidate`: the public part with the secret bits set to it. */
export function candidateKey(fixed: Bytes, bits: number, candidate: number): Bytes {
	const key = fixed.slice();
	for (let j = 0; j < 4; j++) {
		const mask = maskOf(bits, j);
		if (mask === 0) break;
		const index = KEY_BYTES - 1 - j;
		const byte = Math.floor(candidate / 2 ** (8 * j)) & mask;
		key[index] = ((key[index] ?? 0) & ~mask) | byte;
	}
	return key;
}

/** The value of a key's secret bits. */
export function secretOf(key: Bytes, bits: number): number {
	let secret = 0;
	for (let j = 0; j < 4; j++)
		secret += ((key[KEY_BYTES - 1 - j] ?? 0) & maskOf(bits, j)) * 2 ** (8 * j);
	return secret;
}

/** The public part of a key: its secret bits zeroed. */
export function publicPart(key: Bytes, bits: number): Bytes {
	return candidateKey(key, bits, 0);
}

/**
 * The weakened key an app derives from a message key: 256 bits from HKDF, of which all but the
 * lowest `bits` will be published. Alice and Bob both compute it from the message key they share.
 */
export async function weakenKey(messageKey: Bytes, bits: number): Promise<Bytes> {
	assertBits(bits);
	return hkdf(messageKey, new Uint8Array(0), WEAK_KEY_LABEL, KEY_BYTES);
}

export interface WeakSealParams {
	readonly messageKey: Bytes;
	readonly bits: number;
	readonly plaintext: string | Bytes;
	readonly from: string;
	readonly to: string;
	readonly n: number;
	/** Only for reproducible tests. */
	readonly nonce?: Bytes;
}

/** Seal a message under the weakened key derived from `messageKey`. */
export async function sealWeak(params: WeakSealParams): Promise<WeakSealed> {
	const key = await weakenKey(params.messageKey, params.bits);
	const sealed = await sealWithKey(key, params.bits, params.plaintext, {
		associatedData: encodeHeader({ from: params.from, to: params.to, n: params.n }),
		nonce: params.nonce
	});
	key.fill(0);
	return sealed;
}

/** Seal under a given 32-byte key, publishing all but its lowest `bits` bits. */
export async function sealWithKey(
	key: Bytes,
	bits: number,
	plaintext: string | Bytes,
	options: { associatedData?: Bytes; nonce?: Bytes } = {}
): Promise<WeakSealed> {
	assertBits(bits);
	if (key.length !== KEY_BYTES) throw new RangeError('A weakened key is 32 bytes');
	const nonce = options.nonce ?? randomBytes(NONCE_BYTES);
	const associatedData = options.associatedData ?? new Uint8Array(0);
	const data = typeof plaintext === 'string' ? utf8(plaintext) : plaintext;
	const { ciphertext, tag } = await aesGcmEncrypt(key, nonce, data, associatedData);
	return { bits, fixed: publicPart(key, bits), nonce, ciphertext, tag, associatedData };
}

/** Open with a 32-byte key: the plaintext, or null when the tag does not verify. */
export function openWeak(
	key: Bytes,
	sealed: Pick<WeakSealed, 'nonce' | 'ciphertext' | 'tag' | 'associatedData'>
): Promise<Bytes | null> {
	return aesGcmDecrypt(key, sealed.nonce, sealed.ciphertext, sealed.tag, sealed.associatedData);
}

export function weakToJson(sealed: WeakSealed): WeakSealedJson {
	return {
		bits: sealed.bits,
		fixed: toBase64url(sealed.fixed),
		nonce: toBase64url(sealed.nonce),
		ciphertext: toBase64url(sealed.ciphertext),
		tag: toBase64url(sealed.tag),
		associatedData: toBase64url(sealed.associatedData)
	};
}

/** Parse and check a WeakSealedJson; null if anything is missing, mistyped or the wrong size. */
export function weakFromJson(value: unknown): WeakSealed | null {
	if (typeof value !== 'object' || value === null) return null;
	const json = value as Record<string, unknown>;
	const { bits } = json;
	if (typeof bits !== 'number' || !Number.isInteger(bits)) return null;
	if (bits < MIN_WEAK_BITS || bits > MAX_WEAK_BITS) return null;
	const bytes = (field: string): Bytes | null => {
		const text = json[field];
		if (typeof text !== 'string') return null;
		try {
			return fromBase64url(text);
		} catch {
			return null;
		}
	};
	const fixed = bytes('fixed');
	const nonce = bytes('nonce');
	const ciphertext = bytes('ciphertext');
	const tag = bytes('tag');
	const associatedData = bytes('associatedData');
	if (!fixed || !nonce || !ciphertext || !tag || !associatedData) return null;
	if (fixed.length !== KEY_BYTES || nonce.length !== NONCE_BYTES || tag.length !== TAG_BYTES) {
		return null;
	}
	// The public part must really have its secret bits at zero, or candidate keys would be off.
	if (secretOf(fixed, bits) !== 0) return null;
	return { bits, fixed, nonce, ciphertext, tag, associatedData };
}

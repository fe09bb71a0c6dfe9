/**
 * Key derivation: HKDF-SHA-256 (RFC 5869), HMAC-SHA-256, and the labels ("info" strings) the
 * engine derives with. Every derived key has its own label, so no two uses of a secret can ever
 * produce the same bytes — the AES key and the public key id come from the same message key but
 * are unrelated to each other.
 */

import { bytesOf, utf8, type Bytes } from './bytes';

const subtle = () => globalThis.crypto.subtle;

/** The `info` labels. Changing one changes every key derived under it (and breaks old messages). */
export const LABELS = {
	/** Conversation → initial chain key of one direction (followed by sender‖recipient keys). */
	chain: 'sealed/v1/chain-key',
	/** Message key → the AES-256-GCM key that seals the message. */
	aesKey: 'sealed/v1/aes-key',
	/** Message key → the public key id / key commitment written on the envelope. */
	keyId: 'sealed/v1/key-id',
	/** Ephemeral DH with a recipient's public key → key that wraps a copy of a message key. */
	wrap: 'sealed/v1/key-wrap'
} as const;

/**
 * HKDF-SHA-256: extract with `salt` (empty = HashLen zero bytes, per RFC 5869), then expand to
 * `length` bytes under `info`.
 */
export async function hkdf(
	ikm: Bytes,
	salt: Bytes,
	info: Bytes | string,
	length: number
): Promise<Bytes> {
	const key = await subtle().importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
	const bits = await subtle().deriveBits(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: typeof info === 'string' ? utf8(info) : info },
		key,
		length * 8
	);
	return new Uint8Array(bits);
}

export async function hmacSha256(key: Bytes, data: Bytes): Promise<Bytes> {
	const hmacKey = await subtle().importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
		'sign'
	]);
	return new Uint8Array(await subtle().sign('HMAC', hmacKey, data));
}

export async function sha256(data: Bytes): Promise<Bytes> {
	return new Uint8Array(await subtle().digest('SHA-256', data));
}

export async function sha512(data: Bytes): Promise<Bytes> {
	return new Uint8Array(await subtle().digest('SHA-512', data));
}

/** The constants Signal's symmetric-key ratchet feeds to HMAC (Signal Double Ratchet spec §5.2). */
const MESSAGE_KEY_SEED = bytesOf(0x01);
const CHAIN_KEY_SEED = bytesOf(0x02);

/**
 * One step of the KDF chain: message key = HMAC(chainKey, 0x01), next chain key =
 * HMAC(chainKey, 0x02). HMAC is one-way, so neither output reveals `chainKey` — which is why
 * deleting the old chain key makes earlier message keys unrecoverable.
 */
export async function chainStep(
	chainKey: Bytes
): Promise<{ messageKey: Bytes; nextChainKey: Bytes }> {
	const [messageKey, nextChainKey] = await Promise.all([
		hmacSha256(chainKey, MESSAGE_KEY_SEED),
		hmacSha256(chainKey, CHAIN_KEY_SEED)
	]);
	return { messageKey, nextChainKey };
}

/**
 * Sealing and opening one message with AES-256-GCM, plus the key id that lets a failure be
 * explained.
 *
 * Why a key id (key commitment) travels with every envelope: AES-GCM on its own cannot tell
 * "you used the wrong key" from "someone changed the bytes" — both just fail the 16-byte tag.
 * An explainer that guessed would sometimes tell a reader their message was tampered with when
 * they merely lacked the key, or the reverse. So every message key yields, under a separate HKDF
 * label, a 16-byte key id written beside the ciphertext. The id reveals nothing about the AES key
 * (different label, one-way HKDF), and anyone holding a key can recompute its id. Opening then
 * decides by two real facts — does my key's id match the envelope's, and does the tag verify:
 *
 *   ids match, tag verifies      → the plaintext
 *   ids match, tag fails         → TamperedError: I hold the right key, so the bytes changed
 *   ids differ, tag fails        → WrongKeyError: not my key (and it really does not open it)
 *   ids differ, tag verifies     → TamperedError('key-id'): my key opens it; the id was rewritten
 *
 * The key id is deliberately not part of the associated data: the reader checks it directly
 * against their own key, and keeping it outside the tag is what lets the fourth row exist.
 * Limits, stated honestly: someone who rewrites both the id and the ciphertext makes a damaged
 * message look like one for somebody else — it still never opens, nothing forged is accepted.
 * The 16-byte id also works as a key commitment: GCM alone lets a crafted ciphertext verify under
 * two different keys, but it cannot also match both keys' ids.
 */

import { concatBytes, equalBytes, randomBytes, type Bytes } from './bytes';
import { TamperedError, WrongKeyError } from './errors';
import { hkdf, LABELS } from './kdf';

export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_ID_BYTES = 16;

const subtle = () => globalThis.crypto.subtle;

/** What travels on the wire for one message. Everything here is visible to the network. */
export interface Envelope {
	/** Public id of the key that sealed it (see the header comment). Not secret, not in the AD. */
	readonly keyId: Bytes;
	/** 96-bit nonce, fresh and random for every seal. */
	readonly nonce: Bytes;
	/** AES-GCM ciphertext, same length as the plaintext. */
	readonly ciphertext: Bytes;
	/** The 128-bit GCM authentication tag. */
	readonly tag: Bytes;
	/** Readable but authenticated: who sent it, to whom, which message number (see header.ts). */
	readonly associatedData: Bytes;
}

/** A key ready to seal or open envelopes: the AES key and its public id. */
export interface SealingKey {
	readonly keyId: Bytes;
	readonly aesKey: CryptoKey;
}

async function importAesKey(raw: Bytes): Promise<CryptoKey> {
	return subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** The public key id of a 32-byte message key (cheaper than deriving the whole sealing key). */
export function deriveKeyId(messageKey: Bytes): Promise<Bytes> {
	return hkdf(messageKey, new Uint8Array(0), LABELS.keyId, KEY_ID_BYTES);
}

/**
 * Turn a 32-byte message key (from the ratchet, or unwrapped) into a sealing key: the AES-256
 * key and the key id come from the same secret under two different HKDF labels.
 */
export async function deriveSealingKey(messageKey: Bytes): Promise<SealingKey> {
	const [aesRaw, keyId] = await Promise.all([
		hkdf(messageKey, new Uint8Array(0), LABELS.aesKey, 32),
		deriveKeyId(messageKey)
	]);
	const aesKey = await importAesKey(aesRaw);
	aesRaw.fill(0);
	return { keyId, aesKey };
}

/** Plain AES-256-GCM encryption (128-bit tag), returning ciphertext and tag separately. */
export async function aesGcmEncrypt(
	key: Bytes | CryptoKey,
	nonce: Bytes,
	plaintext: Bytes,
	associatedData: Bytes
): Promise<{ ciphertext: Bytes; tag: Bytes }> {
	const aesKey = key instanceof Uint8Array ? await importAesKey(key) : key;
	const sealed = new Uint8Array(
		await subtle().encrypt(
			{ name: 'AES-GCM', iv: nonce, additionalData: associatedData, tagLength: 128 },
			aesKey,
			plaintext
		)
	);
	return {
		ciphertext: sealed.slice(0, sealed.length - TAG_BYTES),
		tag: sealed.slice(sealed.length - TAG_BYTES)
	};
}

/**
 * Plain AES-256-GCM decryption. Returns null when the tag does not verify (or the parameters
 * are unusable, e.g. an empty nonce) — GCM gives no more detail than that, by design.
 */
export async function aesGcmDecrypt(
	key: Bytes | CryptoKey,
	nonce: Bytes,
	ciphertext: Bytes,
	tag: Bytes,
	associatedData: Bytes
): Promise<Bytes | null> {
	const aesKey = key instanceof Uint8Array ? await importAesKey(key) : key;
	const sealed = new Uint8Array(ciphertext.length + tag.length);
	sealed.set(ciphertext);
	sealed.set(tag, ciphertext.length);
	try {
		return new Uint8Array(
			await subtle().decrypt(
				{ name: 'AES-GCM', iv: nonce, additionalData: associatedData, tagLength: 128 },
				aesKey,
				sealed
			)
		);
	} catch {
		return null;
	}
}

/** Seal `plaintext` under `key`, binding `associatedData`. A fresh random nonce unless given. */
export async function seal(
	key: SealingKey,
	plaintext: Bytes,
	associatedData: Bytes,
	nonce: Bytes = randomBytes(NONCE_BYTES)
): Promise<Envelope> {
	const { ciphertext, tag } = await aesGcmEncrypt(key.aesKey, nonce, plaintext, associatedData);
	return {
		keyId: key.keyId.slice(),
		nonce,
		ciphertext,
		tag,
		associatedData: associatedData.slice()
	};
}

/**
 * Open an envelope, or throw `WrongKeyError` / `TamperedError` by the table in the header
 * comment. Decryption is always really attempted, whatever the key ids say.
 */
export async function open(key: SealingKey, envelope: Envelope): Promise<Bytes> {
	const idsMatch = equalBytes(key.keyId, envelope.keyId);
	const plaintext = await aesGcmDecrypt(
		key.aesKey,
		envelope.nonce,
		envelope.ciphertext,
		envelope.tag,
		envelope.associatedData
	);
	if (plaintext && idsMatch) return plaintext;
	if (plaintext) throw new TamperedError('key-id');
	if (idsMatch) throw new TamperedError('sealed-contents');
	throw new WrongKeyError();
}

/** What a network observer sees of an envelope's secret part: nonce ‖ ciphertext ‖ tag. */
export function recordBytes(envelope: Envelope): Bytes {
	return concatBytes(envelope.nonce, envelope.ciphertext, envelope.tag);
}

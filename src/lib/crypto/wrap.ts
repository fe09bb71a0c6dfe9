/**
 * Wrapping a copy of a message key to someone's public key (an ECIES-style construction, like a
 * minimal HPKE): a fresh ephemeral key pair, Diffie–Hellman with the recipient's public key,
 * HKDF-SHA-256 under the "sealed/v1/key-wrap" label (binding both public keys), and AES-256-GCM
 * over the 32-byte message key with the envelope's key id as associated data, so a wrap cannot be
 * moved onto another message. End-to-end messages carry no wraps; designs that add readers do.
 */

import { concatBytes, equalBytes, randomBytes, utf8, type Bytes } from './bytes';
import { aesGcmDecrypt, aesGcmEncrypt, NONCE_BYTES } from './aead';
import { agree, generateKeyPair, importPublicRaw, type CurveName } from './curve';
import { TamperedError, WrongKeyError } from './errors';
import { hkdf, LABELS } from './kdf';
import { publicKeyId, type Identity, type PublicIdentity } from './identity';

export interface KeyWrap {
	/** Stable id of the key's holder, for display (the server sees it too). */
	readonly to: string;
	/** `publicKeyId` of the public key this copy is wrapped to. */
	readonly toKeyId: Bytes;
	/** The sender's one-time public key for this wrap. */
	readonly ephemeral: { readonly curve: CurveName; readonly raw: Bytes };
	readonly nonce: Bytes;
	readonly ciphertext: Bytes;
	readonly tag: Bytes;
}

async function wrappingKey(
	secret: Bytes,
	ephemeralRaw: Bytes,
	recipientRaw: Bytes
): Promise<Bytes> {
	return hkdf(
		secret,
		new Uint8Array(0),
		concatBytes(utf8(LABELS.wrap), ephemeralRaw, recipientRaw),
		32
	);
}

export async function wrapMessageKey(
	messageKey: Bytes,
	recipient: PublicIdentity,
	envelopeKeyId: Bytes
): Promise<KeyWrap> {
	const ephemeral = await generateKeyPair(recipient.publicKey.curve);
	const secret = await agree(ephemeral.privateKey, recipient.publicKey.key);
	const key = await wrappingKey(secret, ephemeral.publicRaw, recipient.publicKey.raw);
	const nonce = randomBytes(NONCE_BYTES);
	const { ciphertext, tag } = await aesGcmEncrypt(key, nonce, messageKey, envelopeKeyId);
	key.fill(0);
	return {
		to: recipient.id,
		toKeyId: await publicKeyId(recipient.publicKey.raw),
		ephemeral: { curve: ephemeral.curve, raw: ephemeral.publicRaw },
		nonce,
		ciphertext,
		tag
	};
}

/**
 * Recover the message key from a wrap addressed to `identity`. Throws WrongKeyError when the wrap
 * is addressed to another key, TamperedError('key-wrap') when it is addressed to this one but
 * does not verify.
 */
export async function unwrapMessageKey(
	wrap: KeyWrap,
	identity: Identity,
	envelopeKeyId: Bytes
): Promise<Bytes> {
	const mine = identity.keyPair;
	if (
		wrap.ephemeral.curve !== mine.curve ||
		!equalBytes(wrap.toKeyId, await publicKeyId(mine.publicRaw))
	) {
		throw new WrongKeyError('This copy of the key is wrapped to somebody else.');
	}
	let messageKey: Bytes | null;
	try {
		const ephemeral = await importPublicRaw(wrap.ephemeral.curve, wrap.ephemeral.raw);
		const secret = await agree(mine.privateKey, ephemeral.key);
		const key = await wrappingKey(secret, wrap.ephemeral.raw, mine.publicRaw);
		messageKey = await aesGcmDecrypt(key, wrap.nonce, wrap.ciphertext, wrap.tag, envelopeKeyId);
	} catch {
		messageKey = null;
	}
	if (!messageKey) throw new TamperedError('key-wrap');
	return messageKey;
}

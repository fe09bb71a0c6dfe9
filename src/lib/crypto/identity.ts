/**
 * Device identities: a stable id (e.g. 'alice') and an identity key pair. The private half never
 * leaves WebCrypto unless the identity was created extractable. A `PublicIdentity` is what the
 * provider's key directory hands out: the id and the public key only.
 */

import { type Bytes } from './bytes';
import {
	generateKeyPair,
	importPrivatePkcs8,
	type CurveChoice,
	type CurveName,
	type GenerateOptions,
	type KeyPair,
	type PublicKey
} from './curve';
import { sha256 } from './kdf';

export interface Identity {
	readonly id: string;
	readonly keyPair: KeyPair;
}

export interface PublicIdentity {
	readonly id: string;
	readonly publicKey: PublicKey;
}

export interface IdentityOptions extends GenerateOptions {
	/** Force a curve (e.g. 'P-256' to exercise the fallback); default 'auto'. */
	readonly curve?: CurveChoice;
}

export async function createIdentity(id: string, options: IdentityOptions = {}): Promise<Identity> {
	return { id, keyPair: await generateKeyPair(options.curve ?? 'auto', options) };
}

/** An identity from an existing PKCS#8 private key (e.g. one made by another implementation). */
export async function identityFromPkcs8(
	id: string,
	curve: CurveName,
	pkcs8: Uint8Array,
	options: GenerateOptions = {}
): Promise<Identity> {
	return { id, keyPair: await importPrivatePkcs8(curve, pkcs8, options) };
}

export function toPublicIdentity(identity: Identity): PublicIdentity {
	const { curve, publicKey, publicRaw } = identity.keyPair;
	return { id: identity.id, publicKey: { curve, key: publicKey, raw: publicRaw } };
}

export const PUBLIC_KEY_ID_BYTES = 16;

/** A short public name for a public key: the first 16 bytes of SHA-256 of its raw bytes. */
export async function publicKeyId(publicRaw: Bytes): Promise<Bytes> {
	return (await sha256(publicRaw)).slice(0, PUBLIC_KEY_ID_BYTES);
}

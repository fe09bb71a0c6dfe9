/**
 * JSON export/import, so a message or a key can be inspected and checked outside the app: public
 * keys as JWK (RFC 7517/8037), bytes as base64url without padding. Parsing validates shape and
 * lengths and throws FormatError; it never decides whether a message is authentic — only opening
 * it does.
 */

import { fromBase64url, toBase64url, type Bytes } from './bytes';
import { KEY_ID_BYTES, type Envelope } from './aead';
import { importPublicRaw, publicJwkToRaw, publicRawToJwk } from './curve';
import { FormatError } from './errors';
import type { PublicIdentity } from './identity';
import type { SealedMessage, ServerMetadata } from './message';
import type { ChainSnapshot } from './ratchet';
import type { KeyWrap } from './wrap';

export interface PublicIdentityJson {
	readonly id: string;
	readonly jwk: JsonWebKey;
}

export interface EnvelopeJson {
	readonly keyId: string;
	readonly nonce: string;
	readonly ciphertext: string;
	readonly tag: string;
	readonly associatedData: string;
}

export interface KeyWrapJson {
	readonly to: string;
	readonly toKeyId: string;
	readonly ephemeral: JsonWebKey;
	readonly nonce: string;
	readonly ciphertext: string;
	readonly tag: string;
}

export interface SealedMessageJson {
	readonly format: 'sealed-message';
	readonly v: 1;
	readonly envelope: EnvelopeJson;
	readonly wraps: readonly KeyWrapJson[];
	readonly metadata: ServerMetadata;
}

export interface ChainSnapshotJson {
	readonly format: 'sealed-chain-key';
	readonly v: 1;
	readonly index: number;
	readonly chainKey: string;
}

const b64 = toBase64url;

export function publicIdentityToJson(identity: PublicIdentity): PublicIdentityJson {
	return { id: identity.id, jwk: publicRawToJwk(identity.publicKey.curve, identity.publicKey.raw) };
}

export function messageToJson(message: SealedMessage): SealedMessageJson {
	const { envelope: e } = message;
	return {
		format: 'sealed-message',
		v: 1,
		envelope: {
			keyId: b64(e.keyId),
			nonce: b64(e.nonce),
			ciphertext: b64(e.ciphertext),
			tag: b64(e.tag),
			associatedData: b64(e.associatedData)
		},
		wraps: message.wraps.map((w) => ({
			to: w.to,
			toKeyId: b64(w.toKeyId),
			ephemeral: publicRawToJwk(w.ephemeral.curve, w.ephemeral.raw),
			nonce: b64(w.nonce),
			ciphertext: b64(w.ciphertext),
			tag: b64(w.tag)
		})),
		metadata: { ...message.metadata }
	};
}

export function chainToJson(chain: ChainSnapshot): ChainSnapshotJson {
	return { format: 'sealed-chain-key', v: 1, index: chain.index, chainKey: b64(chain.chainKey) };
}

/** A message as pretty-printed JSON text. */
export function stringifyMessage(message: SealedMessage): string {
	return JSON.stringify(messageToJson(message), null, 2);
}

// ---- parsing ----

function record(value: unknown, what: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new FormatError(`${what} is not an object`);
	}
	return value as Record<string, unknown>;
}

function text(obj: Record<string, unknown>, key: string, what: string): string {
	const value = obj[key];
	if (typeof value !== 'string') throw new FormatError(`${what}.${key} is not a string`);
	return value;
}

function bytes(obj: Record<string, unknown>, key: string, what: string, length?: number): Bytes {
	let out: Bytes;
	try {
		out = fromBase64url(text(obj, key, what));
	} catch (error) {
		if (error instanceof FormatError) throw error;
		throw new FormatError(`${what}.${key} is not base64url`);
	}
	if (length !== undefined && out.length !== length) {
		throw new FormatError(`${what}.${key} should be ${length} bytes, not ${out.length}`);
	}
	return out;
}

function count(obj: Record<string, unknown>, key: string, what: string): number {
	const value = obj[key];
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
		throw new FormatError(`${what}.${key} is not a non-negative integer`);
	}
	return value;
}

function publicJwk(value: unknown, what: string): ReturnType<typeof publicJwkToRaw> {
	try {
		return publicJwkToRaw(record(value, what) as JsonWebKey);
	} catch (error) {
		throw new FormatError(`${what}: ${(error as Error).message}`);
	}
}

export async function publicIdentityFromJson(json: unknown): Promise<PublicIdentity> {
	const obj = record(json, 'identity');
	const id = text(obj, 'id', 'identity');
	const { curve, raw } = publicJwk(obj['jwk'], 'identity.jwk');
	const publicKey = await importPublicRaw(curve, raw).catch((error: unknown) => {
		throw new FormatError(`identity.jwk is not a usable public key (${String(error)})`);
	});
	return { id, publicKey };
}

/**
 * A message from its JSON form. Lengths of the key id are checked (they are fixed); nonce, tag and
 * ciphertext lengths are not, so a tampered message still parses and opening reports tampering.
 */
export function messageFromJson(json: unknown): SealedMessage {
	const obj = record(json, 'message');
	if (obj['format'] !== 'sealed-message' || obj['v'] !== 1) {
		throw new FormatError('Not a Sealed message (format "sealed-message", v 1)');
	}
	const e = record(obj['envelope'], 'envelope');
	const envelope: Envelope = {
		keyId: bytes(e, 'keyId', 'envelope', KEY_ID_BYTES),
		nonce: bytes(e, 'nonce', 'envelope'),
		ciphertext: bytes(e, 'ciphertext', 'envelope'),
		tag: bytes(e, 'tag', 'envelope'),
		associatedData: bytes(e, 'associatedData', 'envelope')
	};
	const rawWraps = obj['wraps'] ?? [];
	if (!Array.isArray(rawWraps)) throw new FormatError('wraps is not an array');
	const wraps: KeyWrap[] = rawWraps.map((value: unknown, i) => {
		const what = `wraps[${i}]`;
		const w = record(value, what);
		return {
			to: text(w, 'to', what),
			toKeyId: bytes(w, 'toKeyId', what),
			ephemeral: publicJwk(w['ephemeral'], `${what}.ephemeral`),
			nonce: bytes(w, 'nonce', what),
			ciphertext: bytes(w, 'ciphertext', what),
			tag: bytes(w, 'tag', what)
		};
	});
	const m = record(obj['metadata'], 'metadata');
	const metadata: ServerMetadata = {
		sender: text(m, 'sender', 'metadata'),
		recipient: text(m, 'recipient', 'metadata'),
		sentAt: text(m, 'sentAt', 'metadata'),
		size: count(m, 'size', 'metadata')
	};
	return { envelope, wraps, metadata };
}

/** A message from JSON text (FormatError for invalid JSON too). */
export function parseMessage(json: string): SealedMessage {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		throw new FormatError('Not valid JSON');
	}
	return messageFromJson(value);
}

export function chainFromJson(json: unknown): ChainSnapshot {
	const obj = record(json, 'chain key');
	if (obj['format'] !== 'sealed-chain-key' || obj['v'] !== 1) {
		throw new FormatError('Not a Sealed chain key (format "sealed-chain-key", v 1)');
	}
	return {
		index: count(obj, 'index', 'chain key'),
		chainKey: bytes(obj, 'chainKey', 'chain key', 32)
	};
}

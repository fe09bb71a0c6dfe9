/**
 * A sealed message as it exists outside the two devices: the envelope (what travels), any
 * wrapped copies of its key (what a design adds), and the metadata the provider's server sees
 * while routing it. The server sees who, to whom, when and how big — never the contents.
 */

import { utf8, type Bytes } from './bytes';
import { deriveSealingKey, open, seal, type Envelope } from './aead';
import { encodeHeader } from './header';
import { wrapMessageKey, type KeyWrap } from './wrap';
import type { PublicIdentity } from './identity';

export interface ServerMetadata {
	readonly sender: string;
	readonly recipient: string;
	/** ISO 8601 time the server received it. */
	readonly sentAt: string;
	/** Bytes on the wire: envelope plus wraps (what a network observer can measure too). */
	readonly size: number;
}

export interface SealedMessage {
	readonly envelope: Envelope;
	readonly wraps: readonly KeyWrap[];
	readonly metadata: ServerMetadata;
}

export interface SealParams {
	readonly from: string;
	readonly to: string;
	/** Message number (the sender's chain index). */
	readonly n: number;
	/** The 32-byte message key from the sender's chain. */
	readonly messageKey: Bytes;
	readonly plaintext: string | Bytes;
	/** Extra public keys to wrap the message key to (empty for end-to-end encryption). */
	readonly wrapTo?: readonly PublicIdentity[];
	readonly now?: Date | number;
	/** Only for reproducible tests: a fixed nonce. Never reuse a nonce with the same key. */
	readonly nonce?: Bytes;
}

/** Bytes a message occupies on the wire. */
export function wireSize(envelope: Envelope, wraps: readonly KeyWrap[]): number {
	let size =
		envelope.keyId.length +
		envelope.nonce.length +
		envelope.ciphertext.length +
		envelope.tag.length +
		envelope.associatedData.length;
	for (const w of wraps) {
		size += w.toKeyId.length + w.ephemeral.raw.length + w.nonce.length + w.ciphertext.length;
		size += w.tag.length;
	}
	return size;
}

export async function sealMessage(params: SealParams): Promise<SealedMessage> {
	const key = await deriveSealingKey(params.messageKey);
	const plaintext =
		typeof params.plaintext === 'string' ? utf8(params.plaintext) : params.plaintext;
	const associatedData = encodeHeader({ from: params.from, to: params.to, n: params.n });
	const envelope = await seal(key, plaintext, associatedData, params.nonce);
	const wraps = await Promise.all(
		(params.wrapTo ?? []).map((r) => wrapMessageKey(params.messageKey, r, envelope.keyId))
	);
	const metadata: ServerMetadata = {
		sender: params.from,
		recipient: params.to,
		sentAt: new Date(params.now ?? Date.now()).toISOString(),
		size: wireSize(envelope, wraps)
	};
	return { envelope, wraps, metadata };
}

/** Open a message with a 32-byte message key; throws WrongKeyError / TamperedError. */
export async function openWithMessageKey(
	messageKey: Bytes,
	message: SealedMessage
): Promise<Bytes> {
	return open(await deriveSealingKey(messageKey), message.envelope);
}

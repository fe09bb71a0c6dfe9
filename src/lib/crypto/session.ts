/**
 * A conversation between two devices, and the one-device view of it (`Session`).
 *
 * Agreement: X25519 (or P-256) between the two identity keys gives a shared secret; HKDF-SHA-256
 * turns it into one initial chain key per direction, with info = "sealed/v1/chain-key" ‖ sender
 * public key ‖ recipient public key, so Alice→Bob and Bob→Alice chains differ. Each chain is then
 * ratcheted (ratchet.ts).
 *
 * Simplification to know about: the handshake is static–static (no one-time prekeys, no DH
 * ratchet), so whoever holds an identity private key can rebuild its conversations from the start.
 * Forward secrecy here is about the chain key a device holds at a given moment — steal that, and
 * earlier messages stay closed. Signal also protects against a stolen identity key, using the
 * ephemeral keys of X3DH and the Diffie–Hellman ratchet, which this explainer leaves out.
 */

import { concatBytes, toHex, utf8, type Bytes } from './bytes';
import { agree } from './curve';
import { hkdf, LABELS } from './kdf';
import { KdfChain, type ChainSnapshot } from './ratchet';
import { toPublicIdentity, type Identity, type PublicIdentity } from './identity';
import { sealMessage, type SealedMessage } from './message';
import { openWithChain, type SkippedKey } from './reader';
import { END_TO_END, type Design } from './design';

/** The initial chain key for messages from `sender` to `recipient`, given their shared secret. */
export async function initialChainKey(
	sharedSecret: Bytes,
	senderPublicRaw: Bytes,
	recipientPublicRaw: Bytes
): Promise<Bytes> {
	const info = concatBytes(utf8(LABELS.chain), senderPublicRaw, recipientPublicRaw);
	return hkdf(sharedSecret, new Uint8Array(0), info, 32);
}

/** Both directions of `self`'s conversation with `peer`, each at message 0. */
export async function conversationChains(
	self: Identity,
	peer: PublicIdentity
): Promise<{ sending: ChainSnapshot; receiving: ChainSnapshot }> {
	const secret = await agree(self.keyPair.privateKey, peer.publicKey.key);
	const mine = self.keyPair.publicRaw;
	const theirs = peer.publicKey.raw;
	const [sending, receiving] = await Promise.all([
		initialChainKey(secret, mine, theirs),
		initialChainKey(secret, theirs, mine)
	]);
	secret.fill(0);
	return { sending: { index: 0, chainKey: sending }, receiving: { index: 0, chainKey: receiving } };
}

export interface SendOptions {
	/** Which extra keys the message key is also wrapped to. Default: end-to-end (none). */
	readonly design?: Design;
	/** Sending time recorded in the server-visible metadata. Default: now. */
	readonly now?: Date | number;
}

/**
 * One device's side of a conversation: a sending chain and a receiving chain that only move
 * forward, plus the message keys it skipped over (for messages that arrive late). A message key
 * is forgotten once its message has been opened, so a device cannot reopen an old envelope.
 */
export class Session {
	readonly self: Identity;
	readonly peer: PublicIdentity;
	readonly sending: KdfChain;
	readonly receiving: KdfChain;
	readonly #skipped = new Map<string, SkippedKey>();

	private constructor(
		self: Identity,
		peer: PublicIdentity,
		sending: ChainSnapshot,
		receiving: ChainSnapshot
	) {
		this.self = self;
		this.peer = peer;
		this.sending = new KdfChain(sending);
		this.receiving = new KdfChain(receiving);
	}

	static async start(self: Identity, peer: PublicIdentity): Promise<Session> {
		const { sending, receiving } = await conversationChains(self, peer);
		return new Session(self, peer, sending, receiving);
	}

	/** Message keys this device skipped over and still holds, oldest first. */
	skippedKeys(): SkippedKey[] {
		return [...this.#skipped.values()].sort((a, b) => a.index - b.index);
	}

	/** Seal the next message to the peer; the sending chain steps and forgets its old key. */
	async send(plaintext: string | Bytes, options: SendOptions = {}): Promise<SealedMessage> {
		const { index, messageKey } = await this.sending.next();
		const sender = toPublicIdentity(this.self);
		const wrapTo = (options.design ?? END_TO_END).wrapTo({ sender, recipient: this.peer });
		try {
			return await sealMessage({
				from: sender.id,
				to: this.peer.id,
				n: index,
				messageKey,
				plaintext,
				wrapTo,
				now: options.now
			});
		} finally {
			messageKey.fill(0);
		}
	}

	/**
	 * Open a message from the peer, or throw WrongKeyError / TamperedError. Only a message that
	 * opens moves the receiving chain forward, so a forged message cannot make the device skip or
	 * delete keys.
	 */
	async receive(message: SealedMessage): Promise<Bytes> {
		const id = toHex(message.envelope.keyId);
		const skipped = this.#skipped.get(id);
		const opened = await openWithChain(this.receiving.snapshot(), message.envelope, skipped);
		if (skipped && opened.index === skipped.index) {
			this.#skipped.delete(id);
		} else {
			while (this.receiving.index <= opened.index) {
				const { index, messageKey } = await this.receiving.next();
				messageKey.fill(0);
				const keep = opened.skipped.find((s) => s.index === index);
				if (keep) this.#skipped.set(toHex(keep.keyId), keep);
			}
		}
		return opened.plaintext;
	}
}

/**
 * The symmetric-key ratchet (a KDF chain, as in Signal's Double Ratchet spec §2.2 and §5.2):
 *
 *   chain key 0 ──HMAC(·,0x02)──▶ chain key 1 ──HMAC(·,0x02)──▶ chain key 2 ──▶ …
 *        │                             │                             │
 *   HMAC(·,0x01)                  HMAC(·,0x01)                  HMAC(·,0x01)
 *        ▼                             ▼                             ▼
 *   message key 0                 message key 1                 message key 2
 *
 * Each step is one-way, and a `KdfChain` overwrites (and zeroes) its chain key as it steps. So
 * whoever steals the chain key at step n can derive message keys n, n+1, … but has no way back
 * to message keys 0…n−1: that is forward secrecy, and `snapshot()` lets the UI hand a thief
 * exactly what they would steal and let them try for real.
 */

import { copyBytes, equalBytes, type Bytes } from './bytes';
import { deriveKeyId } from './aead';
import { chainStep } from './kdf';
import { pause } from './pause';

/** A chain key and its position: what a device holds at one moment, and what a thief copies. */
export interface ChainSnapshot {
	/** The number of the next message this chain key will produce a key for. */
	readonly index: number;
	readonly chainKey: Bytes;
}

/**
 * How far ahead a reader walks a chain looking for a message key (Signal's MAX_SKIP). Bounds the
 * work a forged message can cause and the number of skipped keys a device keeps.
 */
export const MAX_SKIP = 1000;

/** A stateful chain: steps forward only, forgetting each chain key once it has been used. */
export class KdfChain {
	#chainKey: Bytes;
	#index: number;

	constructor(start: ChainSnapshot) {
		this.#chainKey = copyBytes(start.chainKey);
		this.#index = start.index;
	}

	/** Number of the next message key `next()` will return. */
	get index(): number {
		return this.#index;
	}

	/** A copy of the current chain key and index (the copy is the caller's; the chain moves on). */
	snapshot(): ChainSnapshot {
		return { index: this.#index, chainKey: copyBytes(this.#chainKey) };
	}

	/** The message key for message `index`; the chain key that produced it is wiped. */
	async next(): Promise<{ index: number; messageKey: Bytes }> {
		const { messageKey, nextChainKey } = await chainStep(this.#chainKey);
		const index = this.#index;
		this.#chainKey.fill(0);
		this.#chainKey = nextChainKey;
		this.#index = index + 1;
		return { index, messageKey };
	}
}

/** Message key number `n` from a snapshot, or null if `n` lies before it (forward only). */
export async function messageKeyAt(chain: ChainSnapshot, n: number): Promise<Bytes | null> {
	if (!Number.isSafeInteger(n) || n < chain.index) return null;
	let chainKey = chain.chainKey;
	for (let i = chain.index; ; i++) {
		const step = await chainStep(chainKey);
		if (i === n) return step.messageKey;
		chainKey = step.nextChainKey;
	}
}

export interface ChainMatch {
	readonly index: number;
	readonly messageKey: Bytes;
	/** Message keys passed over on the way (a receiver keeps these for late messages). */
	readonly skipped: ReadonlyArray<{ index: number; messageKey: Bytes; keyId: Bytes }>;
	/** The chain just after the match. */
	readonly next: ChainSnapshot;
}

/**
 * Walk forward from `chain` (at most up to message number `before`, exclusive, and never more than
 * MAX_SKIP steps) looking for the message key whose key id is `keyId`.
 */
export async function findInChain(
	chain: ChainSnapshot,
	keyId: Uint8Array,
	before: number
): Promise<ChainMatch | null> {
	const end = Math.min(before, chain.index + MAX_SKIP);
	const skipped: Array<{ index: number; messageKey: Bytes; keyId: Bytes }> = [];
	let chainKey = chain.chainKey;
	for (let index = chain.index; index < end; index++) {
		const { messageKey, nextChainKey } = await chainStep(chainKey);
		const id = await deriveKeyId(messageKey);
		if (equalBytes(id, keyId)) {
			return { index, messageKey, skipped, next: { index: index + 1, chainKey: nextChainKey } };
		}
		skipped.push({ index, messageKey, keyId: id });
		chainKey = nextChainKey;
		// A fruitless search walks up to MAX_SKIP steps: let the page draw meanwhile.
		await pause();
	}
	return null;
}

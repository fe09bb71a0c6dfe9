/**
 * Reading with whatever keys one holds — the single place that decides read / wrong key /
 * tampered for chains, message keys and wrapped copies. Every outcome comes from really running
 * the decryption (aead.ts `open`), never from a flag saying who "should" be able to read.
 */

import { type Bytes } from './bytes';
import { deriveSealingKey, open, type Envelope } from './aead';
import { TamperedError, WrongKeyError } from './errors';
import { parseHeader } from './header';
import { findInChain, MAX_SKIP, messageKeyAt, type ChainSnapshot } from './ratchet';

export type Outcome =
	| { readonly result: 'read'; readonly plaintext: Bytes }
	| { readonly result: 'tampered'; readonly error: TamperedError }
	| { readonly result: 'wrong-key'; readonly error: WrongKeyError };

/** A message key a receiver passed over and keeps for a message that may still arrive. */
export interface SkippedKey {
	readonly index: number;
	readonly messageKey: Bytes;
	readonly keyId: Bytes;
}

/** Try one 32-byte message key on an envelope. */
export async function attemptWithMessageKey(
	messageKey: Bytes,
	envelope: Envelope
): Promise<Outcome> {
	try {
		return { result: 'read', plaintext: await open(await deriveSealingKey(messageKey), envelope) };
	} catch (error) {
		if (error instanceof TamperedError) return { result: 'tampered', error };
		if (error instanceof WrongKeyError) return { result: 'wrong-key', error };
		throw error;
	}
}

const RANK = { read: 2, tampered: 1, 'wrong-key': 0 } as const;

/**
 * The most telling of several outcomes: any key that reads wins; otherwise, if some key the
 * envelope names failed its tag, the message was tampered with; otherwise nobody's key fits.
 */
export function bestOutcome<T extends { outcome: Outcome }>(attempts: readonly T[]): T | undefined {
	let best: T | undefined;
	for (const a of attempts)
		if (!best || RANK[a.outcome.result] > RANK[best.outcome.result]) best = a;
	return best;
}

/**
 * How far a chain is searched for the envelope's key id. The header's message number is only a
 * claim before the tag verifies, so it sets the search window (plus LOOKAHEAD, in case it was
 * altered) rather than being trusted; with no readable header the whole MAX_SKIP window is used.
 */
export const LOOKAHEAD = 32;

function searchEnd(chain: ChainSnapshot, envelope: Envelope): number {
	const claimed = parseHeader(envelope.associatedData)?.n;
	if (claimed === undefined) return chain.index + MAX_SKIP;
	return Math.max(claimed, chain.index) + LOOKAHEAD;
}

export interface ChainAttempt {
	readonly outcome: Outcome;
	/** The message number of the key that was tried. */
	readonly index: number;
	/** Keys passed over on the way to a matching key (empty when nothing matched). */
	readonly skipped: readonly SkippedKey[];
}

/**
 * Try a chain on an envelope: walk forward for the key whose id matches and open with it. If no
 * key in reach matches, still make a real attempt with the best key the chain can produce — the
 * one for the claimed message number, or, if that lies in the past, the chain's current one —
 * which both lets a thief "try the stolen key" for real and catches a rewritten key id.
 */
export async function attemptWithChain(
	chain: ChainSnapshot,
	envelope: Envelope
): Promise<ChainAttempt> {
	const match = await findInChain(chain, envelope.keyId, searchEnd(chain, envelope));
	if (match) {
		const outcome = await attemptWithMessageKey(match.messageKey, envelope);
		return { outcome, index: match.index, skipped: match.skipped };
	}
	const claimed = parseHeader(envelope.associatedData)?.n;
	const index =
		claimed !== undefined && claimed >= chain.index && claimed < chain.index + MAX_SKIP
			? claimed
			: chain.index;
	const messageKey = await messageKeyAt(chain, index);
	if (!messageKey) throw new Error('unreachable: index is never before the chain');
	return { outcome: await attemptWithMessageKey(messageKey, envelope), index, skipped: [] };
}

/**
 * Open an envelope with a chain (and optionally a skipped key the receiver kept), throwing
 * WrongKeyError / TamperedError. Returns which message number it was and the keys skipped.
 */
export async function openWithChain(
	chain: ChainSnapshot,
	envelope: Envelope,
	skipped?: SkippedKey
): Promise<{ plaintext: Bytes; index: number; skipped: readonly SkippedKey[] }> {
	const attempts: ChainAttempt[] = [];
	if (skipped) {
		const outcome = await attemptWithMessageKey(skipped.messageKey, envelope);
		attempts.push({ outcome, index: skipped.index, skipped: [] });
	}
	if (attempts[0]?.outcome.result !== 'read')
		attempts.push(await attemptWithChain(chain, envelope));
	const best = bestOutcome(attempts);
	if (!best) throw new WrongKeyError();
	if (best.outcome.result === 'read') {
		return { plaintext: best.outcome.plaintext, index: best.index, skipped: best.skipped };
	}
	throw best.outcome.error;
}

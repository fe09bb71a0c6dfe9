/**
 * Who holds what, and who can read what. A party is an id, a display name and the keys it holds.
 * "Can this party read the message?" is answered by trying every key it holds, for real:
 *
 * - an identity private key (with the public keys of its contacts) rebuilds each conversation's
 *   chains from the start and searches them, and unwraps any copy of the key wrapped to it;
 * - a chain key (e.g. one stolen from a device) searches forward from where it was taken;
 * - a single message key is tried as it is;
 * - a public key opens nothing — Diffie–Hellman needs a private key — so it contributes no
 *   attempt at all. That is why the provider's server, which runs the key directory, cannot read.
 *
 * New kinds of parties (an escrow authority, a ghost device, a scanner) are new combinations of
 * these keys plus a design (design.ts) that wraps message keys to them.
 */

import { fromUtf8, type Bytes } from './bytes';
import { TamperedError, WrongKeyError } from './errors';
import { toPublicIdentity, type Identity, type PublicIdentity } from './identity';
import type { SealedMessage } from './message';
import type { ChainSnapshot } from './ratchet';
import { attemptWithChain, attemptWithMessageKey, bestOutcome, type Outcome } from './reader';
import { conversationChains } from './session';
import { unwrapMessageKey } from './wrap';

export type HeldKey =
	| {
			readonly kind: 'identity';
			readonly label: string;
			readonly identity: Identity;
			/** Public keys of the devices this identity talks to (from the key directory). */
			readonly contacts: readonly PublicIdentity[];
	  }
	| { readonly kind: 'chain'; readonly label: string; readonly chain: ChainSnapshot }
	| { readonly kind: 'message-key'; readonly label: string; readonly messageKey: Bytes }
	| { readonly kind: 'public-key'; readonly label: string; readonly publicKey: PublicIdentity };

export interface Party {
	readonly id: string;
	readonly name: string;
	readonly keys: readonly HeldKey[];
}

export type ReadResult = 'read' | 'wrong-key' | 'tampered';

export interface ReadAttempt {
	readonly party: Party;
	readonly result: ReadResult;
	/** Only when result is 'read'. */
	readonly plaintext?: Bytes;
	/** The plaintext as UTF-8 text, only when result is 'read'. */
	readonly text?: string;
	/** Label of the key (and route) that decided the result, e.g. "Alice's identity key → bob". */
	readonly via?: string;
	/** How many real decryption attempts were made (0: the party holds nothing that decrypts). */
	readonly attempts: number;
	/** The typed error behind a 'wrong-key' or 'tampered' result. */
	readonly error?: WrongKeyError | TamperedError;
}

interface LabelledOutcome {
	readonly via: string;
	readonly outcome: Outcome;
}

async function attemptsWith(key: HeldKey, message: SealedMessage): Promise<LabelledOutcome[]> {
	const { envelope } = message;
	switch (key.kind) {
		case 'public-key':
			return [];
		case 'message-key':
			return [{ via: key.label, outcome: await attemptWithMessageKey(key.messageKey, envelope) }];
		case 'chain': {
			const { outcome, index } = await attemptWithChain(key.chain, envelope);
			return [{ via: `${key.label} (message key ${index})`, outcome }];
		}
		case 'identity': {
			const out: LabelledOutcome[] = [];
			const curve = key.identity.keyPair.curve;
			for (const contact of key.contacts) {
				if (contact.publicKey.curve !== curve) continue;
				const { sending, receiving } = await conversationChains(key.identity, contact);
				for (const [chain, direction] of [
					[sending, `to ${contact.id}`],
					[receiving, `from ${contact.id}`]
				] as const) {
					const { outcome, index } = await attemptWithChain(chain, envelope);
					out.push({ via: `${key.label} (${direction}, message key ${index})`, outcome });
				}
			}
			for (const wrap of message.wraps) {
				const via = `${key.label} (copy wrapped to ${wrap.to})`;
				try {
					const messageKey = await unwrapMessageKey(wrap, key.identity, envelope.keyId);
					out.push({ via, outcome: await attemptWithMessageKey(messageKey, envelope) });
				} catch (error) {
					// Wraps addressed to other keys are not attempts; a failing wrap to us is tampering.
					if (error instanceof TamperedError) {
						out.push({ via, outcome: { result: 'tampered', error } });
					}
				}
			}
			return out;
		}
	}
}

/** Try every key `party` holds on `message` and report the most telling outcome. */
export async function tryRead(party: Party, message: SealedMessage): Promise<ReadAttempt> {
	const all: LabelledOutcome[] = [];
	for (const key of party.keys) all.push(...(await attemptsWith(key, message)));
	const best = bestOutcome(all);
	if (!best) {
		const error = new WrongKeyError('Holds no key that could open this message.');
		return { party, result: 'wrong-key', error, attempts: 0 };
	}
	const { outcome, via } = best;
	if (outcome.result === 'read') {
		const { plaintext } = outcome;
		return {
			party,
			result: 'read',
			plaintext,
			text: fromUtf8(plaintext),
			via,
			attempts: all.length
		};
	}
	return { party, result: outcome.result, error: outcome.error, via, attempts: all.length };
}

/** For each party, in order: can it read `message`, found out by trying its keys. */
export async function whoCanRead(
	message: SealedMessage,
	parties: readonly Party[]
): Promise<ReadAttempt[]> {
	return Promise.all(parties.map((party) => tryRead(party, message)));
}

/**
 * The four parties of the end-to-end chapter: the two devices (each with its identity key and
 * the other's public key), the provider's server (it runs the key directory, so it holds both
 * public keys) and an eavesdropper on the network (it holds nothing; it sees the envelope).
 */
export function endToEndCast(alice: Identity, bob: Identity): Party[] {
	const alicePublic = toPublicIdentity(alice);
	const bobPublic = toPublicIdentity(bob);
	return [
		{
			id: alice.id,
			name: 'Alice',
			keys: [
				{ kind: 'identity', label: "Alice's identity key", identity: alice, contacts: [bobPublic] }
			]
		},
		{
			id: bob.id,
			name: 'Bob',
			keys: [
				{ kind: 'identity', label: "Bob's identity key", identity: bob, contacts: [alicePublic] }
			]
		},
		{
			id: 'server',
			name: "The provider's server",
			keys: [
				{ kind: 'public-key', label: "Alice's public key", publicKey: alicePublic },
				{ kind: 'public-key', label: "Bob's public key", publicKey: bobPublic }
			]
		},
		{ id: 'eavesdropper', name: 'An eavesdropper on the network', keys: [] }
	];
}

/**
 * Design 1, key escrow: every message key is also wrapped to the escrow authority's public key
 * (the same wrap a Clipper LEAF amounted to, facts.md §C1). With a warrant the authority unwraps
 * its copy and decrypts. The catch is the escrow private key itself: whoever obtains it — a
 * rogue insider, an intruder, a criminal who buys the leak — opens every message ever wrapped to
 * it, past ones included, because nothing expires. `openPastMessages` shows that by really trying
 * the key on each stored message.
 */

import {
	tryRead,
	wrappingDesign,
	type Design,
	type Identity,
	type Party,
	type PublicIdentity,
	type ReadAttempt,
	type SealedMessage
} from '../crypto';

/** The escrow design: each message key gets one extra wrapped copy, to the escrow key. */
export function escrowDesign(escrowPublic: PublicIdentity): Design {
	return wrappingDesign('escrow', 'Key escrow', [escrowPublic]);
}

/** A party holding the escrow private key (the authority, or anyone it leaked to). */
export function escrowKeyHolder(id: string, name: string, escrow: Identity): Party {
	return {
		id,
		name,
		// No contacts: the escrow key agrees no conversation, it only unwraps copies addressed to it.
		keys: [{ kind: 'identity', label: 'the escrow private key', identity: escrow, contacts: [] }]
	};
}

/** The authority, under a warrant, opens one message: a real unwrap and a real decryption. */
export function openWithWarrant(escrow: Identity, message: SealedMessage): Promise<ReadAttempt> {
	return tryRead(escrowKeyHolder('authority', 'The authority', escrow), message);
}

export interface PastMessagesReport {
	/** How many of the messages the party really opened. */
	readonly opened: number;
	readonly total: number;
	/** The texts it read, in the order of `messages`. */
	readonly texts: string[];
}

/**
 * What a party can read from an archive of past messages (e.g. everything a provider stored, or
 * an intruder copied): each message is tried with the party's keys, one real attempt per message.
 */
export async function openPastMessages(
	messages: readonly SealedMessage[],
	party: Party
): Promise<PastMessagesReport> {
	const texts: string[] = [];
	for (const message of messages) {
		const attempt = await tryRead(party, message);
		if (attempt.result === 'read' && attempt.text !== undefined) texts.push(attempt.text);
	}
	return { opened: texts.length, total: messages.length, texts };
}

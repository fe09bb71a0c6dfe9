/**
 * The threat model behind chapter 4's matrix: who each party is, and what it holds under each
 * design. The matrix (matrix.ts) gives each party exactly these keys and capabilities and then
 * lets it try — these descriptions say what it gets, never whether it succeeds.
 *
 * The parties:
 * - Alice and Bob: the two ends. Each holds an identity private key and the other's public key.
 * - the provider: runs the servers and the key directory; holds public keys and relays ciphertext.
 * - the authority with a warrant: whatever the design gives lawful access.
 * - a rogue insider: someone inside whichever organisation holds the extra capability (the
 *   escrow holder, the directory, the scanning list and its review queue).
 * - a criminal: holds intercepted ciphertext, and the leaked key once a breach leaks it.
 * - a foreign intelligence service: has breached the provider (and the escrow holder), so it
 *   holds whatever they hold and can do whatever their systems can.
 *
 * Per design:
 * - none: only Alice and Bob hold identity private keys; the provider (and those inside it) hold
 *   public keys, which open nothing.
 * - escrow: the authority, the insider and the foreign service all end up holding the escrow
 *   private key; the criminal holds it after the breach (`breached`); the provider does not.
 * - ghost: whoever controls the directory adds a device whose private key it holds — the
 *   authority (under warrant), the insider and the foreign service each add their own; the
 *   criminal holds the authority's ghost key after the breach; the provider only lists the keys.
 * - scanning: nobody but Alice and Bob can decrypt; on a match the phone's report (the plaintext)
 *   reaches the provider's review, anyone inside it (insider, foreign service) and, passed on,
 *   the authority — and the insider and foreign service can also add phrases to the list.
 * - weak-keys: anyone with the ciphertext and a computer (all but Alice and Bob, who derive the
 *   key) can try every key.
 */

import type { DesignId, PartyId } from './types';

export const PARTY_NAMES: Record<PartyId, string> = {
	alice: 'Alice',
	bob: 'Bob',
	provider: 'The provider',
	authority: 'Authority with a warrant',
	insider: 'Rogue insider',
	criminal: 'Criminal with a leaked key',
	'foreign-service': 'Foreign intelligence service'
};

export const DESIGN_NAMES: Record<DesignId, string> = {
	none: 'No backdoor',
	escrow: 'Key escrow',
	ghost: 'Ghost participant',
	scanning: 'Client-side scanning',
	'weak-keys': 'Weakened keys'
};

export const DESIGN_SUMMARIES: Record<DesignId, string> = {
	none: 'Only the two phones can make the key that opens the message.',
	escrow: 'Every message key is also locked to an escrow key held by an authority.',
	ghost: "The provider quietly adds a hidden device to Bob's list, and the app encrypts to it too.",
	scanning:
		"Alice's phone checks each message against a list before encrypting it and reports any match.",
	'weak-keys': 'Keys are cut so short that anyone with the ciphertext can try them all.'
};

/** What each party holds (keys, access, capabilities) under each design. */
export const PARTY_ROLES: Record<DesignId, Record<PartyId, string>> = {
	none: {
		alice: "Her identity private key and Bob's public key.",
		bob: "His identity private key and Alice's public key.",
		provider: 'Both public keys (it runs the key directory) and the ciphertext it relays.',
		authority: 'A warrant, and any ciphertext the provider hands over.',
		insider: 'Access inside the provider: public keys and ciphertext.',
		criminal: 'Intercepted ciphertext; there is no extra key to leak.',
		'foreign-service': "A breach of the provider's systems: public keys and ciphertext."
	},
	escrow: {
		alice: "Her identity private key and Bob's public key.",
		bob: "His identity private key and Alice's public key.",
		provider: "Public keys, including the escrow key's public half, and the ciphertext.",
		authority: 'The escrow private key, used under a warrant.',
		insider: 'The escrow private key, from inside the escrow holder.',
		criminal: 'The escrow private key once it has leaked; nothing before.',
		'foreign-service': 'The escrow private key, taken in a breach of the escrow holder.'
	},
	ghost: {
		alice: 'Her identity private key and the device list the directory gives for Bob.',
		bob: "His identity private key and Alice's public key.",
		provider: 'The key directory, with the public key of every device it lists.',
		authority: "The private key of the ghost device added to Bob's list under its warrant.",
		insider: 'Control of the directory, so the private key of a ghost device it adds itself.',
		criminal: "The authority's ghost device key once it has leaked; nothing before.",
		'foreign-service': 'Control of the breached directory, so a ghost device of its own.'
	},
	scanning: {
		alice: 'Her identity private key; her phone runs the scanner and holds the list.',
		bob: "His identity private key and Alice's public key.",
		provider: 'Public keys, the ciphertext, and the reports the scanner sends for review.',
		authority: 'The reports the provider passes on.',
		insider: 'The review queue, and control of the list: it can add phrases.',
		criminal: 'Intercepted ciphertext; reports never reach it.',
		'foreign-service': 'The breached review queue and list: it sees reports and can add phrases.'
	},
	'weak-keys': {
		alice: 'Her identity private key: her app derives the shortened key.',
		bob: 'His identity private key: his app derives the same shortened key.',
		provider: 'The ciphertext it relays, the public part of the key, and computers.',
		authority: 'The ciphertext, from the provider under a warrant, and computers.',
		insider: 'The ciphertext inside the provider, and computers.',
		criminal: 'Intercepted ciphertext and computers.',
		'foreign-service': 'The ciphertext from its breach, and computers.'
	}
};

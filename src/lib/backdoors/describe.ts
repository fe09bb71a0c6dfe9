import type { BackdoorState, DesignId, Moment } from './types';

/**
 * The flow diagram in words, for every design and moment. Each text names what a sighted reader
 * sees: the path Alice's phone → the provider's server → Bob's phone, where the extra key copy,
 * device or report goes, who holds which key, and what is highlighted. Written for all fifteen
 * combinations, not only those the chapter's steps use, so that any state has a description.
 */
const FLOW: Record<DesignId, Record<Moment, string>> = {
	none: {
		sending:
			'Alice’s phone locks the message and sends it through the provider’s server to Bob’s phone. Only the two phones hold the key that opens it. The server passes on ciphertext it cannot read.',
		warrant:
			'A warrant is served on the provider’s server, highlighted in the middle of the path from Alice’s phone to Bob’s. The server can hand over only ciphertext and metadata, because the key is on the two phones alone.',
		breach:
			'An intruder is inside the provider’s server, highlighted between Alice’s phone and Bob’s. All they can take is ciphertext, because the key that opens it is on the two phones alone.'
	},
	escrow: {
		sending:
			'Alice’s phone locks the message for Bob, and also sends a wrapped copy of the message key to a vault held by the escrow authority. The message itself goes through the provider’s server to Bob’s phone as before. The vault keeps the one private key that unwraps every copy.',
		warrant:
			'The authority, holding a warrant, takes the key out of the vault and unwraps the copy of the message key, both highlighted. With it the authority reads the message. Nothing changes on Alice’s or Bob’s phone.',
		breach:
			'A copy of the vault key has leaked to an attacker, highlighted beside the vault. With it the attacker unwraps this message’s key, and the key of every earlier message that sent a copy, and reads them all. Alice, Bob and the authority see nothing change.'
	},
	ghost: {
		sending:
			'Alice’s phone asks the provider’s server for the keys of Bob’s devices, and the server adds a third, hidden device on Bob’s side. Alice’s phone locks the message for every device on the list, so the hidden device gets its own copy through the server.',
		warrant:
			'The hidden device on Bob’s side, highlighted, belongs to the authority with a warrant, and it opens its copy of the message. Alice’s app hides the notice: its device list shows only Bob’s phone, and the safety number looks unchanged.',
		breach:
			'Someone other than the authority now controls the key directory on the provider’s server, highlighted: a rogue insider, or a foreign service that breached it. They add a hidden device of their own on Bob’s side, and it receives a copy of the message exactly as the authority’s did.'
	},
	scanning: {
		sending:
			'On Alice’s phone, before the message is locked, a scanner compares its fingerprint with a list of fingerprints. Nothing matches, so the message is encrypted and travels through the provider’s server to Bob’s phone untouched.',
		warrant:
			'The message’s fingerprint matches an entry on the list on Alice’s phone, both highlighted. A report leaves her phone outside the encryption, along an arrow to a reviewer and on to the authority. The encrypted message still reaches Bob.',
		breach:
			'A protest slogan has been added to the fingerprint list on Alice’s phone, highlighted. Her harmless message matches it, and a report goes to the reviewer and the authority, although the encryption was never touched.'
	},
	'weak-keys': {
		sending:
			'Alice’s phone locks the message under a key cut down to a small size and sends it through the provider’s server to Bob’s phone. An attacker on the wire copies the ciphertext as it passes.',
		warrant:
			'The authority copies the ciphertext from the wire, between Alice’s phone and the provider’s server. Its computers try one short key after another, highlighted, until one opens the message.',
		breach:
			'The attacker on the wire, highlighted, tries every possible short key in turn until one opens the message. The attack needs neither the provider nor a warrant: anyone with enough computing power can run it.'
	}
};

const DESIGN_NAMES: Record<DesignId, string> = {
	none: 'no back door',
	escrow: 'key escrow',
	ghost: 'ghost participant',
	scanning: 'client-side scanning',
	'weak-keys': 'weakened keys'
};

/** The text alternative of one state of chapter 4's diagram. */
export function describeBackdoor(state: BackdoorState): string {
	if (state.view === 'matrix') {
		// Placeholder: the lead writes the matrix text from the engine's results.
		return `The who-can-read matrix. Highlighted column: ${DESIGN_NAMES[state.design]}.`;
	}
	return FLOW[state.design][state.moment];
}

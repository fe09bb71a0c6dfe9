/**
 * "Who can read this message?" for every party under every design — each cell the outcome of a
 * real attempt: the same text is sealed under the design, then each party tries with exactly
 * what the threat model (threat-model.ts) gives it: `tryRead` with its keys, the scanner's real
 * report, or a real brute-force search. Nothing here says who "should" be able to read.
 *
 * Each column seals the text as the first message of Alice's conversation with Bob: the columns
 * are alternatives (the same message, sent under a different design), not a sequence.
 *
 * Defaults (MATRIX_DEFAULTS), which EXPECTED describes and the chapter shows without JavaScript:
 * - text: DEFAULT_MESSAGE, an ordinary message that includes a protest slogan;
 * - list: DEFAULT_PHRASES, the neutral placeholders — the message matches none of them;
 * - hideNotice: true — the ghost as proposed: the app hides the added device;
 * - breached: true — the escrow key and the authority's ghost key have leaked to the criminal
 *   (the row is "a criminal with a leaked key": the matrix shows where a leak ends).
 * Switching `breached` off empties the criminal's hands in the escrow and ghost columns;
 * adding FUNCTION_CREEP_PHRASE to `list` makes the scanner report this message; `hideNotice`
 * changes no result, only whether Alice's app warned her (`warned`).
 */

import {
	conversationChains,
	messageKeyAt,
	parseHeader,
	pause,
	Session,
	toPublicIdentity,
	tryRead,
	type Design,
	type HeldKey,
	type Identity,
	type Party,
	type SealedMessage
} from '../crypto';
import { bruteForce } from './brute-force';
import { escrowDesign } from './escrow';
import { directoryDesign, directoryEntry, shownDevices } from './ghost';
import { buildList, DEFAULT_PHRASES, REPORT_SEEN_BY, scan } from './scanning';
import { PARTY_NAMES } from './threat-model';
import { DEFAULT_MESSAGE, type CellResult } from './matrix-data';
import { DESIGN_IDS, PARTY_IDS, type DesignId, type PartyId } from './types';
import { openWeak, sealWeak, weakenKey, type WeakSealed } from './weak-keys';
import { createWorld, GHOST_ADDERS, type GhostAdder, type World } from './world';

export { createWorld, type World } from './world';
export { DEFAULT_MESSAGE, EXPECTED, type CellResult } from './matrix-data';
export { DESIGN_NAMES, DESIGN_SUMMARIES, PARTY_NAMES, PARTY_ROLES } from './threat-model';

export interface MatrixCell {
	party: PartyId;
	design: DesignId;
	result: CellResult;
	/** One short plain sentence: which key or route decided it. */
	how: string;
	/** Real decryption attempts made (brute force: keys tried; 0: held nothing to try). */
	attempts: number;
	/**
	 * Ghost column only, for parties reading through an added device: did Alice's app show that
	 * device (and so a changed safety number)? Undefined elsewhere.
	 */
	warned?: boolean;
}

export interface MatrixOptions {
	text: string;
	/** Phrases on the scanning list (default DEFAULT_PHRASES). */
	list?: readonly string[];
	/** Ghost: the app hides the added device (default true). */
	hideNotice?: boolean;
	/** The escrow key and the authority's ghost key have leaked to the criminal (default true). */
	breached?: boolean;
}

/** Secret bits of the weakened key in the matrix: small enough that the column takes well under a second. */
export const MATRIX_KEY_BITS = 10;

export const MATRIX_DEFAULTS: Required<MatrixOptions> = {
	text: DEFAULT_MESSAGE,
	list: DEFAULT_PHRASES,
	hideNotice: true,
	breached: true
};

type Resolved = Required<MatrixOptions>;

function resolve(options: MatrixOptions): Resolved {
	return {
		text: options.text,
		list: options.list ?? MATRIX_DEFAULTS.list,
		hideNotice: options.hideNotice ?? MATRIX_DEFAULTS.hideNotice,
		breached: options.breached ?? MATRIX_DEFAULTS.breached
	};
}

function party(id: PartyId, keys: readonly HeldKey[]): Party {
	return { id, name: PARTY_NAMES[id], keys };
}

function publicKeys(world: World, extra: readonly HeldKey[] = []): HeldKey[] {
	return [
		{ kind: 'public-key', label: "Alice's public key", publicKey: toPublicIdentity(world.alice) },
		{ kind: 'public-key', label: "Bob's public key", publicKey: toPublicIdentity(world.bob) },
		...extra
	];
}

function identityKey(label: string, identity: Identity, contacts: readonly Identity[]): HeldKey {
	return {
		kind: 'identity',
		label,
		identity,
		contacts: contacts.map((contact) => toPublicIdentity(contact))
	};
}

/** The two ends, with their identity keys, the same under every design. */
function ends(world: World): Record<'alice' | 'bob', Party> {
	return {
		alice: party('alice', [identityKey("Alice's identity key", world.alice, [world.bob])]),
		bob: party('bob', [identityKey("Bob's identity key", world.bob, [world.alice])])
	};
}

/** The text as the first message from Alice to Bob, under `design`. */
async function sealFirst(world: World, text: string, design?: Design): Promise<SealedMessage> {
	const session = await Session.start(world.alice, toPublicIdentity(world.bob));
	return session.send(text, { design });
}

function cell(
	design: DesignId,
	partyId: PartyId,
	result: CellResult,
	attempts: number,
	how: string,
	warned?: boolean
): MatrixCell {
	return warned === undefined
		? { party: partyId, design, result, how, attempts }
		: { party: partyId, design, result, how, attempts, warned };
}

/** Try every party on one sealed message; `how` picks the sentence from the real outcome. */
async function tryAll(
	design: DesignId,
	message: SealedMessage,
	parties: Record<PartyId, Party>,
	how: (id: PartyId, read: boolean) => string
): Promise<MatrixCell[]> {
	return Promise.all(
		PARTY_IDS.map(async (id) => {
			const attempt = await tryRead(parties[id], message);
			const read = attempt.result === 'read';
			return cell(design, id, read ? 'reads' : 'cannot-read', attempt.attempts, how(id, read));
		})
	);
}

const END_READS: Record<'alice' | 'bob', string> = {
	alice: "Made the message key from her identity key and Bob's public key.",
	bob: "Made the same message key from his identity key and Alice's public key."
};
const END_FAILS = 'Could not rebuild the message key: something is wrong with the message.';

function endSentence(id: PartyId, read: boolean): string | null {
	if (id !== 'alice' && id !== 'bob') return null;
	return read ? END_READS[id] : END_FAILS;
}

async function noneColumn(world: World, o: Resolved): Promise<MatrixCell[]> {
	const message = await sealFirst(world, o.text);
	const parties: Record<PartyId, Party> = {
		...ends(world),
		provider: party('provider', publicKeys(world)),
		authority: party('authority', []),
		insider: party('insider', publicKeys(world)),
		criminal: party('criminal', []),
		'foreign-service': party('foreign-service', publicKeys(world))
	};
	const fails: Record<PartyId, string> = {
		alice: END_FAILS,
		bob: END_FAILS,
		provider: 'Holds only public keys, which open nothing.',
		authority: 'Holds no key, and the provider has none to hand over.',
		insider: 'Finds only public keys inside the provider.',
		criminal: 'Holds no key; there is none to leak.',
		'foreign-service': 'Found only public keys in the breached provider.'
	};
	return tryAll('none', message, parties, (id, read) =>
		read ? (endSentence(id, read) ?? 'Opened it.') : fails[id]
	);
}

async function escrowColumn(world: World, o: Resolved): Promise<MatrixCell[]> {
	const escrowPublic = toPublicIdentity(world.escrow);
	const message = await sealFirst(world, o.text, escrowDesign(escrowPublic));
	const escrowKey = identityKey('the escrow private key', world.escrow, []);
	const parties: Record<PartyId, Party> = {
		...ends(world),
		provider: party(
			'provider',
			publicKeys(world, [
				{ kind: 'public-key', label: 'the escrow public key', publicKey: escrowPublic }
			])
		),
		authority: party('authority', [escrowKey]),
		insider: party('insider', [escrowKey]),
		criminal: party('criminal', o.breached ? [escrowKey] : []),
		'foreign-service': party('foreign-service', [escrowKey])
	};
	const reads: Record<PartyId, string> = {
		...END_READS,
		provider: 'Opened it.',
		authority: 'Unwrapped its copy of the message key with the escrow key.',
		insider: 'Unwrapped the escrow copy with the key it reaches from inside.',
		criminal: 'Unwrapped the escrow copy with the leaked escrow key.',
		'foreign-service': 'Unwrapped the escrow copy with the key taken in its breach.'
	};
	const fails: Record<PartyId, string> = {
		alice: END_FAILS,
		bob: END_FAILS,
		provider: "Holds only public keys, the escrow key's public half among them.",
		authority: 'Could not unwrap the escrow copy.',
		insider: 'Could not unwrap the escrow copy.',
		criminal: 'Holds no key until the escrow key leaks.',
		'foreign-service': 'Could not unwrap the escrow copy.'
	};
	return tryAll('escrow', message, parties, (id, read) => (read ? reads[id] : fails[id]));
}

const GHOST_READS: Record<GhostAdder | 'criminal', string> = {
	authority: "Its ghost device in Bob's list got a copy of the message key",
	insider: "Added its own ghost device to Bob's list and got a copy",
	'foreign-service': 'Added a ghost device through the breached directory and got a copy',
	criminal: "Unwrapped the ghost device's copy with the leaked ghost key"
};

const GHOST_FAILS: Partial<Record<PartyId, string>> = {
	provider: 'Lists the devices but holds only their public keys.',
	criminal: 'Holds no key until the ghost key leaks.'
};

function isGhostReader(id: PartyId): id is GhostAdder | 'criminal' {
	return id === 'criminal' || (GHOST_ADDERS as readonly PartyId[]).includes(id);
}

async function ghostColumn(world: World, o: Resolved): Promise<MatrixCell[]> {
	// Every directory controller adds its own ghost; the app encrypts to all listed devices.
	const listed = await directoryEntry(world, GHOST_ADDERS, o.hideNotice);
	const shown = new Set(shownDevices(listed).map((device) => device.id));
	const message = await sealFirst(world, o.text, directoryDesign(listed));
	const ghostKey = (adder: GhostAdder) =>
		identityKey(`the ghost device key (${adder})`, world.ghosts[adder], []);
	const parties: Record<PartyId, Party> = {
		...ends(world),
		provider: party(
			'provider',
			listed.map((device) => ({
				kind: 'public-key' as const,
				label: `${device.label} (${device.id})`,
				publicKey: device.publicKey
			}))
		),
		authority: party('authority', [ghostKey('authority')]),
		insider: party('insider', [ghostKey('insider')]),
		criminal: party('criminal', o.breached ? [ghostKey('authority')] : []),
		'foreign-service': party('foreign-service', [ghostKey('foreign-service')])
	};
	/** The device whose key each party holds (the leaked key is the authority's ghost's). */
	const deviceOf = (id: GhostAdder | 'criminal') =>
		world.ghosts[id === 'criminal' ? 'authority' : id].id;
	return Promise.all(
		PARTY_IDS.map(async (id) => {
			const attempt = await tryRead(parties[id], message);
			const read = attempt.result === 'read';
			const end = endSentence(id, read);
			if (end !== null) {
				return cell('ghost', id, read ? 'reads' : 'cannot-read', attempt.attempts, end);
			}
			if (!read || !isGhostReader(id)) {
				const why = read
					? 'Opened it.'
					: (GHOST_FAILS[id] ?? 'Could not unwrap a copy of the message key.');
				return cell('ghost', id, read ? 'reads' : 'cannot-read', attempt.attempts, why);
			}
			// Whether Alice's app displayed the device this party reads through.
			const warned = shown.has(deviceOf(id));
			const how = `${GHOST_READS[id]}${warned ? ", though Alice's app showed the new device." : ", unseen by Alice's app."}`;
			return cell('ghost', id, 'reads', attempt.attempts, how, warned);
		})
	);
}

/** Sentences for the scanning column when no report reached the party. */
const NO_REPORT: Partial<Record<PartyId, string>> = {
	provider: 'Nothing matched the list, so no report came; the ciphertext stays shut.',
	authority: 'Nothing matched the list, so nothing was passed on.',
	insider: 'Nothing matched the list, though it could add a phrase that does.',
	criminal: 'Holds no key, and reports never reach it.',
	'foreign-service': 'Nothing matched the list, though it could add a phrase that does.'
};

const VIA_REPORT: Partial<Record<PartyId, string>> = {
	provider: "Got the plaintext in the report from Alice's phone.",
	authority: "Got the plaintext when the provider's review passed the report on.",
	insider: 'Read the plaintext in the review queue.',
	'foreign-service': 'Read the plaintext in the review queue of the breached provider.'
};

async function scanningColumn(world: World, o: Resolved): Promise<MatrixCell[]> {
	// The phone scans the plaintext first; the encryption itself is plain end-to-end.
	const { report } = await scan(o.text, await buildList(o.list));
	const message = await sealFirst(world, o.text);
	const parties: Record<PartyId, Party> = {
		...ends(world),
		provider: party('provider', publicKeys(world)),
		authority: party('authority', []),
		insider: party('insider', publicKeys(world)),
		criminal: party('criminal', []),
		'foreign-service': party('foreign-service', publicKeys(world))
	};
	return Promise.all(
		PARTY_IDS.map(async (id) => {
			const attempt = await tryRead(parties[id], message);
			if (attempt.result === 'read') {
				const how = endSentence(id, true) ?? 'Opened it.';
				return cell('scanning', id, 'reads', attempt.attempts, how);
			}
			const viaReport = VIA_REPORT[id];
			if (report && REPORT_SEEN_BY.includes(id) && viaReport) {
				return cell('scanning', id, 'reads-via-report', attempt.attempts, viaReport);
			}
			const how = NO_REPORT[id] ?? END_FAILS;
			return cell('scanning', id, 'cannot-read', attempt.attempts, how);
		})
	);
}

/** An end re-deriving the weakened key from its own identity key, as its app does. */
async function endOpensWeak(
	world: World,
	id: 'alice' | 'bob',
	sealed: WeakSealed
): Promise<boolean> {
	const n = parseHeader(sealed.associatedData)?.n;
	if (n === undefined) return false;
	const chain =
		id === 'alice'
			? (await conversationChains(world.alice, toPublicIdentity(world.bob))).sending
			: (await conversationChains(world.bob, toPublicIdentity(world.alice))).receiving;
	const messageKey = await messageKeyAt(chain, n);
	if (!messageKey) return false;
	const key = await weakenKey(messageKey, sealed.bits);
	return (await openWeak(key, sealed)) !== null;
}

async function weakKeysColumn(world: World, o: Resolved): Promise<MatrixCell[]> {
	const { sending } = await conversationChains(world.alice, toPublicIdentity(world.bob));
	const messageKey = await messageKeyAt(sending, 0);
	if (!messageKey) throw new Error('unreachable: message 0 is always in reach');
	const sealed = await sealWeak({
		messageKey,
		bits: MATRIX_KEY_BITS,
		plaintext: o.text,
		from: world.alice.id,
		to: world.bob.id,
		n: 0
	});
	messageKey.fill(0);
	return Promise.all(
		PARTY_IDS.map(async (id) => {
			if (id === 'alice' || id === 'bob') {
				const read = await endOpensWeak(world, id, sealed);
				const how = read
					? `Derived the shortened key from ${id === 'alice' ? 'her' : 'his'} message key, as the app does.`
					: END_FAILS;
				return cell('weak-keys', id, read ? 'reads' : 'cannot-read', 1, how);
			}
			// Small batches, giving way between them: this runs on the page while the reader scrolls.
			const result = await bruteForce(sealed, sealed.bits, { batch: 32, pause });
			const space = count(2 ** sealed.bits);
			if (result.status === 'found') {
				const how = `Tried the keys in turn; number ${count(result.candidate + 1)} of ${space} opened it.`;
				return cell('weak-keys', id, 'reads', result.tried, how);
			}
			const how = `Tried all ${space} keys; none opened it.`;
			return cell('weak-keys', id, 'cannot-read', result.tried, how);
		})
	);
}

/** 1,024 rather than 1024, without depending on the runtime's locale data. */
function count(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const COLUMNS: Record<DesignId, (world: World, o: Resolved) => Promise<MatrixCell[]>> = {
	none: noneColumn,
	escrow: escrowColumn,
	ghost: ghostColumn,
	scanning: scanningColumn,
	'weak-keys': weakKeysColumn
};

/** One design, every party, in PARTY_IDS order. */
export function computeColumn(
	world: World,
	design: DesignId,
	options: MatrixOptions
): Promise<MatrixCell[]> {
	return COLUMNS[design](world, resolve(options));
}

/** Every design (DESIGN_IDS order), each a column in PARTY_IDS order. */
export async function computeMatrix(world: World, options: MatrixOptions): Promise<MatrixCell[][]> {
	const columns: MatrixCell[][] = [];
	// One column at a time: the brute-force column keeps the machine busy on its own.
	for (const design of DESIGN_IDS) {
		columns.push(await computeColumn(world, design, options));
		await pause();
	}
	return columns;
}

/** A fresh world and the default matrix (handy for scripts and tests). */
export async function defaultMatrix(): Promise<MatrixCell[][]> {
	return computeMatrix(await createWorld(), MATRIX_DEFAULTS);
}

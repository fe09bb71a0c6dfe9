/**
 * Chapter 2's scene: one message sent from Alice's phone to Bob's three ways, for real.
 *
 * - none: the words travel as they are.
 * - tls: each link (phone ↔ server) has its own transport key, agreed with X25519 between the
 *   device and the server; the server unlocks what arrives and locks it again for the next link.
 * - e2ee: the message is sealed for Bob with a key only Alice's and Bob's devices can derive,
 *   then carried inside the same transport encryption.
 *
 * What each of the five points can read is found by trying every key it holds on what passes
 * through it, with the engine's real decryption: never by a flag. Transport encryption here is a
 * teaching model of TLS (one agreed key per link, AES-256-GCM records), not TLS itself.
 */
import {
	agree,
	createIdentity,
	deriveSealingKey,
	fromUtf8,
	hkdf,
	open,
	parseMessage,
	randomBytes,
	seal,
	Session,
	stringifyMessage,
	toPublicIdentity,
	tryRead,
	utf8,
	WrongKeyError,
	TamperedError,
	recordBytes,
	type Bytes,
	type Envelope,
	type Identity,
	type SealingKey,
	type ServerMetadata
} from '$lib/crypto';
import type { Hop, Protection } from './types';

/** The devices, the server and the two transport links of one reader's visit. */
export interface JourneyKeys {
	alice: Identity;
	bob: Identity;
	server: Identity;
	/** Alice ↔ server transport key (32 bytes) and its sealing key. */
	firstLink: { raw: Bytes; key: SealingKey };
	/** Server ↔ Bob transport key. */
	secondLink: { raw: Bytes; key: SealingKey };
	/** A network eavesdropper's best guess at a key: random, as good as any guess can be. */
	guess: SealingKey;
	/** Alice's and Bob's ends of their end-to-end conversation. */
	aliceSession: Session;
	bobSession: Session;
}

const TRANSPORT_LABEL = 'sealed/v1/demo-transport';
const RECORD_HEADER = utf8('transport-record');

async function linkKey(device: Identity, server: Identity, link: string) {
	const secret = await agree(device.keyPair.privateKey, server.keyPair.publicKey);
	const raw = await hkdf(secret, new Uint8Array(0), utf8(`${TRANSPORT_LABEL}/${link}`), 32);
	secret.fill(0);
	return { raw, key: await deriveSealingKey(raw) };
}

export async function createJourneyKeys(): Promise<JourneyKeys> {
	const [alice, bob, server] = await Promise.all([
		createIdentity('alice'),
		createIdentity('bob'),
		createIdentity('server')
	]);
	const [firstLink, secondLink, guess, aliceSession, bobSession] = await Promise.all([
		linkKey(alice, server, 'alice'),
		linkKey(bob, server, 'bob'),
		deriveSealingKey(randomBytes(32)),
		Session.start(alice, toPublicIdentity(bob)),
		Session.start(bob, toPublicIdentity(alice))
	]);
	return { alice, bob, server, firstLink, secondLink, guess, aliceSession, bobSession };
}

export type Reading =
	{ canRead: true; text: string; how: string } | { canRead: false; why: string; attempts: number };

export interface HopView {
	hop: Hop;
	/** What passes this point: the words themselves, or the bytes of an encrypted record. */
	form: 'words' | 'transport' | 'end-to-end';
	/** The bytes as they appear at this point. */
	bytes: Bytes;
	/** What this point's keys make of them, tried for real. */
	reading: Reading;
}

export interface Journey {
	protection: Protection;
	text: string;
	hops: HopView[];
	/** What the provider's server records while routing the message. */
	metadata: ServerMetadata;
}

/** Really try to open `envelope` with `key`: the words, or why not. */
async function attempt(key: SealingKey, envelope: Envelope, how: string): Promise<Reading> {
	try {
		return { canRead: true, text: fromUtf8(await open(key, envelope)), how };
	} catch (error) {
		if (error instanceof WrongKeyError) {
			return {
				canRead: false,
				why: 'Its key does not open it: it sees only scrambled bytes.',
				attempts: 1
			};
		}
		if (error instanceof TamperedError) {
			return { canRead: false, why: 'The record was changed on the way.', attempts: 1 };
		}
		throw error;
	}
}

const eavesdropper = (keys: JourneyKeys, envelope: Envelope) => attempt(keys.guess, envelope, '');

function metadataFor(text: string, size: number, now: Date): ServerMetadata {
	return {
		sender: 'alice',
		recipient: 'bob',
		sentAt: now.toISOString(),
		size: size || utf8(text).length
	};
}

/** Sends `text` from Alice to Bob under `protection`, and reports what each point sees. */
export async function sendThrough(
	keys: JourneyKeys,
	text: string,
	protection: Protection,
	now: Date = new Date()
): Promise<Journey> {
	const words = utf8(text);
	const wrote: Reading = { canRead: true, text, how: 'Alice typed it.' };

	if (protection === 'none') {
		// No key is needed: decoding the bytes as text is all it takes, at every point.
		const read = (how: string): Reading => ({ canRead: true, text: fromUtf8(words), how });
		return {
			protection,
			text,
			metadata: metadataFor(text, words.length, now),
			hops: [
				{ hop: 'sender', form: 'words', bytes: words, reading: wrote },
				{ hop: 'first-network', form: 'words', bytes: words, reading: read('No key needed.') },
				{ hop: 'server', form: 'words', bytes: words, reading: read('No key needed.') },
				{ hop: 'second-network', form: 'words', bytes: words, reading: read('No key needed.') },
				{ hop: 'recipient', form: 'words', bytes: words, reading: read('No key needed.') }
			]
		};
	}

	if (protection === 'tls') {
		const first = await seal(keys.firstLink.key, words, RECORD_HEADER);
		const atServer = await attempt(
			keys.firstLink.key,
			first,
			'It holds the key of the link from Alice.'
		);
		if (!atServer.canRead) throw new Error('The server could not open its own transport record');
		const second = await seal(keys.secondLink.key, utf8(atServer.text), RECORD_HEADER);
		return {
			protection,
			text,
			metadata: metadataFor(text, recordBytes(first).length, now),
			hops: [
				{ hop: 'sender', form: 'words', bytes: words, reading: wrote },
				{
					hop: 'first-network',
					form: 'transport',
					bytes: recordBytes(first),
					reading: await eavesdropper(keys, first)
				},
				{ hop: 'server', form: 'words', bytes: utf8(atServer.text), reading: atServer },
				{
					hop: 'second-network',
					form: 'transport',
					bytes: recordBytes(second),
					reading: await eavesdropper(keys, second)
				},
				{
					hop: 'recipient',
					form: 'words',
					bytes: utf8(atServer.text),
					reading: await attempt(
						keys.secondLink.key,
						second,
						'It holds the key of the link to Bob.'
					)
				}
			]
		};
	}

	// End to end: sealed for Bob, then carried inside each link's transport encryption.
	const message = await keys.aliceSession.send(text, { now });
	const inner = utf8(stringifyMessage(message));
	const first = await seal(keys.firstLink.key, inner, RECORD_HEADER);
	const unwrapped = await open(keys.firstLink.key, first);
	const relayed = parseMessage(fromUtf8(unwrapped));
	// The server tries every key it holds (its two transport keys) on the end-to-end message.
	const serverTry = await tryRead(
		{
			id: 'server',
			name: "The provider's server",
			keys: [
				{ kind: 'message-key', label: 'transport key (Alice)', messageKey: keys.firstLink.raw },
				{ kind: 'message-key', label: 'transport key (Bob)', messageKey: keys.secondLink.raw }
			]
		},
		relayed
	);
	const second = await seal(keys.secondLink.key, unwrapped, RECORD_HEADER);
	const atBob = parseMessage(fromUtf8(await open(keys.secondLink.key, second)));
	const bobText = fromUtf8(await keys.bobSession.receive(atBob));
	const sealedBytes = recordBytes(relayed.envelope);
	return {
		protection,
		text,
		metadata: relayed.metadata,
		hops: [
			{ hop: 'sender', form: 'words', bytes: words, reading: wrote },
			{
				hop: 'first-network',
				form: 'transport',
				bytes: recordBytes(first),
				reading: await eavesdropper(keys, first)
			},
			{
				hop: 'server',
				form: 'end-to-end',
				bytes: sealedBytes,
				reading:
					serverTry.result === 'read'
						? { canRead: true, text: serverTry.text ?? '', how: serverTry.via ?? '' }
						: {
								canRead: false,
								why: 'It removes the transport layer, but none of its keys opens what is inside.',
								attempts: serverTry.attempts
							}
			},
			{
				hop: 'second-network',
				form: 'transport',
				bytes: recordBytes(second),
				reading: await eavesdropper(keys, second)
			},
			{
				hop: 'recipient',
				form: 'words',
				bytes: utf8(bobText),
				reading: { canRead: true, text: bobText, how: 'Only Bob’s phone holds the key.' }
			}
		]
	};
}

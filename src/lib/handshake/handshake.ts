/**
 * Chapter 3's scene, for real: two key pairs, the agreement that gives both phones the same
 * secret, one sealed message, a chain of message keys that a thief can copy, and safety numbers
 * that change when the server swaps in keys of its own. Plain TypeScript over the crypto engine.
 */
import {
	agree,
	createIdentity,
	exportPrivatePkcs8,
	fromUtf8,
	openWithChain,
	recordBytes,
	safetyNumber,
	Session,
	toHex,
	toPublicIdentity,
	WrongKeyError,
	TamperedError,
	type ChainSnapshot,
	type Identity,
	type SafetyNumber,
	type SealedMessage
} from '$lib/crypto';

export interface KeyView {
	/** The private key's 32 secret bytes, hex (X25519) — shown here for teaching only. */
	privateHex: string;
	publicHex: string;
}

export interface Handshake {
	curve: string;
	alice: Identity;
	bob: Identity;
	aliceKeys: KeyView;
	bobKeys: KeyView;
	/** What Alice computes from her private key and Bob's public key, and the reverse. */
	aliceSecretHex: string;
	bobSecretHex: string;
	/** Alice's side of the conversation, holding the chain that moves on with every message. */
	aliceSession: Session;
	bobSession: Session;
}

/** The last 32 bytes of an X25519 PKCS#8 key are the private scalar; P-256 shows its d value. */
const privateBytes = (pkcs8: Uint8Array) => pkcs8.slice(pkcs8.length - 32);

async function keyView(identity: Identity): Promise<KeyView> {
	return {
		privateHex: toHex(privateBytes(await exportPrivatePkcs8(identity.keyPair))),
		publicHex: toHex(identity.keyPair.publicRaw)
	};
}

export async function createHandshake(): Promise<Handshake> {
	// Extractable only so that this page can show the private keys; real apps never do.
	const [alice, bob] = await Promise.all([
		createIdentity('alice', { extractable: true }),
		createIdentity('bob', { extractable: true })
	]);
	const [aliceKeys, bobKeys, aliceSecret, bobSecret, aliceSession, bobSession] = await Promise.all([
		keyView(alice),
		keyView(bob),
		agree(alice.keyPair.privateKey, bob.keyPair.publicKey),
		agree(bob.keyPair.privateKey, alice.keyPair.publicKey),
		Session.start(alice, toPublicIdentity(bob)),
		Session.start(bob, toPublicIdentity(alice))
	]);
	return {
		curve: alice.keyPair.curve,
		alice,
		bob,
		aliceKeys,
		bobKeys,
		aliceSecretHex: toHex(aliceSecret),
		bobSecretHex: toHex(bobSecret),
		aliceSession,
		bobSession
	};
}

export interface SealedView {
	text: string;
	number: number;
	message: SealedMessage;
	/** nonce ‖ ciphertext ‖ tag, hex: what travels. */
	hex: string;
}

/** Alice seals `text` for Bob with the next key of her chain. */
export async function sealNext(handshake: Handshake, text: string): Promise<SealedView> {
	const number = handshake.aliceSession.sending.index;
	const message = await handshake.aliceSession.send(text);
	return { text, number, message, hex: toHex(recordBytes(message.envelope)) };
}

/** Bob opens a message from Alice with his own chain: the words, or the engine's refusal. */
export async function bobOpens(handshake: Handshake, sealed: SealedView): Promise<string> {
	return fromUtf8(await handshake.bobSession.receive(sealed.message));
}

export interface TheftResult {
	number: number;
	opened: boolean;
	/** The words, when the stolen key opened it; else why not. */
	detail: string;
}

/** What Alice's phone holds right now: the chain key for her next message. "Today's key". */
export const stealChainKey = (handshake: Handshake): ChainSnapshot =>
	handshake.aliceSession.sending.snapshot();

/** A thief with `stolen` tries it, for real, on each message. */
export async function tryStolenKey(
	stolen: ChainSnapshot,
	messages: readonly SealedView[]
): Promise<TheftResult[]> {
	return Promise.all(
		messages.map(async ({ number, message }) => {
			try {
				const opened = await openWithChain(stolen, message.envelope);
				return { number, opened: true, detail: fromUtf8(opened.plaintext) };
			} catch (error) {
				if (error instanceof WrongKeyError || error instanceof TamperedError) {
					return {
						number,
						opened: false,
						detail: 'No key the stolen one leads to opens it: the chain only runs forward.'
					};
				}
				throw error;
			}
		})
	);
}

export interface SafetyNumbers {
	/** What Alice's phone shows for her chat with Bob. */
	alice: SafetyNumber;
	/** What Bob's phone shows for his chat with Alice. */
	bob: SafetyNumber;
	match: boolean;
}

/**
 * The safety numbers each phone shows. With `swapped`, the server has handed each phone a key of
 * its own in place of the other person's (a man in the middle), so each phone computes its number
 * from a key the other never had.
 */
export async function safetyNumbers(
	handshake: Handshake,
	swapped: Identity | null,
	iterations?: number
): Promise<SafetyNumbers> {
	const alicePublic = toPublicIdentity(handshake.alice);
	const bobPublic = toPublicIdentity(handshake.bob);
	const fake = (id: string) =>
		swapped ? { ...toPublicIdentity(swapped), id } : id === 'bob' ? bobPublic : alicePublic;
	const [alice, bob] = await Promise.all([
		safetyNumber(alicePublic, fake('bob'), { iterations }),
		safetyNumber(bobPublic, fake('alice'), { iterations })
	]);
	return { alice, bob, match: alice.digits === bob.digits };
}

/** A key pair the server makes for itself to impersonate both sides. */
export const createImpostor = (): Promise<Identity> => createIdentity('server');

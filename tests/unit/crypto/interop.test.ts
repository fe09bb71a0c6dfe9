/**
 * Interoperability: messages the engine produced are opened by Node's own `node:crypto`
 * (diffieHellman on KeyObjects, hkdfSync, createHmac, createDecipheriv) from the exported JSON —
 * an independent implementation of the documented protocol — and the other way round.
 */
import {
	createCipheriv,
	createDecipheriv,
	createHmac,
	createPublicKey,
	diffieHellman,
	generateKeyPairSync,
	hkdfSync,
	randomBytes,
	type KeyObject
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	createIdentity,
	fromUtf8,
	identityFromPkcs8,
	messageToJson,
	parseMessage,
	publicIdentityToJson,
	Session,
	toPublicIdentity,
	type CurveName,
	type SealedMessageJson
} from '$lib/crypto';

const b64 = (text: string) => Buffer.from(text, 'base64url');
const empty = Buffer.alloc(0);

/** Raw public key bytes from a JWK, as the engine hashes them: x, or 0x04 ‖ x ‖ y. */
function rawFromJwk(jwk: JsonWebKey): Buffer {
	if (jwk.kty === 'OKP') return b64(jwk.x ?? '');
	return Buffer.concat([Buffer.of(0x04), b64(jwk.x ?? ''), b64(jwk.y ?? '')]);
}

/** Node-side re-implementation of the protocol: the chain key for sender → recipient. */
function nodeChainKey(mine: KeyObject, theirs: KeyObject, senderRaw: Buffer, recipientRaw: Buffer) {
	const shared = diffieHellman({ privateKey: mine, publicKey: theirs });
	const info = Buffer.concat([Buffer.from('sealed/v1/chain-key'), senderRaw, recipientRaw]);
	return Buffer.from(hkdfSync('sha256', shared, empty, info, 32));
}

function nodeMessageKey(chainKey: Buffer, n: number): Buffer {
	let ck = chainKey;
	for (let i = 0; i < n; i++) ck = createHmac('sha256', ck).update(Buffer.of(0x02)).digest();
	return createHmac('sha256', ck).update(Buffer.of(0x01)).digest();
}

function nodeDerive(messageKey: Buffer) {
	return {
		aesKey: Buffer.from(hkdfSync('sha256', messageKey, empty, 'sealed/v1/aes-key', 32)),
		keyId: Buffer.from(hkdfSync('sha256', messageKey, empty, 'sealed/v1/key-id', 16))
	};
}

function nodeKeys(curve: CurveName) {
	return curve === 'X25519'
		? generateKeyPairSync('x25519')
		: generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

describe.each(['X25519', 'P-256'] as const)('node:crypto interoperability over %s', (curve) => {
	async function setup() {
		const bobNode = nodeKeys(curve);
		const pkcs8 = bobNode.privateKey.export({ type: 'pkcs8', format: 'der' });
		const bob = await identityFromPkcs8('bob', curve, new Uint8Array(pkcs8));
		const alice = await createIdentity('alice', { curve });
		const aliceSession = await Session.start(alice, toPublicIdentity(bob));
		// Everything Node gets is JSON: Alice's public key as a JWK.
		const aliceJwk = JSON.parse(JSON.stringify(publicIdentityToJson(toPublicIdentity(alice)))).jwk;
		const bobJwk = bobNode.publicKey.export({ format: 'jwk' });
		return { bobNode, aliceSession, aliceJwk, bobJwk };
	}

	it('Node decrypts a message the engine sealed, from its JSON alone', async () => {
		const { bobNode, aliceSession, aliceJwk, bobJwk } = await setup();
		await aliceSession.send('first');
		await aliceSession.send('second');
		const sent = await aliceSession.send('the third message, checked by node:crypto');
		const json: SealedMessageJson = JSON.parse(JSON.stringify(messageToJson(sent)));

		const header = JSON.parse(b64(json.envelope.associatedData).toString('utf8'));
		expect(header).toEqual({ v: 1, from: 'alice', to: 'bob', n: 2 });

		const alicePublic = createPublicKey({ key: aliceJwk, format: 'jwk' });
		const chainKey = nodeChainKey(
			bobNode.privateKey,
			alicePublic,
			rawFromJwk(aliceJwk),
			rawFromJwk(bobJwk)
		);
		const { aesKey, keyId } = nodeDerive(nodeMessageKey(chainKey, header.n));
		expect(keyId.toString('base64url')).toBe(json.envelope.keyId);

		const decipher = createDecipheriv('aes-256-gcm', aesKey, b64(json.envelope.nonce));
		decipher.setAAD(b64(json.envelope.associatedData));
		decipher.setAuthTag(b64(json.envelope.tag));
		const plaintext = Buffer.concat([
			decipher.update(b64(json.envelope.ciphertext)),
			decipher.final()
		]);
		expect(plaintext.toString('utf8')).toBe('the third message, checked by node:crypto');
	});

	it('Node rejects the engine message once a ciphertext byte is flipped', async () => {
		const { bobNode, aliceSession, aliceJwk, bobJwk } = await setup();
		const json = messageToJson(await aliceSession.send('integrity'));
		const chainKey = nodeChainKey(
			bobNode.privateKey,
			createPublicKey({ key: aliceJwk, format: 'jwk' }),
			rawFromJwk(aliceJwk),
			rawFromJwk(bobJwk)
		);
		const { aesKey } = nodeDerive(nodeMessageKey(chainKey, 0));
		const ciphertext = b64(json.envelope.ciphertext);
		ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
		const decipher = createDecipheriv('aes-256-gcm', aesKey, b64(json.envelope.nonce));
		decipher.setAAD(b64(json.envelope.associatedData));
		decipher.setAuthTag(b64(json.envelope.tag));
		decipher.update(ciphertext);
		expect(() => decipher.final()).toThrow();
	});

	it('the engine opens a reply Node sealed by the same protocol', async () => {
		const { bobNode, aliceSession, aliceJwk, bobJwk } = await setup();
		const alicePublic = createPublicKey({ key: aliceJwk, format: 'jwk' });
		// Bob → Alice: sender is Bob, so his key comes first in the chain label.
		const chainKey = nodeChainKey(
			bobNode.privateKey,
			alicePublic,
			rawFromJwk(bobJwk),
			rawFromJwk(aliceJwk)
		);
		const { aesKey, keyId } = nodeDerive(nodeMessageKey(chainKey, 0));
		const nonce = randomBytes(12);
		const ad = Buffer.from(JSON.stringify({ v: 1, from: 'bob', to: 'alice', n: 0 }));
		const cipher = createCipheriv('aes-256-gcm', aesKey, nonce);
		cipher.setAAD(ad);
		const ciphertext = Buffer.concat([
			cipher.update('sealed by node:crypto', 'utf8'),
			cipher.final()
		]);
		const json: SealedMessageJson = {
			format: 'sealed-message',
			v: 1,
			envelope: {
				keyId: keyId.toString('base64url'),
				nonce: nonce.toString('base64url'),
				ciphertext: ciphertext.toString('base64url'),
				tag: cipher.getAuthTag().toString('base64url'),
				associatedData: ad.toString('base64url')
			},
			wraps: [],
			metadata: { sender: 'bob', recipient: 'alice', sentAt: new Date(0).toISOString(), size: 0 }
		};
		const opened = await aliceSession.receive(parseMessage(JSON.stringify(json)));
		expect(fromUtf8(opened)).toBe('sealed by node:crypto');
	});
});

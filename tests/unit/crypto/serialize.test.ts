/** JSON export/import of messages, public keys and chain keys, and its validation. */
import { describe, expect, it } from 'vitest';
import {
	agree,
	chainFromJson,
	chainToJson,
	createIdentity,
	FormatError,
	fromUtf8,
	messageFromJson,
	messageToJson,
	parseMessage,
	publicIdentityFromJson,
	publicIdentityToJson,
	Session,
	stringifyMessage,
	toHex,
	toPublicIdentity,
	tryRead,
	wrappingDesign,
	type Party,
	type SealedMessage
} from '$lib/crypto';

async function conversation() {
	const alice = await createIdentity('alice');
	const bob = await createIdentity('bob');
	return {
		sender: await Session.start(alice, toPublicIdentity(bob)),
		receiver: await Session.start(bob, toPublicIdentity(alice))
	};
}

function sameBytes(a: SealedMessage, b: SealedMessage) {
	const e = (m: SealedMessage) =>
		[m.envelope.keyId, m.envelope.nonce, m.envelope.ciphertext, m.envelope.tag]
			.concat([m.envelope.associatedData])
			.map(toHex);
	expect(e(b)).toEqual(e(a));
}

describe('messages', () => {
	it('round-trip through JSON text and still open', async () => {
		const { sender, receiver } = await conversation();
		const message = await sender.send('through JSON and back');
		const text = stringifyMessage(message);
		const parsed = parseMessage(text);
		sameBytes(message, parsed);
		expect(parsed.metadata).toEqual(message.metadata);
		expect(fromUtf8(await receiver.receive(parsed))).toBe('through JSON and back');
	});

	it('write bytes as base64url and keep the documented shape', async () => {
		const { sender } = await conversation();
		const json = messageToJson(await sender.send('shape'));
		expect(json.format).toBe('sealed-message');
		expect(json.v).toBe(1);
		expect(Object.keys(json.envelope).sort()).toEqual(
			['associatedData', 'ciphertext', 'keyId', 'nonce', 'tag'].sort()
		);
		for (const value of Object.values(json.envelope)) expect(value).toMatch(/^[A-Za-z0-9_-]*$/);
		expect(Buffer.from(json.envelope.nonce, 'base64url')).toHaveLength(12);
	});

	it('carry key wraps (ephemeral key as a JWK) that still unwrap after the round trip', async () => {
		const alice = await createIdentity('alice', { curve: 'P-256' });
		const bob = await createIdentity('bob', { curve: 'P-256' });
		const authority = await createIdentity('authority', { curve: 'P-256' });
		const session = await Session.start(alice, toPublicIdentity(bob));
		const escrow = wrappingDesign('escrow', 'Key escrow', [toPublicIdentity(authority)]);
		const json = messageToJson(await session.send('wrapped', { design: escrow }));
		expect(json.wraps).toHaveLength(1);
		expect(json.wraps[0]?.to).toBe('authority');
		expect(json.wraps[0]?.ephemeral).toMatchObject({ kty: 'EC', crv: 'P-256' });
		const back = messageFromJson(JSON.parse(JSON.stringify(json)));
		const holder: Party = {
			id: 'authority',
			name: 'Authority',
			keys: [{ kind: 'identity', label: 'escrow key', identity: authority, contacts: [] }]
		};
		const attempt = await tryRead(holder, back);
		expect(attempt.result).toBe('read');
		expect(attempt.text).toBe('wrapped');
	});

	it('reject what is not a Sealed message with FormatError', async () => {
		const { sender } = await conversation();
		const good = messageToJson(await sender.send('x'));
		expect(() => parseMessage('{not json')).toThrow(FormatError);
		expect(() => messageFromJson(null)).toThrow(FormatError);
		expect(() => messageFromJson({ ...good, format: 'other' })).toThrow(FormatError);
		expect(() =>
			messageFromJson({ ...good, envelope: { ...good.envelope, nonce: 'not base64!' } })
		).toThrow(FormatError);
		expect(() =>
			messageFromJson({ ...good, envelope: { ...good.envelope, keyId: 'AAAA' } })
		).toThrow(/keyId should be 16 bytes/);
		expect(() => messageFromJson({ ...good, metadata: { ...good.metadata, size: -1 } })).toThrow(
			FormatError
		);
	});
});

describe('public keys', () => {
	it.each(['X25519', 'P-256'] as const)(
		'%s round-trips as a JWK and still agrees',
		async (curve) => {
			const alice = await createIdentity('alice', { curve });
			const bob = await createIdentity('bob', { curve });
			const json = JSON.parse(JSON.stringify(publicIdentityToJson(toPublicIdentity(alice))));
			expect(json.jwk).toMatchObject(
				curve === 'X25519' ? { kty: 'OKP', crv: 'X25519' } : { kty: 'EC', crv: 'P-256' }
			);
			expect(json.jwk.d).toBeUndefined();
			const imported = await publicIdentityFromJson(json);
			expect(imported.id).toBe('alice');
			expect(toHex(imported.publicKey.raw)).toBe(toHex(alice.keyPair.publicRaw));
			const viaImport = await agree(bob.keyPair.privateKey, imported.publicKey.key);
			const viaOriginal = await agree(bob.keyPair.privateKey, alice.keyPair.publicKey);
			expect(toHex(viaImport)).toBe(toHex(viaOriginal));
		}
	);

	it('rejects unsupported or malformed JWKs', async () => {
		await expect(
			publicIdentityFromJson({ id: 'x', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' } })
		).rejects.toBeInstanceOf(FormatError);
		await expect(
			publicIdentityFromJson({ id: 'x', jwk: { kty: 'OKP', crv: 'X25519', x: 'AAAA' } })
		).rejects.toBeInstanceOf(FormatError);
		await expect(publicIdentityFromJson({ jwk: {} })).rejects.toBeInstanceOf(FormatError);
	});
});

describe('chain keys', () => {
	it('round-trip, so a "stolen" key can be shown and pasted back', async () => {
		const { sender } = await conversation();
		await sender.send('one');
		const snapshot = sender.sending.snapshot();
		const back = chainFromJson(JSON.parse(JSON.stringify(chainToJson(snapshot))));
		expect(back.index).toBe(1);
		expect(toHex(back.chainKey)).toBe(toHex(snapshot.chainKey));
		expect(() =>
			chainFromJson({ format: 'sealed-chain-key', v: 1, index: 0, chainKey: 'AA' })
		).toThrow(FormatError);
	});
});

/** Who can read a message — decided by each party really trying the keys it holds. */
import { describe, expect, it } from 'vitest';
import {
	createIdentity,
	endToEndCast,
	KdfChain,
	Session,
	TamperedError,
	toPublicIdentity,
	tryRead,
	whoCanRead,
	WrongKeyError,
	wrappingDesign,
	type Party,
	type SealedMessage
} from '$lib/crypto';

async function setup(curve: 'X25519' | 'P-256' = 'X25519') {
	const alice = await createIdentity('alice', { curve });
	const bob = await createIdentity('bob', { curve });
	const session = await Session.start(alice, toPublicIdentity(bob));
	return { alice, bob, session, cast: endToEndCast(alice, bob) };
}

function results(attempts: Awaited<ReturnType<typeof whoCanRead>>) {
	return Object.fromEntries(attempts.map((a) => [a.party.id, a.result]));
}

function tamper(message: SealedMessage, field: 'ciphertext' | 'keyId'): SealedMessage {
	const bytes = message.envelope[field].slice();
	bytes[0] = (bytes[0] ?? 0) ^ 0x80;
	return { ...message, envelope: { ...message.envelope, [field]: bytes } };
}

describe.each(['X25519', 'P-256'] as const)('whoCanRead an end-to-end message (%s)', (curve) => {
	it('Alice and Bob read it; the server and the eavesdropper do not', async () => {
		const { session, cast } = await setup(curve);
		await session.send('warm-up');
		const message = await session.send('only for Bob');
		const attempts = await whoCanRead(message, cast);
		expect(results(attempts)).toEqual({
			alice: 'read',
			bob: 'read',
			server: 'wrong-key',
			eavesdropper: 'wrong-key'
		});
		for (const a of attempts.filter((a) => a.result === 'read')) {
			expect(a.text).toBe('only for Bob');
			expect(a.attempts).toBeGreaterThan(0);
		}
		const server = attempts.find((a) => a.party.id === 'server');
		expect(server?.attempts).toBe(0);
		expect(server?.plaintext).toBeUndefined();
	});
});

describe('whoCanRead a changed message', () => {
	it('the key holders see "tampered", everyone else still "wrong key"', async () => {
		const { session, cast } = await setup();
		const message = tamper(await session.send('original'), 'ciphertext');
		const attempts = await whoCanRead(message, cast);
		expect(results(attempts)).toEqual({
			alice: 'tampered',
			bob: 'tampered',
			server: 'wrong-key',
			eavesdropper: 'wrong-key'
		});
		expect(attempts[1]?.error).toBeInstanceOf(TamperedError);
	});

	it('a rewritten key id is still caught as tampering by Bob', async () => {
		const { session, cast } = await setup();
		const bob = cast[1] as Party;
		const attempt = await tryRead(bob, tamper(await session.send('hello'), 'keyId'));
		expect(attempt.result).toBe('tampered');
		expect(attempt.error).toMatchObject({ part: 'key-id' });
	});

	it('a changed header byte is tampering, not a wrong key', async () => {
		const { session, cast } = await setup();
		const message = await session.send('header check');
		const ad = message.envelope.associatedData.slice();
		ad[ad.length - 2] = 0x39; // the message number digit becomes 9
		const forged = { ...message, envelope: { ...message.envelope, associatedData: ad } };
		expect((await tryRead(cast[1] as Party, forged)).result).toBe('tampered');
	});
});

describe('other holders', () => {
	it('a stranger with her own identity key tries and fails', async () => {
		const { alice, session } = await setup();
		const carol = await createIdentity('carol');
		const party: Party = {
			id: 'carol',
			name: 'Carol',
			keys: [
				{
					kind: 'identity',
					label: "Carol's identity key",
					identity: carol,
					contacts: [toPublicIdentity(alice)]
				}
			]
		};
		const attempt = await tryRead(party, await session.send('not for Carol'));
		expect(attempt.result).toBe('wrong-key');
		expect(attempt.attempts).toBe(2);
		expect(attempt.error).toBeInstanceOf(WrongKeyError);
	});

	it('a thief with a stolen chain key reads from that message on, not before', async () => {
		const { session } = await setup();
		const early = await session.send('yesterday');
		const thief: Party = {
			id: 'thief',
			name: 'A phone thief',
			keys: [{ kind: 'chain', label: 'stolen chain key', chain: session.sending.snapshot() }]
		};
		const late = await session.send('today');
		expect((await tryRead(thief, early)).result).toBe('wrong-key');
		const today = await tryRead(thief, late);
		expect(today.result).toBe('read');
		expect(today.text).toBe('today');
	});

	it('a design that wraps message keys to an extra key lets its holder read, for real', async () => {
		const { session, cast } = await setup();
		const authority = await createIdentity('authority');
		const party: Party = {
			id: 'authority',
			name: 'An authority',
			keys: [{ kind: 'identity', label: 'escrow key', identity: authority, contacts: [] }]
		};
		const escrow = wrappingDesign('escrow', 'Key escrow', [toPublicIdentity(authority)]);
		const wrapped = await session.send('wrapped', { design: escrow });
		const plain = await session.send('not wrapped');
		expect(wrapped.wraps).toHaveLength(1);
		expect(wrapped.wraps[0]?.to).toBe('authority');
		expect(plain.wraps).toHaveLength(0);

		const withAuthority = [...cast, party];
		expect(results(await whoCanRead(wrapped, withAuthority))).toEqual({
			alice: 'read',
			bob: 'read',
			server: 'wrong-key',
			eavesdropper: 'wrong-key',
			authority: 'read'
		});
		expect((await tryRead(party, plain)).result).toBe('wrong-key');

		// The wrapped copy is bound to its message: moved onto another message it fails.
		const moved = { ...plain, wraps: wrapped.wraps };
		expect((await tryRead(party, moved)).result).toBe('tampered');
	});

	it('a single message key opens exactly its own message', async () => {
		const { session } = await setup();
		const replay = session.sending.snapshot();
		const first = await session.send('first');
		const second = await session.send('second');
		const { messageKey } = await new KdfChain(replay).next();
		const party: Party = {
			id: 'holder',
			name: 'Holder',
			keys: [{ kind: 'message-key', label: 'message key 0', messageKey }]
		};
		expect((await tryRead(party, first)).result).toBe('read');
		expect((await tryRead(party, second)).result).toBe('wrong-key');
	});
});

/** Conversations between two devices: both directions, late messages, no reopening, P-256. */
import { describe, expect, it, vi } from 'vitest';
import {
	conversationChains,
	createIdentity,
	detectCurve,
	exportPrivatePkcs8,
	fromUtf8,
	generateKeyPair,
	parseHeader,
	Session,
	TamperedError,
	toHex,
	toPublicIdentity,
	UnsupportedError,
	WrongKeyError,
	type CurveName,
	type SealedMessage
} from '$lib/crypto';

async function pair(curve: CurveName | 'auto' = 'auto') {
	const alice = await createIdentity('alice', { curve });
	const bob = await createIdentity('bob', { curve });
	return {
		alice: await Session.start(alice, toPublicIdentity(bob)),
		bob: await Session.start(bob, toPublicIdentity(alice))
	};
}

describe('curves', () => {
	it('detects X25519 in this runtime (Node 20) and caches the answer', async () => {
		const first = detectCurve();
		expect(detectCurve()).toBe(first);
		expect(await first).toBe('X25519');
		expect((await generateKeyPair()).curve).toBe('X25519');
	});

	it('falls back to P-256 where the runtime has no X25519', async () => {
		vi.resetModules();
		const subtle = globalThis.crypto.subtle;
		const real = subtle.generateKey.bind(subtle);
		const spy = vi
			.spyOn(subtle, 'generateKey')
			.mockImplementation(((algorithm: AlgorithmIdentifier, ...rest: [boolean, KeyUsage[]]) =>
				(algorithm as Algorithm).name === 'X25519'
					? Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'))
					: real(algorithm, ...rest)) as typeof subtle.generateKey);
		try {
			const fresh = await import('$lib/crypto/curve');
			expect(await fresh.detectCurve()).toBe('P-256');
			expect((await fresh.generateKeyPair()).curve).toBe('P-256');
		} finally {
			spy.mockRestore();
			vi.resetModules();
		}
	});

	it('can be forced onto the P-256 fallback', async () => {
		const keys = await generateKeyPair('P-256');
		expect(keys.curve).toBe('P-256');
		expect(keys.publicRaw).toHaveLength(65);
		expect(keys.publicRaw[0]).toBe(0x04);
	});

	it('keeps private keys inside WebCrypto unless asked', async () => {
		await expect(exportPrivatePkcs8(await generateKeyPair())).rejects.toThrow();
		const extractable = await generateKeyPair('X25519', { extractable: true });
		expect((await exportPrivatePkcs8(extractable)).length).toBeGreaterThan(32);
	});

	it('refuses to agree across curves', async () => {
		const alice = await createIdentity('alice', { curve: 'X25519' });
		const bob = await createIdentity('bob', { curve: 'P-256' });
		await expect(conversationChains(alice, toPublicIdentity(bob))).rejects.toBeInstanceOf(
			UnsupportedError
		);
	});
});

describe.each(['X25519', 'P-256'] as const)('Session over %s', (curve) => {
	it('both ends derive matching chains, one per direction', async () => {
		const alice = await createIdentity('alice', { curve });
		const bob = await createIdentity('bob', { curve });
		const a = await conversationChains(alice, toPublicIdentity(bob));
		const b = await conversationChains(bob, toPublicIdentity(alice));
		expect(toHex(a.sending.chainKey)).toBe(toHex(b.receiving.chainKey));
		expect(toHex(a.receiving.chainKey)).toBe(toHex(b.sending.chainKey));
		expect(toHex(a.sending.chainKey)).not.toBe(toHex(a.receiving.chainKey));
	});

	it('round-trips messages in both directions', async () => {
		const { alice, bob } = await pair(curve);
		const m0 = await alice.send('hi Bob');
		const m1 = await alice.send('are you there?');
		expect(fromUtf8(await bob.receive(m0))).toBe('hi Bob');
		expect(fromUtf8(await bob.receive(m1))).toBe('are you there?');
		const reply = await bob.send('yes!');
		expect(fromUtf8(await alice.receive(reply))).toBe('yes!');
		expect(parseHeader(m1.envelope.associatedData)).toEqual({
			v: 1,
			from: 'alice',
			to: 'bob',
			n: 1
		});
		expect(parseHeader(reply.envelope.associatedData)?.n).toBe(0);
	});

	it('records what the server sees: sender, recipient, time, size', async () => {
		const { alice } = await pair(curve);
		const message = await alice.send('hello', { now: Date.UTC(2024, 0, 2, 3, 4, 5) });
		expect(message.metadata).toEqual({
			sender: 'alice',
			recipient: 'bob',
			sentAt: '2024-01-02T03:04:05.000Z',
			size: 16 + 12 + 5 + 16 + message.envelope.associatedData.length
		});
	});
});

describe('Session receiving', () => {
	it('opens messages that arrive out of order, keeping skipped keys only until used', async () => {
		const { alice, bob } = await pair();
		const sent: SealedMessage[] = [];
		for (let i = 0; i < 4; i++) sent.push(await alice.send(`m${i}`));
		const [m0, m1, m2, m3] = sent as [SealedMessage, SealedMessage, SealedMessage, SealedMessage];
		expect(fromUtf8(await bob.receive(m2))).toBe('m2');
		expect(bob.skippedKeys().map((k) => k.index)).toEqual([0, 1]);
		expect(fromUtf8(await bob.receive(m0))).toBe('m0');
		expect(fromUtf8(await bob.receive(m3))).toBe('m3');
		expect(fromUtf8(await bob.receive(m1))).toBe('m1');
		expect(bob.skippedKeys()).toEqual([]);
		expect(bob.receiving.index).toBe(4);
	});

	it('cannot open the same message twice: its key was deleted after use', async () => {
		const { alice, bob } = await pair();
		const message = await alice.send('once');
		await bob.receive(message);
		await expect(bob.receive(message)).rejects.toBeInstanceOf(WrongKeyError);
	});

	it('rejects a tampered message without moving the chain, then opens the real one', async () => {
		const { alice, bob } = await pair();
		const message = await alice.send('original');
		const ciphertext = message.envelope.ciphertext.slice();
		ciphertext[0] = (ciphertext[0] ?? 0) ^ 0xff;
		const forged = { ...message, envelope: { ...message.envelope, ciphertext } };
		await expect(bob.receive(forged)).rejects.toBeInstanceOf(TamperedError);
		expect(bob.receiving.index).toBe(0);
		expect(fromUtf8(await bob.receive(message))).toBe('original');
	});

	it('a third device that is not in the conversation gets "wrong key"', async () => {
		const { alice } = await pair();
		const carol = await createIdentity('carol');
		const aliceIdentity = alice.self;
		const carolSession = await Session.start(carol, toPublicIdentity(aliceIdentity));
		await expect(carolSession.receive(await alice.send('not for Carol'))).rejects.toBeInstanceOf(
			WrongKeyError
		);
	});
});

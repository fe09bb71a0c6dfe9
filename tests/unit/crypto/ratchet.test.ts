/** The KDF chain and forward secrecy: a stolen chain key opens message n onward, never before. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	createIdentity,
	deriveKeyId,
	findInChain,
	KdfChain,
	MAX_SKIP,
	messageKeyAt,
	openWithChain,
	randomBytes,
	Session,
	toHex,
	toPublicIdentity,
	WrongKeyError,
	fromUtf8
} from '$lib/crypto';

describe('KdfChain', () => {
	it('follows Signal: message key = HMAC(ck, 0x01), next chain key = HMAC(ck, 0x02)', async () => {
		const start = randomBytes(32);
		const chain = new KdfChain({ index: 0, chainKey: start });
		const { index, messageKey } = await chain.next();
		const hmac = (key: Uint8Array, byte: number) =>
			createHmac('sha256', key).update(Uint8Array.of(byte)).digest('hex');
		expect(index).toBe(0);
		expect(toHex(messageKey)).toBe(hmac(start, 0x01));
		expect(toHex(chain.snapshot().chainKey)).toBe(hmac(start, 0x02));
		expect(chain.index).toBe(1);
	});

	it('gives a different message key and chain key at every step', async () => {
		const chain = new KdfChain({ index: 0, chainKey: randomBytes(32) });
		const seen = new Set<string>();
		for (let i = 0; i < 20; i++) {
			seen.add(toHex(chain.snapshot().chainKey));
			const { index, messageKey } = await chain.next();
			expect(index).toBe(i);
			seen.add(toHex(messageKey));
		}
		expect(seen.size).toBe(40);
	});

	it('hands out copies: a stolen snapshot survives the chain moving on', async () => {
		const chain = new KdfChain({ index: 0, chainKey: randomBytes(32) });
		const stolen = chain.snapshot();
		const before = toHex(stolen.chainKey);
		await chain.next();
		expect(toHex(stolen.chainKey)).toBe(before);
		expect(toHex(chain.snapshot().chainKey)).not.toBe(before);
	});

	it('derives forward only: message keys at or after a snapshot, none before', async () => {
		const chain = new KdfChain({ index: 0, chainKey: randomBytes(32) });
		const origin = chain.snapshot();
		const keys: string[] = [];
		let at3 = chain.snapshot();
		for (let i = 0; i < 5; i++) {
			if (i === 3) at3 = chain.snapshot();
			keys.push(toHex((await chain.next()).messageKey));
		}
		expect(toHex((await messageKeyAt(origin, 4)) ?? new Uint8Array(0))).toBe(keys[4]);
		expect(toHex((await messageKeyAt(at3, 3)) ?? new Uint8Array(0))).toBe(keys[3]);
		expect(toHex((await messageKeyAt(at3, 4)) ?? new Uint8Array(0))).toBe(keys[4]);
		expect(await messageKeyAt(at3, 2)).toBeNull();
		expect(await messageKeyAt(origin, -1)).toBeNull();
	});
});

describe('stealing the current chain key', () => {
	async function conversation(count: number, stealAfter: number) {
		const alice = await createIdentity('alice');
		const bob = await createIdentity('bob');
		const session = await Session.start(alice, toPublicIdentity(bob));
		const messages = [];
		let stolen = session.sending.snapshot();
		for (let i = 0; i < count; i++) {
			if (i === stealAfter) stolen = session.sending.snapshot();
			messages.push(await session.send(`message ${i}`));
		}
		return { messages, stolen };
	}

	it('opens the message it was stolen at and every later one', async () => {
		const { messages, stolen } = await conversation(6, 3);
		expect(stolen.index).toBe(3);
		for (const message of messages.slice(3)) {
			const opened = await openWithChain(stolen, message.envelope);
			expect(fromUtf8(opened.plaintext)).toBe(`message ${opened.index}`);
		}
	});

	it('cannot open any earlier message — the attempt is real and fails as "wrong key"', async () => {
		const { messages, stolen } = await conversation(6, 3);
		for (const message of messages.slice(0, 3)) {
			await expect(openWithChain(stolen, message.envelope)).rejects.toBeInstanceOf(WrongKeyError);
		}
	});

	it('never meets an earlier message key walking forward, however far (MAX_SKIP)', async () => {
		const { messages, stolen } = await conversation(3, 2);
		const earlier = messages[1];
		expect(earlier).toBeDefined();
		if (!earlier) return;
		const found = await findInChain(stolen, earlier.envelope.keyId, stolen.index + MAX_SKIP);
		expect(found).toBeNull();
		const later = messages[2];
		expect(later && (await findInChain(stolen, later.envelope.keyId, 10))?.index).toBe(2);
	});

	it('the envelope key ids are the ids of the chain message keys, in order', async () => {
		const alice = await createIdentity('alice');
		const bob = await createIdentity('bob');
		const session = await Session.start(alice, toPublicIdentity(bob));
		const replay = new KdfChain(session.sending.snapshot());
		for (let i = 0; i < 3; i++) {
			const message = await session.send(`m${i}`);
			const { messageKey } = await replay.next();
			expect(message.envelope.keyId).toEqual(await deriveKeyId(messageKey));
		}
	});
});

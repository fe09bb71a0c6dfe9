import { beforeAll, describe, expect, it } from 'vitest';
import {
	bobOpens,
	createHandshake,
	createImpostor,
	safetyNumbers,
	sealNext,
	stealChainKey,
	tryStolenKey,
	type Handshake
} from '$lib/handshake/handshake';

let handshake: Handshake;
beforeAll(async () => {
	handshake = await createHandshake();
});

describe('keys and agreement', () => {
	it('gives each phone a 32-byte key pair and the same secret from different halves', () => {
		expect(handshake.aliceKeys.publicHex).toMatch(/^[0-9a-f]{64,130}$/);
		expect(handshake.aliceKeys.privateHex).toMatch(/^[0-9a-f]{64}$/);
		expect(handshake.aliceKeys.publicHex).not.toBe(handshake.bobKeys.publicHex);
		expect(handshake.aliceSecretHex).toBe(handshake.bobSecretHex);
		expect(handshake.aliceSecretHex).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('a sealed message', () => {
	it('is ciphertext on the way and the words again on Bob’s phone', async () => {
		const sealed = await sealNext(handshake, 'See you at four');
		expect(sealed.hex).not.toContain(Buffer.from('See you').toString('hex'));
		expect(await bobOpens(handshake, sealed)).toBe('See you at four');
	});
});

describe('forward secrecy', () => {
	it('a chain key stolen today opens no earlier message, but does open the next', async () => {
		const own = await createHandshake();
		const earlier = [];
		for (const text of ['one', 'two', 'three']) earlier.push(await sealNext(own, text));
		const stolen = stealChainKey(own);
		const next = await sealNext(own, 'four');
		const results = await tryStolenKey(stolen, [...earlier, next]);
		expect(results.map((r) => r.opened)).toEqual([false, false, false, true]);
		expect(results[3]!.detail).toBe('four');
		expect(results[0]!.number).toBe(0);
	});
});

describe('safety numbers', () => {
	it('match when nobody is in the middle, and differ when the server swaps keys', async () => {
		const honest = await safetyNumbers(handshake, null, 10);
		expect(honest.match).toBe(true);
		expect(honest.alice.groups).toHaveLength(12);
		const impostor = await createImpostor();
		const attacked = await safetyNumbers(handshake, impostor, 10);
		expect(attacked.match).toBe(false);
		expect(attacked.alice.digits).not.toBe(honest.alice.digits);
		expect(attacked.bob.digits).not.toBe(honest.bob.digits);
	});
});

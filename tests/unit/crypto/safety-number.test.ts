/** Safety numbers: 60 digits, the same from both sides, different as soon as a key changes. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	createIdentity,
	fingerprintDigits,
	groupDigits,
	safetyNumber,
	toPublicIdentity,
	type PublicIdentity
} from '$lib/crypto';

const FAST = { iterations: 64 };

async function identities() {
	return {
		alice: toPublicIdentity(await createIdentity('alice')),
		bob: toPublicIdentity(await createIdentity('bob'))
	};
}

/** An independent re-implementation with node:crypto, following the documented steps. */
function nodeHalf(identity: PublicIdentity, iterations: number): string {
	const key = Buffer.from(identity.publicKey.raw);
	let hash = createHash('sha512')
		.update(Buffer.concat([Buffer.of(0, 0), key, Buffer.from(identity.id, 'utf8')]))
		.digest();
	for (let i = 0; i < iterations; i++)
		hash = createHash('sha512').update(hash).update(key).digest();
	let digits = '';
	for (let offset = 0; offset < 30; offset += 5) {
		digits += String(Number(hash.readUIntBE(offset, 5) % 100000)).padStart(5, '0');
	}
	return digits;
}

describe('safety numbers', () => {
	it('are 60 digits in 12 groups of 5 (default 5200 iterations, as Signal)', async () => {
		const { alice, bob } = await identities();
		const number = await safetyNumber(alice, bob);
		expect(number.digits).toMatch(/^\d{60}$/);
		expect(number.groups).toHaveLength(12);
		for (const group of number.groups) expect(group).toMatch(/^\d{5}$/);
		expect(number.groups.join('')).toBe(number.digits);
	});

	it('are the same whichever side computes them', async () => {
		const { alice, bob } = await identities();
		const fromAlice = await safetyNumber(alice, bob, FAST);
		const fromBob = await safetyNumber(bob, alice, FAST);
		expect(fromAlice.digits).toBe(fromBob.digits);
	});

	it('change when either public key is swapped', async () => {
		const { alice, bob } = await identities();
		const before = await safetyNumber(alice, bob, FAST);
		const mallory = toPublicIdentity(await createIdentity('bob'));
		const afterSwap = await safetyNumber(alice, mallory, FAST);
		expect(afterSwap.digits).not.toBe(before.digits);
		const newAlice = toPublicIdentity(await createIdentity('alice'));
		expect((await safetyNumber(newAlice, bob, FAST)).digits).not.toBe(before.digits);
	});

	it('match an independent node:crypto implementation of the documented steps', async () => {
		const { alice, bob } = await identities();
		expect(await fingerprintDigits(alice.id, alice.publicKey.raw, 64)).toBe(nodeHalf(alice, 64));
		const halves = [nodeHalf(alice, 64), nodeHalf(bob, 64)].sort();
		expect((await safetyNumber(alice, bob, FAST)).digits).toBe(halves.join(''));
	});

	it('work for P-256 keys too, and group any 60 digits', async () => {
		const a = toPublicIdentity(await createIdentity('a', { curve: 'P-256' }));
		const b = toPublicIdentity(await createIdentity('b', { curve: 'P-256' }));
		expect((await safetyNumber(a, b, FAST)).digits).toMatch(/^\d{60}$/);
		expect(groupDigits('0123456789'.repeat(6))[11]).toBe('56789');
	});
});

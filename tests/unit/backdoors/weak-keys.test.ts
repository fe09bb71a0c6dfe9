/** Weakened keys: real AES-GCM under a key with few secret bits, found again by trying them all. */
import { describe, expect, it } from 'vitest';
import { fromUtf8, randomBytes, toBase64url, toHex } from '$lib/crypto';
import {
	AGE_OF_UNIVERSE_YEARS,
	bruteForce,
	extrapolate,
	formatDuration,
	keysPerSecond,
	scientific,
	SECONDS_PER_YEAR
} from '$lib/backdoors/brute-force';
import {
	candidateKey,
	keySpace,
	openWeak,
	publicPart,
	sealWeak,
	sealWithKey,
	secretOf,
	weakenKey,
	weakFromJson,
	weakToJson
} from '$lib/backdoors/weak-keys';

describe('a weakened key', () => {
	it.each([1, 7, 8, 12, 20, 24, 32])('has exactly %i secret bits; the rest are public', (bits) => {
		const key = randomBytes(32);
		const fixed = publicPart(key, bits);
		expect(secretOf(fixed, bits)).toBe(0);
		expect(candidateKey(fixed, bits, secretOf(key, bits))).toEqual(key);
		// Bits above the secret ones are never touched by a candidate.
		const last = candidateKey(fixed, bits, keySpace(bits) - 1);
		expect(secretOf(last, bits)).toBe(keySpace(bits) - 1);
		const whole = Math.floor(bits / 8);
		expect(last.subarray(0, 32 - Math.ceil(bits / 8))).toEqual(
			key.subarray(0, 32 - Math.ceil(bits / 8))
		);
		if (bits % 8 !== 0) {
			const byte = 31 - whole;
			const high = 0xff & ~((1 << (bits % 8)) - 1);
			expect((last[byte] ?? 0) & high).toBe((key[byte] ?? 0) & high);
		}
	});

	it('refuses sizes outside 1…32 bits', () => {
		expect(() => keySpace(0)).toThrow(RangeError);
		expect(() => keySpace(33)).toThrow(RangeError);
		expect(() => keySpace(1.5)).toThrow(RangeError);
	});

	it('Bob derives the same key from the message key and opens the message', async () => {
		const messageKey = randomBytes(32);
		const sealed = await sealWeak({
			messageKey,
			bits: 16,
			plaintext: 'hi Bob',
			from: 'alice',
			to: 'bob',
			n: 3
		});
		const key = await weakenKey(messageKey, 16);
		expect(fromUtf8((await openWeak(key, sealed)) ?? new Uint8Array())).toBe('hi Bob');
		expect(sealed.fixed).toEqual(publicPart(key, 16));
		// One wrong secret bit and the tag fails.
		expect(
			await openWeak(candidateKey(sealed.fixed, 16, secretOf(key, 16) ^ 1), sealed)
		).toBeNull();
	});

	it('survives a JSON round trip; malformed JSON is refused', async () => {
		const sealed = await sealWithKey(randomBytes(32), 12, 'json');
		const json = weakToJson(sealed);
		expect(weakFromJson(JSON.parse(JSON.stringify(json)))).toEqual(sealed);
		expect(weakFromJson(null)).toBeNull();
		expect(weakFromJson({ ...json, bits: 40 })).toBeNull();
		expect(weakFromJson({ ...json, nonce: 'AAAA' })).toBeNull();
		expect(weakFromJson({ ...json, tag: 'not base64url!' })).toBeNull();
		// A "public part" whose secret bits are not zero would put every candidate off.
		const fixed = sealed.fixed.slice();
		fixed[31] = 1;
		expect(weakFromJson({ ...json, fixed: toBase64url(fixed) })).toBeNull();
	});
});

describe('bruteForce', () => {
	it('recovers a random 12-bit key by real decryptions, counting every try', async () => {
		const key = randomBytes(32);
		const sealed = await sealWithKey(key, 12, 'found me');
		const result = await bruteForce(sealed, 12);
		if (result.status !== 'found') throw new Error(result.status);
		expect(toHex(result.key)).toBe(toHex(key));
		expect(result.candidate).toBe(secretOf(key, 12));
		expect(fromUtf8(result.plaintext)).toBe('found me');
		expect(result.tried).toBeGreaterThan(result.candidate);
		expect(result.tried).toBeLessThanOrEqual(keySpace(12));
		expect(result.ms).toBeGreaterThan(0);
	});

	it('searches only its range: outside it the key is not found', async () => {
		const key = candidateKey(randomBytes(32), 10, 700);
		const sealed = await sealWithKey(key, 10, 'x');
		expect(await bruteForce(sealed, 10, { start: 0, end: 700 })).toMatchObject({
			status: 'exhausted',
			tried: 700
		});
		expect(await bruteForce(sealed, 10, { start: 650, end: 800, batch: 16 })).toMatchObject({
			status: 'found',
			candidate: 700
		});
		await expect(bruteForce(sealed, 10, { end: 2000 })).rejects.toThrow(RangeError);
	});

	it('stops when cancelled, reporting progress until then', async () => {
		const sealed = await sealWithKey(candidateKey(randomBytes(32), 24, 2 ** 24 - 1), 24, 'x');
		const controller = new AbortController();
		const seen: number[] = [];
		const result = await bruteForce(sealed, 24, {
			signal: controller.signal,
			progressEveryMs: 0,
			onProgress: (progress) => {
				seen.push(progress.tried);
				expect(progress.total).toBe(2 ** 24);
				if (seen.length === 3) controller.abort();
			}
		});
		expect(result.status).toBe('cancelled');
		expect(seen.length).toBe(3);
		expect(result.tried).toBe(seen[2]);
	});
});

describe('the arithmetic (facts.md §D)', () => {
	it('measures keys per second', () => {
		expect(keysPerSecond(50_000, 2_000)).toBe(25_000);
		expect(keysPerSecond(10, 0)).toBe(0);
	});

	it('extrapolates: expected is half the space, worst case all of it', () => {
		expect(extrapolate(1000, 20)).toEqual({
			bits: 20,
			keys: 1048576,
			expectedSeconds: 524.288,
			worstSeconds: 1048.576
		});
		expect(extrapolate(0, 56).worstSeconds).toBe(Infinity);
	});

	it('at a trillion keys a second, DES takes about 20 hours and AES-128 about 10^19 years', () => {
		const des = extrapolate(1e12, 56);
		expect(formatDuration(des.worstSeconds)).toBe('about 20 hours');
		const aes = extrapolate(1e12, 128);
		expect(formatDuration(aes.worstSeconds)).toBe('about 1.1 × 10¹⁹ years');
		expect(formatDuration(aes.expectedSeconds)).toBe('about 5.4 × 10¹⁸ years');
		expect(aes.worstSeconds / SECONDS_PER_YEAR / AGE_OF_UNIVERSE_YEARS).toBeGreaterThan(7.7e8);
		expect(aes.worstSeconds / SECONDS_PER_YEAR / AGE_OF_UNIVERSE_YEARS).toBeLessThan(7.9e8);
	});

	it('formats durations for people', () => {
		expect(formatDuration(0.2)).toBe('less than a second');
		expect(formatDuration(1)).toBe('about 1 second');
		expect(formatDuration(42.4)).toBe('about 42 seconds');
		expect(formatDuration(600)).toBe('about 10 minutes');
		expect(formatDuration(3600)).toBe('about 1 hour');
		expect(formatDuration(5400)).toBe('about 1.5 hours');
		expect(formatDuration(5 * 3600)).toBe('about 5 hours');
		expect(formatDuration(3 * 86400)).toBe('about 3 days');
		expect(formatDuration(1.5 * SECONDS_PER_YEAR)).toBe('about 1.5 years');
		expect(formatDuration(12_345 * SECONDS_PER_YEAR)).toBe('about 12,000 years');
		expect(formatDuration(3.4e6 * SECONDS_PER_YEAR)).toBe('about 3.4 million years');
		expect(formatDuration(2.2e12 * SECONDS_PER_YEAR)).toBe('about 2.2 × 10¹² years');
		expect(formatDuration(Infinity)).toBe('for ever');
		expect(scientific(9.96e18)).toEqual({ mantissa: '1.0', exponent: 19 });
	});
});

/**
 * Published test vectors, run through the engine's own primitives:
 * RFC 7748 §6.1 (X25519), RFC 5869 A.1 (HKDF-SHA-256), RFC 4231 §4.2 (HMAC-SHA-256),
 * the GCM specification's AES-256 test cases 14 and 16 (McGrew & Viega, as used in
 * NIST SP 800-38D validation), and RFC 4648 §10 (base64, here in its url alphabet).
 */
import { describe, expect, it } from 'vitest';
import {
	aesGcmDecrypt,
	aesGcmEncrypt,
	agree,
	fromBase64url,
	fromHex,
	hkdf,
	hmacSha256,
	importPrivatePkcs8,
	toBase64url,
	toHex,
	utf8,
	x25519ScalarToPkcs8
} from '$lib/crypto';

describe('RFC 7748 §6.1 — X25519', () => {
	const alicePrivate = '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a';
	const alicePublic = '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a';
	const bobPrivate = '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb';
	const bobPublic = 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f';
	const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';

	it('wraps a raw scalar in the RFC 8410 PKCS#8 header', () => {
		const der = x25519ScalarToPkcs8(fromHex(alicePrivate));
		expect(toHex(der)).toBe('302e020100300506032b656e04220420' + alicePrivate);
	});

	it("derives Alice's and Bob's public keys from their private keys", async () => {
		const alice = await importPrivatePkcs8('X25519', x25519ScalarToPkcs8(fromHex(alicePrivate)));
		const bob = await importPrivatePkcs8('X25519', x25519ScalarToPkcs8(fromHex(bobPrivate)));
		expect(toHex(alice.publicRaw)).toBe(alicePublic);
		expect(toHex(bob.publicRaw)).toBe(bobPublic);
	});

	it('computes the same shared secret from both sides', async () => {
		const alice = await importPrivatePkcs8('X25519', x25519ScalarToPkcs8(fromHex(alicePrivate)));
		const bob = await importPrivatePkcs8('X25519', x25519ScalarToPkcs8(fromHex(bobPrivate)));
		expect(toHex(await agree(alice.privateKey, bob.publicKey))).toBe(shared);
		expect(toHex(await agree(bob.privateKey, alice.publicKey))).toBe(shared);
	});
});

describe('RFC 5869 test case 1 — HKDF-SHA-256', () => {
	it('expands to the published OKM', async () => {
		const ikm = new Uint8Array(22).fill(0x0b);
		const salt = fromHex('000102030405060708090a0b0c');
		const info = fromHex('f0f1f2f3f4f5f6f7f8f9');
		const okm = await hkdf(ikm, salt, info, 42);
		expect(toHex(okm)).toBe(
			'3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'
		);
	});
});

describe('RFC 4231 test case 1 — HMAC-SHA-256 (the ratchet step)', () => {
	it('gives the published tag', async () => {
		const tag = await hmacSha256(new Uint8Array(20).fill(0x0b), utf8('Hi There'));
		expect(toHex(tag)).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
	});
});

describe('GCM specification — AES-256-GCM', () => {
	it('test case 14: zero key, zero IV, one zero block', async () => {
		const { ciphertext, tag } = await aesGcmEncrypt(
			new Uint8Array(32),
			new Uint8Array(12),
			new Uint8Array(16),
			new Uint8Array(0)
		);
		expect(toHex(ciphertext)).toBe('cea7403d4d606b6e074ec5d3baf39d18');
		expect(toHex(tag)).toBe('d0d1c8a799996bf0265b98b5d48ab919');
	});

	const key = fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
	const iv = fromHex('cafebabefacedbaddecaf888');
	const plaintext = fromHex(
		'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
			'1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39'
	);
	const aad = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
	const expected =
		'522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
		'8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662';
	const expectedTag = '76fc6ece0f4e1768cddf8853bb2d551b';

	it('test case 16: 60-byte plaintext with 20 bytes of associated data', async () => {
		const { ciphertext, tag } = await aesGcmEncrypt(key, iv, plaintext, aad);
		expect(toHex(ciphertext)).toBe(expected);
		expect(toHex(tag)).toBe(expectedTag);
	});

	it('test case 16 decrypts, and fails once the AAD changes', async () => {
		const ct = fromHex(expected);
		const tag = fromHex(expectedTag);
		expect(toHex((await aesGcmDecrypt(key, iv, ct, tag, aad)) ?? new Uint8Array(0))).toBe(
			toHex(plaintext)
		);
		const badAad = aad.slice();
		badAad[0] = (badAad[0] ?? 0) ^ 1;
		expect(await aesGcmDecrypt(key, iv, ct, tag, badAad)).toBeNull();
	});
});

describe('RFC 4648 §10 — base64 (url alphabet, no padding)', () => {
	const cases: Array<[string, string]> = [
		['', ''],
		['f', 'Zg'],
		['fo', 'Zm8'],
		['foo', 'Zm9v'],
		['foob', 'Zm9vYg'],
		['fooba', 'Zm9vYmE'],
		['foobar', 'Zm9vYmFy']
	];
	it.each(cases)('%j ↔ %j', (input, encoded) => {
		expect(toBase64url(utf8(input))).toBe(encoded);
		expect(toHex(fromBase64url(encoded))).toBe(toHex(utf8(input)));
	});

	it('uses - and _ where base64 has + and /, and matches Node for random bytes', () => {
		expect(toBase64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
		const random = crypto.getRandomValues(new Uint8Array(257));
		expect(toBase64url(random)).toBe(Buffer.from(random).toString('base64url'));
		expect(() => fromBase64url('ab+/')).toThrow(TypeError);
	});
});

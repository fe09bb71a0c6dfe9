/** Sealing and opening envelopes, and telling "wrong key" from "tampered" by the key id. */
import { describe, expect, it } from 'vitest';
import {
	deriveSealingKey,
	encodeHeader,
	fromUtf8,
	open,
	parseHeader,
	randomBytes,
	seal,
	TamperedError,
	utf8,
	WrongKeyError,
	type Envelope
} from '$lib/crypto';

const header = encodeHeader({ from: 'alice', to: 'bob', n: 7 });

async function sealed() {
	const key = await deriveSealingKey(randomBytes(32));
	const envelope = await seal(key, utf8('meet me at noon'), header);
	return { key, envelope };
}

function flip(bytes: Uint8Array, index = 0): Uint8Array<ArrayBuffer> {
	const copy = bytes.slice();
	copy[index] = (copy[index] ?? 0) ^ 0x01;
	return copy;
}

describe('seal / open', () => {
	it('round-trips with the same key', async () => {
		const { key, envelope } = await sealed();
		expect(fromUtf8(await open(key, envelope))).toBe('meet me at noon');
	});

	it('writes a 96-bit nonce, a 128-bit tag and a 16-byte key id', async () => {
		const { key, envelope } = await sealed();
		expect(envelope.nonce).toHaveLength(12);
		expect(envelope.tag).toHaveLength(16);
		expect(envelope.keyId).toHaveLength(16);
		expect(envelope.keyId).toEqual(key.keyId);
		expect(envelope.ciphertext).toHaveLength(utf8('meet me at noon').length);
	});

	it('uses a fresh nonce every time, so the same text seals differently', async () => {
		const key = await deriveSealingKey(randomBytes(32));
		const a = await seal(key, utf8('same'), header);
		const b = await seal(key, utf8('same'), header);
		expect(a.nonce).not.toEqual(b.nonce);
		expect(a.ciphertext).not.toEqual(b.ciphertext);
	});

	it('derives the same key id for the same message key, different ones otherwise', async () => {
		const secret = randomBytes(32);
		const [a, b, c] = await Promise.all([
			deriveSealingKey(secret),
			deriveSealingKey(secret.slice()),
			deriveSealingKey(randomBytes(32))
		]);
		expect(a.keyId).toEqual(b.keyId);
		expect(a.keyId).not.toEqual(c.keyId);
	});

	it('binds a readable header as associated data', async () => {
		const { envelope } = await sealed();
		expect(parseHeader(envelope.associatedData)).toEqual({ v: 1, from: 'alice', to: 'bob', n: 7 });
		expect(fromUtf8(envelope.associatedData)).toBe('{"v":1,"from":"alice","to":"bob","n":7}');
		expect(parseHeader(utf8('{"v":1,"from":"alice"'))).toBeNull();
	});
});

describe('wrong key vs tampered', () => {
	it('a different key gives WrongKeyError', async () => {
		const { envelope } = await sealed();
		const other = await deriveSealingKey(randomBytes(32));
		await expect(open(other, envelope)).rejects.toBeInstanceOf(WrongKeyError);
		await expect(open(other, envelope)).rejects.toMatchObject({ code: 'wrong-key' });
	});

	const fields: Array<keyof Omit<Envelope, 'keyId'>> = [
		'nonce',
		'ciphertext',
		'tag',
		'associatedData'
	];
	it.each(fields)('changing one byte of the %s gives TamperedError', async (field) => {
		const { key, envelope } = await sealed();
		const tampered: Envelope = { ...envelope, [field]: flip(envelope[field], 3) };
		const error = await open(key, tampered).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TamperedError);
		expect(error).toMatchObject({ code: 'tampered', part: 'sealed-contents' });
	});

	it.each(fields)('the wrong key on a tampered %s is still "wrong key"', async (field) => {
		const { envelope } = await sealed();
		const other = await deriveSealingKey(randomBytes(32));
		const tampered: Envelope = { ...envelope, [field]: flip(envelope[field], 3) };
		await expect(open(other, tampered)).rejects.toBeInstanceOf(WrongKeyError);
	});

	it('a truncated tag or an emptied nonce is tampering, not a crash', async () => {
		const { key, envelope } = await sealed();
		await expect(open(key, { ...envelope, tag: envelope.tag.slice(0, 15) })).rejects.toBeInstanceOf(
			TamperedError
		);
		await expect(open(key, { ...envelope, nonce: new Uint8Array(0) })).rejects.toBeInstanceOf(
			TamperedError
		);
	});

	it('a rewritten key id is caught by the holder of the right key', async () => {
		const { key, envelope } = await sealed();
		const error = await open(key, { ...envelope, keyId: flip(envelope.keyId) }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(TamperedError);
		expect(error).toMatchObject({ part: 'key-id' });
	});

	it('errors carry messages the UI can show', async () => {
		expect(new WrongKeyError().message).toMatch(/do not hold the key/);
		expect(new TamperedError('sealed-contents').message).toMatch(/changed in transit/);
	});
});

/** The tamper lab's model: sealing, flipping one byte, and the engine's verdicts in plain words. */
import { describe, expect, it } from 'vitest';
import {
	byteCount,
	changedIndices,
	createLab,
	DEFAULT_TEXT,
	EXPLANATIONS,
	FLIP_MASK,
	flipByte,
	partAt,
	sealText,
	shownBytes,
	spacedHex,
	TAG_BYTES,
	tryOpen,
	type Envelope
} from '$lib/lab/tamper';

async function sealedDefault() {
	const keys = await createLab();
	const envelope = await sealText(keys, DEFAULT_TEXT);
	return { keys, envelope };
}

const sameBytes = (a: Envelope, b: Envelope) =>
	[...a.ciphertext, ...a.tag].join() === [...b.ciphertext, ...b.tag].join();

describe('sealing', () => {
	it('round-trips: what is sealed opens to the same text', async () => {
		const { keys, envelope } = await sealedDefault();
		expect(await tryOpen(keys, envelope)).toEqual({ ok: true, text: DEFAULT_TEXT });
	});

	it('round-trips text beyond ASCII and the empty message', async () => {
		const keys = await createLab();
		for (const text of ['Café at 4? 🙂 見て', '']) {
			expect(await tryOpen(keys, await sealText(keys, text))).toEqual({ ok: true, text });
		}
	});

	it('makes different bytes each time the same text is sealed (a fresh nonce)', async () => {
		const { keys, envelope } = await sealedDefault();
		const again = await sealText(keys, DEFAULT_TEXT);
		expect(again.nonce).not.toEqual(envelope.nonce);
		expect(sameBytes(again, envelope)).toBe(false);
	});

	it('shows ciphertext then a 16-byte tag, one entry per byte', async () => {
		const { envelope } = await sealedDefault();
		const textBytes = new TextEncoder().encode(DEFAULT_TEXT).length;
		const shown = shownBytes(envelope);
		expect(byteCount(envelope)).toBe(textBytes + TAG_BYTES);
		expect(shown).toHaveLength(textBytes + TAG_BYTES);
		expect(shown.filter((b) => b.part === 'tag')).toHaveLength(TAG_BYTES);
		expect(shown[textBytes - 1]?.part).toBe('ciphertext');
		expect(shown[textBytes]?.part).toBe('tag');
		expect(shown.every((b) => /^[0-9a-f]{2}$/.test(b.hex))).toBe(true);
		expect(partAt(envelope, textBytes)).toBe('tag');
	});

	it('writes the nonce as spaced hex pairs', () => {
		expect(spacedHex(Uint8Array.of(0x00, 0xab, 0x3f))).toBe('00 ab 3f');
	});
});

describe('flipping a byte', () => {
	it('changes exactly one byte by FLIP_MASK and leaves the original alone', async () => {
		const { envelope } = await sealedDefault();
		const before = envelope.ciphertext.slice();
		const flipped = flipByte(envelope, 3);
		expect(changedIndices(envelope, flipped)).toEqual([3]);
		expect((flipped.ciphertext[3] ?? 0) ^ (before[3] ?? 0)).toBe(FLIP_MASK);
		expect(envelope.ciphertext).toEqual(before);
	});

	it.each([
		['the first ciphertext byte', () => 0],
		['the last ciphertext byte', (e: Envelope) => e.ciphertext.length - 1],
		['the first tag byte', (e: Envelope) => e.ciphertext.length],
		['the last tag byte', (e: Envelope) => byteCount(e) - 1]
	])('is refused as tampered when it hits %s', async (_name, position) => {
		const { keys, envelope } = await sealedDefault();
		const index = position(envelope);
		const result = await tryOpen(keys, flipByte(envelope, index));
		expect(result).toEqual({
			ok: false,
			kind: 'tampered',
			explanation: EXPLANATIONS.tampered
		});
	});

	it('flipping the same byte twice restores the message, which opens again', async () => {
		const { keys, envelope } = await sealedDefault();
		const twice = flipByte(flipByte(envelope, 5), 5);
		expect(changedIndices(envelope, twice)).toEqual([]);
		expect(await tryOpen(keys, twice)).toEqual({ ok: true, text: DEFAULT_TEXT });
	});

	it('refuses positions outside the shown bytes', async () => {
		const { envelope } = await sealedDefault();
		expect(() => flipByte(envelope, -1)).toThrow(RangeError);
		expect(() => flipByte(envelope, byteCount(envelope))).toThrow(RangeError);
		expect(() => flipByte(envelope, 1.5)).toThrow(RangeError);
	});
});

describe('the wrong key', () => {
	it('is told apart from tampering', async () => {
		const { keys, envelope } = await sealedDefault();
		expect(await tryOpen(keys, envelope, { wrongKey: true })).toEqual({
			ok: false,
			kind: 'wrong-key',
			explanation: EXPLANATIONS.wrongKey
		});
	});

	it('gets two keys that really differ', async () => {
		const keys = await createLab();
		expect(keys.right.keyId).not.toEqual(keys.wrong.keyId);
	});
});

describe('explanations', () => {
	it('are non-empty sentences that say decryption was refused', () => {
		for (const text of Object.values(EXPLANATIONS)) {
			expect(text.length).toBeGreaterThan(40);
			expect(text).toMatch(/^Decryption refused: .+\.$/);
		}
	});
});

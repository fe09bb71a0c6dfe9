/**
 * The tamper lab's model: a thin layer over the crypto engine, with no Svelte in it.
 *
 * A reader types a message; it is sealed with real AES-256-GCM under a fresh random key; the
 * reader flips one byte of what travels and asks the engine to open it. Every verdict comes from
 * the engine's own `open` and its typed errors (`TamperedError`, `WrongKeyError`) — the lab never
 * keeps a "was it tampered?" flag of its own, so what the page says is what the cryptography did.
 *
 * Bytes the reader can flip are the ciphertext followed by the 16-byte tag, numbered from 0 in
 * that order (the nonce is shown but not offered for flipping, to keep the grid to one story).
 */

import {
	deriveSealingKey,
	fromUtf8,
	open,
	randomBytes,
	seal,
	TamperedError,
	toHex,
	utf8,
	WrongKeyError,
	type Bytes,
	type Envelope,
	type SealingKey
} from '$lib/crypto';

export { NONCE_BYTES, TAG_BYTES, type Envelope } from '$lib/crypto';

/** The message the lab starts with. */
export const DEFAULT_TEXT = 'Meet me by the library at four';

/** Longest message the text box accepts (in characters, as `maxlength` counts them). */
export const MAX_TEXT_LENGTH = 140;

/**
 * What a flip XORs into a byte: 0x01 changes only its lowest bit, the smallest change there is
 * (one bit out of every bit sent). That makes the lesson as sharp as it can be — GCM notices even
 * that — and it still shows in the hex, whose last digit moves by one. XOR is its own inverse, so
 * flipping the same byte again puts the original back.
 */
export const FLIP_MASK = 0x01;

/** The reader's key and a second, unrelated one for "Try with the wrong key". */
export interface LabKeys {
	readonly right: SealingKey;
	readonly wrong: SealingKey;
}

/** Which part of the sent bytes a position falls in. */
export type BytePart = 'ciphertext' | 'tag';

/** One flippable byte, as the lab shows it. */
export interface ShownByte {
	/** Position in ciphertext ‖ tag, from 0. */
	readonly index: number;
	readonly value: number;
	/** Two lowercase hex digits. */
	readonly hex: string;
	readonly part: BytePart;
}

export type OpenResult =
	| { readonly ok: true; readonly text: string }
	| {
			readonly ok: false;
			readonly kind: 'tampered' | 'wrong-key';
			/** Plain words for students aged 14–18: what happened and why. */
			readonly explanation: string;
	  };

export interface TryOpenOptions {
	/** Open with the lab's other key instead of the one the message was sealed with. */
	readonly wrongKey?: boolean;
}

/**
 * The lab seals with no associated data: everything the reader can see and flip is then the
 * ciphertext and the tag, and nothing hidden takes part in the check.
 */
const NO_ASSOCIATED_DATA: Bytes = new Uint8Array(0);

export const EXPLANATIONS = {
	tampered:
		'Decryption refused: the 16-byte tag no longer matches, so the message was changed on the way. ' +
		'AES-GCM will not hand over a plaintext it cannot vouch for, not even the bytes nobody touched.',
	wrongKey:
		'Decryption refused: this key is not the one the message was sealed with. ' +
		'Every key has a public label, its key id, and this one does not match the label written ' +
		'on the message. The tag does not check out under this key either, so nothing comes out.'
} as const;

/**
 * Two fresh, independent 32-byte message keys, each turned into a sealing key (AES-256 key plus
 * key id) by the engine. Nothing is stored: a new pair every time the lab starts.
 */
export async function createLab(): Promise<LabKeys> {
	const rightSecret = randomBytes(32);
	const wrongSecret = randomBytes(32);
	const [right, wrong] = await Promise.all([
		deriveSealingKey(rightSecret),
		deriveSealingKey(wrongSecret)
	]);
	// The raw secrets are not needed once the keys exist (the AES keys are non-extractable).
	rightSecret.fill(0);
	wrongSecret.fill(0);
	return { right, wrong };
}

/** Seal `text` (UTF-8) under the lab's key, with a fresh random nonce each time. */
export function sealText(keys: LabKeys, text: string): Promise<Envelope> {
	return seal(keys.right, utf8(text), NO_ASSOCIATED_DATA);
}

/** How many bytes the reader can flip: ciphertext length + 16. */
export function byteCount(envelope: Envelope): number {
	return envelope.ciphertext.length + envelope.tag.length;
}

/** Whether position `index` (in ciphertext ‖ tag) falls in the tag. */
export function partAt(envelope: Envelope, index: number): BytePart {
	return index >= envelope.ciphertext.length ? 'tag' : 'ciphertext';
}

/** The flippable bytes in order, ciphertext first, then the tag. */
export function shownBytes(envelope: Envelope): ShownByte[] {
	const all = [...envelope.ciphertext, ...envelope.tag];
	return all.map((value, index) => ({
		index,
		value,
		hex: value.toString(16).padStart(2, '0'),
		part: partAt(envelope, index)
	}));
}

/** The nonce as hex byte pairs separated by spaces (so it can wrap between bytes). */
export function spacedHex(bytes: Uint8Array): string {
	return toHex(bytes).replace(/(..)(?!$)/g, '$1 ');
}

/**
 * A copy of `envelope` with byte `index` of ciphertext ‖ tag XORed with `FLIP_MASK`. The input is
 * left untouched, so the original stays available for comparison and reset.
 */
export function flipByte(envelope: Envelope, index: number): Envelope {
	const count = byteCount(envelope);
	if (!Number.isInteger(index) || index < 0 || index >= count) {
		throw new RangeError(`Byte ${index} is outside 0–${count - 1}`);
	}
	const ciphertext = envelope.ciphertext.slice();
	const tag = envelope.tag.slice();
	if (index < ciphertext.length) {
		ciphertext[index] = (ciphertext[index] ?? 0) ^ FLIP_MASK;
	} else {
		const at = index - ciphertext.length;
		tag[at] = (tag[at] ?? 0) ^ FLIP_MASK;
	}
	return { ...envelope, ciphertext, tag };
}

/** Positions (in ciphertext ‖ tag) where `current` differs from `original`. */
export function changedIndices(original: Envelope, current: Envelope): number[] {
	const a = [...original.ciphertext, ...original.tag];
	const b = [...current.ciphertext, ...current.tag];
	const changed: number[] = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changed.push(i);
	return changed;
}

/**
 * Ask the engine to open `envelope` with the lab's key (or the wrong one). The verdict is the
 * engine's: a `TamperedError` or `WrongKeyError` thrown by the real `open`. Any other error is a
 * bug or a missing browser feature, and is rethrown rather than dressed up as a verdict.
 */
export async function tryOpen(
	keys: LabKeys,
	envelope: Envelope,
	options: TryOpenOptions = {}
): Promise<OpenResult> {
	const key = options.wrongKey ? keys.wrong : keys.right;
	try {
		return { ok: true, text: fromUtf8(await open(key, envelope)) };
	} catch (error) {
		if (error instanceof TamperedError) {
			return { ok: false, kind: 'tampered', explanation: EXPLANATIONS.tampered };
		}
		if (error instanceof WrongKeyError) {
			return { ok: false, kind: 'wrong-key', explanation: EXPLANATIONS.wrongKey };
		}
		throw error;
	}
}

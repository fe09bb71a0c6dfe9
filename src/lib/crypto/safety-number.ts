/**
 * Safety numbers: 60 digits both people can compare (in person, or over a call) to check that
 * nobody swapped a public key in between. Modelled on Signal's NumericFingerprintGenerator, and
 * simplified — it is not Signal-compatible:
 *
 * - per identity: h = SHA-512(version ‖ publicKey ‖ stableId), then `iterations` times
 *   h = SHA-512(h ‖ publicKey) (Signal: 5200 rounds, version 0 as two bytes, same shape);
 * - its first 30 bytes, as six 5-byte big-endian numbers mod 100000, give 30 digits;
 * - the two 30-digit halves are sorted and joined, so both sides see the same 60 digits.
 *
 * Simplified compared with Signal: the raw public key is hashed without Signal's key-type prefix
 * byte, the stable id is our device id rather than a phone number or account id, and there is no
 * scannable QR form. Changing either public key (or id) changes the number.
 */

import { concatBytes, utf8, type Bytes } from './bytes';
import { sha512 } from './kdf';
import type { PublicIdentity } from './identity';
import { pause } from './pause';

export const SAFETY_NUMBER_VERSION = 0;
/** Signal's iteration count: slows down anyone searching for a key with a matching number. */
export const DEFAULT_ITERATIONS = 5200;

export interface SafetyNumber {
	/** 60 digits. */
	readonly digits: string;
	/** The same digits as 12 groups of 5, the way apps display them. */
	readonly groups: readonly string[];
}

/** The 30 digits one identity (stable id + raw public key) contributes. */
export async function fingerprintDigits(
	stableId: string,
	publicRaw: Bytes,
	iterations: number = DEFAULT_ITERATIONS
): Promise<string> {
	const version = Uint8Array.of(SAFETY_NUMBER_VERSION >> 8, SAFETY_NUMBER_VERSION & 0xff);
	let hash = await sha512(concatBytes(version, publicRaw, utf8(stableId)));
	for (let i = 0; i < iterations; i++) {
		hash = await sha512(concatBytes(hash, publicRaw));
		// Thousands of digests would otherwise be one long task: let the page draw in between.
		await pause();
	}
	let digits = '';
	for (let offset = 0; offset < 30; offset += 5) {
		// Five bytes are 40 bits: too wide for JS bitwise operators, fine for a float multiply.
		let chunk = 0;
		for (let i = 0; i < 5; i++) chunk = chunk * 256 + (hash[offset + i] ?? 0);
		digits += String(chunk % 100000).padStart(5, '0');
	}
	return digits;
}

/** Split 60 digits into 12 groups of 5. */
export function groupDigits(digits: string): string[] {
	return digits.match(/\d{5}/g) ?? [];
}

/** The safety number of two identities: the same whichever side computes it. */
export async function safetyNumber(
	a: PublicIdentity,
	b: PublicIdentity,
	options: { iterations?: number } = {}
): Promise<SafetyNumber> {
	const halves = await Promise.all([
		fingerprintDigits(a.id, a.publicKey.raw, options.iterations),
		fingerprintDigits(b.id, b.publicKey.raw, options.iterations)
	]);
	const digits = halves.sort().join('');
	return { digits, groups: groupDigits(digits) };
}

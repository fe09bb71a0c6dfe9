/**
 * Brute force, for real: try candidate keys for a weakened message (weak-keys.ts) until the
 * AES-GCM tag verifies. Each try is one raw key import and one decryption, issued in batches so
 * WebCrypto can overlap them. The same function runs in the browser's worker
 * (brute-force.worker.ts), in the matrix, and in the Node tests.
 *
 * Then the arithmetic of facts.md §D: from the rate the reader's own device measured, how long
 * the whole key space would take — expected (the key turns up halfway, on average) and worst case.
 */

import { concatBytes, type Bytes } from '../crypto';
import { candidateKey, keySpace, type WeakSealed } from './weak-keys';

/** What a search needs: the public part of the key and the sealed message. */
export type BruteForceTarget = Pick<
	WeakSealed,
	'fixed' | 'nonce' | 'ciphertext' | 'tag' | 'associatedData'
>;

export interface BruteForceProgress {
	readonly tried: number;
	readonly total: number;
	readonly ms: number;
	/** Keys per second so far. */
	readonly rate: number;
}

export interface BruteForceOptions {
	readonly signal?: AbortSignal;
	/** Called about every `progressEveryMs` while searching. */
	readonly onProgress?: (progress: BruteForceProgress) => void;
	/** First candidate to try (default 0). */
	readonly start?: number;
	/** One past the last candidate (default 2^bits). */
	readonly end?: number;
	/** Decryptions in flight at once (default 256). */
	readonly batch?: number;
	readonly progressEveryMs?: number;
	/**
	 * Awaited after each batch. On the page's own thread (the matrix) pass `pause` from the crypto
	 * engine, so a search never freezes scrolling; a worker has no page to keep responsive.
	 */
	readonly pause?: () => Promise<void>;
}

export type BruteForceResult =
	| {
			readonly status: 'found';
			readonly key: Bytes;
			/** The value of the secret bits. */
			readonly candidate: number;
			readonly plaintext: Bytes;
			readonly tried: number;
			readonly ms: number;
	  }
	| { readonly status: 'cancelled'; readonly tried: number; readonly ms: number }
	| { readonly status: 'exhausted'; readonly tried: number; readonly ms: number };

export const DEFAULT_BATCH = 256;
export const PROGRESS_EVERY_MS = 100;

const now = () => performance.now();

/**
 * One try: import the candidate as a raw AES key and decrypt. The plaintext, or null when the tag
 * does not verify. Leaner than the engine's aesGcmDecrypt on purpose (decrypt-only key, the
 * ciphertext and tag joined once per search), since this runs millions of times.
 */
async function attempt(key: Bytes, params: AesGcmParams, sealed: Bytes): Promise<Bytes | null> {
	const subtle = globalThis.crypto.subtle;
	try {
		const aesKey = await subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
		return new Uint8Array(await subtle.decrypt(params, aesKey, sealed));
	} catch {
		return null;
	}
}

/** Keys per second, from a count and a duration in milliseconds (0 when nothing was timed). */
export function keysPerSecond(tried: number, ms: number): number {
	return ms > 0 ? (tried * 1000) / ms : 0;
}

/**
 * Search candidates start…end−1 in order. Resolves with the key once the tag verifies; with
 * 'cancelled' if `signal` aborts (checked between batches); with 'exhausted' if the range held no
 * key that opens the message. `tried` counts every decryption really attempted.
 */
export async function bruteForce(
	target: BruteForceTarget,
	bits: number,
	options: BruteForceOptions = {}
): Promise<BruteForceResult> {
	const space = keySpace(bits);
	const start = options.start ?? 0;
	const end = options.end ?? space;
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > space) {
		throw new RangeError('The search range must lie within the key space');
	}
	const batch = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
	const every = options.progressEveryMs ?? PROGRESS_EVERY_MS;
	const { fixed } = target;
	const params: AesGcmParams = {
		name: 'AES-GCM',
		iv: target.nonce,
		additionalData: target.associatedData,
		tagLength: 128
	};
	const sealed = concatBytes(target.ciphertext, target.tag);
	const total = Math.max(0, end - start);
	const began = now();
	let reported = began;
	let tried = 0;
	for (let next = start; next < end;) {
		if (options.signal?.aborted) return { status: 'cancelled', tried, ms: now() - began };
		const stop = Math.min(end, next + batch);
		const keys: Bytes[] = [];
		for (let candidate = next; candidate < stop; candidate++) {
			keys.push(candidateKey(fixed, bits, candidate));
		}
		const opened = await Promise.all(keys.map((key) => attempt(key, params, sealed)));
		tried += keys.length;
		const hit = opened.findIndex((plaintext) => plaintext !== null);
		const plaintext = opened[hit];
		const key = keys[hit];
		if (plaintext && key) {
			return { status: 'found', key, candidate: next + hit, plaintext, tried, ms: now() - began };
		}
		next = stop;
		await options.pause?.();
		const t = now();
		if (options.onProgress && t - reported >= every) {
			reported = t;
			const ms = t - began;
			options.onProgress({ tried, total, ms, rate: keysPerSecond(tried, ms) });
		}
	}
	return { status: 'exhausted', tried, ms: now() - began };
}

export {
	AGE_OF_UNIVERSE_YEARS,
	extrapolate,
	formatDuration,
	scientific,
	SECONDS_PER_YEAR,
	type Extrapolation
} from './durations';

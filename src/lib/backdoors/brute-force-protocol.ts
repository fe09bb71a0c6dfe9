/**
 * The messages between the page and the brute-force worker (brute-force.worker.ts). Both sides
 * import this file. Everything crossing is JSON-safe (bytes as base64url), and each side parses
 * what it receives: anything malformed is ignored rather than trusted.
 *
 *   page → worker  { type: 'start', bits, sealed, start?, end? }   then maybe  { type: 'cancel' }
 *   worker → page  { type: 'progress', tried, total, rate }        about every 100 ms
 *                  { type: 'found', key, tried, ms, rate, text }   key as hex
 *                  { type: 'cancelled', tried }
 *                  { type: 'exhausted', tried, ms }                the range held no key
 *                  { type: 'error', message }                      the search itself failed
 */

import { weakFromJson, type WeakSealed, type WeakSealedJson } from './weak-keys';

export interface StartMessage {
	readonly type: 'start';
	readonly bits: number;
	readonly sealed: WeakSealedJson;
	/** Optional sub-range of candidates (default: the whole space). */
	readonly start?: number;
	readonly end?: number;
}

export type ToWorker = StartMessage | { readonly type: 'cancel' };

export type FromWorker =
	| {
			readonly type: 'progress';
			readonly tried: number;
			readonly total: number;
			readonly rate: number;
	  }
	| {
			readonly type: 'found';
			readonly key: string;
			readonly tried: number;
			readonly ms: number;
			readonly rate: number;
			readonly text: string;
	  }
	| { readonly type: 'cancelled'; readonly tried: number }
	| { readonly type: 'exhausted'; readonly tried: number; readonly ms: number }
	| { readonly type: 'error'; readonly message: string };

/** A start message after parsing: the envelope decoded and checked. */
export interface ParsedStart {
	readonly type: 'start';
	readonly bits: number;
	readonly sealed: WeakSealed;
	readonly start?: number;
	readonly end?: number;
}

function record(data: unknown): Record<string, unknown> | null {
	return typeof data === 'object' && data !== null && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: null;
}

const count = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const finite = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** What the worker accepts; null for anything else (the worker then ignores it). */
export function parseToWorker(data: unknown): ParsedStart | { type: 'cancel' } | null {
	const message = record(data);
	if (!message) return null;
	if (message.type === 'cancel') return { type: 'cancel' };
	if (message.type !== 'start') return null;
	const sealed = weakFromJson(message.sealed);
	if (!sealed || message.bits !== sealed.bits) return null;
	const space = 2 ** sealed.bits;
	const { start, end } = message;
	if (start !== undefined && !(count(start) && start <= space)) return null;
	if (end !== undefined && !(count(end) && end <= space)) return null;
	if ((start ?? 0) > (end ?? space)) return null;
	return { type: 'start', bits: sealed.bits, sealed, start, end };
}

/** What the page accepts from the worker; null for anything else. */
export function parseFromWorker(data: unknown): FromWorker | null {
	const m = record(data);
	if (!m) return null;
	switch (m.type) {
		case 'progress':
			return count(m.tried) && count(m.total) && finite(m.rate)
				? { type: 'progress', tried: m.tried, total: m.total, rate: m.rate }
				: null;
		case 'found':
			return typeof m.key === 'string' &&
				/^[0-9a-f]{64}$/.test(m.key) &&
				count(m.tried) &&
				finite(m.ms) &&
				finite(m.rate) &&
				typeof m.text === 'string'
				? { type: 'found', key: m.key, tried: m.tried, ms: m.ms, rate: m.rate, text: m.text }
				: null;
		case 'cancelled':
			return count(m.tried) ? { type: 'cancelled', tried: m.tried } : null;
		case 'exhausted':
			return count(m.tried) && finite(m.ms)
				? { type: 'exhausted', tried: m.tried, ms: m.ms }
				: null;
		case 'error':
			return typeof m.message === 'string' ? { type: 'error', message: m.message } : null;
		default:
			return null;
	}
}

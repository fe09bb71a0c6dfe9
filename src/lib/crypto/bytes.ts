/**
 * Byte helpers: hex, base64url, UTF-8, concatenation and comparison.
 *
 * Everything in the engine that holds bytes uses `Bytes`, a Uint8Array backed by a plain
 * ArrayBuffer. Since TypeScript 5.7 a bare `Uint8Array` may sit on a SharedArrayBuffer, which
 * WebCrypto refuses, so the narrower type is what `crypto.subtle` accepts without casts.
 */

export type Bytes = Uint8Array<ArrayBuffer>;

/** A fresh copy of `data` (so callers can wipe or keep their own without aliasing). */
export function copyBytes(data: Uint8Array): Bytes {
	const out = new Uint8Array(data.length);
	out.set(data);
	return out;
}

export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
	let length = 0;
	for (const part of parts) length += part.length;
	const out = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/**
 * Equality that looks at every byte whatever the contents, so comparing key ids does not leak
 * through timing where the first difference is. (Length is not secret here.)
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}

export function randomBytes(length: number): Bytes {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A one-byte-per-entry array from numbers (handy for labels and test vectors). */
export function bytesOf(...values: readonly number[]): Bytes {
	return Uint8Array.from(values);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export function utf8(text: string): Bytes {
	return encoder.encode(text) as Bytes;
}

/** Decode UTF-8; invalid sequences become U+FFFD rather than throwing (tampered text is shown). */
export function fromUtf8(data: Uint8Array): string {
	return decoder.decode(data);
}

export function toHex(data: Uint8Array): string {
	let out = '';
	for (const byte of data) out += byte.toString(16).padStart(2, '0');
	return out;
}

export function fromHex(hex: string): Bytes {
	const clean = hex.replace(/\s+/g, '');
	if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) {
		throw new TypeError('Not a hex string');
	}
	const out = new Uint8Array(clean.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
	return out;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 §5), the encoding JWK uses. */
export function toBase64url(data: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < data.length; i += 3) {
		const n = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
		out +=
			B64URL.charAt(n >> 18) +
			B64URL.charAt((n >> 12) & 63) +
			B64URL.charAt((n >> 6) & 63) +
			B64URL.charAt(n & 63);
	}
	const rest = data.length - i;
	if (rest === 1) {
		const n = (data[i] ?? 0) << 16;
		out += B64URL.charAt(n >> 18) + B64URL.charAt((n >> 12) & 63);
	} else if (rest === 2) {
		const n = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8);
		out += B64URL.charAt(n >> 18) + B64URL.charAt((n >> 12) & 63) + B64URL.charAt((n >> 6) & 63);
	}
	return out;
}

/** Parse base64url (padding tolerated, standard `+/` alphabet refused). Throws TypeError. */
export function fromBase64url(text: string): Bytes {
	const clean = text.replace(/=+$/, '');
	if (!/^[A-Za-z0-9_-]*$/.test(clean) || clean.length % 4 === 1) {
		throw new TypeError('Not a base64url string');
	}
	const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let o = 0;
	for (const char of clean) {
		buffer = (buffer << 6) | B64URL.indexOf(char);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (buffer >> bits) & 0xff;
		}
	}
	return out;
}

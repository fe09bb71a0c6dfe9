/**
 * Elliptic-curve key pairs and Diffie–Hellman agreement over WebCrypto.
 *
 * X25519 (RFC 7748) is the curve Signal, WhatsApp and friends use; Node 20 and current Chromium
 * have it in `crypto.subtle`. Where a runtime lacks it we fall back to ECDH on NIST P-256, which
 * every WebCrypto implementation has. Both give a 32-byte shared secret, so everything above this
 * file is curve-agnostic. The curve can also be forced (tests do, to exercise the fallback).
 */

import { concatBytes, copyBytes, fromBase64url, fromHex, toBase64url, type Bytes } from './bytes';
import { UnsupportedError } from './errors';

export type CurveName = 'X25519' | 'P-256';
/** 'auto' means X25519 when the runtime has it, P-256 otherwise. */
export type CurveChoice = CurveName | 'auto';

export interface KeyPair {
	readonly curve: CurveName;
	readonly publicKey: CryptoKey;
	readonly privateKey: CryptoKey;
	/** The public key as raw bytes: 32 for X25519, 65 (uncompressed point) for P-256. */
	readonly publicRaw: Bytes;
}

export interface PublicKey {
	readonly curve: CurveName;
	readonly key: CryptoKey;
	readonly raw: Bytes;
}

const subtle = () => globalThis.crypto.subtle;

function algorithmFor(curve: CurveName): EcKeyImportParams | Algorithm {
	return curve === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: 'P-256' };
}

/** The only module-level state in the engine: whether this runtime has X25519, asked once. */
let detection: Promise<CurveName> | undefined;

/** 'X25519' if `crypto.subtle` can generate an X25519 key here, else 'P-256'. Cached. */
export function detectCurve(): Promise<CurveName> {
	detection ??= subtle()
		.generateKey({ name: 'X25519' }, false, ['deriveBits'])
		.then(
			() => 'X25519' as const,
			() => 'P-256' as const
		);
	return detection;
}

export async function resolveCurve(choice: CurveChoice = 'auto'): Promise<CurveName> {
	return choice === 'auto' ? detectCurve() : choice;
}

/** Which of our curves a WebCrypto key is on (throws for anything else). */
export function curveOf(key: CryptoKey): CurveName {
	const algorithm = key.algorithm as EcKeyAlgorithm;
	if (algorithm.name === 'X25519') return 'X25519';
	if (algorithm.name === 'ECDH' && algorithm.namedCurve === 'P-256') return 'P-256';
	throw new UnsupportedError(`Unsupported key algorithm ${algorithm.name}`);
}

export interface GenerateOptions {
	/** Let the private key be exported (PKCS#8/JWK). Default false: it never leaves WebCrypto. */
	readonly extractable?: boolean;
}

export async function generateKeyPair(
	choice: CurveChoice = 'auto',
	options: GenerateOptions = {}
): Promise<KeyPair> {
	const curve = await resolveCurve(choice);
	let pair: CryptoKeyPair;
	try {
		pair = (await subtle().generateKey(algorithmFor(curve), options.extractable ?? false, [
			'deriveBits'
		])) as CryptoKeyPair;
	} catch (cause) {
		throw new UnsupportedError(`This browser cannot generate ${curve} keys (${String(cause)})`);
	}
	const publicRaw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
	return { curve, publicKey: pair.publicKey, privateKey: pair.privateKey, publicRaw };
}

/** The 32-byte shared secret of `privateKey` and `publicKey` (same curve required). */
export async function agree(privateKey: CryptoKey, publicKey: CryptoKey): Promise<Bytes> {
	const curve = curveOf(privateKey);
	if (curveOf(publicKey) !== curve) {
		throw new UnsupportedError('Cannot agree on a secret between keys on different curves');
	}
	const name = curve === 'X25519' ? 'X25519' : 'ECDH';
	const bits = await subtle().deriveBits(
		{ name, public: publicKey } as EcdhKeyDeriveParams,
		privateKey,
		256
	);
	const secret = new Uint8Array(bits);
	// X25519 with a low-order public point yields all zeros (RFC 7748 §6.1 says to check).
	if (secret.every((byte) => byte === 0)) throw new UnsupportedError('Degenerate public key');
	return secret;
}

export async function importPublicRaw(curve: CurveName, raw: Uint8Array): Promise<PublicKey> {
	const bytes = copyBytes(raw);
	const key = await subtle().importKey('raw', bytes, algorithmFor(curve), true, []);
	return { curve, key, raw: bytes };
}

/** JWK for a raw public key, computed without WebCrypto (so serialisation can stay sync). */
export function publicRawToJwk(curve: CurveName, raw: Uint8Array): JsonWebKey {
	if (curve === 'X25519') return { kty: 'OKP', crv: 'X25519', x: toBase64url(raw) };
	if (raw.length !== 65 || raw[0] !== 0x04)
		throw new UnsupportedError('Not an uncompressed P-256 point');
	return {
		kty: 'EC',
		crv: 'P-256',
		x: toBase64url(raw.subarray(1, 33)),
		y: toBase64url(raw.subarray(33, 65))
	};
}

/** The curve and raw public bytes a public JWK describes (no WebCrypto involved). */
export function publicJwkToRaw(jwk: JsonWebKey): { curve: CurveName; raw: Bytes } {
	if (jwk.kty === 'OKP' && jwk.crv === 'X25519' && typeof jwk.x === 'string') {
		const raw = fromBase64url(jwk.x);
		if (raw.length !== 32) throw new UnsupportedError('An X25519 key is 32 bytes');
		return { curve: 'X25519', raw };
	}
	if (
		jwk.kty === 'EC' &&
		jwk.crv === 'P-256' &&
		typeof jwk.x === 'string' &&
		typeof jwk.y === 'string'
	) {
		const x = fromBase64url(jwk.x);
		const y = fromBase64url(jwk.y);
		if (x.length !== 32 || y.length !== 32)
			throw new UnsupportedError('A P-256 coordinate is 32 bytes');
		return { curve: 'P-256', raw: concatBytes(Uint8Array.of(0x04), x, y) };
	}
	throw new UnsupportedError('Only X25519 (OKP) and P-256 (EC) public JWKs are supported');
}

export async function importPublicJwk(jwk: JsonWebKey): Promise<PublicKey> {
	const { curve, raw } = publicJwkToRaw(jwk);
	return importPublicRaw(curve, raw);
}

/** The RFC 8410 PKCS#8 header for a bare 32-byte X25519 private scalar. */
const X25519_PKCS8_PREFIX = fromHex('302e020100300506032b656e04220420');

/** Wrap a raw X25519 private key (e.g. an RFC 7748 test vector) as PKCS#8 for importKey. */
export function x25519ScalarToPkcs8(scalar: Uint8Array): Bytes {
	if (scalar.length !== 32) throw new UnsupportedError('An X25519 private key is 32 bytes');
	return concatBytes(X25519_PKCS8_PREFIX, scalar);
}

/**
 * Import a PKCS#8 private key and recover its public half. WebCrypto has no "public from
 * private" call, so the key is imported extractable once, its JWK gives the public point, and
 * (unless `extractable`) it is imported again as non-extractable.
 */
export async function importPrivatePkcs8(
	curve: CurveName,
	pkcs8: Uint8Array,
	options: GenerateOptions = {}
): Promise<KeyPair> {
	const der = copyBytes(pkcs8);
	const algorithm = algorithmFor(curve);
	const probe = await subtle().importKey('pkcs8', der, algorithm, true, ['deriveBits']);
	const jwk = await subtle().exportKey('jwk', probe);
	const { raw } = publicJwkToRaw({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
	const privateKey = options.extractable
		? probe
		: await subtle().importKey('pkcs8', der, algorithm, false, ['deriveBits']);
	const publicKey = await subtle().importKey('raw', raw, algorithm, true, []);
	return { curve, publicKey, privateKey, publicRaw: raw };
}

/** PKCS#8 DER of an extractable private key (for handing it to another implementation). */
export async function exportPrivatePkcs8(pair: KeyPair): Promise<Bytes> {
	return new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
}

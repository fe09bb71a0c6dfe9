/**
 * Sealed's cryptographic engine: plain TypeScript over WebCrypto, the same code in Node (tests)
 * and the browser. Import from '$lib/crypto' rather than the individual files.
 *
 * Layers, bottom up: bytes → curve (X25519, P-256 fallback) and kdf (HKDF, HMAC) → aead
 * (AES-256-GCM + key id) → ratchet (KDF chain) → session (a conversation) → message (envelope,
 * wraps, server metadata) → reader/parties (who can read, by trying) → serialize (JSON).
 */

export * from './bytes';
export * from './errors';
export {
	agree,
	curveOf,
	detectCurve,
	exportPrivatePkcs8,
	generateKeyPair,
	importPrivatePkcs8,
	importPublicJwk,
	importPublicRaw,
	publicJwkToRaw,
	publicRawToJwk,
	resolveCurve,
	x25519ScalarToPkcs8,
	type CurveChoice,
	type CurveName,
	type GenerateOptions,
	type KeyPair,
	type PublicKey
} from './curve';
export { chainStep, hkdf, hmacSha256, LABELS, sha256, sha512 } from './kdf';
export { pause, SLICE_MS } from './pause';
export {
	aesGcmDecrypt,
	aesGcmEncrypt,
	deriveKeyId,
	deriveSealingKey,
	KEY_ID_BYTES,
	NONCE_BYTES,
	open,
	recordBytes,
	seal,
	TAG_BYTES,
	type Envelope,
	type SealingKey
} from './aead';
export { encodeHeader, HEADER_VERSION, parseHeader, type Header } from './header';
export {
	findInChain,
	KdfChain,
	MAX_SKIP,
	messageKeyAt,
	type ChainMatch,
	type ChainSnapshot
} from './ratchet';
export {
	createIdentity,
	identityFromPkcs8,
	publicKeyId,
	toPublicIdentity,
	type Identity,
	type IdentityOptions,
	type PublicIdentity
} from './identity';
export { END_TO_END, wrappingDesign, type Design, type DesignContext } from './design';
export { unwrapMessageKey, wrapMessageKey, type KeyWrap } from './wrap';
export {
	openWithMessageKey,
	sealMessage,
	wireSize,
	type SealedMessage,
	type SealParams,
	type ServerMetadata
} from './message';
export { conversationChains, initialChainKey, Session, type SendOptions } from './session';
export {
	attemptWithChain,
	attemptWithMessageKey,
	bestOutcome,
	LOOKAHEAD,
	openWithChain,
	type ChainAttempt,
	type Outcome,
	type SkippedKey
} from './reader';
export {
	endToEndCast,
	tryRead,
	whoCanRead,
	type HeldKey,
	type Party,
	type ReadAttempt,
	type ReadResult
} from './parties';
export {
	DEFAULT_ITERATIONS,
	fingerprintDigits,
	groupDigits,
	safetyNumber,
	SAFETY_NUMBER_VERSION,
	type SafetyNumber
} from './safety-number';
export {
	chainFromJson,
	chainToJson,
	messageFromJson,
	messageToJson,
	parseMessage,
	publicIdentityFromJson,
	publicIdentityToJson,
	stringifyMessage,
	type ChainSnapshotJson,
	type EnvelopeJson,
	type KeyWrapJson,
	type PublicIdentityJson,
	type SealedMessageJson
} from './serialize';

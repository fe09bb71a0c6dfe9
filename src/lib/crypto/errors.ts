/**
 * Typed errors the UI can explain. Every failure to open a message ends in exactly one of:
 *
 * - `WrongKeyError` ("you do not hold the key"): the key tried is not the one the message was
 *   sealed with — its key id does not match the envelope's, and it does not open the envelope.
 * - `TamperedError` ("this message was changed in transit"): the reader holds the key the
 *   envelope names (key ids match) yet the authentication tag does not verify, or the key opens
 *   the envelope but the key id beside it was rewritten.
 *
 * How the two are told apart honestly is explained in aead.ts. `FormatError` is for JSON that is
 * not a Sealed message or key at all; `UnsupportedError` for a curve the runtime lacks or keys on
 * different curves.
 */

export type SealedErrorCode = 'wrong-key' | 'tampered' | 'format' | 'unsupported';

export abstract class SealedError extends Error {
	abstract readonly code: SealedErrorCode;
}

export class WrongKeyError extends SealedError {
	readonly code = 'wrong-key';
	constructor(message = 'You do not hold the key this message was locked with.') {
		super(message);
		this.name = 'WrongKeyError';
	}
}

/** Which part of the envelope gave the change away, when the engine can tell. */
export type TamperedPart = 'sealed-contents' | 'key-id' | 'key-wrap';

export class TamperedError extends SealedError {
	readonly code = 'tampered';
	/**
	 * 'sealed-contents': the tag failed — nonce, ciphertext, tag or associated data changed (GCM
	 * cannot say which, and neither do we). 'key-id': everything verified except the key id beside
	 * it. 'key-wrap': a copy of the message key wrapped to the reader's public key failed its tag.
	 */
	readonly part: TamperedPart;
	constructor(part: TamperedPart, message = 'This message was changed in transit.') {
		super(message);
		this.name = 'TamperedError';
		this.part = part;
	}
}

export class FormatError extends SealedError {
	readonly code = 'format';
	constructor(message: string) {
		super(message);
		this.name = 'FormatError';
	}
}

export class UnsupportedError extends SealedError {
	readonly code = 'unsupported';
	constructor(message: string) {
		super(message);
		this.name = 'UnsupportedError';
	}
}

export function isSealedError(error: unknown): error is SealedError {
	return error instanceof SealedError;
}

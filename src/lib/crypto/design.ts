/**
 * A design decides who, besides the recipient, a message key is also wrapped to. End-to-end
 * encryption wraps it to nobody: only the two ends can derive it. Designs with exceptional access
 * (an escrow authority, a silently added "ghost" device, …) are the same machinery with a
 * non-empty list — and whoCanRead then shows, by really decrypting, who gains access.
 */

import type { PublicIdentity } from './identity';

export interface DesignContext {
	readonly sender: PublicIdentity;
	readonly recipient: PublicIdentity;
}

export interface Design {
	readonly id: string;
	readonly name: string;
	/** Public keys that get their own wrapped copy of each message key. */
	wrapTo(context: DesignContext): readonly PublicIdentity[];
}

export const END_TO_END: Design = {
	id: 'end-to-end',
	name: 'End-to-end encryption',
	wrapTo: () => []
};

/** A design that wraps every message key to a fixed list of extra public keys. */
export function wrappingDesign(id: string, name: string, extra: readonly PublicIdentity[]): Design {
	return { id, name, wrapTo: () => extra };
}

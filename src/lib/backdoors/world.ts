/**
 * The cast of chapter 4, generated once: Alice's and Bob's devices, the escrow authority's key
 * pair, and one ghost device for each party that can write to the provider's key directory.
 * Every design and the matrix work on the same world, so "the same message under four designs"
 * really is sealed between the same two devices each time.
 *
 * Key pairs are X25519 where the runtime has it and P-256 otherwise (the crypto engine decides);
 * private keys stay inside WebCrypto (not extractable).
 */

import { createIdentity, type CurveChoice, type CurveName, type Identity } from '../crypto';
import type { PartyId } from './types';

/** Parties that can add a device to Bob's entry in the directory (see ghost.ts). */
export type GhostAdder = Extract<PartyId, 'authority' | 'insider' | 'foreign-service'>;

export const GHOST_ADDERS: readonly GhostAdder[] = ['authority', 'insider', 'foreign-service'];

export interface World {
	readonly curve: CurveName;
	readonly alice: Identity;
	readonly bob: Identity;
	/** The escrow authority's key pair: every message key is also wrapped to its public half. */
	readonly escrow: Identity;
	/** The ghost device each directory controller can slip into Bob's device list. */
	readonly ghosts: Readonly<Record<GhostAdder, Identity>>;
}

export interface WorldOptions {
	/** Force a curve (tests exercise the P-256 fallback); default: the engine's choice. */
	readonly curve?: CurveChoice;
}

/** Generate every identity of the chapter (six key pairs; a few milliseconds). */
export async function createWorld(options: WorldOptions = {}): Promise<World> {
	const make = (id: string) => createIdentity(id, { curve: options.curve ?? 'auto' });
	const [alice, bob, escrow, authorityGhost, insiderGhost, foreignGhost] = await Promise.all([
		make('alice'),
		make('bob'),
		make('escrow'),
		make('ghost-authority'),
		make('ghost-insider'),
		make('ghost-foreign-service')
	]);
	return {
		curve: alice.keyPair.curve,
		alice,
		bob,
		escrow,
		ghosts: { authority: authorityGhost, insider: insiderGhost, 'foreign-service': foreignGhost }
	};
}

/**
 * Shared vocabulary of chapter 4 ("What a backdoor would change"): the designs compared, the
 * parties in the "who can read this message?" matrix, and the state each scrollytelling step hands
 * to the chapter's diagram. The engine (plain TypeScript in this folder) and the chapter's
 * components both speak it.
 */

/** The columns of the matrix: no backdoor, then the four designs, in teaching order. */
export type DesignId = 'none' | 'escrow' | 'ghost' | 'scanning' | 'weak-keys';

export const DESIGN_IDS: readonly DesignId[] = ['none', 'escrow', 'ghost', 'scanning', 'weak-keys'];

/** The rows of the matrix, in the order the chapter shows them. */
export type PartyId =
	'alice' | 'bob' | 'provider' | 'authority' | 'insider' | 'criminal' | 'foreign-service';

export const PARTY_IDS: readonly PartyId[] = [
	'alice',
	'bob',
	'provider',
	'authority',
	'insider',
	'criminal',
	'foreign-service'
];

/**
 * What the flow diagram emphasises within a design:
 * - `sending`: the message travels normally under the design;
 * - `warrant`: the intended exceptional access is used (escrow unwrap, ghost reads, report reviewed);
 * - `breach`: someone unintended gets hold of the extra capability (leaked escrow key, a directory
 *   controlled by an attacker, a list extended to a protest slogan, a brute-forced weak key).
 */
export type Moment = 'sending' | 'warrant' | 'breach';

/** One state of chapter 4's diagram: the flow of one design, or the full matrix. */
export interface BackdoorState {
	view: 'flow' | 'matrix';
	/** The design drawn (flow) or highlighted (matrix). */
	design: DesignId;
	moment: Moment;
}

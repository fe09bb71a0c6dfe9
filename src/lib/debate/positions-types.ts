/**
 * Vocabulary of chapter 5's positions map: each argument or proposal in the encryption debate, where
 * we place it on two axes (access for the state, risk to everyone's security), in whose reading and
 * why, and the state each scrollytelling step hands to the map.
 */

/** What a marker stands for; each kind has its own marker shape, so kind never rests on colour. */
export type PositionKind = 'call' | 'design' | 'no-way-in';

export const KIND_NAMES: Record<PositionKind, string> = {
	call: 'A call for access',
	design: 'A way of building access',
	'no-way-in': 'No way in'
};

/** Where a position sits, in whose reading, and why. Both coordinates run from 0 to 1. */
export interface Placement {
	/** Whose reading this is, e.g. "as she put it in March 2017". */
	reading: string;
	/** 0: no access to what messages say; 1: routine access to everyone's. */
	access: number;
	/** 0: adds no risk to anyone else's security; 1: a large risk to everyone's. */
	risk: number;
	/** One line: why it sits here. */
	reason: string;
}

export interface Position {
	/** Lowercase words joined by hyphens. */
	id: string;
	/** Its name on wide drawings and in the text, e.g. "Key escrow (Clipper)". */
	label: string;
	/** Its name on narrow drawings: a word or two. */
	short: string;
	kind: PositionKind;
	/** When it was proposed or argued, e.g. "1993". */
	year: string;
	/**
	 * Where it sits, in the order the chapter reaches each reading. Most positions have one; a
	 * contested one has its supporters' reading first and its critics' after.
	 */
	placements: Placement[];
}

/** One state of the map. Positions not in `shown` are not drawn yet. */
export interface PositionsState {
	/** Every position of the chapter, the same list at every step. */
	positions: Position[];
	/** Ids of the positions on the map at this step. */
	shown: string[];
	/** The highlighted position, or null. */
	focus: string | null;
	/** For a position with several placements, the index of the one drawn; 0 when absent. */
	reading?: Record<string, number>;
}

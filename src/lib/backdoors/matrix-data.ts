/**
 * The matrix's constants, apart from the engine so that the chapter can show them (and its
 * no-JavaScript text) without loading any cryptography: the default message, and the results
 * the engine gives for it (matrix.ts computes them for real; a unit test checks they agree).
 */

import type { DesignId, PartyId } from './types';

export type CellResult = 'reads' | 'reads-via-report' | 'cannot-read';

export const DEFAULT_MESSAGE =
	'Meet at the square at six and bring the banner: free the protesters!';

const R: CellResult = 'reads';
const C: CellResult = 'cannot-read';

/** What the matrix shows with MATRIX_DEFAULTS (asserted cell by cell by a unit test). */
export const EXPECTED: Record<DesignId, Record<PartyId, CellResult>> = {
	none: {
		alice: R,
		bob: R,
		provider: C,
		authority: C,
		insider: C,
		criminal: C,
		'foreign-service': C
	},
	escrow: {
		alice: R,
		bob: R,
		provider: C,
		authority: R,
		insider: R,
		criminal: R,
		'foreign-service': R
	},
	ghost: {
		alice: R,
		bob: R,
		provider: C,
		authority: R,
		insider: R,
		criminal: R,
		'foreign-service': R
	},
	scanning: {
		alice: R,
		bob: R,
		provider: C,
		authority: C,
		insider: C,
		criminal: C,
		'foreign-service': C
	},
	'weak-keys': {
		alice: R,
		bob: R,
		provider: R,
		authority: R,
		insider: R,
		criminal: R,
		'foreign-service': R
	}
};

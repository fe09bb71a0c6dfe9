/**
 * How the "who can read this message?" matrix is put into words and symbols: one label and one
 * icon per result (never colour alone), and the text alternative of the matrix view, written
 * from EXPECTED so that it is there before (or without) any JavaScript.
 */

import { EXPECTED, type CellResult } from './matrix-data';
import { DESIGN_NAMES, PARTY_NAMES } from './threat-model';
import { DESIGN_IDS, PARTY_IDS, type DesignId, type PartyId } from './types';

export const RESULT_LABELS: Record<CellResult, string> = {
	reads: 'Reads it',
	'reads-via-report': 'Reads it in a report',
	'cannot-read': 'Cannot read it'
};

export const RESULT_ICONS: Record<CellResult, string> = {
	reads: '✓',
	'reads-via-report': '⚠',
	'cannot-read': '✗'
};

/** Short party names for the matrix's row headers. */
export const PARTY_SHORT: Record<PartyId, string> = {
	alice: 'Alice',
	bob: 'Bob',
	provider: 'Provider',
	authority: 'Authority (warrant)',
	insider: 'Rogue insider',
	criminal: 'Criminal (leaked key)',
	'foreign-service': 'Foreign service'
};

function joinNames(names: string[]): string {
	if (names.length === 0) return 'nobody';
	return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function readersOf(design: DesignId, results = EXPECTED): string {
	const names = PARTY_IDS.filter((party) => results[design][party] !== 'cannot-read').map((party) =>
		PARTY_NAMES[party].replace(/^The /, 'the ')
	);
	return joinNames(names);
}

/** The matrix in words: who reads under each design, with the highlighted design first. */
export function describeMatrix(highlight: DesignId): string {
	const others = DESIGN_IDS.filter((design) => design !== highlight);
	const line = (design: DesignId) => `${DESIGN_NAMES[design]}: ${readersOf(design)}.`;
	return [
		`Who can read the same message under each design, each answer found by a real attempt. Highlighted, ${line(highlight)}`,
		...others.map(line)
	].join(' ');
}

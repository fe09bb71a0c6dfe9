/** The scanning list as shipped, the phrase function creep adds, and who sees a report. */

import type { PartyId } from './types';

/** Placeholders for known illegal material (deliberately meaningless). */
export const DEFAULT_PHRASES: readonly string[] = [
	'listed image 4471',
	'listed image 9024',
	'listed file 1138',
	'listed video 0307'
];

/** A phrase whoever controls the list can add: the list now catches a political slogan. */
export const FUNCTION_CREEP_PHRASE = 'free the protesters';

/**
 * Who sees a report: it goes to the provider's review team; anyone inside that team (an insider)
 * or inside the provider's systems (a foreign service that breached them) sees it too, and the
 * review passes confirmed matches on to the authority.
 */
export const REPORT_SEEN_BY: readonly PartyId[] = [
	'provider',
	'insider',
	'foreign-service',
	'authority'
];

/**
 * Design 3, client-side scanning ("Bugs in our Pockets", facts.md §C4; Apple's 2021 plan, §C5):
 * the encryption is left alone, but before sealing, the sender's phone checks the plaintext
 * against a list of fingerprints and, on a match, reports the message to a third party.
 *
 * A fingerprint here is SHA-256 of a normalised phrase (lowercase, letters and digits only,
 * single spaces). The phone never needs the phrases themselves — only their fingerprints and
 * lengths in words — which is also why nobody can see from the phone what the list is for.
 * It fingerprints every run of 1…N consecutive words of the normalised message (N: the longest
 * listed phrase) and compares. Real systems match images with perceptual hashes; the principle,
 * and the problem that whoever controls the list decides what gets reported, are the same.
 *
 * The default list is neutral placeholders standing for known illegal material; nothing real.
 */

import { sha256, toHex, utf8 } from '../crypto';
import { DEFAULT_PHRASES } from './phrases';
import type { PartyId } from './types';

/** One entry on the list the phone holds. */
export interface ListedPhrase {
	/** Hex SHA-256 of the normalised phrase: all the scanner compares. */
	readonly fingerprint: string;
	/** Length of the normalised phrase in words (tells the scanner how long a run to hash). */
	readonly words: number;
	/** The phrase, for the reader of the explainer; a real list ships fingerprints only. */
	readonly phrase: string;
}

export interface ScanReport {
	/** Who the phone sends the report to: the provider's review team. */
	readonly to: PartyId;
	/** The whole message, in plain text. */
	readonly text: string;
}

export interface ScanResult {
	/** Listed entries found in the message, in list order, each once. */
	readonly matches: ListedPhrase[];
	readonly report: ScanReport | null;
}

export { DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE, REPORT_SEEN_BY } from './phrases';

/** Lowercase, letters and digits only (any script), words separated by single spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The fingerprint of a phrase: hex SHA-256 of its normalised form. */
export async function fingerprint(phrase: string): Promise<string> {
	return toHex(await sha256(utf8(normalise(phrase))));
}

/** Turn phrases into the list the phone holds (empty phrases are dropped). */
export async function buildList(phrases: readonly string[]): Promise<ListedPhrase[]> {
	const kept = phrases.filter((phrase) => normalise(phrase) !== '');
	return Promise.all(
		kept.map(async (phrase) => ({
			fingerprint: await fingerprint(phrase),
			words: normalise(phrase).split(' ').length,
			phrase
		}))
	);
}

/** The default list, fingerprinted. */
export function defaultList(): Promise<ListedPhrase[]> {
	return buildList(DEFAULT_PHRASES);
}

/**
 * What the phone does before encrypting `text`: hash every run of 1…N words and compare with the
 * list; on any match, a report with the whole message goes to the provider.
 */
export async function scan(text: string, list: readonly ListedPhrase[]): Promise<ScanResult> {
	const words = normalise(text).split(' ').filter(Boolean);
	const longest = Math.max(0, ...list.map((entry) => entry.words));
	const runs = new Set<string>();
	for (let length = 1; length <= longest; length++) {
		for (let start = 0; start + length <= words.length; start++) {
			runs.add(words.slice(start, start + length).join(' '));
		}
	}
	const seen = new Set(
		await Promise.all([...runs].map(async (run) => toHex(await sha256(utf8(run)))))
	);
	const matches: ListedPhrase[] = [];
	const counted = new Set<string>();
	for (const entry of list) {
		if (seen.has(entry.fingerprint) && !counted.has(entry.fingerprint)) {
			counted.add(entry.fingerprint);
			matches.push(entry);
		}
	}
	return { matches, report: matches.length > 0 ? { to: 'provider', text } : null };
}

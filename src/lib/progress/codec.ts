/**
 * Reading the stored text. The text is the `Progress` object itself as JSON: it carries its own
 * `version`, so it is the versioned envelope, written whole under one key. Never throws.
 */
import { migrate, type Migrated } from './migrate';
import { emptyProgress } from './schema';

/** What `getItem` gave back (null: nothing stored) as progress, with why it was not used if so. */
export function decode(text: unknown): Migrated {
	if (typeof text !== 'string') return { progress: emptyProgress(), from: null };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), from: null, problem: 'unreadable' };
	}
	return migrate(parsed);
}

/** True when the stored text was written by a newer Sealed, whose data must be left alone. */
export const isNewer = (text: unknown): boolean => decode(text).problem === 'newer';
